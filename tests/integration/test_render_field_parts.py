"""The parts of one text field on real Chromium: long add-ons that give way to the value in a
narrow column, a value cut by a fraction of a pixel (told of), a password's reveal eye that the
author's suffix replaces; disabled fields faded alike, read-only ones kept dark."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PIL import Image

from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED
from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, box_where, close_to, painted, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration


def is_blue(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, BLUE, 8)


def page(*elements: dict[str, Any], width: int = 360, css: str = "") -> dict[str, Any]:
    return {
        "width": width,
        "height": 200,
        "padding": 16,
        "background": "#ffffff",
        "css": css,
        "elements": list(elements),
    }


WORKSPACE = {"type": "input", "label": "Workspace URL", "prefix": "https://", "suffix": ".northwind.app",
             "value": "acme-logistics"}  # fmt: skip
TENANT = {"type": "input", "label": "Tenant ID", "value": "tnt_8f3a2c91e0b4d7", "readonly": True}
HALF_WIDTH_FIELDS = {"type": "row", "wrap": False, "children": [WORKSPACE, TENANT]}
"""The two fields side by side, 164 px each on the 360 px page: without `wrap: false` a phone-wide
canvas puts a row of text fields one under another, each as wide as the screen."""


async def truncated(pool: ChromiumPool, document: dict[str, Any]) -> list[Issue]:
    _, image = await render_dsl(pool, document)
    return [warning for warning in image.measured_warnings if warning.code == TEXT_TRUNCATED]


async def test_a_value_between_a_prefix_and_a_suffix_keeps_room_in_a_narrow_column(
    pool: ChromiumPool,
) -> None:
    """The tester's phone form: in a half-width column the value was squeezed to 0 px by its two
    add-ons. It keeps 4em (56 px at 14 px) now, the add-ons giving way."""
    document = page(HALF_WIDTH_FIELDS, css=painted(".dsl-control-value", "#0000ff"))
    _, image = await render_dsl(pool, document)
    value = box_where(rgb(image.data), is_blue, (0, 0, 180, 200))
    assert value is not None, "the value has no room at all"
    assert value[2] - value[0] >= 56, value


async def test_add_ons_that_give_way_are_named_by_their_words(pool: ChromiumPool) -> None:
    """The long add-on gives way and the render says so, by its words; the short one ("https://")
    is kept whole and not named; the value's warning quotes what is drawn of it (not 'a…' for a
    value drawn nowhere)."""
    warnings = await truncated(pool, page(HALF_WIDTH_FIELDS))
    messages = [warning.message for warning in warnings]
    assert any(m.startswith("the add-on '.northwind.app'") for m in messages), messages
    assert not any("'https://'" in m for m in messages), messages
    value = next(m for m in messages if m.startswith("the value 'acme-logistics'"))
    assert "drawn as 'acme" in value, value


async def test_a_value_cut_by_a_fraction_of_a_pixel_beside_an_icon_is_told_of(pool: ChromiumPool) -> None:
    """The tester's date range: "2025-01-01" beside a calendar icon, 0.1 px wider than its box,
    was drawn "2025-01-…" and no warning said so (the box's and the text's whole-pixel widths
    were both 73)."""
    dates = [{"type": "input", "label": label, "value": value, "icon": "calendar"}
             for label, value in (("From", "2025-01-01"), ("To", "2025-03-31"))]  # fmt: skip
    form = {"type": "form", "variant": "card", "layout": {"width": 300},
            "children": [{"type": "row", "children": dates}]}  # fmt: skip
    (warning,) = await truncated(pool, {"width": 800, "height": "auto", "elements": [form]})
    assert warning.message.startswith(
        "the value '2025-01-01' does not fit its box and is drawn as '2025-01-"
    ), warning


async def test_a_value_that_fits_beside_an_icon_says_nothing(pool: ChromiumPool) -> None:
    field = {"type": "input", "label": "From", "value": "2025-01-01", "icon": "calendar"}
    assert await truncated(pool, page(field)) == []


@pytest.mark.parametrize("suffix", [{"icon": "eye"}, {"icon": "eye-off"}])
async def test_a_password_suffix_replaces_the_reveal_eye(pool: ChromiumPool, suffix: dict[str, str]) -> None:
    """A password field drew its own eye and then the author's eye (or eye-off) suffix beside
    it; the suffix is its end now. Without a suffix the eye is still drawn."""
    css = painted(".dsl-control-end", "#0000ff")
    field = {"type": "input", "label": "Password", "inputType": "password", "value": "secret123"}
    _, with_suffix = await render_dsl(pool, page({**field, "suffix": suffix}, css=css))
    _, without = await render_dsl(pool, page(field, css=css))
    assert box_where(rgb(with_suffix.data), is_blue) is None
    assert box_where(rgb(without.data), is_blue) is not None


def darkest(image: Image.Image, region: tuple[int, int, int, int]) -> float:
    """The luminance of the darkest pixel of `region`: a text's ink."""
    pixels = np.asarray(image.crop(region), dtype=float)
    return float((pixels @ np.array([0.299, 0.587, 0.114])).min())


LABEL = "Notes about the account"


async def first_line_ink(pool: ChromiumPool, element: dict[str, Any]) -> float:
    """The darkest ink of the element's first line (its label), from x=60 to 150 (past a
    checkbox's mark)."""
    _, image = await render_dsl(pool, page(element, width=400))
    return darkest(rgb(image.data), (60, 16, 150, 36))


async def test_a_disabled_fields_label_fades_as_a_disabled_checkbox_does_and_a_read_only_one_stays_dark(
    pool: ChromiumPool,
) -> None:
    """A disabled input, select, textarea or radio group kept a dark label while a disabled
    checkbox, switch, slider or upload faded theirs, and a disabled textarea looked like a
    read-only one. Their labels fade alike now; a read-only field's label and value stay dark."""
    checkbox = await first_line_ink(pool, {"type": "checkbox", "label": LABEL, "disabled": True})
    read_only = await first_line_ink(
        pool, {"type": "textarea", "label": LABEL, "value": "Locked", "readonly": True}
    )
    assert read_only < 60
    for kind in ("textarea", "input", "select"):
        disabled = await first_line_ink(
            pool, {"type": kind, "label": LABEL, "value": "Locked", "disabled": True}
        )
        assert abs(disabled - checkbox) < 12 and disabled > read_only + 60, (
            kind,
            disabled,
            checkbox,
            read_only,
        )
    group = {"type": "radio", "label": LABEL, "options": ["Free", "Pro"], "value": "Free", "disabled": True}
    assert abs(await first_line_ink(pool, group) - checkbox) < 12


def is_dark_text(colour: tuple[int, int, int]) -> bool:
    return float(np.dot(colour, (0.299, 0.587, 0.114))) < 120


async def test_a_checkbox_group_as_documented_lines_up_with_a_radio_group(pool: ChromiumPool) -> None:
    """A label above checkboxes (the docs' group) was 13 px, a radio group's question 14 px, and
    the checkboxes 28 px apart against the options' 32. Drawn as documented, the group's lines of
    text now fall on the same rows as a radio group's, its title as wide as the question."""
    options = ["Electronics", "Outdoor"]
    radio = {"type": "radio", "label": "Category", "options": options}
    group = {"type": "column", "children": [{"type": "label", "text": "Category"}]
             + [{"type": "checkbox", "label": option} for option in options]}  # fmt: skip
    bands = []
    for element in (radio, group):
        _, image = await render_dsl(pool, page(element))
        pixels = rgb(image.data)
        lines = row_runs(pixels, is_dark_text, (16, 0, 344, 200))
        title = box_where(pixels, is_dark_text, (0, lines[0][0], 360, lines[0][1]))
        bands.append((lines, title))
    assert len(bands[0][0]) == 3
    assert bands[0] == bands[1], bands


async def test_an_error_ending_in_a_long_address_breaks_inside_its_field(pool: ChromiumPool) -> None:
    """An error ending in an unbreakable word ran past its field's right edge in a narrow
    column; it breaks now, its ink within the field (the page's 16 px padding to x=184)."""
    error = "This address is already registered: firstname.lastname@company.com"
    field = {"type": "input", "label": "Email", "value": "x", "error": error, "layout": {"width": 168}}
    _, image = await render_dsl(pool, page(field, width=400))
    red = box_where(rgb(image.data), lambda c: c[0] > 150 and c[1] < 110 and c[2] < 110)
    assert red is not None and red[2] <= 184, red
