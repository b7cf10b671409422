"""The theme's density on real Chromium: compact and spacious move the heights and paddings of
every control (pagination, pill tabs, menu items, accordion heads, chips, textareas) and container
(alerts) while the default keeps today's; a field's `size` gives it a button's height and text
size of that size; controls in a compact row line up; a count badge sits on its icon's corner
instead of over it; labelled fields in a grid line up their boxes when a label wraps."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    is_ink,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

SCALE = 2
"""Every document renders at 2x, so half-pixel heights (an accordion head's 50.5) are whole pixels."""

DENSITIES = ("compact", "comfortable", "spacious")
DANGER: RGB = (220, 38, 38)
"""The light theme's danger red: the colour of a count badge."""


def is_blue(colour: RGB) -> bool:
    return close_to(colour, BLUE, 8)


def is_green(colour: RGB) -> bool:
    return close_to(colour, GREEN, 8)


def is_danger(colour: RGB) -> bool:
    return close_to(colour, DANGER, 30)


def painted(selector: str, colour: str = "#0000ff") -> str:
    """Document CSS that fills the boxes `selector` matches (border included) with one colour."""
    return f"{selector}{{background:{colour}!important;border-color:{colour}!important;box-shadow:none!important}}"


async def render(
    pool: ChromiumPool, elements: list[dict[str, Any]], density: str | None = None, *, css: str = "",
    width: int = 600, height: int = 240,
) -> Image.Image:  # fmt: skip
    document: dict[str, Any] = {"width": width, "height": height, "scale": SCALE, "padding": 20,
                                "background": "#ffffff", "elements": elements}  # fmt: skip
    if density is not None:
        document["theme"] = {"density": density}
    if css:
        document["css"] = css
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def css_px(box: Box) -> tuple[float, float]:
    """A box's width and height in CSS px."""
    return (box[2] - box[0]) / SCALE, (box[3] - box[1]) / SCALE


# -- heights at each density ----------------------------------------------------------------------

HEIGHTS = [
    # what, its element, the box to measure, its height (CSS px) compact / comfortable / spacious
    ("pagination page", {"type": "pagination", "current": 2, "total": 3}, ".dsl-page.is-active", (32, 36, 40)),
    ("pill tab", {"type": "tabs", "variant": "pills", "items": ["Open", "Closed"]}, ".dsl-tab.is-active",
     (32, 36, 40)),
    ("menu item", {"type": "menu", "items": [{"label": "Rename", "active": True}, "Delete"]},
     ".dsl-menu-item.is-active", (30, 34, 38)),
    ("accordion head", {"type": "accordion", "items": [{"label": "Can I change plans later?"}]},
     ".dsl-accordion-head", (46.5, 50.5, 54.5)),
    ("chip", {"type": "chip", "text": "Design"}, ".dsl-chip", (24, 28, 32)),
    ("textarea", {"type": "textarea", "placeholder": "Notes", "rows": 3}, ".dsl-textarea", (74, 78, 82)),
    ("alert", {"type": "alert", "text": "Your trial ends in 3 days."}, ".dsl-alert", (42.6, 51, 62.2)),
    # a field's `size` makes it as tall as a button of that size (28/32/34 sm, 36/42/48 lg)
    ("small input", {"type": "input", "size": "sm", "placeholder": "Code"}, ".dsl-control", (28, 32, 34)),
    ("large input", {"type": "input", "size": "lg", "label": "Email"}, ".dsl-control", (36, 42, 48)),
    ("small select", {"type": "select", "size": "small", "options": ["EU"]}, ".dsl-control", (28, 32, 34)),
    ("large search", {"type": "search", "size": "lg"}, ".dsl-control", (36, 42, 48)),
    ("small textarea", {"type": "textarea", "size": "sm", "rows": 3}, ".dsl-textarea", (70, 74, 76)),
    ("large textarea", {"type": "textarea", "size": "lg", "rows": 3, "label": "Notes"}, ".dsl-control", (78, 84, 90)),
]  # fmt: skip
"""By default (comfortable) the sizes they had before the density reached them."""


@pytest.mark.parametrize(("element", "selector", "heights"), [case[1:] for case in HEIGHTS],
                         ids=[case[0] for case in HEIGHTS])  # fmt: skip
async def test_the_density_sets_a_controls_height_and_the_default_keeps_todays(
    pool: ChromiumPool, element: dict[str, Any], selector: str, heights: tuple[float, float, float]
) -> None:
    """Compact is shorter and spacious taller than the default, which is unchanged: a pagination
    page and a pill tab are as tall as a button (36 px by default, 32 compact, 40 spacious), menu
    items 2 px shorter, a chip 8 px, an accordion head 14.5 px taller; a three-line textarea is
    78 px by default; an alert's padding scales as a card's does (14 px by default, x0.7 compact,
    x1.4 spacious)."""
    measured = []
    for density in DENSITIES:
        image = await render(pool, [element], density, css=painted(selector))
        box = box_where(image, is_blue)
        assert box is not None, (density, selector)
        measured.append(css_px(box)[1])
    assert measured == pytest.approx(heights, abs=0.5), measured


async def test_a_density_also_moves_a_controls_side_padding(pool: ChromiumPool) -> None:
    """A pagination page's, a chip's and a button's widths grow by their padding with the density."""
    row = {"type": "row", "gap": 12, "children": [
        {"type": "button", "label": "Save"}, {"type": "chip", "text": "Design", "style": {"background": "#00ff00"}}]}  # fmt: skip
    widths = []
    for density in DENSITIES:
        image = await render(pool, [row], density, css=painted(".dsl-button"))
        button, chip = box_where(image, is_blue), box_where(image, is_green)
        assert button is not None and chip is not None
        widths.append((css_px(button)[0], css_px(chip)[0]))
    (button_compact, chip_compact), (button_default, chip_default), (button_spacious, chip_spacious) = widths
    assert button_compact == pytest.approx(button_default - 4, abs=0.5)  # 14 px a side, not 16
    assert button_spacious == pytest.approx(button_default + 4, abs=0.5)  # 18 px a side
    assert chip_compact == pytest.approx(chip_default - 4, abs=0.5)  # 10 px a side, not 12
    assert chip_spacious == pytest.approx(chip_default + 4, abs=0.5)


# -- a compact row ------------------------------------------------------------------------------


@pytest.mark.parametrize("density", DENSITIES)
async def test_controls_in_a_row_line_up_at_every_density(pool: ChromiumPool, density: str) -> None:
    """A button, an input, a select, a segmented control, a pagination page and a pill tab share
    one top and one bottom (32 px tall when compact: the page was 36 beside a 32 px button, a pill
    30); a chip, a little shorter by design, is centred on the same line."""
    row = {"type": "row", "gap": 16, "children": [
        {"type": "button", "label": "Apply"}, {"type": "input", "placeholder": "Name", "layout": {"width": 90}},
        {"type": "select", "options": ["Open"], "value": "Open", "layout": {"width": 90}},
        {"type": "tabs", "variant": "segmented", "items": ["Day", "Week"]},
        {"type": "pagination", "current": 1, "total": 2, "actions": ["", ""]},
        {"type": "tabs", "variant": "pills", "items": ["All", "Mine"]}, {"type": "chip", "text": "Q3"}]}  # fmt: skip
    css = painted(".dsl-button,.dsl-control,.dsl-tabs--segmented .dsl-tabs-list,.dsl-page.is-active")
    css += painted(".dsl-tabs--pills .dsl-tab.is-active,.dsl-chip", "#00ff00")
    image = await render(pool, [row], density, css=css, width=900)
    controls = [box_where(image, is_blue, (left, 0, right, image.height)) for left, right in
                column_runs(image, is_blue, (0, 0, image.width, image.height))]  # fmt: skip
    assert len(controls) == 5, controls
    height = {"compact": 32, "comfortable": 36, "spacious": 40}[density]
    for box in controls:
        assert box is not None
        assert (box[1], box[3]) == (controls[0][1], controls[0][3]), controls  # type: ignore[index]
        assert css_px(box)[1] == height, (box, height)
    top, bottom = controls[0][1], controls[0][3]  # type: ignore[index]
    small = [box_where(image, is_green, (left, 0, right, image.height)) for left, right in
             column_runs(image, is_green, (0, 0, image.width, image.height))]  # fmt: skip
    assert len(small) == 2, small
    pill, chip = small
    assert pill is not None and chip is not None
    assert (pill[1], pill[3]) == (controls[0][1], controls[0][3]), (pill, controls)  # type: ignore[index]
    assert css_px(pill)[1] == height and css_px(chip)[1] == height - 8, (pill, chip)
    for box in (pill, chip):
        assert abs((box[1] + box[3]) - (top + bottom)) <= 1, (box, top, bottom)  # centred alike


@pytest.mark.parametrize("density", DENSITIES)
async def test_a_fields_size_matches_a_buttons_of_that_size(pool: ChromiumPool, density: str) -> None:
    """An input, a select and a search of each size share their top and bottom with a button of
    that size beside them (a large button matched no field: fields had one height)."""
    rows = [{"type": "row", "children": [
        {"type": "input", "size": size, "placeholder": "Name"}, {"type": "select", "size": size, "options": ["EU"]},
        {"type": "search", "size": size}, {"type": "button", "label": "Go", "size": size}]}
        for size in ("sm", "md", "lg")]  # fmt: skip
    css = painted(".dsl-control") + painted(".dsl-button", "#00ff00")
    image = await render(pool, rows, density, css=css, height=260)
    fields, buttons = _boxes(image), _boxes(image, is_green)
    assert len(fields) == 9 and len(buttons) == 3, (fields, buttons)
    for line, button in enumerate(buttons):
        assert {(box[1], box[3]) for box in fields[3 * line : 3 * line + 3]} == {(button[1], button[3])}, line
    sm, md, lg = (css_px(button)[1] for button in buttons)
    assert sm < md < lg, (sm, md, lg)


async def test_a_fields_size_sets_its_texts_size_as_a_buttons(pool: ChromiumPool) -> None:
    """A small field's words are a small button's 13 px, a large one's 15 px: the same value is
    narrower and wider than at the default 14 px."""
    values = [
        {"type": "input", "value": "HHHHHHHHHH", "size": size, "layout": {"width": 160}}
        for size in ("sm", "md", "lg")
    ]
    image = await render(pool, [{"type": "row", "gap": 12, "children": values}], width=600)
    regions = [
        ((20 + 172 * index) * SCALE, 0, (20 + 172 * index + 160) * SCALE, image.height) for index in range(3)
    ]
    words = [box_where(image, is_ink, region) for region in regions]  # each field's value
    inked = [box[2] - box[0] for box in words if box is not None]
    assert len(inked) == 3, words
    assert inked[0] / inked[1] == pytest.approx(13 / 14, abs=0.03), inked
    assert inked[2] / inked[1] == pytest.approx(15 / 14, abs=0.03), inked


# -- a count badge on an icon -------------------------------------------------------------------


def _hidden_share(bare: Image.Image, badged: Image.Image, region: Box) -> float:
    """The share of an icon's strokes (drawn without a badge) that its badge hides."""
    icon = box_where(bare, is_ink, region)
    assert icon is not None
    bare_px, badged_px = bare.load(), badged.load()
    assert bare_px is not None and badged_px is not None
    strokes = [
        (x, y) for y in range(icon[1], icon[3]) for x in range(icon[0], icon[2]) if is_ink(bare_px[x, y])
    ]
    hidden = [point for point in strokes if not is_ink(badged_px[point])]
    return len(hidden) / len(strokes)


async def test_an_icon_buttons_badge_sits_on_the_icons_corner_not_over_it(pool: ChromiumPool) -> None:
    """`{type: button, icon: bell, variant: ghost, badge: 5}`: the badge overlaps the icon's
    top-right corner by a few px (as iOS and Material place a count), leaving the bell whole; it
    covered the bell's top before."""
    bell = {"type": "button", "icon": "bell", "variant": "ghost"}
    bare = await render(pool, [bell])
    badged = await render(pool, [{**bell, "badge": 5}])
    region = (0, 0, 140 * SCALE, 100 * SCALE)
    icon, badge = box_where(bare, is_ink, region), box_where(badged, is_danger, region)
    assert icon is not None and badge is not None
    assert _hidden_share(bare, badged, region) < 0.06
    assert icon[2] - 4 * SCALE <= badge[0] < icon[2], (icon, badge)  # overlaps the right edge a little
    assert badge[1] < icon[1] and icon[1] < badge[3] <= icon[1] + 7 * SCALE, (icon, badge)  # up at the corner


async def test_a_bottom_tabs_badge_sits_on_its_icons_corner_not_over_it(pool: ChromiumPool) -> None:
    tab = {"label": "Inbox", "icon": "inbox"}
    bar: dict[str, Any] = {"type": "tabs", "variant": "bottom", "items": [tab, "Home"]}
    bare = await render(pool, [bar], width=300)
    badged = await render(pool, [{**bar, "items": [{**tab, "badge": 3}, "Home"]}], width=300)
    region = (0, 0, 150 * SCALE, badged.height)
    badge = box_where(badged, is_danger, region)
    icon = box_where(bare, is_ink, (0, 0, 150 * SCALE, (badge[3] if badge else 0) + 10 * SCALE))
    assert icon is not None and badge is not None
    assert _hidden_share(bare, badged, (icon[0], icon[1], icon[2], icon[3])) < 0.06
    assert icon[2] - 4 * SCALE <= badge[0] < icon[2], (icon, badge)


# -- fields in a grid ---------------------------------------------------------------------------


def _controls(image: Image.Image) -> list[Box]:
    found = [box_where(image, is_blue, (left, 0, right, image.height)) for left, right in
             column_runs(image, is_blue, (0, 0, image.width, image.height))]  # fmt: skip
    return [box for box in found if box is not None]


async def test_fields_in_a_grid_row_line_up_their_boxes_when_a_label_wraps(pool: ChromiumPool) -> None:
    """A label on two lines pushed its input 20 px below its neighbours'; now the three boxes line
    up and the one-line labels sit just above their boxes, as the long one's last line does."""
    grid = {"type": "grid", "columns": 3, "children": [
        {"type": "input", "label": "Billing address line used for invoices", "placeholder": "Street"},
        {"type": "input", "label": "City", "placeholder": "Lisbon"},
        {"type": "select", "label": "Country", "options": ["Portugal"], "value": "Portugal", "hint": "Where you live"}]}  # fmt: skip
    image = await render(pool, [grid], css=painted(".dsl-control"), width=600)
    boxes = _controls(image)
    assert len(boxes) == 3, boxes
    assert len({(box[1], box[3]) for box in boxes}) == 1, boxes
    for box in boxes:  # each label's last line ends 6 px (and its line's spacing) above its box
        label = box_where(image, is_ink, (box[0], 0, box[2], box[1]))
        assert label is not None
        assert 4 * SCALE <= box[1] - label[3] <= 12 * SCALE, (label, box)
    hint = box_where(image, is_ink, (boxes[2][0], boxes[2][3], boxes[2][2], image.height))
    assert hint is not None and boxes[2][3] + 6 * SCALE <= hint[1] <= boxes[2][3] + 12 * SCALE, hint


@pytest.mark.parametrize("density", DENSITIES)
async def test_one_line_fields_in_a_grid_keep_their_layout(pool: ChromiumPool, density: str) -> None:
    """With one-line labels a grid's fields are laid out as before: each box 26 px (a 20 px label
    and 6 px) below its field's top, an error 6 px below its box, the next row a gap below the
    tallest field of the row."""
    grid = {"type": "grid", "columns": 2, "gap": 20, "children": [
        {"type": "input", "label": "Email", "value": "sam@", "error": "Enter a valid email"},
        {"type": "input", "label": "Name"}, {"type": "input", "label": "City"}, {"type": "input", "label": "Zip"}]}  # fmt: skip
    image = await render(pool, [grid], density, css=painted(".dsl-control"), height=300)
    control_h = {"compact": 32, "comfortable": 36, "spacious": 40}[density]
    top = 20  # the page's padding: the grid's first row starts there
    second = top + 26 + control_h + 6 + 18 + 20  # the first row's tallest field (with its error), the gap
    boxes = _boxes(image)
    assert sorted({(box[1], box[3]) for box in boxes}) == [
        ((top + 26) * SCALE, (top + 26 + control_h) * SCALE),
        ((second + 26) * SCALE, (second + 26 + control_h) * SCALE),
    ], boxes
    assert len(boxes) == 4, boxes
    below = (0, (top + 26 + control_h) * SCALE, image.width // 2, (second + 20) * SCALE)
    error = box_where(image, lambda c: close_to(c, DANGER, 60), below)
    assert error is not None and error[1] <= (top + 26 + control_h + 6 + 4) * SCALE, error


def _boxes(image: Image.Image, keep: Any = is_blue) -> list[Box]:
    """Every box of the image `keep` accepts (blue), row by row (the column runs within each band
    of rows)."""
    boxes: list[Box] = []
    for top, bottom in row_runs(image, keep, (0, 0, image.width, image.height)):
        boxes.extend(
            (left, top, right, bottom)
            for left, right in column_runs(image, keep, (0, top, image.width, bottom))
        )
    return boxes
