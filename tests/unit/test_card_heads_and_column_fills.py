"""The markup behind a card's head (the badge on the title's line, file names that break after their
separators), a stack's backdrop placeholder, and the child that takes a column's free room."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.compiler.wrapping import with_name_breaks
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of
from tests.support.elements import render_element as render


def child_classes(html: str) -> list[list[str]]:
    """The classes of each element box (`data-path` or not) directly inside `html`'s outer tag, in
    order: the boxes whose tag opens a `dsl-` class list."""
    return [found.split() for found in re.findall(r'<\w+ class="(dsl-[^"]*)"', html)[1:]]


# -- a card's head ---------------------------------------------------------------------------------


def test_a_cards_badge_shares_the_titles_line_and_the_description_comes_below_both() -> None:
    html = render(type="card", icon="zap", title="Growth", badge="Most popular", description="For teams")
    line = re.search(r'<div class="dsl-card-titleline">(.*?)</div>', html)
    assert line is not None
    assert "dsl-card-title" in line.group(1) and "dsl-card-badge" in line.group(1)
    assert "dsl-card-desc" not in line.group(1)
    assert html.index("dsl-card-titleline") < html.index("dsl-card-desc")
    # a long title breaks beside the icon; only a card too narrow for 96 px of title puts it below
    titles = css_rule(".dsl-card-head>.dsl-card-titles:has(>.dsl-card-titleline)")
    assert titles["min-width"] == "min(100%,96px)"


def test_a_card_with_no_title_keeps_its_badge_in_the_head() -> None:
    html = render(type="card", description="No title", badge=3)
    assert "dsl-card-titleline" not in html
    assert re.search(r'<div class="dsl-card-head"><div class="dsl-card-titles">.*dsl-card-badge', html)


def test_a_file_name_as_a_cards_title_may_break_after_its_separators() -> None:
    html = render(type="card", title="demo_recording_2025_07_12.mov")
    assert ">demo_<wbr>recording_<wbr>2025_<wbr>07_<wbr>12.<wbr>mov</h3>" in html


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Spec.pdf", "Spec.pdf"),  # short: as written
        ("walkthrough.mp4 and notes", "walkthrough.<wbr>mp4 and notes"),
        ("https://example.com/a", "https://<wbr>example.<wbr>com/<wbr>a"),
        ("Quarterly planning notes", "Quarterly planning notes"),  # no separators
        ("Tom &amp; Jerry_and_friends", "Tom &amp; Jerry_<wbr>and_<wbr>friends"),  # entities untouched
    ],
)
def test_long_names_break_after_their_separators_only(text: str, marked: str) -> None:
    assert with_name_breaks(text) == marked


# -- a stack's backdrop ----------------------------------------------------------------------------


def test_a_placeholder_under_other_layers_of_a_stack_is_a_backdrop() -> None:
    overlay = {"type": "column", "children": [{"type": "heading", "text": "Hero"}]}
    for aligned in ({}, {"align": "center"}):
        html = render(type="stack", children=[{"type": "image", "alt": "Team"}, overlay], **aligned)
        image, *_ = child_classes(html)
        assert "is-backdrop" in image and "is-placeholder" in image, aligned
    on_top = render(type="stack", children=[overlay, {"type": "image", "alt": "Team"}])
    assert "is-backdrop" not in on_top  # the top layer is nobody's backdrop
    picture = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    embedded = render(type="stack", children=[{"type": "image", "src": picture}, overlay])
    assert "is-backdrop" not in embedded  # a real picture shows as it is


# -- a child that takes a column's free room -------------------------------------------------------

FILLER = {"type": "column", "style": {"flex": 1}, "children": [{"type": "text", "text": "Hi"}]}
BAR = {"type": "row", "children": [{"type": "input"}]}


@pytest.mark.parametrize(
    "host",
    [{"type": "column"}, {"type": "section"}, {"type": "card", "title": "Chat"}, {"type": "container"},
     {"type": "flex", "direction": "column"}, {"type": "column", "align": "center"}],
    ids=["column", "section", "card", "container", "flex-column", "aligned-column"],
)  # fmt: skip
def test_a_child_that_takes_a_columns_free_room_is_marked_to_fill_it(host: dict[str, str]) -> None:
    html = render(**host, children=[FILLER, BAR])
    filler = re.search(r'<div class="dsl-column[^"]*"[^>]*flex:1', html)
    assert filler is not None and "fills-column" in filler.group(0), html
    assert html.count("fills-column") == 1  # the bar keeps its size


def test_a_child_flexed_in_a_row_or_flexed_not_to_grow_is_not_marked() -> None:
    assert "fills-column" not in render(type="row", children=[FILLER, BAR])
    assert "fills-column" not in render(type="flex", children=[FILLER, BAR])
    fixed = {**FILLER, "style": {"flex": "none"}}
    assert "fills-column" not in render(type="column", children=[fixed, BAR])
    assert "fills-column" not in classes_of(render(**FILLER))  # alone, with no column around it


def test_a_filling_child_may_shrink_below_its_content_and_cuts_only_above_and_below() -> None:
    assert css_rule(".fills-column") == {"min-height": "0", "overflow": "visible clip"}
    # also on a page that draws no layout type: a card holding a flexed list
    assert ".fills-column{" in "".join(element_stylesheets({"card", "list", "button"}))
