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
        ({"lang": "en", "dir": "RTL"}, "en", True),  # in any case, as a theme's or a variant's word
        ({"lang": "ar", "dir": " Ltr "}, "ar", False),
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


# --- a lang the author did not mean, or none where the script names one ----------------------------


def _lang_warnings(document: dict[str, object]) -> list[tuple[str, str, str | None]]:
    result = validate_document(document)
    assert result.ok, result.errors
    return [(w.code, w.message, w.suggestion) for w in result.warnings if w.path == "/lang"]


def _texts(*texts: str) -> list[dict[str, object]]:
    return [{"type": "paragraph", "text": text} for text in texts]


@pytest.mark.parametrize(
    ("texts", "tag", "script"),
    [
        (["مرحبا بك في حسابك", "تسجيل الدخول"], "ar (fa for Persian, ur for Urdu)", "Arabic"),
        (["خوش آمدید، پاکستان", "آگے بڑھیں"], "ur (ar for Arabic, fa for Persian)", "Arabic"),
        (["به حساب خود خوش آمدید", "ورود به سیستم"], "fa (ar for Arabic, ur for Urdu)", "Arabic"),
        (["ברוכים הבאים", "התחברות לחשבון"], "he", "Hebrew"),
        (["ワイヤレスイヤホン", "在庫あり", "注文内容の確認"], "ja", "Japanese kana"),
        (["안녕하세요", "로그인"], "ko", "Korean hangul"),
        (["ยินดีต้อนรับ", "เข้าสู่ระบบ"], "th", "Thai"),
        (["Καλώς ήρθατε", "Σύνδεση"], "el", "Greek"),
    ],
)
def test_texts_whose_script_names_their_language_warn_without_lang(
    texts: list[str], tag: str, script: str
) -> None:
    """An all-Arabic document without `lang` was drawn left to right and Japanese with kana in
    Chinese glyph shapes, and validate said ok: the warning names the tag to add."""
    ((code, message, suggestion),) = _lang_warnings({"elements": _texts(*texts)})
    assert code == "missing_lang"
    assert message.startswith(f"the texts are written in {script}, but the document has no 'lang': ")
    assert suggestion == f"add lang: {tag}"


def test_the_missing_lang_warning_says_what_goes_wrong() -> None:
    ((_, arabic, _),) = _lang_warnings({"elements": _texts("مرحبا بك")})
    assert "it is laid out left to right" in arabic and "built-in words" in arabic
    ((_, arabic_rtl, _),) = _lang_warnings({"dir": "rtl", "elements": _texts("مرحبا بك")})
    assert "left to right" not in arabic_rtl  # dir: rtl already lays it out right to left
    ((_, japanese, _),) = _lang_warnings({"elements": _texts("ひらがな 直骨角今令")})
    assert "Chinese shapes" in japanese


@pytest.mark.parametrize(
    "document",
    [
        {"elements": _texts("Welcome back", "Sign in to your account")},
        # A few Arabic words in an English screen (a name, a language menu) name no language.
        {"elements": _texts("Languages: English, Français, العربية, and twelve more to choose from")},
        # Chinese characters alone may be Simplified or Traditional Chinese (or Japanese).
        {"elements": _texts("欢迎回来", "登录")},
        # Cyrillic is written by Russian, Ukrainian, Bulgarian, Serbian...
        {"elements": _texts("Добро пожаловать")},
        # A document that says its language is not second-guessed.
        {"lang": "ar", "elements": _texts("مرحبا بك")},
    ],
)
def test_no_lang_warning_where_the_script_names_no_language(document: dict[str, object]) -> None:
    assert _lang_warnings(document) == []


def test_the_names_the_dsl_reads_are_not_the_screens_words() -> None:
    """An icon's and a variant's names (17 Latin letters) outweigh the label's 5 Arabic ones,
    but they are not text: the label alone is the screen's words."""
    button = {"type": "button", "label": "مرحبا", "icon": "arrow-right", "variant": "outline"}
    assert [code for code, _, _ in _lang_warnings({"elements": [button]})] == ["missing_lang"]


@pytest.mark.parametrize(
    ("lang", "meant", "country"),
    [
        ("jp", "ja", "Japan"),
        ("cn", "zh", "China"),
        ("ua", "uk", "Ukraine"),
        ("JP", "ja", "Japan"),
        ("dk", "da", "Denmark"),
    ],
)
def test_a_country_code_as_lang_suggests_the_language(lang: str, meant: str, country: str) -> None:
    """`jp`, `cn` and `ua` were told "write a BCP 47 tag such as en, ar...", not which one."""
    ((code, message, suggestion),) = _lang_warnings({"lang": lang, "elements": TEXT})
    assert code == "invalid_value" and message.startswith(f"'{lang}' is not a language")
    assert suggestion == (
        f"did you mean '{meant}'? ('{lang.lower()}' is the country code of {country}: 'lang' names the language)"
    )


@pytest.mark.parametrize(
    ("lang", "meant", "language", "country"),
    [
        ("kr", "ko", "Kanuri", "South Korea"),
        ("se", "sv", "Northern Sami", "Sweden"),
        ("se-SE", "sv", "Northern Sami", "Sweden"),
    ],
)
def test_a_rarely_meant_language_is_kept_with_a_warning(
    lang: str, meant: str, language: str, country: str
) -> None:
    """`kr` (Kanuri) and `se` (Northern Sami) are real languages, so they are drawn as written,
    but they are far more often Korea's and Sweden's codes written for Korean and Swedish."""
    ((code, message, suggestion),) = _lang_warnings({"lang": lang, "elements": TEXT})
    assert code == "unlikely_lang"
    assert message == f"'{lang}' names {language}, which is rarely the language meant"
    assert suggestion == (
        f"did you mean '{meant}'? ('{lang[:2]}' is also the country code of {country}); keep '{lang}' for {language}"
    )
    assert f'lang="{lang}"' in html_tag({"lang": lang})


@pytest.mark.parametrize("lang", ["ko", "sv", "se-NO", "se-FI", "ja", "uk"])
def test_common_and_regional_tags_do_not_warn(lang: str) -> None:
    """Northern Sami in Norway or Finland is what `se-NO` says."""
    assert _lang_warnings({"lang": lang, "elements": TEXT}) == []


@pytest.mark.parametrize(
    ("lang", "warned"), [("en", True), ("zh-Hant", True), ("ar", False), ("fa", False), ("ur", False)]
)
def test_a_lang_the_texts_script_contradicts_warns_with_the_language_meant(lang: str, warned: bool) -> None:
    document = {"lang": lang, "elements": [{"type": "text", "text": "مرحبا بكم في متجرنا الجديد"}]}
    found = [w for w in validate_document(document).warnings if w.code == "lang_mismatch"]
    assert bool(found) is warned
    if warned:
        (warning,) = found
        assert warning.path == "/lang" and f"lang is '{lang}'" in warning.message
        assert warning.suggestion is not None and warning.suggestion.startswith("lang: ar")


@pytest.mark.parametrize(
    ("lang", "text", "extra", "direction"),
    [
        ("ar-SA", "שלום עולם", {}, None),  # a right-to-left page: Hebrew is drawn right to left
        ("fa", "שלום עולם", {}, None),
        ("ur", "שלום עולם", {}, None),
        ("en", "שלום עולם", {}, "drawn left to right"),
        ("en", "שלום עולם", {"dir": "rtl"}, None),
        ("ar", "こんにちは世界", {}, "drawn right to left"),
    ],
)
def test_a_lang_mismatch_names_the_direction_only_when_the_page_draws_it_wrong(
    lang: str, text: str, extra: dict[str, str], direction: str | None
) -> None:
    """`lang: ar-SA` on Hebrew said "drawn left to right", though the page is right to left."""
    document = {"lang": lang, **extra, "elements": [{"type": "text", "text": text}]}
    (warning,) = [w for w in validate_document(document).warnings if w.code == "lang_mismatch"]
    said = re.findall(r"drawn (?:left to right|right to left)", warning.message)
    assert said == ([direction] if direction else []), warning.message


@pytest.mark.parametrize(("written", "meant"), [("iw", "he"), ("iw-IL", "he-IL"), ("in", "id"), ("JI", "yi")])
def test_a_withdrawn_code_is_drawn_as_todays_with_a_note(written: str, meant: str) -> None:
    """`lang: iw` was right to left with a Hebrew calendar but English built-in words."""
    document = {"lang": written, "elements": [{"type": "select", "label": "x", "options": ["a", "b"]}]}
    assert html_tag({"lang": written}) == html_tag({"lang": meant})
    select = prepare_render(document).html
    assert select == prepare_render({**document, "lang": meant}).html
    result = validate_document(document)
    (note,) = [w for w in result.warnings if w.code == "deprecated_lang"]
    assert note.path == "/lang" and note.kind == "note" and note.suggestion == f"lang: {meant}"
    assert validate_document(document, strict=True).ok


def test_iw_draws_hebrews_built_in_words() -> None:
    hebrew = prepare_render({"lang": "iw", "elements": [{"type": "select", "label": "x", "options": ["a"]}]})
    english = prepare_render({"elements": [{"type": "select", "label": "x", "options": ["a"]}]})
    assert "בחירה" in hebrew.html and "בחירה" not in english.html
