"""What agents are told each type takes (list_element_types, dsl://docs/elements) is what the
compiler draws: every field of the model is tried on every type, and each one that changes the
page is listed for that type, or deliberately left out here (with the reason)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.catalog import CONTENT_FIELDS, DESCRIPTIONS, ELEMENT_TYPES
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.variants import CHART_VARIANTS, KNOWN_VARIANTS
from mcp_adapter.reference import (
    COMMON_FIELDS,
    DOCUMENT_NOTES,
    UNLISTED_DOCUMENT_FIELDS,
    UNLISTED_ELEMENT_FIELDS,
    document_fields,
    element_choices,
    element_fields,
    literal_values,
)

VIEWPORT = Viewport(width=640, height=480, scale=1.0)

PROBES: dict[str, tuple[Any, ...]] = {
    "copyable": (True,),
    "marks": (True,),
    "pin": (False, True),
    "markers": ([{"x": 20, "y": 30, "label": "Zq m"}],),
    "selectable": (True,),
    "selectedRows": ([0], True),
    "name": ("Dana Lee", "zap"),
    "iconPosition": ("end",),
    "alt": ("Zq alt",),
    "href": ("https://zq.example/x",),
    "variant": (),  # the type's own variants
    "size": ("lg", 24, "sm", "xl"),
    "color": ("#123456",),
    "disabled": (True,),
    "direction": ("vertical", "column", "row", "horizontal"),
    "gap": (37,),
    "padding": (37,),
    "align": ("center", "end", "baseline"),
    "justify": ("end", "between"),
    "wrap": (True, False),
    "level": (3, 1),  # 1 too: 3 is the size a header without a description has anyway
    "options": ([{"label": "Zq A", "value": "b"}, "Zq B"],),
    "columns": (3, ["Zq col"]),
    "rows": ([["Zq r"]], 3),
    "value": ("Zq v", 42, 3, "Zq item2", "2024-05-09"),
    "checked": (True, False),
    "required": (True,),
    "error": ("Zq err",),
    "hint": ("Zq hint",),
    "inputType": ("password", "email"),
    "min": (10,),
    "max": (50,),
    "step": (5,),
    "active": (1, "Zq item2", True),
    "current": (2, 3),
    "total": (9,),
    "change": ("+12%",),
    "data": ({"labels": ["a", "b"], "values": [1, 2]},),
    "stacked": (True, "percent"),
    "format": ("percent",),
    "referenceLines": ([{"value": 1.5, "label": "Zq ref"}],),
    "orientation": ("horizontal",),
    "valueLabels": (True,),
    "language": ("python",),
    "month": ("2024-05",),
    "events": ([{"date": "2024-05-03", "label": "Zq ev"}],),
    "range": (["2024-05-06", "2024-05-09"],),
    "days": (5,),
    "hours": ([9, 17],),
    "header": (False,),
    "lines": (5,),
    "duration": ("3:20",),
    "status": ("online", "busy"),
    "striped": (True,),
    "ordered": (True,),
    "removable": (True,),
    "readonly": (True,),
    "prefix": ("https://",),
    "suffix": ("USD",),
    "indeterminate": (True,),
    "multiple": (True,),
    "fit": ("fill",),
    "back": (True, "Zq back"),
}
"""Values to try for each field that is neither common to every element nor content: enough that
any one a type draws shows."""

CONTENT = {
    "text": "Zq",
    "label": "Zq L",
    "title": "Zq T",
    "items": ["Zq i1", "Zq item2", "Zq i3"],
    "icon": "zap",
}
CHILDREN = [{"type": "text", "text": "c1"}, {"type": "text", "text": "c2"}]
COMPANIONS = (
    {"options": ["A", "b"], "value": "b", "total": 9, "change": "+3%", "name": "Dana Lee"},
    {"value": 40},
)
"""Fields some others need to show: a radio group's options, a select's chosen option, a
pagination's pages, the change a stat's tone colours, the face an avatar's status dot sits on,
the value a progress bar's min and max scale."""
PICTURE = {
    "src": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
}
"""An image's embedded picture, which its `fit` places (a placeholder has none to place)."""
WEEK_VIEW = {"variant": "week", "value": "2024-05-08"}
"""A calendar's week view, which draws its `days` and `hours` (a month draws neither)."""
SERIES = {"data": {"labels": ["a", "b"], "series": [{"values": [1, 2]}, {"values": [3, 4]}]}}
"""A chart of several series, which `stacked` stacks (one series has nothing to stack)."""

LEFT_OUT: dict[tuple[str, str], str] = {
    ("code", "value"): "its text, as `text` says",
    ("badge", "value"): "its text, as `text` says",
    ("checkbox", "value"): "its checked state, as `checked` says",
    ("toggle", "value"): "its checked state, as `checked` says",
    ("chip", "active"): "its selected look, as `checked` says",
    ("stepper", "active"): "its current step, as `current` says",
    ("textarea", "inputType"): "a text area holds text; only `password` would mask it",
    ("search", "inputType"): "a search field's type is search",
}
"""Fields a type draws but agents are not told of: another field says the same."""


def page(element: dict[str, Any]) -> str:
    return compile_html(
        Document.model_validate({"elements": [element]}), VIEWPORT, theme=None, transparent=False
    )


def bases(kind: str) -> list[dict[str, Any]]:
    content = {name: value for name, value in CONTENT.items() if name in element_fields(kind)}
    return [
        {"type": kind},
        {"type": kind, **content},
        {"type": kind, **content, "children": CHILDREN},
        *({"type": kind, **content, "children": CHILDREN, **companions} for companions in COMPANIONS),
        *([{"type": kind, **PICTURE}] if kind == "image" else []),
        *([{"type": kind, **WEEK_VIEW}] if kind == "calendar" else []),
        *([{"type": kind, **SERIES}] if kind == "chart" else []),
    ]


def drawn_fields(kind: str) -> set[str]:
    """The probed fields that change the page of an element of `kind`, on any of its bases."""
    drawn: set[str] = set()
    for base in bases(kind):
        bare = page(base)
        for name, values in PROBES.items():
            if name in drawn:
                continue
            tried = values or tuple(sorted(KNOWN_VARIANTS.get(kind, ()))) or CHART_VARIANTS
            if any(
                page({**base, name: value}) != bare for value in tried if not _rejected(base, name, value)
            ):
                drawn.add(name)
    return drawn


def _rejected(base: dict[str, Any], name: str, value: Any) -> bool:
    try:
        Element.model_validate({**base, name: value})
    except ValueError:
        return True
    return False


def test_every_field_of_the_model_is_probed_listed_in_common_or_left_out() -> None:
    probed_or_known = set(PROBES) | set(CONTENT_FIELDS) | set(COMMON_FIELDS) | {"children"}
    assert set(Element.model_fields) - UNLISTED_ELEMENT_FIELDS == probed_or_known


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_the_fields_told_for_a_type_are_those_it_draws(kind: str) -> None:
    told = set(element_fields(kind)) - set(CONTENT_FIELDS) - {"children"}
    left_out = {name for (owner, name) in LEFT_OUT if owner == kind}
    drawn = drawn_fields(kind)
    assert left_out <= drawn, f"{kind}: no longer drawn, drop from LEFT_OUT: {left_out - drawn}"
    assert told == drawn - left_out, (
        f"{kind}: drawn but not told {sorted(drawn - left_out - told)}, told but not drawn {sorted(told - drawn)}"
    )


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_a_container_is_told_to_take_children(kind: str) -> None:
    from kernel.dsl.catalog import CONTAINER_TYPES

    assert ("children" in element_fields(kind)) == (kind in CONTAINER_TYPES)
    assert not set(element_fields(kind)) & {*COMMON_FIELDS, *UNLISTED_ELEMENT_FIELDS}


def test_the_fields_agents_asked_for_are_told() -> None:
    """What an agent writing a form with validation errors, a toolbar or a phone's tab bar needs."""
    assert {"error", "hint", "required", "disabled"} <= set(element_fields("input"))
    assert "padding" in element_fields("row") and "padding" in element_fields("card")
    for kind in ("radio", "divider", "flex"):
        assert "direction" in element_fields(kind), kind
    assert "removable" in element_fields("chip")
    assert "iconPosition" in element_fields("button")
    assert "bottom" in element_choices("tabs")["variant"]
    assert "circle" in element_choices("progress")["variant"]
    assert element_choices("row")["justify"] == ["start", "center", "end", "between", "around", "evenly"]
    assert element_choices("heading")["align"] == ["start", "center", "end"]


def test_variant_values_are_those_the_validator_knows() -> None:
    for kind in ELEMENT_TYPES:
        choices = element_choices(kind)
        if kind == "chart":
            assert choices["variant"] == list(CHART_VARIANTS)
        elif kind in KNOWN_VARIANTS:
            assert set(choices["variant"]) == KNOWN_VARIANTS[kind]
        else:
            assert "variant" not in choices


def test_every_document_field_is_told_or_left_out_deliberately() -> None:
    told = document_fields()
    assert set(told) | UNLISTED_DOCUMENT_FIELDS == set(Document.model_fields)
    assert set(DOCUMENT_NOTES) == set(told)
    assert told["theme"].startswith(
        "light|dark|wireframe or {base: light|dark, primary, background, surface, text, font"
    )
    assert "compact|comfortable|spacious" in told["theme"] and '{primary: "#7c3aed"}' in told["theme"]
    assert told["frame"].startswith(
        "none|browser|window|phone|tablet or {type: none|browser|window|phone|tablet, url, style: mac|windows}"
    )
    assert told["annotations"].startswith("[{target, text, label, color}]")
    assert told["width"].startswith("1-8000") and "40 megapixels" in told["scale"]
    # auto alone read as height's only value
    assert told["height"].startswith(
        "1-8000 or auto - canvas height in CSS px, or auto (as tall as the content)"
    )
    assert told["device"].startswith(
        "desktop 1440x900, laptop 1280x800, tablet 768x1024@2x, mobile 390x844@3x"
    )


def test_an_agent_is_told_a_dark_background_draws_the_dark_palette() -> None:
    """An agent copying an example's light background under base: dark got a light page."""
    assert document_fields()["background"].endswith(
        "page background (CSS colour or gradient); a dark one draws the page in the dark palette "
        "(light text, dark cards), a light one the light palette"
    )


def test_a_calendar_range_is_told_as_two_dates() -> None:
    assert "`range` [start, end]: two dates YYYY-MM-DD, the selected days" in DESCRIPTIONS["calendar"]


def test_literal_values_reads_through_unions_and_annotations() -> None:
    assert literal_values(Document.model_fields["dir"].annotation) == ["ltr", "rtl"]
    assert literal_values(Element.model_fields["align"].annotation)[:3] == ["start", "center", "end"]
    assert literal_values(Element.model_fields["text"].annotation) == []
