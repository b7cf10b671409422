"""Annotations on real Chromium: pins of near elements apart and off small targets, the notes' column straight, the image as tall as the screen or its notes."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.dsl.prepare import prepare_render
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.page_boxes import overlap, page_boxes

pytestmark = pytest.mark.integration

PINS = ".dsl-root>.dsl-note-pin"


def _note(target: str) -> dict[str, str]:
    return {"target": target, "text": f"About {target}."}


async def test_a_headers_pin_sits_after_its_title_apart_from_its_actions_pin() -> None:
    header = {
        "type": "header",
        "id": "hdr",
        "title": "Biology 201 Gradebook",
        "description": "Fall 2025",
        "actions": [{"label": "Export CSV"}, {"label": "Add assignment", "id": "add"}],
    }
    document = {
        "width": 900,
        "height": 300,
        "elements": [header],
        "annotations": [_note("hdr"), _note("add")],
    }
    prepared = prepare_render(document)
    found = await page_boxes(
        prepared.html, prepared.viewport, {"pins": PINS, "add": "#add"}, {"title": ".dsl-header-title"}
    )
    (header_pin, add_pin), (title,), (add,) = found["pins"], found["title"], found["add"]
    assert overlap(header_pin, add_pin) == 0, (header_pin, add_pin)
    assert title[2] < header_pin[0] <= title[2] + 16, (title, header_pin)  # just after the title's words
    assert title[1] <= (header_pin[1] + header_pin[3]) / 2 <= title[3]  # on its line
    assert abs(add_pin[2] - 12 - add[2]) <= 1  # the button's own pin stays on its corner


async def test_pins_on_a_tables_badge_and_row_icons_cover_none_of_them_nor_each_other() -> None:
    role = {"type": "badge", "id": "badge1", "text": "Admin"}
    actions = [
        {"type": "button", "id": "edit1", "icon": "pencil", "variant": "ghost"},
        {"type": "button", "id": "del1", "icon": "trash-2", "variant": "ghost"},
    ]
    second = [
        {"type": "button", "id": "edit2", "icon": "pencil", "variant": "ghost"},
        {"type": "button", "id": "del2", "icon": "trash-2", "variant": "ghost"},
    ]
    table = {
        "type": "table",
        "columns": ["Name", "Role", ""],
        "rows": [["Ana", role, actions], ["Bo", "Viewer", second]],
    }
    targets = ["badge1", "edit1", "del1", "edit2", "del2"]
    document = {
        "width": 700,
        "height": 300,
        "elements": [table],
        "annotations": [_note(target) for target in targets],
    }
    prepared = prepare_render(document)
    found = await page_boxes(
        prepared.html,
        prepared.viewport,
        {
            "pins": PINS,
            "boxes": ", ".join(f"#{target}" for target in targets),
            "glyphs": ":is(#edit1,#del1,#edit2,#del2) .dsl-i",
        },
        {"words": "#badge1>.dsl-badge-text"},
    )
    pins, boxes, ink = found["pins"], found["boxes"], found["words"] + found["glyphs"]
    assert len(pins) == len(boxes) == len(ink) == len(targets)
    for index, pin in enumerate(pins):
        assert all(overlap(pin, other) == 0 for other in pins[index + 1 :]), pins
        # Off its target's words or glyph, and off every other target's too.
        assert all(overlap(pin, drawn) == 0 for drawn in ink), (targets[index], pin, ink)
        box = boxes[index]
        assert box[0] <= (pin[0] + pin[2]) / 2 <= box[2], (pin, box)  # over its own target,
        assert pin[3] <= box[1] + 2, (pin, box)  # above it, on its top edge at most


async def test_the_notes_texts_start_at_one_x_past_two_digit_numbers() -> None:
    items = [{"type": "text", "id": f"t{n}", "text": f"Line {n}"} for n in range(12)]
    document = {
        "width": 400,
        "height": 600,
        "elements": items,
        "annotations": [_note(f"t{n}") for n in range(12)],
    }
    prepared = prepare_render(document)
    found = await page_boxes(
        prepared.html,
        prepared.viewport,
        {"texts": ".dsl-notes li>span:last-child", "pins": ".dsl-notes li>.dsl-note-pin"},
    )
    starts = {round(left, 1) for left, *_ in found["texts"]}
    assert len(found["texts"]) == 12 and len(starts) == 1, starts  # one column, 1 to 12
    assert found["pins"][11][2] - found["pins"][11][0] > 24  # "12" is wider than a one-digit pin


async def test_a_long_custom_label_sits_before_its_text_not_widening_the_column() -> None:
    """A label longer than the largest number (NEW-LONG-LBL among 12 notes) sits before its own
    text, as the released build drew it: the other notes' texts keep the column two digits make
    (it widened for all of them, wrapping one-line notes), and its own text starts past it."""
    items = [{"type": "text", "id": f"t{n}", "text": f"Line {n}"} for n in range(12)]
    notes: list[dict[str, Any]] = [_note(f"t{n}") for n in range(12)]
    document = {"width": 400, "height": 600, "elements": items, "annotations": notes}
    labelled = {**document, "annotations": [*notes[:-1], {**notes[-1], "label": "NEW-LONG-LBL"}]}
    selectors = {"texts": ".dsl-notes li>span:last-child", "pins": ".dsl-notes li>.dsl-note-pin"}
    plain = prepare_render(document)
    found = await page_boxes(plain.html, plain.viewport, selectors)
    prepared = prepare_render(labelled)
    long = await page_boxes(prepared.html, prepared.viewport, selectors)
    assert [box[0] for box in long["texts"][:11]] == [box[0] for box in found["texts"][:11]]
    assert [box[3] - box[1] for box in long["texts"][:11]] == [box[3] - box[1] for box in found["texts"][:11]]
    pin, text = long["pins"][11], long["texts"][11]
    assert pin[2] - pin[0] > 60 and text[0] >= pin[2] + 8, (pin, text)  # beside its wide pin


TALL = {"type": "container", "id": "box", "layout": {"width": 100, "height": 500}}
LOW = {"type": "button", "id": "low", "label": "Below the cut"}


async def test_short_notes_beside_cut_content_leave_the_image_the_screens_height(pool: ChromiumPool) -> None:
    document = {"width": 400, "height": 300, "elements": [TALL, LOW], "annotations": [_note("box")]}
    _, image = await render_dsl(pool, document)
    assert (image.width, image.height) == (400 + 320, 300)  # no empty sheet as tall as the cut part
    assert image.cut_px > 200


async def test_a_pin_below_the_visible_screen_is_warned_of_by_its_annotation(pool: ChromiumPool) -> None:
    notes: list[dict[str, Any]] = [_note("box"), _note("low")]
    document = {"width": 400, "height": 300, "elements": [TALL, LOW], "annotations": notes}
    _, image = await render_dsl(pool, document)
    hidden = [w for w in image.measured_warnings if w.path.startswith("/annotations/")]
    assert [(w.path, w.code) for w in hidden] == [("/annotations/1", CONTENT_CUT)]
    assert "note 2's pin lies" in hidden[0].message
    _, whole = await render_dsl(pool, document, full_page=True)
    assert not [w for w in whole.measured_warnings if w.path.startswith("/annotations/")]
