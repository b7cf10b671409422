"""The semantic pass remembers what short style values, colours and themes say: the same findings, bounded memory."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import kernel.dsl.semantic.colours as colours
import kernel.dsl.semantic.page as page_module
import kernel.dsl.style_rules as style_rules
from kernel.dsl.semantic.page import Page
from kernel.dsl.semantic.run import check_semantics
from kernel.dsl.style_rules import (
    StyleEntry,
    fetched_url_warning,
    judged_style_entry,
    style_key,
    style_problems,
)


def _forget_everything() -> None:
    """Empty every cache the pass reads from, as a freshly started service has them."""
    for remembered in (
        style_rules._remembered_style_entry,
        colours._is_color,
        colours.plain_colour,
        colours._remembered_style_color_problem,
        page_module._remembered_surface,
    ):
        remembered.cache_clear()


def _said(document: dict[str, Any], **options: Any) -> tuple[str, str]:
    findings = check_semantics(document, **options)
    return repr(findings.errors), repr(findings.warnings)


def test_a_remembered_style_entry_says_what_a_fresh_judgement_says() -> None:
    # 1, 1.0 and True are one key to a dict, but a boolean is no style value and 1 is 1px.
    entries = [("zIndex", 1), ("zIndex", True), ("zIndex", 1.0), ("width", -2), ("width", -2.5),
               ("opacity", "150%"), ("font-size", "huge"), ("background", "url(hero.jpg) #333"),
               ("colour", "red"), ("color", "url(javascript:alert(1))")]  # fmt: skip
    for _ in range(2):  # once to remember, once remembered
        for name, value in entries:
            key = style_key(name)
            fresh = StyleEntry(tuple(style_problems(key, value)), fetched_url_warning(key, value))
            assert judged_style_entry(name, value) == fresh, (name, value)
    assert judged_style_entry("zIndex", True).problems != judged_style_entry("zIndex", 1).problems


def test_long_style_values_are_judged_afresh_not_remembered() -> None:
    picture = "url(data:image/png;base64," + "A" * 5000 + ")"
    before = style_rules._remembered_style_entry.cache_info().currsize
    assert judged_style_entry("backgroundImage", picture).problems == ()
    assert style_rules._remembered_style_entry.cache_info().currsize == before
    assert colours._is_color(picture) is None  # a url() is no colour function: not judged here


def test_the_problems_remembered_cannot_be_changed_by_a_caller() -> None:
    first = judged_style_entry("colour", "red")
    assert isinstance(first.problems, tuple)
    assert [problem.code for problem in judged_style_entry("colour", "red").problems] == [
        "unknown_style_property"
    ]


def _card_page(background: str) -> dict[str, Any]:
    text = {"type": "text", "text": "Due today", "style": {"color": "#1e293b", "fontSize": 14}}
    card = {"type": "card", "title": "Tasks", "children": [text], "style": {"padding": 16}}
    loud = {"type": "button", "label": "**Save**", "style": {"backgroundColor": "purpel", "gap": -4}}
    return {"background": background, "theme": {"base": "light", "radius": 1}, "elements": [card, loud]}


def test_findings_are_the_same_with_the_caches_cold_or_warm_in_any_order() -> None:
    # On a navy page the light theme's cards take the dark palette, so dark text in one can
    # hardly be read; on a white page it can: each page must keep its own surface.
    documents = [_card_page("#0f172a"), _card_page("#ffffff"), _card_page("navy")]
    cold = []
    for document in documents:
        _forget_everything()
        cold.append(_said(document))
    assert "low_contrast" in cold[0][1] and "low_contrast" not in cold[1][1]
    for index in [0, 1, 2, 2, 1, 0]:  # warm now, each after the others
        assert _said(documents[index]) == cold[index]
    dark = _said(documents[1], theme="dark")
    _forget_everything()
    assert _said(documents[1], theme="dark") == dark


def test_a_theme_is_remembered_by_its_tokens_and_their_types() -> None:
    one, true = ({"base": "dark", "radius": radius} for radius in (1, True))
    assert page_module._theme_key(one) != page_module._theme_key(true)
    assert page_module._theme_key("dark") == "dark"
    assert page_module._theme_key({"font": "x" * 500}) is page_module._UNREMEMBERED
    assert page_module._theme_key({"base": {"nested": "tokens"}}) is page_module._UNREMEMBERED


def test_a_page_over_a_parents_background_is_the_page_replaced() -> None:
    page = Page(width=1280, breakpoints={"md": 768}, surface="#fff", behind="#f8fafc", where="the page")
    assert page.over("#0f172a", "a parent's background #0f172a") == replace(
        page, behind="#0f172a", where="a parent's background #0f172a"
    )
