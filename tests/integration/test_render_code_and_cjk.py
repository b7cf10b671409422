"""A diff's added and removed lines as full-width rows, and CJK pages' punctuation and line
breaking, on real Chromium: where their pixels land."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    is_ink,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration


async def picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


# -- a diff ---------------------------------------------------------------------------------------

DIFF = " ctx first\n-old line\n ctx after minus\n+new line\n ctx after plus\n"

Tint = tuple[int, int, int, float]
TINTS: dict[str, tuple[Tint, Tint]] = {
    # removed, added: opaque in the light theme, translucent over the block in the dark one
    "light": ((255, 235, 233, 1.0), (218, 251, 225, 1.0)),
    "dark": ((248, 81, 73, 0.15), (46, 160, 67, 0.15)),
}


def over(tint: Tint, ground: RGB) -> RGB:
    *channels, alpha = tint
    r, g, b = (
        round(under + alpha * (colour - under)) for colour, under in zip(channels, ground, strict=True)
    )
    return r, g, b


async def diff_block(pool: ChromiumPool, theme: str, **fields: Any) -> tuple[Image.Image, Box, RGB, RGB, RGB]:
    """The picture, the inside of the block's (green) border, its background and the two tints."""
    code = {"type": "code", "language": "diff", "text": DIFF, "style": {"borderColor": "#00ff00"}, **fields}
    image = await picture(pool, {"width": 400, "height": 240, "theme": theme, "elements": [code]})
    frame = box_where(image, lambda c: close_to(c, GREEN))
    assert frame is not None
    inside = (frame[0] + 1, frame[1] + 1, frame[2] - 1, frame[3] - 1)
    ground = image.getpixel((inside[2] - 6, inside[3] - 6))  # the bottom padding
    assert isinstance(ground, tuple)
    r, g, b = ground[:3]
    removed, added = (over(tint, (r, g, b)) for tint in TINTS[theme])
    return image, inside, (r, g, b), removed, added


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_changed_line_is_a_row_tinted_from_edge_to_edge_and_its_colour_stops_there(
    pool: ChromiumPool, theme: str
) -> None:
    """The removed and added lines are bands across the whole block, one line high (they
    stopped where their text did); no other pixel has their tint (a context line after one
    began with a tinted cell: its leading space was coloured as the line before)."""
    image, inside, ground, removed, added = await diff_block(pool, theme)
    left, top, right, bottom = inside
    for tint in (removed, added):

        def tinted(colour: RGB, tint: RGB = tint) -> bool:
            return close_to(colour, tint, 3)

        bands = row_runs(image, tinted, (right - 3, top, right - 2, bottom))
        assert len(bands) == 1 and 20 <= bands[0][1] - bands[0][0] <= 23, (theme, tint, bands)
        # the same rows at the left edge, and nothing of the tint outside them
        assert row_runs(image, tinted, (left, top, left + 1, bottom)) == bands, theme
        assert box_where(image, tinted, inside) == (left, bands[0][0], right, bands[0][1]), theme
        # across the row every pixel is the tint or the line's text: none is the block's own
        middle = (bands[0][0] + bands[0][1]) // 2
        assert box_where(image, lambda c: close_to(c, ground, 2), (left, middle, right, middle + 1)) is None


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_context_line_after_a_changed_one_starts_on_the_code_background(
    pool: ChromiumPool, theme: str
) -> None:
    image, inside, ground, _, _ = await diff_block(pool, theme)
    left, top = inside[:2]
    for line in (2, 4):  # " ctx after minus", " ctx after plus"
        # its first cell, a space: 16 px in, lines of 13 px text 1.65 high under 14 px of padding
        start = top + 14 + line * 13 * 1.65
        cell = (left + 16, round(start + 2), left + 16 + 7, round(start + 19))
        colours = {image.getpixel((x, y)) for x in range(cell[0], cell[2]) for y in range(cell[1], cell[3])}
        assert colours == {ground}, (theme, line, colours)


async def test_a_titled_diffs_rows_span_the_block_below_its_title_bar(pool: ChromiumPool) -> None:
    image, inside, ground, removed, _ = await diff_block(pool, "light", title="config.yaml")
    left, top, right = inside[:3]
    band = box_where(image, lambda c: close_to(c, removed, 3), inside)
    assert band is not None and band[0] == left and band[2] == right, band
    # the title bar, above the rows, keeps the block's own background
    assert band[1] > top + 30 and image.getpixel((right - 3, top + 10)) == ground


# -- CJK punctuation ------------------------------------------------------------------------------

SIZE = 40
LINE = 70


def lines(lang: str, *texts: str, **style: Any) -> dict[str, Any]:
    """Each text on a line of its own, black on white, LINE px apart."""
    elements = [
        {"type": "text", "text": text, "layout": {"x": 10, "y": 10 + LINE * index},
         "style": {"fontSize": SIZE, "color": "#000000", **style}}
        for index, text in enumerate(texts)
    ]  # fmt: skip
    return {"width": 800, "height": 20 + LINE * len(texts), "lang": lang, "background": "#ffffff",
            "elements": elements}  # fmt: skip


def ink(image: Image.Image, index: int) -> Box:
    found = box_where(image, is_ink, (0, 10 + LINE * index, image.width, 10 + LINE * (index + 1)))
    assert found is not None, index
    return found


def width(box: Box) -> int:
    return box[2] - box[0]


async def test_the_katakana_middle_dot_is_a_full_width_cjk_character_in_japanese(pool: ChromiumPool) -> None:
    """・ between two kanji takes a whole em, as in the Japanese face; it was a narrow bold
    Latin bullet (the stack's Simplified Chinese face under lang ja)."""
    image = await picture(pool, lines("ja", "国・国", "国国国"))
    dotted, solid = ink(image, 0), ink(image, 1)
    assert abs(width(dotted) - width(solid)) <= 1, (dotted, solid)
    # the Japanese face's: as wide as when the author names that face
    text = "税込・ポイント還元"
    default = await picture(pool, lines("ja", text))
    named = await picture(pool, lines("ja", text, fontFamily="Noto Sans CJK JP"))
    assert abs(width(ink(default, 0)) - width(ink(named, 0))) <= 1


async def test_without_the_cjk_faces_the_middle_dot_was_narrow(
    pool: ChromiumPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above tells the fix from the defect."""
    monkeypatch.setattr("kernel.dsl.compiler.page.cjk_font_css", lambda lang, defined="": "")
    image = await picture(pool, lines("ja", "国・国", "国国国"))
    assert width(ink(image, 1)) - width(ink(image, 0)) >= SIZE // 4


async def test_chinese_quotes_and_ellipsis_are_full_width_and_the_ellipsis_is_centred(
    pool: ChromiumPool,
) -> None:
    """zh-CN: “” take an em each, …… two, its dots on the middle of the line; they were the
    Latin face's half-width quotes and a baseline ellipsis."""
    image = await picture(pool, lines("zh-CN", "国“国”国", "国国国国国", "国……国", "国国国国"))
    quoted, five, dots, four = (ink(image, index) for index in range(4))
    assert abs(width(quoted) - width(five)) <= 1, (quoted, five)
    assert abs(width(dots) - width(four)) <= 1, (dots, four)
    # the dots alone: between the two characters' ink
    glyph = box_where(image, is_ink, (dots[0], dots[1], dots[0] + SIZE, dots[3]))
    assert glyph is not None
    between = box_where(image, is_ink, (glyph[2] + 2, dots[1], dots[2] - SIZE, dots[3]))
    assert between is not None and width(between) >= SIZE * 1.5, between
    middle, centre = (between[1] + between[3]) / 2, (glyph[1] + glyph[3]) / 2
    assert abs(middle - centre) <= SIZE * 0.1, (between, glyph)


async def test_latin_letters_on_a_cjk_page_keep_the_latin_face(pool: ChromiumPool) -> None:
    """Only the shared punctuation (and CJK) moves to the CJK face: Latin text is as wide as
    on an English page, not the CJK face's narrower Latin."""
    words = "Hamburgefonstiv Hamburgefonstiv"
    english = width(ink(await picture(pool, lines("en", words)), 0))
    for lang in ("ja", "zh-CN", "ko"):
        assert abs(width(ink(await picture(pool, lines(lang, words)), 0)) - english) <= 3, lang
    cjk_latin = width(ink(await picture(pool, lines("ja", words, fontFamily="Noto Sans CJK JP")), 0))
    assert abs(cjk_latin - english) >= 10, (cjk_latin, english)


# -- Japanese line breaking -----------------------------------------------------------------------

BREAKABLE = ".b{white-space:pre-line}"
"""Lets a heading keep the line breaks a reference text spells out."""


def broken(lang: str, element: dict[str, Any]) -> dict[str, Any]:
    return {"width": 416, "height": 260, "lang": lang, "css": BREAKABLE, "background": "#ffffff",
            "elements": [{**element, "className": "b"}]}  # fmt: skip


def same(first: Image.Image, second: Image.Image) -> bool:
    return ImageChops.difference(first, second).getbbox() is None


HEADING = {"type": "heading", "level": 1}
WIRELESS = "ワイヤレスイヤホン（第3世代）ノイズキャンセリング"
PHRASED = "ワイヤレスイヤホン\n（第3世代）\nノイズキャンセリング"
"""Breaks between phrases, the heading balanced over its lines: 世 and 代 stay together (and
BudouX's other break, between 第 and 3, would leave lines less even)."""
KOREAN = "무선 이어폰 노이즈캔슬링 블루투스 헤드폰 할인 이벤트"
SMALL = {"type": "text", "layout": {"width": 220}, "style": {"fontSize": 20}}

CASES = [
    ("ja", {**HEADING, "text": WIRELESS}, [{**HEADING, "text": PHRASED}]),
    ("ja", {**HEADING, "level": 2, "text": "お得な3サイズセット・送料無料キャンペーン"},
     [{**HEADING, "level": 2, "text": "お得な3サイズセット・\n送料無料キャンペーン"}]),
    # a run longer than a line breaks inside, but never before ー (the strict rules)
    ("ja", {**SMALL, "text": "アー" * 12}, [{**SMALL, "text": "アーアーアーアーアー\n" * 2 + "アーアー"}]),
    # Korean breaks at the spaces only, whole words on each line (the last line kept from a lone
    # word, as body text's pretty wrapping does)
    ("ko", {**SMALL, "text": KOREAN}, [{**SMALL, "text": "무선 이어폰 노이즈캔슬링\n블루투스 헤드폰\n할인 이벤트"}]),
]  # fmt: skip
IDS = ["heading", "set", "prolonged-mark", "korean"]


@pytest.mark.parametrize(("lang", "element", "references"), CASES, ids=IDS)
async def test_cjk_lines_break_between_phrases_or_words_and_never_before_a_prolonged_sound_mark(
    pool: ChromiumPool, lang: str, element: dict[str, Any], references: list[dict[str, Any]]
) -> None:
    """A 384 px heading broke as 第3世 / 代, a set as セッ / ト, a line could start with ー, and
    a Korean word could be parted anywhere."""
    natural = await picture(pool, broken(lang, element))
    spelled = [await picture(pool, broken(lang, reference)) for reference in references]
    assert any(same(natural, reference) for reference in spelled)


@pytest.mark.parametrize(
    ("lang", "element", "references"),
    # Balanced as every heading is now, the set's heading parts at its ・ with or without the
    # phrase breaks (evenness alone picks that break); the other cases need the language's rules.
    [case for case, name in zip(CASES, IDS, strict=True) if name != "set"],
    ids=[name for name in IDS if name != "set"],
)
async def test_without_the_languages_rules_the_lines_broke_elsewhere(
    pool: ChromiumPool,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    element: dict[str, Any],
    references: list[dict[str, Any]],
) -> None:
    """The check above tells the fix from the defect."""
    spelled = [await picture(pool, broken(lang, reference)) for reference in references]
    monkeypatch.setattr("kernel.dsl.compiler.page.line_breaking_css", lambda lang: "")
    natural = await picture(pool, broken(lang, element))
    assert not any(same(natural, reference) for reference in spelled)
