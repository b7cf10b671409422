"""Properties of the DSL front half over generated documents, not hand-picked ones.

Whatever an author or an agent sends, validating and compiling it either yields HTML or raises
InvalidDocumentError whose every error points at a place that exists in what was sent (a missing
field: at its parent). Never another exception, which the services would answer with a 500.
Hypothesis generates the documents from the element catalog and the model's fields, with values
that are often right and often wrong; the examples are fixed by `derandomize`, so CI is repeatable.
"""

from __future__ import annotations

from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kernel.dsl.catalog import ElementType
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError

# Generated documents are large; their repr is only built for a failure report.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


def _words(text: str) -> list[str]:
    return text.split()


PROPERTY_SETTINGS = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

WORDS = st.sampled_from(
    [
        *_words("Home 16 50% -4 1.5 #4f46e5 red none 0 bottom pie bar line primary danger outline lg sm"),
        *_words("2025-07-10 2025-13 mdi:home home HiHome javascript:alert(1) url(data:x) expression(1)"),
        *_words(
            "center between stretch data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC http://example.com/a.png"
        ),
        *["", " ", "a" * 300, "<b>bold</b>", "</style><script>x()</script>", "\u202e", "😀"],
    ]
)
NUMBERS = st.one_of(
    st.integers(-5, 2000), st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from([0, 0.5, 1e308, -0.0])
)
SCALARS = st.one_of(WORDS, NUMBERS, st.booleans(), st.none())

ITEMS = st.one_of(
    WORDS,
    st.fixed_dictionaries(
        {},
        optional={
            **dict.fromkeys(("label", "icon", "href", "description"), WORDS),
            **dict.fromkeys(("active", "disabled"), st.booleans()),
            **dict.fromkeys(("badge", "value"), SCALARS),
        },
    ),
)
COLUMNS = st.one_of(
    WORDS,
    st.fixed_dictionaries(
        {},
        optional={
            **dict.fromkeys(("key", "label", "header", "accessorKey"), WORDS),
            "width": SCALARS,
            "align": st.sampled_from(["left", "right", "center", "middle"]),
        },
    ),
)
ROWS = st.one_of(
    st.integers(-1, 30),
    st.lists(st.lists(SCALARS, max_size=5), max_size=5),
    st.lists(st.dictionaries(WORDS, SCALARS, max_size=4), max_size=4),
)
CHART_DATA = st.one_of(
    st.fixed_dictionaries(
        {"labels": st.lists(WORDS, max_size=6)},
        optional={
            "values": st.lists(NUMBERS, max_size=7),
            "series": st.lists(
                st.fixed_dictionaries({"name": WORDS, "values": st.lists(NUMBERS, max_size=6)}), max_size=3
            ),
        },
    ),
    st.dictionaries(WORDS, NUMBERS, max_size=5),
    st.lists(
        st.dictionaries(st.sampled_from(["month", "sales", "costs"]), st.one_of(WORDS, NUMBERS)), max_size=5
    ),
    st.fixed_dictionaries(
        {
            "labels": st.lists(WORDS, max_size=5),
            "datasets": st.lists(
                st.fixed_dictionaries({"label": WORDS, "data": st.lists(NUMBERS, max_size=5)}), max_size=3
            ),
        }
    ),
)
LENGTHS = st.one_of(NUMBERS, WORDS, st.booleans())
LAYOUT = st.fixed_dictionaries(
    {}, optional={key: LENGTHS for key in ("x", "y", "width", "height", "minWidth", "maxHeight")}
)
STYLE = st.dictionaries(
    st.sampled_from(
        _words(
            "color background fontSize font-size padding border borderRadius flex width gap position zIndex"
            " opacity boxShadow transform behavior"
        )
    ),
    st.one_of(WORDS, NUMBERS, st.booleans()),
    max_size=4,
)
TEXT_FIELDS = _words(
    "text label title description placeholder name icon src alt href variant color id className error"
    " hint inputType change month status"
)
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    **{name: WORDS for name in TEXT_FIELDS},
    "items": st.lists(ITEMS, max_size=4),
    "actions": st.lists(ITEMS, max_size=3),
    "options": st.lists(ITEMS, max_size=3),
    "columns": st.one_of(st.integers(-1, 30), st.lists(COLUMNS, max_size=4)),
    "rows": ROWS,
    "data": CHART_DATA,
    "layout": LAYOUT,
    "style": STYLE,
    "events": st.lists(st.fixed_dictionaries({"date": WORDS, "label": WORDS}), max_size=3),
    "level": st.integers(0, 7),
    "value": SCALARS,
    "min": NUMBERS,
    "max": NUMBERS,
    "active": st.one_of(st.integers(-2, 5), WORDS),
    "current": st.integers(-2, 9),
    "total": st.integers(-1, 9999),
    "checked": st.booleans(),
    "gap": LENGTHS,
    "padding": LENGTHS,
    "size": st.one_of(WORDS, NUMBERS),
    "align": st.sampled_from(["start", "center", "end", "stretch", "baseline", "middle"]),
    "justify": st.sampled_from(["start", "between", "evenly", "space-between"]),
    "onClick": WORDS,
    "buton": WORDS,
}


def _element(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"type": st.sampled_from([*get_args(ElementType), "buton", "dropdown"])},
        optional={**FIELDS, "children": children},
    )


ELEMENTS = st.recursive(
    _element(st.just([])), lambda inner: _element(st.lists(inner, max_size=3)), max_leaves=10
)
THEMES = st.one_of(
    st.sampled_from(["light", "dark", "sepia"]),
    st.fixed_dictionaries(
        {},
        optional={
            **dict.fromkeys(("primary", "background", "font"), WORDS),
            "radius": NUMBERS,
            "density": st.sampled_from(["compact", "comfortable", "cosy"]),
        },
    ),
)
DOCUMENTS = st.fixed_dictionaries(
    {"elements": st.lists(ELEMENTS, max_size=4)},
    optional={
        "device": st.sampled_from(["desktop", "laptop", "tablet", "mobile", "iphone"]),
        "width": st.integers(-1, 9000),
        "height": st.integers(1, 3000),
        "scale": st.sampled_from([1, 2, 3, 5]),
        "theme": THEMES,
        "background": WORDS,
        "css": WORDS,
        "frame": st.one_of(
            st.sampled_from(["browser", "phone", "none", "iphone"]),
            st.fixed_dictionaries({}, optional={"type": WORDS, "url": WORDS}),
        ),
        "lang": st.sampled_from(["en", "ar", "ja", "zh-Hant", "pt-BR", "xx", "english!", ""]),
        "dir": st.sampled_from(["ltr", "rtl", "up"]),
        "annotations": st.lists(
            st.fixed_dictionaries(
                {"target": WORDS}, optional=dict.fromkeys(("text", "label", "color"), WORDS)
            ),
            max_size=3,
        ),
    },
)
YAML_PIECES = st.sampled_from(
    [
        *_words("elements: &a *a <<: { } [ ] , ~ # --- .nan !!python/object:os.system"),
        *["\n", "  - type: button", "  ", "- ", ": ", '"', "'", "```yaml\n", "```\n", "\t", "%YAML 1.2"],
        *["label: 10:42", "width: 1e999", "\ufeff", "\x00", "é", "? x", "|\n"],
    ]
)
SOURCES = st.one_of(
    st.text(max_size=200), st.lists(YAML_PIECES, max_size=30).map("".join), st.binary(max_size=100)
)


def _exists(document: Any, pointer: str) -> bool:
    """Whether a JSON pointer names a place in `document` ("" is the whole document)."""
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return False
    return True


@PROPERTY_SETTINGS
@given(DOCUMENTS)
def test_any_document_compiles_or_is_refused_with_errors_at_real_paths(document: dict[str, Any]) -> None:
    try:
        prepared = prepare_render(document, RenderOptions())
    except InvalidDocumentError as refused:
        assert refused.issues
        for issue in refused.issues:
            place = issue.path.rsplit("/", 1)[0] if issue.code == "missing_field" else issue.path
            assert _exists(document, place), issue
            assert issue.message
    else:
        assert prepared.html.lower().startswith("<!doctype html>")
        assert "<script" not in prepared.html.lower()


@PROPERTY_SETTINGS
@given(SOURCES)
def test_any_source_text_gives_a_result_not_an_exception(source: str | bytes) -> None:
    result = validate_document(source)
    assert (result.document is not None) or result.errors
    for issue in result.errors:
        assert issue.path == "" or issue.path.startswith("/"), issue
        assert issue.message
