"""Leaving out built-in CSS rules no class of a page can match: exact, conservative, cheap."""

from __future__ import annotations

import tinycss2

from kernel.dsl.compiler import (
    BASE_CSS,
    FULL_PAGE_BOTTOM_BAR_CSS,
    PINNED_BOTTOM_BAR_CSS,
    SCREEN_TALL_CSS,
    TOUCH_CSS,
)
from kernel.dsl.compiler.css_pruning import (
    _Group,
    _parsed_items,
    _Rule,
    _scanned_items,
    prune_css,
    used_classes,
)
from kernel.dsl.compiler.registry import STYLESHEETS

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


def _same_rules(scanned: tuple[object, ...], parsed: tuple[object, ...]) -> None:
    """The same rules and groups in the same order, each needing the same classes, and each
    rule's text and group's head the very tokens tinycss2 wrote out (as written, a string may
    keep its single quotes or an escape where tinycss2 writes double quotes or the character)."""
    assert [type(item) for item in scanned] == [type(item) for item in parsed]
    for ours, theirs in zip(scanned, parsed, strict=True):
        if isinstance(ours, _Group) and isinstance(theirs, _Group):
            assert _tokens(ours.head) == theirs.head
            _same_rules(ours.items, theirs.items)
        elif isinstance(ours, _Rule) and isinstance(theirs, _Rule):
            assert (ours.needs, _tokens(ours.text)) == (theirs.needs, theirs.text), theirs.text[:120]


def _tokens(css: str) -> str:
    return tinycss2.serialize(tinycss2.parse_component_value_list(css, skip_comments=True))


def test_every_built_in_sheet_is_scanned_into_the_rules_tinycss2_parses() -> None:
    """The exactness of the fast reading (`_scanned_items`, a process's first render ~150 ms
    cheaper): on every sheet a page can be sent, it finds what tinycss2 finds, so the same rules
    are kept for every page, with the same tokens: the same pixels."""
    sheets = [BASE_CSS, TOUCH_CSS, FULL_PAGE_BOTTOM_BAR_CSS, PINNED_BOTTOM_BAR_CSS, SCREEN_TALL_CSS]
    sheets += STYLESHEETS.values()
    assert len(sheets) > 20
    for sheet in sheets:
        scanned = _scanned_items(sheet)
        assert scanned is not None, sheet[:80]
        _same_rules(scanned, _parsed_items(sheet))


def test_the_scan_keeps_strings_comments_and_nested_blocks_whole() -> None:
    sheet = (
        '/* top */ .a{content:\'}{\';b:"\\"}"} /* between */'
        "@media (min-width:1px){.b:is(.c,[d='}']){x:y}@supports (a:b){.e{f:g}}}"
        "@layer base;@keyframes k{0%{o:0}to{o:1}} .f /* .g */ .h{i:j}"
    )
    scanned = _scanned_items(sheet)
    assert scanned is not None
    _same_rules(scanned, _parsed_items(sheet))
    assert prune_css(sheet, {"b", "e"}) == (
        "@media (min-width:1px){.b:is(.c,[d='}']){x:y}@supports (a:b){.e{f:g}}}@layer base;@keyframes k{0%{o:0}to{o:1}}"
    )


def test_what_the_scan_does_not_read_is_left_to_tinycss2() -> None:
    for unread in (
        ".w-1\\/2{width:50%}",
        ".a{b:c",
        ".a{b:'c\n'}",
        ".a)b{c:d}",
        "}.a{b:c}",
        ".a{b:(c}",
        "@\\6d edia x{}",
    ):
        assert _scanned_items(unread) is None, unread
    assert prune_css(".w-1\\/2{width:50%}.a{b:c}", set()) == ".w-1\\/2{width:50%}"
