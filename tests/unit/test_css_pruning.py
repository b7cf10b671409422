"""Leaving out built-in CSS rules no class of a page can match: exact, conservative, cheap."""

from __future__ import annotations

from kernel.dsl.compiler.css_pruning import prune_css, used_classes

SHEET = (
    ":root{--gap:12px}"
    ".card{padding:8px}"
    ".card .title{font-weight:600}"
    ".table,.card>.foot{border:0}"
    ".row>:is(.field,.control){flex:1}"
    ".button:not(.is-disabled){opacity:1}"
    ".list:has(.badge){gap:4px}"
    "a[class~=ghost]{color:red}"
    ".w-1\\/2{width:50%}"
    "@media (max-width: 600px){.card{padding:4px}.table{display:block}}"
    "@container (width < 300px){.table{font-size:12px}}"
    "@keyframes spin{to{rotate:1turn}}"
    "@font-face{font-family:X;src:local(X)}"
)


def test_rules_needing_a_class_the_page_lacks_are_left_out() -> None:
    pruned = prune_css(SHEET, {"card"})
    assert ".card{padding:8px}" in pruned
    assert ".card .title" not in pruned  # needs `title` too
    assert ".table,.card>.foot" not in pruned
    assert "@media (max-width: 600px){.card{padding:4px}}" in pruned  # the group keeps what may match
    assert "@container" not in pruned  # a group left empty goes


def test_a_selector_list_is_kept_when_any_selector_may_match() -> None:
    assert ".table,.card>.foot{border:0}" in prune_css(SHEET, {"table"})
    assert ".table,.card>.foot{border:0}" in prune_css(SHEET, {"card", "foot"})


def test_classes_inside_functional_pseudo_classes_and_attributes_are_not_needed() -> None:
    pruned = prune_css(SHEET, {"row", "button", "list"})
    assert ".row>:is(.field,.control){flex:1}" in pruned
    assert ".button:not(.is-disabled){opacity:1}" in pruned
    assert ".list:has(.badge){gap:4px}" in pruned
    assert "a[class~=ghost]{color:red}" in pruned


def test_what_needs_no_class_or_cannot_be_read_safely_is_always_kept() -> None:
    pruned = prune_css(SHEET, set())
    for kept in (
        ":root{--gap:12px}",
        "@keyframes spin",
        "@font-face",
        "a[class~=ghost]",
        ".w-1\\/2{width:50%}",
    ):
        assert kept in pruned, kept
    assert ".card" not in pruned.replace(".w-1", "")


def test_the_whole_sheet_is_kept_when_every_class_is_used() -> None:
    everything = {"card", "title", "table", "foot", "row", "button", "list"}
    assert prune_css(SHEET, everything) == SHEET


def test_used_classes_come_from_class_attributes_only() -> None:
    html = '<div class="dsl-card is-x"><p class="dsl-text">class="nope" .dsl-fake</p><span  class="">x</span></div>'
    assert used_classes(html, '<i class="dsl-smooth-bg">') == {
        "dsl-card",
        "is-x",
        "dsl-text",
        "dsl-smooth-bg",
    }
