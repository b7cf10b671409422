"""How long validation and compilation take for adversarial documents that pass the size limits
(kernel.dsl.limits MAX_DOCUMENT_BYTES, MAX_EXPANDED_BYTES): what tells a super-linear pass."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import yaml

from kernel.dsl.compiler import compile_html
from kernel.dsl.limits import MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_ELEMENTS
from kernel.dsl.options import RenderOptions, resolve_viewport, with_content_height
from kernel.dsl.validate import validate_document


def _nested(depth: int) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "text", "text": "deepest"}
    for _ in range(depth - 1):
        element = {"type": "column", "children": [element, {"type": "text", "text": "x" * 40}]}
    return element


def _fill(make: Callable[[int], Any], budget: int = MAX_DOCUMENT_BYTES - 4096) -> list[Any]:
    """As many items from `make(index)` as fit in `budget` bytes of compact JSON."""
    items: list[Any] = []
    size = 0
    while True:
        item = make(len(items))
        size += len(json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode()) + 1
        if size > budget:
            return items
        items.append(item)


def documents() -> dict[str, dict[str, Any]]:
    """Each adversarial shape by name."""
    long_word = "x" * 10_000
    return {
        "unknown fields x20000": {
            "elements": [{"type": "text", "text": "a", **{f"field{n}": n for n in range(20_000)}}]
        },
        "unknown fields (fill)": {
            "elements": [{"type": "text", "text": "a", **dict(_fill(lambda n: (f"{n:x}", 0)))}]
        },
        "2000 elements x unknown (fill)": {
            "elements": [
                {"type": "text", "text": "a", **{f"{n:x}": 0 for n in range(70)}} for _ in range(MAX_ELEMENTS)
            ]
        },
        "style props (fill)": {
            "elements": [{"type": "text", "text": "a", "style": dict(_fill(lambda n: (f"{n:x}", 0)))}]
        },
        "elements flat x20000": {"elements": [{"type": "text", "text": f"t{n}"} for n in range(20_000)]},
        f"elements flat x{MAX_ELEMENTS}": {
            "elements": [{"type": "text", "text": f"t{n}"} for n in range(MAX_ELEMENTS)]
        },
        f"nesting depth {MAX_DEPTH}": {"elements": [_nested(MAX_DEPTH)]},
        "data depth 64": {"metadata": {"a": json.loads("[" * 62 + "1" + "]" * 62)}, "elements": []},
        "table 500x8": {
            "elements": [
                {
                    "type": "table",
                    "columns": [f"c{n}" for n in range(8)],
                    "rows": [[f"r{i}c{n}" for n in range(8)] for i in range(500)],
                }
            ]
        },
        "table 1x4000": {
            "elements": [
                {"type": "table", "columns": [f"c{n}" for n in range(4000)], "rows": [list(range(4000))]}
            ]
        },
        "table 100x40000 (over)": {
            "elements": [{"type": "table", "columns": ["a"], "rows": [list(range(2000)) for _ in range(100)]}]
        },
        "long words x100": {"elements": _fill(lambda n: {"type": "text", "text": long_word})},
        "long word in table": {
            "elements": [{"type": "table", "columns": ["a", "b"], "rows": [[long_word, long_word]] * 50}]
        },
        "style props x20000": {
            "elements": [{"type": "text", "text": "a", "style": {f"prop{n}": "1px" for n in range(20_000)}}]
        },
        "style known props x1": {
            "elements": [{"type": "text", "text": "a", "style": {"color": "red", "padding": "1px " * 2000}}]
        },
        "css rules x5000": {
            "css": "".join(f".c{n}{{color:red;padding:{n}px}}" for n in range(5000))[:100_000]
        },
        "css one rule many decls": {"css": ".a{" + "color:red;" * 9999 + "}"},
        "chart points 10000": {
            "elements": [
                {
                    "type": "chart",
                    "variant": "line",
                    "data": {
                        "labels": [str(n) for n in range(5000)],
                        "series": [
                            {"name": "a", "values": list(range(5000))},
                            {"name": "b", "values": list(range(5000))},
                        ],
                    },
                }
            ]
        },
        "scatter points 10000": {
            "elements": [
                {
                    "type": "chart",
                    "variant": "scatter",
                    "data": {"series": [{"name": "a", "values": [[n, n] for n in range(5000)]}] * 2},
                }
            ]
        },
        "list items (fill)": {"elements": [{"type": "list", "items": _fill(lambda n: f"item {n}")}]},
        "select options (fill)": {
            "elements": [{"type": "select", "label": "s", "options": _fill(lambda n: f"option {n}")}]
        },
        "radio options (fill)": {"elements": [{"type": "radio", "options": _fill(lambda n: f"o{n}")}]},
        f"repeated ids x{MAX_ELEMENTS}": {
            "elements": [{"type": "text", "text": "a", "id": "same"} for _ in range(MAX_ELEMENTS)]
        },
        "metadata keys (fill)": {"metadata": dict(_fill(lambda n: (f"k{n}", n))), "elements": []},
    }


def _cpu(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="only the shapes whose name holds one of these")
    parser.add_argument("--yaml", action="store_true", help="send the documents as YAML text (default JSON)")
    args = parser.parse_args(argv)
    validate_document({"elements": [{"type": "text", "text": "warm"}]})
    print(f"{'document':32} {'bytes':>9} {'validate s':>10} {'compile s':>10}  result")
    for name, data in documents().items():
        if args.names and not any(part in name for part in args.names):
            continue
        text = (
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)
            if args.yaml
            else json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        )
        seconds, result = _cpu(lambda text=text: validate_document(text))
        compiled = "-"
        if result.ok:
            document = result.document
            options = with_content_height(document, RenderOptions())
            viewport = resolve_viewport(document, options)
            spent, _ = _cpu(
                lambda document=document, viewport=viewport: compile_html(
                    document, viewport, theme=document.theme
                )
            )
            compiled = f"{spent:.2f}"
        outcome = "valid" if result.ok else f"{len(result.errors)} errors ({result.errors[0].code})"
        print(f"{name:32} {len(text.encode()):>9,} {seconds:>10.2f} {compiled:>10}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
