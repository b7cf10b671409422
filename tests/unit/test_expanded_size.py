"""A document is held to MAX_EXPANDED_BYTES as the JSON it stands for, each YAML alias in full:
a 300 KB text of 99,000 aliases of a 10,000-character string passed every limit (an alias is one
YAML node) and stood for 1 GB, which the cache key's JSON then built (2.8 GB, a minute). The same
limit, the same error, whatever form the document came in: YAML or JSON text, or an object."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from typing import Any

import pytest

from kernel.dsl.expanded_size import check_expanded_size, expanded_size
from kernel.dsl.limits import MAX_EXPANDED_BYTES, check_data_limits
from kernel.dsl.number_text import remembering
from kernel.dsl.parse import load_source
from kernel.dsl.prepare import plan_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError

LONG = "C" * 9_999
ELEMENTS = "elements:\n  - {type: text, text: hi}\n"


def _aliased_yaml(uses: int, text: str = LONG) -> str:
    """`metadata` holding `text` once and `uses` aliases of it: (uses + 1) x its length expanded."""
    return f"metadata:\n  s: &s {text}\n  l: [{','.join(['*s'] * uses)}]\n{ELEMENTS}"


def _aliased_object(uses: int, text: str = LONG) -> dict[str, Any]:
    """`_aliased_yaml` as an object whose list shares one string, as YAML's aliases do."""
    return {"metadata": {"s": text, "l": [text] * uses}, "elements": [{"type": "text", "text": "hi"}]}


def _png_header(width: int, height: int) -> str:
    """A data: URI of a PNG's signature, header and empty data (its size is all that is read)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _compact(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(
    "value",
    [
        None, True, False, 0, -12, 10**30, -(10**17), 1.5, remembering(1.10, "1.10"), 1e300, "", "plain",
        'q"u\\o\n\t\x01te', "é€😀", "\ud800 lone", "x" * 100, [], {}, [1, [2, [3, {}]]],
        {"a": 1, "é": [None, "b"], 'k"ey': {"x" * 80: True}, 7: 2, 2.5: "f", True: 0, None: []},
    ],
)  # fmt: skip
def test_the_size_is_the_compact_json_a_value_is_written_as(value: Any) -> None:
    exact = _compact(value)
    assert expanded_size(value, 10**9) == (exact, None)
    assert expanded_size(value, exact) == (exact, None)
    assert check_expanded_size(value, exact - 1)


def test_a_value_shared_counts_at_each_use() -> None:
    shared = {"a": "x" * 100, "b": ["y" * 70] * 3}
    data = {"one": shared, "two": [shared, shared], "three": shared}
    assert expanded_size(data, 10**9) == (_compact(data), None)


def test_the_count_stops_at_the_value_that_passes_the_limit() -> None:
    # The list's commas (99,000 bytes), then 10,001 bytes a use: the 94th use passes 1 MiB.
    (issue,) = check_expanded_size(_aliased_object(99_000))
    assert issue.code == "limit_expanded_size"
    assert issue.path == "/metadata/l/93"
    assert f"{MAX_EXPANDED_BYTES:,} bytes (1 MiB)" in issue.message
    assert "alias" in (issue.suggestion or "")


def test_a_cycle_an_object_holds_is_over_the_limit_not_a_recursion_error() -> None:
    looped: list[Any] = []
    looped.extend([looped, looped])
    size, path = expanded_size(looped, MAX_EXPANDED_BYTES)
    assert size > MAX_EXPANDED_BYTES and path is not None


def test_a_list_too_long_for_the_limit_is_refused_without_walking_its_items() -> None:
    assert expanded_size(list(range(10**6)), MAX_EXPANDED_BYTES)[1] == ()


def test_yaml_aliases_standing_for_more_than_the_limit_are_refused_when_parsed() -> None:
    text = _aliased_yaml(99_000)
    assert len(text.encode()) < 350_000  # within the source limit, and the node limit
    with pytest.raises(InvalidDocumentError) as caught:
        load_source(text)
    (issue,) = caught.value.issues
    assert (issue.code, issue.path) == ("limit_expanded_size", "/metadata/l/93")


def test_aliases_for_small_reuse_are_fine() -> None:
    within = MAX_EXPANDED_BYTES // (len(LONG) + 3) - 2
    data = load_source(_aliased_yaml(within))
    assert len(data["metadata"]["l"]) == within
    assert validate_document(_aliased_yaml(within)).ok


def test_the_same_document_as_yaml_as_an_object_and_wrapped_gets_the_same_error() -> None:
    text = validate_document(_aliased_yaml(500))
    assert not text.ok
    (issue,) = text.errors
    assert (issue.code, issue.path, issue.line) == ("limit_expanded_size", "/metadata/l/103", 2)
    (as_object,) = validate_document(_aliased_object(500)).errors
    assert (as_object.code, as_object.path, as_object.message) == (issue.code, issue.path, issue.message)
    wrapped = "dsl:\n" + "".join(f"  {line}\n" for line in _aliased_yaml(500).splitlines())
    (in_envelope,) = validate_document(wrapped).errors
    assert (in_envelope.code, in_envelope.path) == ("limit_expanded_size", "/dsl/metadata/l/103")
    with pytest.raises(InvalidDocumentError) as caught:
        plan_render(_aliased_object(500))
    assert [(i.code, i.path) for i in caught.value.issues] == [(issue.code, issue.path)]


def test_json_text_is_held_to_the_limit_as_written_out() -> None:
    # JSON has no aliases, but `1E2` is written out as `100.0`: 1 MiB of it once read, in 880 KB.
    count = MAX_EXPANDED_BYTES // 5
    text = '{"metadata": {"n": [' + ",".join(["1E2"] * count) + "]}}"
    assert len(text) < MAX_EXPANDED_BYTES
    (issue,) = validate_document(text).errors
    assert issue.code == "limit_expanded_size" and issue.path.startswith("/metadata/n/")
    within = '{"metadata": {"n": [' + ",".join(["1E2"] * (count // 2)) + "]}}"
    assert load_source(within)["metadata"]["n"][0] == 100.0


def test_an_oversized_picture_repeated_through_aliases_is_told_at_each_use() -> None:
    # The text is one object, its picture's header read once.
    picture = _png_header(30_000, 30_000)
    issues = check_data_limits({"metadata": {"s": picture, "l": [picture] * 3}})
    assert [(issue.code, issue.path) for issue in issues] == [
        ("limit_image_pixels", "/metadata/s"),
        *(("limit_image_pixels", f"/metadata/l/{index}") for index in range(3)),
    ]
