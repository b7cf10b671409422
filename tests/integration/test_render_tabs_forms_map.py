"""Segmented tabs given a width, sliders' tracks, maps in stacks, steppers' labels and rows of
fields on real Chromium: where their pixels land."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    box_where,
    close_to,
    colour_box,
    column_runs,
    is_red,
    luminance,
    painted,
    render_dsl,
    rgb,
    row_runs,
    runs,
)

pytestmark = pytest.mark.integration


def is_not_white(colour: RGB) -> bool:
    return min(colour) < 250


def is_white(colour: RGB) -> bool:
    return min(colour) >= 253


def is_dark(colour: RGB) -> bool:
    """Text and icon strokes in the foreground colour (not the map's light fills and roads)."""
    return luminance(colour) < 110 and max(colour) - min(colour) < 40


def is_green(colour: RGB) -> bool:
    return close_to(colour, GREEN, 40)


PAGE: dict[str, Any] = {"width": 500, "height": 400, "padding": 20, "background": "#ffffff"}
"""Content 460 px wide, from x=20 to x=480."""


# -- segmented and pill tabs given a width -------------------------------------------------------

BUY_SELL: dict[str, Any] = {"type": "tabs", "variant": "segmented", "items": ["Buy", "Sell"], "active": 0}


@pytest.mark.parametrize(
    ("sizing", "width"),
    [
        ({"layout": {"width": "100%"}}, 460),
        ({"style": {"width": "100%"}}, 460),
        ({"layout": {"width": 300}}, 300),
    ],
    ids=["layout-100%", "style-100%", "layout-300"],
)
async def test_segmented_tabs_given_a_width_span_it_and_share_it_equally(
    pool: ChromiumPool, sizing: dict[str, Any], width: int
) -> None:
    _, image = await render_dsl(pool, {**PAGE, "elements": [{**BUY_SELL, **sizing}]})
    pixels = rgb(image.data)
    track = box_where(pixels, is_not_white)  # the muted track (the active tab is white inside it)
    assert track is not None
    assert (track[0], track[2]) == (20, 20 + width), track
    # The active tab is the white box inside the track: half of it, less the track's 4 px padding
    # and the 2 px gap between the tabs.
    active = box_where(pixels, is_white, (track[0] + 2, track[1] + 2, track[2] - 2, track[3] - 2))
    assert active is not None
    assert active[0] == track[0] + 4 and abs((active[2] - active[0]) - (width - 8 - 2) / 2) <= 1, (
        active,
        track,
    )
    # Each label is centred in its half.
    for half in range(2):
        region = (track[0] + half * width // 2, track[1], track[0] + (half + 1) * width // 2, track[3])
        ink = box_where(pixels, lambda c: luminance(c) < 160, region)
        assert ink is not None
        assert abs((ink[0] + ink[2]) / 2 - (region[0] + region[2]) / 2) <= 3, (ink, region)


async def test_segmented_tabs_without_a_width_keep_their_contents_width(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {**PAGE, "elements": [BUY_SELL]})
    track = box_where(rgb(image.data), is_not_white)
    assert track is not None and track[0] == 20 and track[2] - track[0] < 140, track


async def test_pill_tabs_given_a_width_share_it_equally(pool: ChromiumPool) -> None:
    pills = {"type": "tabs", "variant": "pills", "items": ["Buy", "Sell"], "layout": {"width": 300}}
    _, image = await render_dsl(pool, {**PAGE, "elements": [pills]})
    active = box_where(rgb(image.data), lambda c: c[2] - c[0] > 12)  # the active pill's violet tint
    assert active is not None
    assert active[0] == 20 and abs((active[2] - active[0]) - (300 - 4) / 2) <= 1, active


@pytest.mark.parametrize(("density", "height"), [("compact", 32), ("comfortable", 36), ("spacious", 40)])
async def test_pill_tabs_are_as_tall_as_a_button_beside_them(
    pool: ChromiumPool, density: str, height: int
) -> None:
    """A pill was 2 px shorter than a button, a field or a segmented control (34 px beside 36)."""
    row = {"type": "row", "children": [{"type": "tabs", "variant": "pills", "items": ["Day", "Week"]},
                                       {"type": "button", "label": "Save"}]}  # fmt: skip
    css = ".dsl-tabs--pills .dsl-tab.is-active{background:#00ff00!important}.dsl-button{background:#0000ff!important}"
    document = {**PAGE, "theme": {"density": density}, "css": css, "elements": [row]}
    _, image = await render_dsl(pool, document)
    pill, button = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert pill is not None and button is not None
    assert (pill[1], pill[3]) == (button[1], button[3]) and button[3] - button[1] == height, (pill, button)


# -- slider --------------------------------------------------------------------------------------

SLIDER_PAGE: dict[str, Any] = {**PAGE, "width": 400, "theme": {"primary": "#ff0000"}}


@pytest.mark.parametrize("value", [0, 25, 100])
async def test_a_sliders_track_spans_the_field_like_an_input_above_it(pool: ChromiumPool, value: int) -> None:
    """The track's ends line up with the input's border (they stopped 9 px short on the right);
    the thumb stays within them, at 0 and at 100 too."""
    document = {
        **SLIDER_PAGE,
        "elements": [
            {"type": "input", "placeholder": "Amount", "style": {"borderColor": "#0000ff"}},
            {"type": "slider", "label": "Amount %", "value": value},
        ],
    }
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    field = colour_box(image.data, BLUE)
    marks = box_where(pixels, is_red)  # the filled range and the thumb's ring, in the primary colour
    assert field is not None and marks is not None
    middle = (marks[1] + marks[3]) // 2
    # Along the track's middle, the grey track and red range, broken only by the white thumb (at
    # 0 or 100 the thumb covers that end of the track, its soft shadow a pixel past it).
    track = column_runs(pixels, lambda c: luminance(c) < 248, (0, middle, 400, middle + 1))
    if value < 100:
        assert track[-1][1] == field[2], (track, field)
    if value > 0:
        assert track[0][0] == field[0], (track, field)
    assert field[0] <= marks[0] and marks[2] <= field[2], (marks, field)


async def test_a_slider_at_zero_puts_its_thumb_at_the_start(pool: ChromiumPool) -> None:
    """0 is a value, not a missing one (it was drawn at the midpoint, as 0 == False)."""
    document = {**SLIDER_PAGE, "elements": [{"type": "slider", "label": "Volume", "value": 0}]}
    _, image = await render_dsl(pool, document)
    thumb = box_where(rgb(image.data), is_red)
    assert thumb is not None and thumb[0] == 20 and thumb[2] - thumb[0] <= 18, thumb


@pytest.mark.parametrize(("value", "side"), [(1.5, "right"), (-2, "left")])
async def test_a_slider_across_zero_is_filled_from_zero_and_marks_false_hides_its_scale(
    pool: ChromiumPool, value: float, side: str
) -> None:
    """A -3..+3 exposure slider was filled from -3, and always had -3 and 3 under its track: now
    the fill runs from 0 (the track's middle) to the thumb, and `marks: false` leaves the
    numbers out, where a slider without it still draws them."""
    exposure = {"type": "slider", "label": "Exposure", "min": -3, "max": 3, "value": value}
    drawn = []
    for marks in (False, None):
        slider = exposure if marks is None else {**exposure, "marks": marks}
        _, image = await render_dsl(pool, {**SLIDER_PAGE, "height": 160, "elements": [slider]})
        drawn.append(rgb(image.data))
    pixels = drawn[0]
    thumb = box_where(pixels, is_red)
    assert thumb is not None
    middle = (thumb[1] + thumb[3]) // 2
    track = column_runs(pixels, lambda c: luminance(c) < 248, (0, middle, 400, middle + 1))
    start, end = track[0][0], track[-1][1]
    zero = (start + end) / 2
    fill = column_runs(pixels, is_red, (0, middle, 400, middle + 1))
    travel = end - start - 18  # the thumb's centre stays 9 px inside the track's ends
    thumb_x = start + 9 + travel * (value + 3) / 6
    if side == "right":
        assert abs(fill[0][0] - zero) <= 2 and abs(fill[-1][1] - thumb_x) <= 10, (fill, zero, thumb_x)
    else:
        assert abs(fill[-1][1] - zero) <= 2 and abs(fill[0][0] - thumb_x) <= 10, (fill, zero, thumb_x)
    words = lambda c: luminance(c) < 160 and not is_red(c)  # noqa: E731  text, not the track's grey
    below = [row_runs(picture, words, (0, thumb[3] + 1, 400, 160)) for picture in drawn]
    assert below[0] == [], below  # no -3 and 3 under the track with marks: false
    assert len(below[1]) == 1, below  # -3 and 3 under it without


# -- map in a stack ------------------------------------------------------------------------------

MAP_PAGE: dict[str, Any] = {"width": 400, "height": 360, "padding": 0, "background": "#ffffff"}


def map_stack(**fields: Any) -> dict[str, Any]:
    map_ = {"type": "map", "label": "Pickup"}
    badge = {"type": "badge", "text": "3 min away"}
    return {"type": "stack", "style": {"background": "#00ff00"}, "children": [map_, badge], **fields}


@pytest.mark.parametrize(
    "alignment", [{}, {"align": "start", "justify": "end"}, {"align": "end"}], ids=["auto", "top-end", "end"]
)
async def test_a_map_fills_a_stack_of_set_height(pool: ChromiumPool, alignment: dict[str, Any]) -> None:
    """As an image does: the stack's background shows only at the map's rounded corners (kept
    off the screen's edges by 8 px: a map touching them drops its corners)."""
    document = {**MAP_PAGE, "padding": 8, "elements": [map_stack(layout={"height": 300}, **alignment)]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    stack = colour_box(image.data, GREEN)
    assert stack is not None and stack[3] == 308, stack  # the corners, up to the stack's bottom
    inside = box_where(pixels, is_green, (28, 8, 372, 308))  # past the corners' radius
    assert inside is None, inside


@pytest.mark.parametrize(
    ("alignment", "left"),
    [({}, 12), ({"align": "start", "justify": "start"}, 12), ({"justify": "end"}, 400 - 12 - 280)],
    ids=["auto", "top-start", "end"],
)
async def test_a_card_laid_over_a_map_floats_inset_at_its_own_height(
    pool: ChromiumPool, alignment: dict[str, Any], left: int
) -> None:
    """The tester's shop card over a map: it filled the stack's 300 px, flush with its edges (its
    Directions button at the map's bottom); aligned, it kept its height but touched the edges."""
    card = {"type": "card", "layout": {"width": 280}, "title": "Bloom & Bean", "description": "Open until 20:00",
            "actions": ["Directions"]}  # fmt: skip
    stack = {"type": "stack", "layout": {"height": 300}, "children": [{"type": "map"}, card], **alignment}
    document = {**MAP_PAGE, "css": painted(".dsl-card", "#0000ff"), "elements": [stack]}
    _, image = await render_dsl(pool, document)
    drawn = colour_box(image.data, BLUE)
    assert drawn is not None and drawn[:3] == (left, 12, left + 280) and drawn[3] < 160, drawn


async def test_a_map_in_a_stack_of_no_height_keeps_its_own_height(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {**MAP_PAGE, "elements": [map_stack()]})
    drawn = box_where(rgb(image.data), is_not_white)
    assert drawn is not None and drawn[3] == 240, drawn


async def test_a_map_in_a_short_stack_is_as_short(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {**MAP_PAGE, "elements": [map_stack(layout={"height": 150})]})
    drawn = box_where(rgb(image.data), is_not_white)
    assert drawn is not None and drawn[3] == 150, drawn


PIN_CSS = painted(".dsl-map-label", "#00ff00") + ".dsl-map-pin-body{fill:#0000ff!important;stroke:none}"
"""The pin's label green and its body blue, to find them."""


async def _pin_and_label(pool: ChromiumPool, map_: dict[str, Any]) -> tuple[Any, Any]:
    """The boxes of the pin's body and of its label, of `map_` alone at the top of a bare page."""
    document = {**MAP_PAGE, "css": PIN_CSS, "elements": [map_]}
    _, image = await render_dsl(pool, document)
    return colour_box(image.data, BLUE), colour_box(image.data, GREEN)


async def test_a_low_maps_pin_and_label_stay_inside_it_with_a_margin(pool: ChromiumPool) -> None:
    """The reference's 160 px map: "Milan, Italy" sat on the map's top border (the pin's tip at
    the middle leaves 80 px above it, and the pin and label need about 78). They keep 12 px from
    the top now; a label longer than the map is wide ends in an ellipsis inside it."""
    pin, label = await _pin_and_label(
        pool, {"type": "map", "label": "Milan, Italy", "layout": {"height": 160}}
    )
    assert pin is not None and label is not None, (pin, label)
    assert label[1] >= 12 and label[3] < pin[1] and pin[3] < 160, (label, pin)
    long = "Piazza del Duomo, 20122 Milano MI, Lombardy, Italy, Europe"
    pin, label = await _pin_and_label(
        pool, {"type": "map", "label": long, "layout": {"width": 200, "height": 160}}
    )
    assert label is not None and label[0] >= 12 and label[2] <= 200 - 12, label


async def test_a_maps_pin_has_its_tip_at_the_middle_where_there_is_room(pool: ChromiumPool) -> None:
    pin, label = await _pin_and_label(pool, {"type": "map", "label": "Milan, Italy"})
    # a 240 px map: the tip 3 px above the middle (the pin's shadow is under it), as before
    assert pin is not None and label is not None and abs(pin[3] - 117) <= 2, pin
    assert abs((pin[0] + pin[2]) / 2 - 200) <= 2 and abs((label[0] + label[2]) / 2 - 200) <= 2, (pin, label)


def zoom_ink(image: Image.Image, height: int) -> tuple[int, int, int, int] | None:
    """Dark strokes in the map's right-hand 56 px: the zoom controls' plus and minus."""
    return box_where(image, is_dark, (400 - 56, 0, 400, height))


async def test_a_maps_zoom_controls_sit_bottom_right_clear_of_a_badge_top_right(pool: ChromiumPool) -> None:
    stack = map_stack(layout={"height": 300}, align="start", justify="end")
    _, image = await render_dsl(pool, {**MAP_PAGE, "elements": [stack]})
    pixels = rgb(image.data)
    badge = box_where(pixels, is_dark, (400 - 120, 0, 400, 40))
    zoom = box_where(pixels, is_dark, (400 - 56, 40, 400, 300))
    assert badge is not None, "the badge's text is covered"
    assert zoom is not None and zoom[1] > 200 and zoom[3] < 300, zoom  # nothing above the bottom 100 px


async def test_a_plain_map_has_no_zoom_controls(pool: ChromiumPool) -> None:
    plain = {"type": "map", "variant": "plain", "layout": {"height": 240}}
    _, image = await render_dsl(pool, {**MAP_PAGE, "elements": [plain]})
    assert zoom_ink(rgb(image.data), 240) is None
    _, drawn = await render_dsl(pool, {**MAP_PAGE, "elements": [{**plain, "variant": None}]})
    assert zoom_ink(rgb(drawn.data), 240) is not None


# -- stepper -------------------------------------------------------------------------------------

PHONE: dict[str, Any] = {"width": 390, "height": 300, "padding": 16, "background": "#ffffff"}


def is_label_ink(colour: RGB) -> bool:
    return luminance(colour) < 200


def step_geometry(image: Image.Image) -> tuple[list[float], list[tuple[float, int]]]:
    """The markers' centres across, and under each its label's centre across and line count."""
    markers = box_where(image, is_not_white, (0, 0, image.width, 60))
    assert markers is not None
    # 10 px above the markers' middle: through every circle, above the lines between them. A ring
    # (the current or an upcoming step) is crossed twice, around its white inside: one marker.
    above_lines = (markers[1] + markers[3]) // 2 - 10
    arcs = column_runs(image, is_not_white, (0, above_lines, image.width, above_lines + 1))
    rings = [list(arcs[0])]
    for start, end in arcs[1:]:
        if start - rings[-1][1] < 24:
            rings[-1][1] = end
        else:
            rings.append([start, end])
    centres = [(a + b) / 2 for a, b in rings]
    assert len(centres) > 1, centres
    share = centres[1] - centres[0]
    labels = []
    for centre in centres:
        region = (
            max(int(centre - share / 2), 0),
            markers[3] + 2,
            min(int(centre + share / 2), image.width),
            image.height,
        )
        ink = box_where(image, is_label_ink, region)
        assert ink is not None, f"no label under the marker at {centre}"
        labels.append(((ink[0] + ink[2]) / 2, len(row_runs(image, is_label_ink, region))))
    return centres, labels


async def test_a_steppers_steps_share_the_width_and_centre_their_labels(pool: ChromiumPool) -> None:
    stepper = {"type": "stepper", "items": ["Welcome", "Your goals", "Invite team"], "current": 1}
    _, image = await render_dsl(pool, {**PHONE, "elements": [stepper]})
    centres, labels = step_geometry(rgb(image.data))
    share = (390 - 32) / 3
    assert all(abs(c - (16 + share * (i + 0.5))) <= 1 for i, c in enumerate(centres)), centres
    assert all(
        abs(label - c) <= 2 and lines == 1 for c, (label, lines) in zip(centres, labels, strict=True)
    ), (
        centres,
        labels,
    )


async def test_a_steppers_labels_wrap_alike_when_narrow(pool: ChromiumPool) -> None:
    """Four steps 320 px wide (in a card on a phone): "Your goals" and "Invite team" are both
    wider than a share, so both wrap, centred under their markers. (The last step used to take
    the room it wanted, so "Invite team" stayed on one line while "Your goals" wrapped.)"""
    stepper = {"type": "stepper", "items": ["Welcome", "Your goals", "Invite team", "All done"], "current": 1}
    narrow = {"type": "container", "layout": {"width": 320}, "children": [stepper]}
    _, image = await render_dsl(pool, {**PHONE, "elements": [narrow]})
    centres, labels = step_geometry(rgb(image.data))
    assert all(abs(c - (16 + 80 * (i + 0.5))) <= 1 for i, c in enumerate(centres)), centres
    assert [lines for _, lines in labels] == [1, 2, 2, 1], labels
    assert all(abs(label - c) <= 2 for c, (label, _) in zip(centres, labels, strict=True)), (centres, labels)


async def test_a_steppers_long_german_labels_stay_in_their_share(pool: ChromiumPool) -> None:
    """German compounds wider than a share ran into each other ("Zahlungsinformationen" over
    "Bestellbestätigung") and off the canvas; they now break at their syllables, hyphenated."""
    items = ["Warenkorbübersicht", "Lieferadresse", "Zahlungsinformationen", "Bestellbestätigung"]
    stepper = {"type": "stepper", "items": items, "current": 1}
    _, image = await render_dsl(pool, {"width": 480, "height": 200, "lang": "de", "elements": [stepper]})
    picture = rgb(image.data)
    centres, _ = step_geometry(picture)
    share = (480 - 48) / 4
    for centre in centres:  # nothing inked where one share meets the next, under the markers
        for edge in (centre - share / 2, centre + share / 2):
            if 24 < edge < 456:
                band = (int(edge) - 1, 60, int(edge) + 2, 200)
                assert box_where(picture, is_label_ink, band) is None, (edge, centres)


async def test_a_stepper_takes_its_current_step_from_active(pool: ChromiumPool) -> None:
    stepper = {"type": "stepper", "items": ["Welcome", "Your goals", "Invite team"], "active": 1}
    _, image = await render_dsl(pool, {**PHONE, "theme": {"primary": "#ff0000"}, "elements": [stepper]})
    pixels = rgb(image.data)
    centres, _ = step_geometry(pixels)
    done, current, upcoming = (box_where(pixels, is_red, (int(c) - 20, 0, int(c) + 20, 60)) for c in centres)
    assert done is not None and current is not None and upcoming is None, (done, current, upcoming)


# -- a row of fields -----------------------------------------------------------------------------


def is_border(colour: RGB) -> bool:
    """A control's border (grey, or red when invalid), not the light red ring of an invalid one."""
    return luminance(colour) < 225


def control_tops(image: Image.Image, columns: list[tuple[int, int]]) -> list[int]:
    """The first row, in each column span, drawn across most of it: a control's top border."""
    tops = []
    for left, right in columns:
        flags = []
        for y in range(image.height):
            band = column_runs(image, is_border, (left, y, right, y + 1))
            flags.append(sum(end - start for start, end in band) > 0.8 * (right - left))
        found = runs(flags)
        assert found, (left, right)
        tops.append(found[0][0])
    # Two controls side by side, not one across both spans (fields stacked one under another).
    gap = (columns[0][1] + columns[1][0]) // 2
    assert not any(is_border(image.getpixel((gap, top))) for top in tops), (gap, tops)  # type: ignore[arg-type]
    return tops


ROW_PAGE: dict[str, Any] = {"width": 600, "height": 300, "padding": 20, "background": "#ffffff"}
"""Wide enough for the two fields side by side: under 600 px a row of text fields goes one under
another once they would be narrower than a control's 240 px (layout.narrow_canvas_classes)."""
EXPIRY = {"type": "input", "label": "Expiry", "placeholder": "MM/YY", "error": "Enter a valid date"}
CVC = {"type": "input", "label": "CVC", "placeholder": "123"}
COLUMNS = [(30, 283), (316, 569)]
"""Well inside each of the two fields (each about 274 px wide, 12 px apart)."""


async def test_fields_in_a_row_line_up_their_controls_whatever_is_below_them(pool: ChromiumPool) -> None:
    document = {**ROW_PAGE, "elements": [{"type": "row", "children": [EXPIRY, CVC]}]}
    _, image = await render_dsl(pool, document)
    expiry, cvc = control_tops(rgb(image.data), COLUMNS)
    assert expiry == cvc, (expiry, cvc)


async def test_a_row_aligned_by_its_author_keeps_that_alignment(pool: ChromiumPool) -> None:
    document = {**ROW_PAGE, "elements": [{"type": "row", "align": "center", "children": [EXPIRY, CVC]}]}
    _, image = await render_dsl(pool, document)
    expiry, cvc = control_tops(rgb(image.data), COLUMNS)
    assert cvc - expiry >= 10, (expiry, cvc)  # centred: the field without a message sits lower


@pytest.mark.parametrize(
    "indicator",
    [{"type": "stepper", "variant": "dots", "items": ["Welcome", "Goals", "Invite"], "current": 1},
     {"type": "pagination", "variant": "dots", "total": 3, "current": 2}],
)  # fmt: skip
async def test_dots_are_a_centred_page_indicator_with_the_current_page_wider(
    pool: ChromiumPool, indicator: dict[str, Any]
) -> None:
    document = {"width": 300, "height": 60, "background": "#ffffff", "theme": {"primary": "#0000ff"},
                "elements": [indicator]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    current = box_where(picture, lambda colour: colour == (0, 0, 255))
    marks = column_runs(picture, lambda colour: luminance(colour) < 245, (0, 0, 300, 60))
    assert current is not None and len(marks) == 3, marks
    widths = [end - start for start, end in marks]
    assert widths[1] > 2 * widths[0] and widths[0] == widths[2]  # the second page is the current one
    assert abs((marks[0][0] + marks[-1][1]) / 2 - 150) <= 1  # centred
