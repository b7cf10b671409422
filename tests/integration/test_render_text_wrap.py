"""Text wrapping on real Chromium: headings share their words evenly between their lines in every
language, a paragraph's last line is no lone word, `textWrap` in a style is drawn, a heading kept
to one line stays on one, and the `css` check knows every property this Chromium parses."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image
from playwright.async_api import async_playwright

from kernel.dsl.css_property_names import CHROMIUM_CSS_PROPERTIES
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

HERO = "Customer analytics without the data team"
"""The tester's hero: at 56 px in 560 px it broke "Customer analytics / without the data / team"."""


async def line_widths(pool: ChromiumPool, element: dict[str, Any], lang: str | None = None) -> list[int]:
    """The ink width of each line of the document's one text, top to bottom."""
    document = {"width": 640, "height": 320, "elements": [element], **({"lang": lang} if lang else {})}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    return widths_of_lines(picture)


def widths_of_lines(picture: Image.Image) -> list[int]:
    whole = (0, 0, picture.width, picture.height)
    widths = []
    for top, bottom in row_runs(picture, is_ink, whole):
        ink = box_where(picture, is_ink, (0, top, picture.width, bottom))
        assert ink is not None
        widths.append(ink[2] - ink[0])
    return widths


@pytest.mark.parametrize("lang", [None, "en", "de"])
async def test_a_heading_shares_its_words_evenly_between_its_lines(
    pool: ChromiumPool, lang: str | None
) -> None:
    heading = {"type": "heading", "level": 1, "text": HERO, "style": {"fontSize": 56, "maxWidth": 560}}
    widths = await line_widths(pool, heading, lang)
    # Balanced: "Customer / analytics without / the data team", the last line no lone word
    # ("team" was a quarter of the widest line).
    assert len(widths) == 3 and widths[-1] > 0.6 * max(widths), widths


async def test_a_text_balances_its_lines_when_its_style_says_text_wrap_balance(pool: ChromiumPool) -> None:
    text = {"type": "text", "text": HERO, "style": {"fontSize": 56, "maxWidth": 560, "lineHeight": 1.2}}
    plain = await line_widths(pool, text)
    balanced = await line_widths(pool, {**text, "style": {**text["style"], "textWrap": "balance"}})
    assert plain[-1] < 0.4 * max(plain), plain  # a text is not balanced of itself
    assert len(balanced) == len(plain) and balanced[-1] > 0.6 * max(balanced), balanced


async def test_a_heading_kept_to_one_line_stays_on_one(pool: ChromiumPool) -> None:
    """The headings' rule sets the wrap's style alone: `text-wrap: balance` would also turn the
    wrapping back on under `white-space: nowrap`."""
    style = {"fontSize": 56, "maxWidth": 560, "whiteSpace": "nowrap", "overflow": "hidden",
             "textOverflow": "ellipsis"}  # fmt: skip
    widths = await line_widths(pool, {"type": "heading", "level": 1, "text": HERO, "style": style})
    assert len(widths) == 1


async def test_a_paragraphs_last_line_is_no_lone_word(pool: ChromiumPool) -> None:
    """The chat example's channel topic ended "... Incidents go to / #incidents." alone."""
    paragraph = {
        "type": "paragraph",
        "text": "Everything about infrastructure, CI/CD and on-call. Incidents go to #incidents.",
        "style": {"width": 240},
    }
    widths = await line_widths(pool, paragraph)
    lone_word = await line_widths(pool, {**paragraph, "style": {**paragraph["style"], "textWrap": "wrap"}})
    assert len(widths) == len(lone_word) == 3, (widths, lone_word)
    # "to #incidents." ends it, not "#incidents." alone.
    assert widths[-1] > lone_word[-1] + 12, (widths, lone_word)


async def test_the_css_check_knows_each_property_this_chromium_parses_and_no_other() -> None:
    """`css_property_names` is Chromium's own list: a name it lacks is warned of as ignored,
    so one Chromium parses must be there (and one it drops must not)."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            page = await browser.new_page()
            parsed = set(await page.evaluate(CHROMIUM_PROPERTIES_SCRIPT))
        finally:
            await browser.close()
    assert parsed - CHROMIUM_CSS_PROPERTIES == set(), "Chromium parses these; add them to css_property_names"
    assert CHROMIUM_CSS_PROPERTIES - parsed == set(), (
        "Chromium drops these; take them out of css_property_names"
    )


CHROMIUM_PROPERTIES_SCRIPT = """() => {
  const style = document.documentElement.style, names = new Set();
  for (const key in style) {
    if (typeof style[key] !== 'string' || !/^[a-z]/.test(key) || key.startsWith('webkit')) continue;
    names.add(key.includes('-') ? key : key.replace(/[A-Z]/g, letter => '-' + letter.toLowerCase()));
  }
  return [...names].filter(name => !name.startsWith('-') && CSS.supports(name, 'initial'));
}"""
"""The kebab-case names of the properties Chromium parses, vendor prefixes left out."""
