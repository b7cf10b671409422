"""`lang` and `dir`: the page's language and direction come from the document, right to left from the language."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document

TEXT = [{"type": "text", "text": "x"}]


def html_tag(document: dict[str, object]) -> str:
    found = re.search(r"<html[^>]*>", prepare_render({**document, "elements": TEXT}).html)
    assert found
    return found.group(0)


@pytest.mark.parametrize(
    ("fields", "lang", "rtl"),
    [
        ({}, "en", False),
        ({"lang": "ja"}, "ja", False),
        ({"lang": "ar"}, "ar", True),
        ({"lang": "he-IL"}, "he-IL", True),
        ({"lang": "fa"}, "fa", True),
        ({"lang": "en", "dir": "rtl"}, "en", True),
        ({"lang": "ar", "dir": "ltr"}, "ar", False),
    ],
)
def test_the_page_carries_the_language_and_right_to_left_follows_it(
    fields: dict[str, str], lang: str, rtl: bool
) -> None:
    tag = html_tag(fields)
    assert f'lang="{lang}"' in tag
    assert ('dir="rtl"' in tag) is rtl


def test_a_malformed_language_tag_is_an_error_that_shows_the_form() -> None:
    result = validate_document({"lang": "english!", "elements": TEXT})
    assert [str(issue) for issue in result.errors] == [
        "/lang: 'english!' is not a language tag (write a BCP 47 tag such as en, ar, he, ja, pt-BR or zh-Hant)"
    ]
    wrong_dir = validate_document({"dir": "right", "elements": TEXT})
    assert [issue.path for issue in wrong_dir.errors] == ["/dir"]


def test_the_words_components_draw_themselves_can_be_the_authors() -> None:
    pagination = {"type": "pagination", "current": 2, "total": 5, "actions": ["السابق", "التالي"]}
    donut = {
        "type": "chart",
        "variant": "donut",
        "label": "المجموع",
        "data": {"labels": ["أ", "ب"], "values": [1, 2]},
    }
    empty = {"type": "chart", "placeholder": "لا توجد بيانات", "data": {"labels": [], "values": []}}
    html = prepare_render({"lang": "ar", "elements": [pagination, donut, empty]}).html
    assert "<span>السابق</span>" in html and "<span>التالي</span>" in html and "Previous" not in html
    assert "<span>المجموع</span>" in html and "Total" not in html
    assert ">لا توجد بيانات<" in html and "No data" not in html
    chevrons_only = prepare_render({"elements": [{**pagination, "actions": ["", ""]}]}).html
    assert "dsl-page-step" in chevrons_only and "<span></span>" not in chevrons_only
