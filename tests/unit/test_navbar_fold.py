"""Where a navbar folds its search and its buttons' labels to icon buttons: the parts that fold,
the bar widths estimated for them, and the container queries that fold them."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.navbar_fold import (
    TITLE_KEPT_EM,
    BarMetrics,
    bar_folds,
    fold_css,
    fold_of,
)
from kernel.dsl.model import Element

PHONE = BarMetrics(density="touch", typeface="sans", viewport_width=390, screen_width=390)
LAPTOP = BarMetrics(density="comfortable", typeface="sans", viewport_width=1280, screen_width=1280)
SEARCH: dict[str, Any] = {"type": "search", "placeholder": "Search gear"}
CART: dict[str, Any] = {"type": "button", "icon": "shopping-cart", "variant": "ghost"}
NEW: dict[str, Any] = {"type": "button", "label": "New customer", "icon": "plus", "size": "sm"}


def bar(title: str = "Northwind Outdoor", **fields: Any) -> Element:
    return Element.model_validate({"type": "navbar", "title": title, **fields})


def parts(*specs: dict[str, Any]) -> list[Element]:
    return [Element.model_validate(spec) for spec in specs]


@pytest.mark.parametrize(
    ("spec", "fold"),
    [
        (SEARCH, "search"),
        ({**SEARCH, "layout": {"width": 220}}, "search"),  # a laptop's width: folds all the same
        ({**SEARCH, "label": "Search"}, None),  # a labelled field is a form's, not a bar's
        ({**SEARCH, "hint": "Press / to search"}, None),
        (NEW, "label"),
        ({**NEW, "iconPosition": "end"}, None),  # a chevron after a user's name is no icon of its own
        ({**NEW, "variant": "link"}, None),
        ({**NEW, "layout": {"width": 160}}, None),
        ({"type": "button", "label": "Save"}, None),  # nothing to show but its label
        (CART, None),  # already an icon button
        ({**SEARCH, "layout": {"x": 10, "y": 10}}, None),  # placed: not in the bar's flow
        ({"type": "avatar", "name": "Ada"}, None),
    ],
)
def test_what_folds_to_an_icon_button(spec: dict[str, Any], fold: str | None) -> None:
    assert fold_of(Element.model_validate(spec)) == fold


def test_a_bar_with_nothing_to_fold_gets_no_fold() -> None:
    assert (
        bar_folds(bar(), parts(CART, {"type": "avatar", "name": "Ada"}), PHONE, links=True, centered=False)
        is None
    )


def test_the_search_folds_on_a_wider_bar_than_the_labels_do() -> None:
    """The search gives way first: below the width where everything fits with the title kept;
    the labels below the width where everything fits with the search folded."""
    folds = bar_folds(bar(), parts(SEARCH, CART, NEW), PHONE, links=True, centered=False)
    assert folds is not None and folds.search_below is not None and folds.labels_below is not None
    # A search of 140 px folds to a 44 px button: the labels fold that much further down.
    assert folds.search_below - folds.labels_below == 140 - 44
    assert f"dsl-fold-search-{folds.search_below}" in folds.classes.split()
    assert f"dsl-fold-labels-{folds.labels_below}" in folds.classes.split()


def test_a_title_is_kept_whole_up_to_five_em_before_anything_folds() -> None:
    """A short title keeps all of itself (the bar folds sooner for a longer one), a long one
    TITLE_KEPT_EM of it whatever its length."""
    short, longer, longest = (
        bar_folds(bar(title), parts(SEARCH), PHONE, links=False, centered=False)
        for title in ("Go", "Northwind Outdoor", "Northwind Outdoor Equipment and Supplies")
    )
    assert short and longer and longest
    assert short.search_below is not None and longer.search_below is not None
    assert short.search_below < longer.search_below == longest.search_below
    assert TITLE_KEPT_EM == 5.0


def test_links_folded_to_their_more_item_count_in_a_bars_width() -> None:
    linked = bar_folds(bar(), parts(SEARCH), PHONE, links=True, centered=False)
    alone = bar_folds(bar(), parts(SEARCH), PHONE, links=False, centered=False)
    assert linked and alone and linked.search_below and alone.search_below
    assert linked.search_below - alone.search_below == 52 + 16  # the "more" item and a gap


def test_a_laptops_bar_sizes_its_parts_at_its_own_density() -> None:
    """At the comfortable density a button is 36 px tall and its label 13 px: the same bar folds
    at a narrower width than a phone's."""
    phone = bar_folds(bar(), parts(NEW), PHONE, links=False, centered=False)
    laptop = bar_folds(bar(), parts(NEW), LAPTOP, links=False, centered=False)
    assert phone and laptop and phone.labels_below and laptop.labels_below
    assert laptop.labels_below < phone.labels_below


def test_the_folds_are_container_queries_on_the_bar() -> None:
    folds = bar_folds(bar(), parts(SEARCH, NEW), PHONE, links=False, centered=False)
    assert folds is not None
    css = fold_css(folds, PHONE)
    assert f"@container dsl-navbar (width < {folds.search_below}px)" in css
    assert f"@container dsl-navbar (width < {folds.labels_below}px)" in css
    assert "--folded:1" in css and ".dsl-button-label{display:none}" in css
