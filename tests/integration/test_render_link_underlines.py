"""Links beside text on real Chromium are told from it by more than colour (WCAG 1.4.1): the light
theme's indigo, 2.82:1 against its body text, is underlined, and so is a `muted` link, drawn in the
muted text's colour, wherever it is; the dark theme's link, 3:1 or more from its text, keeps none
where it stands alone. Links standing alone where their place identifies them (a footer's columns,
a list of links) are not underlined; beside a text in a row, or among paragraphs in a column (a
card's paragraph, link, paragraph, link: it was taken for a list of links), they are in running
text and are underlined in every theme."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, column_runs, render_dsl, rgb, row_runs
from tests.integration.test_render_theme_brands import pixel, shot
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


async def underlined(pool: ChromiumPool, theme: Any, link: dict[str, Any]) -> bool:
    """Whether the link's lowest row of ink runs along nine tenths of its width (an underline;
    the bottoms of letters leave gaps)."""
    image = await shot(pool, theme, link)
    page = pixel(image, 4, 4)
    box = box_where(image, lambda colour: contrast(colour, page) > 1.5)
    assert box is not None
    left, _, right, bottom = box
    ink = [x for x in range(left, right) if contrast(pixel(image, x, bottom - 1), page) > 1.5]
    return len(ink) >= 0.9 * (right - left)


@pytest.mark.parametrize(
    ("theme", "link", "expected"),
    [("light", {"type": "link", "text": "Create one"}, True),
     ("light", {"type": "link", "text": "privacy policy", "variant": "muted"}, True),
     ("dark", {"type": "link", "text": "privacy policy", "variant": "muted"}, True),
     ("dark", {"type": "link", "text": "Create one"}, False)],
    ids=["light-indigo", "light-muted", "dark-muted", "dark-indigo"],
)  # fmt: skip
async def test_a_link_too_close_to_the_text_or_muted_is_underlined(
    pool: ChromiumPool, theme: str, link: dict[str, Any], expected: bool
) -> None:
    assert await underlined(pool, theme, link) is expected


def underlined_lines(image: Any) -> list[bool]:
    """For each line of words in the picture (a band of ink 6 px tall or more), whether ink runs
    unbroken for 30 px or more at its foot or up to 6 px under it: an underline (a letter's
    strokes are a few px wide, the words' gaps break them)."""
    page = pixel(image, 4, 4)
    inked = lambda colour: contrast(colour, page) > 1.5  # noqa: E731
    found = []
    for top, bottom in row_runs(image, inked, (0, 0, image.width, image.height)):
        if bottom - top < 6:
            continue  # an underline or a hairline of its own
        rows = range(bottom - 2, min(bottom + 6, image.height))
        longest = max(
            end - start
            for y in rows
            for start, end in column_runs(image, inked, (0, y, image.width, y + 1)) or [(0, 0)]
        )
        found.append(longest >= 30)
    return found


async def lines_of(pool: ChromiumPool, *elements: dict[str, Any], theme: Any = "light") -> list[bool]:
    document = {"width": 420, "height": "auto", "theme": theme, "elements": list(elements)}
    _, image = await render_dsl(pool, document)
    return underlined_lines(rgb(image.data))


def links(*variants: str | None) -> list[dict[str, Any]]:
    words = ("Features", "Status", "About", "Careers")  # no descenders to cross an underline's row
    return [
        {"type": "link", "text": text, **({"variant": v} if v else {})}
        for text, v in zip(words, variants, strict=False)
    ]


async def test_a_footers_link_column_is_not_underlined_but_its_muted_link_is(pool: ChromiumPool) -> None:
    """A muted link is the muted text's colour: its underline is all that tells it, even there."""
    column = {"type": "column", "gap": 8, "children": links(None, "muted", None)}
    assert await lines_of(pool, {"type": "footer", "children": [column]}) == [False, True, False]


async def test_a_list_of_links_is_not_underlined_but_a_link_in_running_text_is(pool: ChromiumPool) -> None:
    in_text = {"type": "row", "gap": 4, "children": [{"type": "text", "text": "New here?"}, *links(None)]}
    muted_in_text = {"type": "row", "gap": 4, "children": [{"type": "text", "text": "Read"}, *links("muted")]}
    listed = {"type": "column", "gap": 8, "children": links(None, "muted")}
    assert await lines_of(pool, in_text, muted_in_text, listed) == [True, True, False, True]


PARAGRAPHS_AND_LINKS = {
    "type": "card",
    "children": [
        {"type": "paragraph", "text": "Your plan renews on the first."},
        {"type": "link", "text": "Features", "variant": "muted"},
        {"type": "paragraph", "text": "Need a different address?"},
        {"type": "link", "text": "Careers"},
    ],
}
"""The tester's card: its links were taken for a list of links and drawn without an underline,
2.2:1 (muted) and 1.7:1 from the paragraphs' words."""


@pytest.mark.parametrize(
    "theme",
    [
        "light",
        "dark",
        {"background": "#1e1e1e", "surface": "#262626", "text": "#8a8a8a", "primary": "#3b82f6"},
    ],
    ids=["light", "dark", "dark-grey"],
)
async def test_links_among_paragraphs_are_underlined_in_every_theme(pool: ChromiumPool, theme: Any) -> None:
    """On the dark theme too, where the link's colour alone stands 3:1 from the text."""
    card = await lines_of(pool, PARAGRAPHS_AND_LINKS, theme=theme)
    assert card == [False, True, False, True]


async def test_in_a_footer_a_link_beside_text_or_of_variant_underline_keeps_it(pool: ChromiumPool) -> None:
    in_text = {"type": "row", "gap": 4, "children": [{"type": "text", "text": "Made by"}, *links(None)]}
    column = {"type": "column", "gap": 8, "children": links("underline", None)}
    assert await lines_of(pool, {"type": "footer", "children": [in_text, column]}) == [True, True, False]
