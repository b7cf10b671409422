"""Texts an accessibility audit measured under 4.5:1 on real Chromium, read again: a field's
placeholder on the built-in themes and on an author's tokens (3.4:1 light, 3.7:1 dark).

Each text is drawn large and bold by the document's CSS (its colour is what is judged, a big
glyph's inside is that colour, not a blend with its ground), as test_render_small_text_contrast does."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb
from tests.integration.test_render_small_text_contrast import LARGE, ink_and_ground
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


THEMES: dict[str, Any] = {
    "light": "light",
    "dark": "dark",
    "grey-text-token": {"text": "#333333"},
    "navy-page-token": {"background": "#0f172a", "surface": "#1e293b", "text": "#e2e8f0"},
}


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
async def test_a_fields_placeholder_reads_at_4_5_and_is_lighter_than_its_value(
    pool: ChromiumPool, theme: Any
) -> None:
    css = f".dsl-control{{height:80px!important}}.dsl-control-placeholder,.dsl-control-value{{{LARGE}}}"
    fields = [{"type": "input", "placeholder": "Mm", "layout": {"width": 360}},
              {"type": "input", "value": "Mm", "layout": {"width": 360}}]  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 240, "padding": 10, "theme": theme, "css": css,
                                    "elements": [{"type": "column", "gap": 20, "children": fields}]})  # fmt: skip
    placeholder, ground = ink_and_ground(picture, (20, 20, 200, 80))
    value, value_ground = ink_and_ground(picture, (20, 120, 200, 180))
    assert value_ground == ground
    assert pixel_contrast(placeholder, ground) >= 4.5, (placeholder, ground)
    assert pixel_contrast(value, ground) > pixel_contrast(placeholder, ground) + 2, (value, placeholder)


async def test_a_fields_prefix_and_suffix_read_at_4_5_on_their_grey_fill(pool: ChromiumPool) -> None:
    """ "https://" and "USD" were #71717a on #f4f4f5, 4.40:1."""
    field = {"type": "input", "prefix": "Mm", "suffix": "Mm", "value": "", "layout": {"width": 380}}
    css = f".dsl-control{{height:80px!important}}.dsl-control-addon{{{LARGE}}}"
    picture = await _picture(
        pool, {"width": 400, "height": 120, "padding": 10, "css": css, "elements": [field]}
    )
    for region in ((12, 20, 80, 80), (320, 20, 388, 80)):
        ink, ground = ink_and_ground(picture, region)
        assert ground != (255, 255, 255), ground  # the add-on's grey fill
        assert pixel_contrast(ink, ground) >= 4.5, (region, ink, ground)


async def test_muted_text_on_a_grey_page_and_in_a_muted_box_on_it_reads_at_4_5(pool: ChromiumPool) -> None:
    """On a #f1f5f9 page, muted text read at 4.41:1 and an all-caps label in a `var(--muted)` box
    (a kanban column's "BACKLOG") at 3.92:1."""
    column = {
        "type": "column",
        "style": {"background": "var(--muted)"},
        "padding": 12,
        "children": [{"type": "label", "text": "MMMMM"}],
    }  # fmt: skip  (five letters: an overline, not an acronym)
    hint = {"type": "text", "text": "Mm", "style": {"color": "var(--muted-foreground)"}}
    css = f".dsl-label.is-caps,.dsl-text{{{LARGE}}}"
    picture = await _picture(pool, {"width": 400, "height": 200, "padding": 16, "background": "#f1f5f9",
                                    "css": css, "elements": [{"type": "column", "gap": 16, "children": [hint, column]}]})  # fmt: skip
    hint_ink, page = ink_and_ground(picture, (16, 16, 200, 60))
    assert page == (241, 245, 249), page
    assert pixel_contrast(hint_ink, page) >= 4.5, (hint_ink, page)
    label_ink, fill = ink_and_ground(picture, (30, 90, 200, 140))
    assert fill != page, fill  # the muted box
    assert pixel_contrast(label_ink, fill) >= 4.5, (label_ink, fill)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("tone", ["success", "#ea580c", "warning", "#84cc16"])
async def test_a_calendar_events_label_reads_at_4_5_on_its_tint(
    pool: ChromiumPool, theme: str, tone: str
) -> None:
    """ "Payout day" (success) was #17803e on #dcf1e4, 4.23:1, and "Release 3.2" (#ea580c) 4.46:1."""
    calendar = {"type": "calendar", "variant": "full", "month": "2025-07", "layout": {"width": 700, "height": 560},
                "events": [{"date": "2025-07-02", "label": "Mm", "color": tone}]}  # fmt: skip
    css = (f".dsl-cal-event{{{LARGE};height:auto!important;width:220px!important;padding:8px!important}}"
           ".dsl-cal-num,.dsl-cal-head,.dsl-cal-week{visibility:hidden}")  # fmt: skip
    picture = await _picture(
        pool, {"width": 760, "height": 640, "theme": theme, "css": css, "elements": [calendar]}
    )
    events = [(x, y) for y in range(0, 640, 4) for x in range(0, 760, 4) if max(picture.getpixel((x, y))) - min(picture.getpixel((x, y))) > 12]  # fmt: skip
    assert events, "the event's tint is drawn"
    x, y = events[0]
    ink, tint = ink_and_ground(picture, (x, y, x + 120, y + 56))
    assert pixel_contrast(ink, tint) >= 4.5, (ink, tint)


@pytest.mark.parametrize("colour", [None, "#ea580c", "#f59e0b"])
async def test_a_review_notes_pin_number_reads_at_4_5_in_white(
    pool: ChromiumPool, colour: str | None
) -> None:
    """A pin's white 13 px bold number on #ea580c was 3.56:1: its fill is drawn as deep as it takes."""
    note = {"target": "box", **({"color": colour} if colour else {})}
    css = ".dsl-note-pin{font-size:40px!important;height:64px!important;line-height:64px!important;padding:0 20px!important}"
    document = {"width": 400, "height": 200, "css": css, "annotations": [note],
                "elements": [{"type": "card", "id": "box", "title": "x", "layout": {"width": 200}}]}  # fmt: skip
    picture = await _picture(pool, document)
    pins = [(x, y) for y in range(0, 200, 2) for x in range(0, 400, 2)
            if max(picture.getpixel((x, y))) - min(picture.getpixel((x, y))) > 100]  # fmt: skip
    assert pins, "the pin is drawn"
    left, top = min(x for x, _ in pins), min(y for _, y in pins)
    right, bottom = max(x for x, _ in pins), max(y for _, y in pins)
    ink, fill = ink_and_ground(picture, (left, top, right, bottom))
    assert ink == (255, 255, 255) or min(ink) > 245, ink
    assert pixel_contrast(ink, fill) >= 4.5, (ink, fill)
