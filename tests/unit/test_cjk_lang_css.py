"""A CJK `lang`: its regional Noto CJK face draws the punctuation it shares with Latin (and every
CJK character), and its lines break as the language sets them."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.fonts import CJK_RANGE, cjk_font_css, cjk_region
from kernel.dsl.compiler.page import lang_css, line_breaking_css
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport

VIEWPORT = Viewport(width=400, height=200, scale=1.0)
TEXT = [{"type": "text", "text": "税込・ポイント還元"}]


def page(**document: Any) -> str:
    return compile_html(Document.model_validate({"elements": TEXT, **document}), VIEWPORT)


def covers(unicode_range: str, code_point: int) -> bool:
    for part in unicode_range.split(","):
        low, _, high = part.removeprefix("U+").partition("-")
        if int(low, 16) <= code_point <= int(high or low, 16):
            return True
    return False


def faces(css: str) -> list[str]:
    return re.findall(r"@font-face\{[^}]*\}", css)


@pytest.mark.parametrize(
    ("lang", "region"),
    [("ja", "JP"), ("ja-JP", "JP"), ("ko", "KR"), ("ko-KR", "KR"), ("zh", "SC"), ("zh-CN", "SC"),
     ("zh-Hans", "SC"), ("zh-SG", "SC"), ("zh-TW", "TC"), ("zh-Hant", "TC"), ("zh-Hant-TW", "TC"),
     ("zh-HK", "HK"), ("zh-Hant-HK", "HK"), ("zh_hk", "HK"), ("ZH-MO", "HK"), ("yue", "HK"),
     ("en", None), ("de-DE", None), ("jam", None), (None, None), ("", None)],
)  # fmt: skip
def test_each_cjk_language_picks_its_regional_face(lang: str | None, region: str | None) -> None:
    assert cjk_region(lang) == region


@pytest.mark.parametrize(
    ("char", "cjk"),
    [("・", True), ("“", True), ("”", True), ("‘", True), ("’", True), ("…", True), ("‥", True),
     ("—", True), ("、", True), ("。", True), ("（", True), ("ー", True), ("あ", True), ("漢", True),
     ("한", True), ("A", False), ("1", False), (" ", False), ("·", False), ("•", False), ('"', False),
     ("é", False), ("-", False)],
)  # fmt: skip
def test_shared_punctuation_and_cjk_blocks_are_drawn_by_the_cjk_face_latin_is_not(
    char: str, cjk: bool
) -> None:
    assert covers(CJK_RANGE, ord(char)) is cjk


def test_the_cjk_face_follows_the_latin_faces_of_the_same_family() -> None:
    """A later face of a family is tried first for the characters in its range."""
    css = cjk_font_css("ja")
    sans = [face for face in faces(css) if 'font-family:"Noto Sans";' in face]
    assert [("CJK JP" in face, "unicode-range" in face) for face in sans] == (
        [(False, False)] * 4 + [(True, True)] * 2
    )
    assert 'src:local("Noto Sans CJK JP");font-weight:100 550;unicode-range:' in sans[4]
    assert 'src:local("Noto Sans CJK JP Bold");font-weight:551 1000;unicode-range:' in sans[5]
    assert "font-weight:100 550;font-style:italic" in sans[2]  # italics stay real italics
    mono = [face for face in faces(css) if 'font-family:"Noto Sans Mono";' in face]
    assert len(mono) == 4 and 'local("Noto Sans Mono CJK JP")' in mono[2]


def test_each_region_names_its_installed_faces() -> None:
    for lang, name in (("zh-CN", "SC"), ("zh-TW", "TC"), ("zh-HK", "HK"), ("ko", "KR")):
        css = cjk_font_css(lang)
        assert f'local("Noto Sans CJK {name}")' in css and f'local("Noto Sans Mono CJK {name} Bold")' in css
        assert "CJK JP" not in css


def test_no_other_language_gets_font_faces_or_breaking_rules() -> None:
    for lang in (None, "en", "de", "ar", "pt-BR"):
        assert lang_css(lang) == ""
    assert "@font-face" not in page() and "@font-face" not in page(lang="fr")


def test_a_font_alias_the_page_declares_gets_the_cjk_face_too() -> None:
    html = page(lang="ja", theme={"font": "Inter"})
    inter = [face for face in faces(html) if 'font-family:"Inter";' in face]
    assert ["CJK JP" in face for face in inter] == [False, False, True, True]
    assert 'font-family:"Roboto"' not in html  # only the aliases the page uses
    mono = page(lang="ko", css="code{font-family:Menlo}", elements=[{"type": "code", "text": "x"}])
    assert 'font-family:"Menlo";src:local("Noto Sans Mono CJK KR")' in mono


def test_the_language_faces_come_last_and_its_line_breaking_is_built_in() -> None:
    html = page(lang="zh-CN", css=".x{color:red}")
    sheets = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert sheets[-1] + line_breaking_css("zh-CN") == lang_css("zh-CN", "")
    assert sheets[-2] == ".x{color:red}"
    assert sheets[-3].startswith("@layer dsl{") and sheets[-3].endswith(line_breaking_css("zh-CN") + "}")


def test_japanese_breaks_between_phrases_by_the_strict_rules() -> None:
    css = line_breaking_css("ja")
    assert "html{line-break:strict}" in css
    assert "html,:is(.dsl-text,.dsl-heading,.dsl-paragraph){word-break:auto-phrase}" in css
    assert "text-wrap" not in css  # headings balance their lines in every language (base_css)
    assert "word-break:auto-phrase" in page(lang="ja-JP")


def test_korean_breaks_at_spaces_chinese_between_any_two_han() -> None:
    assert line_breaking_css("ko") == "html,:is(.dsl-text,.dsl-heading,.dsl-paragraph){word-break:keep-all}"
    for lang in ("zh", "zh-CN", "zh-Hant-TW", "yue"):
        assert line_breaking_css(lang) == "html{line-break:strict}"
    for lang in (None, "", "en", "jv"):
        assert line_breaking_css(lang) == ""


def test_the_page_shell_keeps_its_language_attribute() -> None:
    assert '<html lang="ja"' in page(lang="ja")
    assert '<html lang="en"' in page()
