"""The earlier format's fields on real Chromium: a labelled input, select or textarea placed with
a fixed height is a control of that height with its label readable above it (beside it at the
screen's top), and the HTML attributes of `customAttributes` draw as the DSL's own fields."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import GREEN, colour_box, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

GREEN_CONTROLS = ".dsl-control{background:#00ff00;border:none;box-shadow:none}"
"""Controls one flat colour, so their pixels give their exact place and size."""


def page(width: int, height: int, *elements: dict[str, Any], css: str = GREEN_CONTROLS) -> dict[str, Any]:
    return {"width": width, "height": height, "background": "#ffffff", "css": css, "elements": list(elements)}


@pytest.mark.parametrize("kind", ["input", "select", "textarea"])
async def test_a_placed_labelled_field_is_the_height_asked_with_its_label_above(
    pool: ChromiumPool, kind: str
) -> None:
    """`{type: input, label: Full name, layout: {height: 44}}` squeezed the control to ~16 px
    under its label; a text placed just below the box must stay clear of it."""
    field = {"type": kind, "label": "Full name", "layout": {"x": 20, "y": 40, "width": 320, "height": 44}}
    below = {"type": "text", "text": "Placed below", "layout": {"x": 20, "y": 90, "width": 320, "height": 20}}
    _, image = await render_dsl(pool, page(360, 130, field, below))
    assert colour_box(image.data, GREEN) == (20, 40, 340, 84)
    picture = rgb(image.data)
    (label,) = row_runs(picture, is_text, (20, 0, 340, 40))
    assert label[0] >= 2 and label[1] <= 36 and label[1] - label[0] >= 9, label  # whole, above the gap
    (text,) = row_runs(picture, is_text, (20, 84, 340, 130))
    assert text[0] >= 90, text  # the text below is where it was placed, under the control's edge


async def test_a_field_at_the_screens_top_draws_its_label_beside_the_control(pool: ChromiumPool) -> None:
    """Above, a field placed at y 10 would have its label cut off at the image's top."""
    field = {"type": "input", "label": "Full name", "layout": {"x": 20, "y": 10, "width": 320, "height": 44}}
    _, image = await render_dsl(pool, page(360, 80, field))
    control = colour_box(image.data, GREEN)
    assert control is not None and (control[1], control[3], control[2]) == (10, 54, 340)
    picture = rgb(image.data)
    (label,) = row_runs(picture, is_text, (20, 0, control[0], 80))
    assert label[0] > 10 and label[1] < 54  # on the control's rows, before it
    assert control[0] - 20 >= 60  # the label's words take their room at the start


async def test_a_fields_attributes_draw_as_its_own_fields(pool: ChromiumPool) -> None:
    """A prefilled, disabled, required field of the earlier format looks as the DSL's own fields draw it."""
    placed = {"type": "input", "label": "Email", "layout": {"x": 20, "y": 40, "width": 320, "height": 44}}
    attributes = {
        "value": "jordan@acme.io",
        "disabled": "true",
        "required": "required",
        "autocomplete": "email",
    }
    prepared, written = await render_dsl(
        pool, page(360, 100, {**placed, "customAttributes": attributes}, css="")
    )
    assert prepared.warnings == []
    _, native = await render_dsl(
        pool,
        page(360, 100, {**placed, "value": "jordan@acme.io", "disabled": True, "required": True}, css=""),
    )
    _, empty = await render_dsl(pool, page(360, 100, placed, css=""))
    assert written.data == native.data and written.data != empty.data


# -- the earlier renderer's markup hooks -----------------------------------------------------------

RED = (255, 0, 0)


@pytest.mark.parametrize(
    "css",
    [
        "[data-type='text'].note { color: #ff0000 }",
        ".dsl-element.note { color: #ff0000 }",
        "#element-1 { color: #ff0000 }",
        "[data-testid='note'] { color: #ff0000 }",
    ],
)
async def test_the_earlier_formats_selectors_style_the_elements_they_name(
    pool: ChromiumPool, css: str
) -> None:
    """Its documents' css selects by the markup the earlier renderer wrote on every element."""
    title = {"type": "text", "text": "Pricing", "layout": {"x": 20, "y": 10, "width": 200, "height": 24}}
    note = {
        "type": "text",
        "text": "Prices in USD",
        "className": "note",
        "customAttributes": {"data-testid": "note"},
        "layout": {"x": 20, "y": 50, "width": 200, "height": 24},
    }
    _, styled = await render_dsl(pool, page(240, 90, title, note, css=css))
    red = colour_box(styled.data, RED)
    assert red is not None and red[1] >= 50 and red[3] <= 74, red  # the note, not the title
    _, plain = await render_dsl(pool, page(240, 90, title, note, css=""))
    assert colour_box(plain.data, RED) is None


# -- HTML character references -----------------------------------------------------------------------


def words(text: str, kind: str = "text") -> dict[str, Any]:
    return page(
        360,
        60,
        {"type": kind, "text": text, "layout": {"x": 10, "y": 10, "width": 340, "height": 40}},
        css="",
    )


async def test_character_references_draw_their_characters(pool: ChromiumPool) -> None:
    """`&mdash;` was drawn as the seven characters `&mdash;`; a reference to markup is words."""
    _, referenced = await render_dsl(pool, words("It&#8217;s 5&nbsp;km &mdash; R&amp;D &lt;b&gt;"))
    _, written = await render_dsl(pool, words("It\u2019s 5\u00a0km \u2014 R&D <b>"))
    _, literal = await render_dsl(pool, words("It&amp;#8217;s 5&amp;nbsp;km &amp;mdash; R&amp;amp;D"))
    assert referenced.data == written.data
    assert literal.data != written.data  # a reference written twice over is drawn once read


async def test_a_code_elements_code_keeps_its_references_as_written(pool: ChromiumPool) -> None:
    _, code = await render_dsl(pool, words("a &amp;&amp; b", kind="code"))
    _, read = await render_dsl(pool, words("a && b", kind="code"))
    assert code.data != read.data
