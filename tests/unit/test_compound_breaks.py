"""A Japanese title may break where its kanji and katakana words meet, and nowhere else."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.compound_breaks import compound_breaks
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport


@pytest.mark.parametrize(
    ("text", "marked"),
    [("お客様満足度アンケート", "お客様満足度<wbr>アンケート"), ("データ分析ツール", "データ<wbr>分析<wbr>ツール"),
     ("新アンケート", "新アンケート"), ("アンケート用紙", "アンケート<wbr>用紙"), ("3ヶ月", "3ヶ月"),
     ("アンケートにご協力ください", "アンケートにご協力ください"), ("設定", "設定"), ("ログイン", "ログイン")],
)  # fmt: skip
def test_a_break_where_two_words_of_two_scripts_meet(text: str, marked: str) -> None:
    """A one-character prefix (新) stays with its word; a particle (に) is BudouX's to break at."""
    assert compound_breaks(text, "ja-JP") == marked


@pytest.mark.parametrize("lang", [None, "en", "zh", "ko"])
def test_other_languages_are_left_as_written(lang: str | None) -> None:
    assert compound_breaks("お客様満足度アンケート", lang) == "お客様満足度アンケート"


def japanese(**fields: object) -> str:
    """One element's HTML on a Japanese page."""
    return RenderContext(viewport=Viewport(800, 600, 1.0), lang="ja").render(Element.model_validate(fields))


def test_titles_headings_and_labels_are_marked_paragraphs_are_not() -> None:
    """A paragraph has BudouX's phrases; a title is often one compound noun."""
    for element in ({"type": "card", "title": "満足度アンケート"}, {"type": "heading", "text": "満足度アンケート"},
                    {"type": "label", "text": "満足度アンケート"}, {"type": "input", "label": "満足度アンケート"}):  # fmt: skip
        assert "満足度<wbr>アンケート" in japanese(**element)
    assert "<wbr>" not in japanese(type="paragraph", text="満足度アンケート")
