"""Where a form puts its parts, read from real Chromium, left to right and right to left: text
fields keep an aligned form's width (a long country name ends in an ellipsis, not past a phone's
edge), a form's `justify` places its action buttons, and a radio group's hint sits between its
question and its options."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration

LONG = "United Kingdom of Great Britain and Northern Ireland"
DIRECTIONS = [{}, {"lang": "ar", "dir": "rtl"}]
DIRECTION_IDS = ["ltr", "rtl"]

BOXES = """() => {
  const rect = (node) => { const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const out = {viewport: document.documentElement.clientWidth};
  for (const node of document.querySelectorAll('[data-path]')) {
    const parts = {box: rect(node)};
    for (const [name, selector] of [['control', ':scope>.dsl-control'], ['value', '.dsl-control-value'],
        ['chevron', '[data-icon="chevron-down"]'], ['label', ':scope>.dsl-field-label'],
        ['hint', ':scope>.dsl-field-hint'], ['options', ':scope>.dsl-radio-options'],
        ['error', ':scope>.dsl-field-error']]) {
      const part = node.querySelector(selector);
      if (part) parts[name] = rect(part);
    }
    const value = node.querySelector('.dsl-control-value');
    if (value) parts.cut = value.scrollWidth > value.clientWidth;
    out[node.dataset.path] = parts;
  }
  out.buttons = [...document.querySelectorAll('.dsl-form-actions>.dsl-button')].map(rect);
  return out;
}"""


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


def inside(part: dict[str, float], box: dict[str, float]) -> bool:
    return box["left"] - 0.5 <= part["left"] and part["right"] <= box["right"] + 0.5


def country_form(box: str, align: str, direction: dict[str, str]) -> dict[str, Any]:
    """The tester's phone form: a select and an input holding a long country name, a short
    input, a checkbox, in a `box` with `align`."""
    children = [
        {"type": "select", "label": "Country of birth", "value": LONG, "options": [LONG, "Ireland"]},
        {"type": "input", "label": "Same value in an input", "value": LONG},
        {"type": "input", "label": "First name", "value": "Bob"},
        {"type": "checkbox", "label": "Remember me"},
    ]
    actions = {"actions": ["Continue"]} if box == "form" else {}
    element = {"type": box, "align": align, **actions, "children": children}
    return {"device": "mobile", "height": "auto", **direction, "elements": [element]}


@pytest.mark.parametrize("direction", DIRECTIONS, ids=DIRECTION_IDS)
@pytest.mark.parametrize("align", ["start", "center", "end"])
@pytest.mark.parametrize("box", ["form", "column"])
async def test_text_fields_keep_an_aligned_forms_width_and_cut_a_long_value_inside(
    browser: Browser, box: str, align: str, direction: dict[str, str]
) -> None:
    """With `align: start` a form shrank its fields to their values: the long country name ran
    91 px past the phone's edge with no ellipsis and the select lost its chevron, and "Bob" got
    a 64 px input. Now the fields span the form (as without `align`) and the value ends in an
    ellipsis before the chevron; the checkbox is still placed by the `align`."""
    placed = await laid_out(browser, country_form(box, align, direction), BOXES)
    outer = placed["/elements/0"]["box"]
    assert outer["right"] <= placed["viewport"], placed
    for index in range(3):
        field = placed[f"/elements/0/children/{index}"]
        assert abs(field["box"]["left"] - outer["left"]) < 1, (index, field, outer)
        assert abs(field["box"]["right"] - outer["right"]) < 1, (index, field, outer)
        assert inside(field["value"], field["control"]), (index, field)
    select = placed["/elements/0/children/0"]
    assert select["cut"] and inside(select["chevron"], select["control"]), select
    checkbox = placed["/elements/0/children/3"]["box"]
    assert checkbox["right"] - checkbox["left"] < outer["right"] - outer["left"] - 100, checkbox
    start_side, end_side = ("right", "left") if direction else ("left", "right")
    if align == "start":
        assert abs(checkbox[start_side] - outer[start_side]) < 1, (checkbox, outer)
    elif align == "end":
        assert abs(checkbox[end_side] - outer[end_side]) < 1, (checkbox, outer)
    else:
        middle = (outer["left"] + outer["right"]) / 2
        assert abs((checkbox["left"] + checkbox["right"]) / 2 - middle) < 1, (checkbox, outer)


async def test_a_field_in_a_column_aligned_by_its_style_is_no_wider_than_the_column(browser: Browser) -> None:
    """An author's `alignItems` (no `align`, so the field keeps its own width) still keeps a field
    inside its column: its long value is cut with an ellipsis, its chevron drawn."""
    column = {"type": "column", "style": {"alignItems": "flex-start"}, "children": [
        {"type": "select", "label": "Country", "value": LONG, "options": [LONG]}]}  # fmt: skip
    placed = await laid_out(browser, {"device": "mobile", "height": "auto", "elements": [column]}, BOXES)
    select = placed["/elements/0/children/0"]
    assert inside(select["box"], placed["/elements/0"]["box"]), placed
    assert select["cut"] and inside(select["chevron"], select["control"]), select


async def test_the_testers_aligned_phone_form_renders_without_a_cut(pool: ChromiumPool) -> None:
    """The render of the tester's form names no element cut at the screen's side (it advised
    `wrap: true` and fewer grid columns, which the form has none of)."""
    _, image = await render_dsl(pool, country_form("form", "start", {}), scale=1)
    assert image.cut_px == 0, image.measured_warnings
    assert not [issue for issue in image.measured_warnings if issue.code == CONTENT_CUT]


def actions_form(justify: str | None, direction: dict[str, str], **more: Any) -> dict[str, Any]:
    form = {"type": "form", "layout": {"maxWidth": 640}, "actions": ["Back", {"label": "Continue", "variant": "primary"}],
            "children": [{"type": "input", "label": "Full name", "value": "Sarah Philips"}], **more}  # fmt: skip
    if justify is not None:
        form["justify"] = justify
    return {"width": 900, "height": "auto", **direction, "elements": [form]}


@pytest.mark.parametrize("direction", DIRECTIONS, ids=DIRECTION_IDS)
@pytest.mark.parametrize("justify", [None, "start", "center", "end", "between"])
async def test_a_forms_justify_places_its_action_buttons(
    browser: Browser, justify: str | None, direction: dict[str, str]
) -> None:
    """`justify: start` on a form was ignored, its Continue always at the form's end (GOV.UK
    puts it at the start). Now `justify` places the actions along their line, `start` and `end`
    following the writing direction; without it they stay at the end."""
    placed = await laid_out(browser, actions_form(justify, direction), BOXES)
    form = placed["/elements/0"]["box"]
    back, go = placed["buttons"]
    rtl = bool(direction)
    first, last = (go, back) if rtl else (back, go)  # left to right on the screen
    middle = (form["left"] + form["right"]) / 2
    wanted = justify or "end"
    if wanted in ("start", "end"):  # the start is the left, the right in right to left
        if (wanted == "start") != rtl:
            assert abs(first["left"] - form["left"]) < 1, placed
        else:
            assert abs(last["right"] - form["right"]) < 1, placed
    if wanted == "center":
        assert abs((first["left"] + last["right"]) / 2 - middle) < 1, placed
    if wanted == "between":
        assert abs(first["left"] - form["left"]) < 1 and abs(last["right"] - form["right"]) < 1, placed
        assert (back["left"] < go["left"]) != rtl, placed  # Back at the start, Continue at the end


@pytest.mark.parametrize("direction", DIRECTIONS, ids=DIRECTION_IDS)
async def test_a_forms_justify_places_its_actions_whatever_its_align(
    browser: Browser, direction: dict[str, str]
) -> None:
    """`align: start` alone puts the actions at the start (a button keeps its own width);
    `justify: end` beside it still sends them to the end, the fields kept at the form's width."""
    rtl = bool(direction)
    start, end = ("right", "left") if rtl else ("left", "right")
    aligned = await laid_out(browser, actions_form(None, direction, align="start"), BOXES)
    form, buttons = aligned["/elements/0"]["box"], aligned["buttons"]
    assert min(abs(button[start] - form[start]) for button in buttons) < 1, aligned
    both = await laid_out(browser, actions_form("end", direction, align="start"), BOXES)
    form, buttons = both["/elements/0"]["box"], both["buttons"]
    assert min(abs(button[end] - form[end]) for button in buttons) < 1, both
    field = both["/elements/0/children/0"]["box"]
    assert abs(field["left"] - form["left"]) < 1 and abs(field["right"] - form["right"]) < 1, both


QUESTION = {"type": "radio", "label": "Do you have an old passport?",
            "hint": "This includes passports that have expired or been damaged.",
            "options": ["Yes", "No, this is my first passport", "I've lost my passport"]}  # fmt: skip


@pytest.mark.parametrize("direction", DIRECTIONS, ids=DIRECTION_IDS)
@pytest.mark.parametrize("in_row", [False, True], ids=["column", "row"])
async def test_a_radio_groups_hint_sits_between_its_question_and_its_options(
    browser: Browser, direction: dict[str, str], in_row: bool
) -> None:
    """The hint was drawn under the options, far from the question it explains; GOV.UK and most
    design systems put it under the question. An error stays under the options, the hint kept."""
    group = {**QUESTION, "direction": "row"} if in_row else {**QUESTION, "error": "Select one"}
    elements = [group] if not in_row else [{"type": "row", "children": [
        {"type": "input", "label": "Passport number", "hint": "9 digits"}, group]}]  # fmt: skip
    placed = await laid_out(
        browser, {"width": 900, "height": "auto", **direction, "elements": elements}, BOXES
    )
    path = "/elements/0/children/1" if in_row else "/elements/0"
    parts = placed[path]
    if in_row:  # beside a field its options keep to the field's box, the hint under them as the field's is
        box = placed["/elements/0/children/0"]["control"]
        options = parts["options"]
        assert options["top"] >= box["top"] and options["bottom"] <= box["bottom"], placed
        assert parts["hint"]["top"] >= options["bottom"], parts
        return
    assert parts["label"]["bottom"] <= parts["hint"]["top"], parts
    assert parts["hint"]["bottom"] <= parts["options"]["top"], parts
    assert parts["options"]["bottom"] <= parts["error"]["top"], parts
