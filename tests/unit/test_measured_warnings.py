"""The warnings a render gives for what the image leaves out: at its side, past a full page's
capture limit, the texts it ends in an ellipsis."""

from __future__ import annotations

import math
import re
from pathlib import Path

import tinycss2
from tinycss2.ast import AtRule, QualifiedRule

import kernel.dsl.compiler  # noqa: F401  (registers the element types' stylesheets)
from kernel.dsl.compiler.base_css import BASE_CSS, TOUCH_CSS
from kernel.dsl.compiler.elements.navigation import FULL_PAGE_BOTTOM_BAR_CSS, PINNED_BOTTOM_BAR_CSS
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.issue_caps import PATHS_KEPT
from kernel.dsl.limits import MAX_WEBP_SIDE
from kernel.dsl.measured.canvas_cut import (
    CONTENT_CUT,
    CaptureCut,
    capture_cut_warning,
    capture_height_limit,
    capture_width_limit,
)
from kernel.dsl.measured.canvas_sides import Placement, Pusher, SideOverflow, side_cut_warnings
from kernel.dsl.measured.folded_bars import CONTENT_FOLDED, FoldedBar, FoldedPart, folded_warning
from kernel.dsl.measured.overflow import Overflowing, overflow_warnings
from kernel.dsl.measured.tabs_and_tables import CutTabs, cut_tabs_warning
from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED, CutText, TruncatedTexts, truncated_warning
from render_worker.crop import CropBox
from render_worker.measure import TRUNCATED_BY_DESIGN, TRUNCATING_TEXTS


def test_an_element_past_the_side_is_named_with_the_width_that_would_hold_it() -> None:
    (warning,) = side_cut_warnings(90, [SideOverflow("/elements/0", 91)])
    assert warning.path == "/elements/0" and "runs 91 px past" in warning.message
    assert warning.suggestion is not None and "at least 91 px larger" in warning.suggestion


def test_an_element_pushed_past_the_side_names_the_wider_one_beside_it_to_narrow() -> None:
    """A select as wide as its bar's end pushed the avatar after it out; the warning named the
    avatar and told it to take a smaller width, which it has not."""
    pushed = SideOverflow(
        "/elements/0/children/1", 20, pushed_by=Pusher("/elements/0/children/0", 166, "select")
    )
    (warning,) = side_cut_warnings(20, [pushed])
    assert warning.path == "/elements/0/children/1"
    assert "the select at /elements/0/children/0 beside it, 166 px wide, is the widest" in warning.message
    assert (warning.suggestion or "").startswith("give /elements/0/children/0 less width")


def test_a_navbars_folded_parts_are_named_with_their_words() -> None:
    bar = FoldedBar(
        "/elements/0",
        (FoldedPart("search", "Search gear", "/elements/0/children/0"), FoldedPart("button", "New customer")),
    )
    warning = folded_warning(bar)
    assert (warning.path, warning.code) == ("/elements/0", CONTENT_FOLDED)
    assert warning.message == (
        "the bar is too narrow for all it holds: its search (/elements/0/children/0) is drawn as a search "
        "icon button, the button 'New customer' shows its icon alone"
    )
    assert (warning.suggestion or "").startswith("leave it so")


def test_a_navbars_links_gone_to_its_more_item_are_named_first_with_their_paths() -> None:
    links = [FoldedPart("link", f"Link {index}", f"/elements/0/items/{index}") for index in range(2, 4)]
    warning = folded_warning(
        FoldedBar("/elements/0", (*links, FoldedPart("search", "", "/elements/0/children/0")))
    )
    assert warning.message == (
        "the bar is too narrow for all it holds: 2 of its links, 'Link 2' (/elements/0/items/2) and 'Link 3' "
        '(/elements/0/items/3), are folded into its "more" item (… ⌄), its search (/elements/0/children/0) is '
        "drawn as a search icon button"
    )
    one = folded_warning(FoldedBar("/elements/0", (FoldedPart("link", "Reports", "/elements/0/items/2"),)))
    assert "its link 'Reports' (/elements/0/items/2) is folded" in one.message


def test_past_five_folded_links_the_rest_are_counted() -> None:
    links = tuple(FoldedPart("link", f"L{index}", f"/elements/0/items/{index}") for index in range(8))
    message = folded_warning(FoldedBar("/elements/0", links)).message
    assert "8 of its links," in message and "'L4'" in message and "'L5'" not in message
    assert "and 3 more, are folded" in message


def test_content_past_the_side_that_no_element_is_named_for_points_at_the_width() -> None:
    (warning,) = side_cut_warnings(40, [])
    assert warning.path == "/width" and "40 px wider than the image" in warning.message
    assert warning.suggestion is not None and "at least 40 px larger" in warning.suggestion


def test_a_full_page_past_the_capture_limit_says_where_the_image_stops_and_what_is_left_out() -> None:
    cut = CaptureCut(
        px=3681, first="/elements/0", across=("/elements/0",), below=("/elements/1",), below_count=1
    )
    warning = capture_cut_warning(cut, 1.0)
    assert (warning.path, warning.code) == ("", CONTENT_CUT)
    assert warning.message == (
        "the full page is 20,065 px tall but Chromium captures at most 16,384 px: the image stops at "
        "16,384 px and the last 3,681 px are cut off (the end of /elements/0 and all of /elements/1)"
    )
    advice = warning.suggestion or ""
    assert "a larger 'height' cannot help" in advice and "split the screen" in advice
    assert "make 'height'" not in advice and "full_page" not in advice and "lower scale" not in advice


def test_alike_boxes_that_run_over_are_told_once_with_where_the_others_are() -> None:
    """A row of five time slots made three identical warnings and left two unsaid."""
    row = [Overflowing(f"/elements/0/children/{i}", 22) for i in range(5)]
    (warning,) = overflow_warnings(row)
    assert warning.path == "/elements/0/children/0"
    assert warning.message.endswith(
        "(so do /elements/0/children/1, /elements/0/children/2, /elements/0/children/3 and 1 more)"
    )
    assert (warning.suggestion or "").startswith("make their heights at least 22 px larger")
    kinds = overflow_warnings([*row, *(Overflowing(f"/elements/{i}", 10 * i) for i in range(1, 6))])
    assert [w.path for w in kinds] == ["/elements/0/children/0", "/elements/1", "/elements/2"]
    assert kinds[-1].message.endswith("; 3 other boxes run over their height too")
    (single,) = overflow_warnings([Overflowing("/elements/2", 30)])
    assert "so do" not in single.message and (single.suggestion or "").startswith("make its height")


def test_a_wide_capture_stops_at_the_pixel_limit_and_says_so() -> None:
    assert capture_height_limit(8000, 1.0) == 5000  # 40 megapixels
    assert capture_height_limit(1280, 1.0) == 16_384  # Chromium's side limit comes first
    warning = capture_cut_warning(CaptureCut(px=15_500, width=8000), 1.0)
    assert warning.message == (
        "the full page is 20,500 px tall and 8,000 image px wide, but an image holds at most 40 "
        "megapixels: the image stops at 5,000 px and the last 15,500 px are cut off"
    )
    assert "narrower or shorter" in (warning.suggestion or "")


def test_a_full_page_or_cropped_capture_is_as_wide_as_the_page_but_a_webp_images() -> None:
    """Chromium captures a page's whole width (8,000 CSS px at scale 4 come out 32,000 px wide);
    the clip stopped at 16,384 image px and dropped a wide page's right side without a word. A
    WebP image still holds 16,383 px a side."""
    assert capture_width_limit(4.0) == math.inf
    assert capture_width_limit(4.0, MAX_WEBP_SIDE) == MAX_WEBP_SIDE / 4
    clip = CropBox(0, 0, 5000, 600).clip(4.0)
    assert (clip["width"], clip["height"]) == (5000, 40_000_000 / 20_000 / 4)  # the pixel limit, tall
    assert CropBox(0, 0, 5000, 600).clip(4.0, MAX_WEBP_SIDE)["width"] == MAX_WEBP_SIDE / 4


def test_a_capture_cut_at_a_scale_names_the_image_px_and_a_lower_scale() -> None:
    at_two = capture_cut_warning(CaptureCut(px=100), 2.0)
    assert "stops at 8,192 CSS px (16,384 image px)" in at_two.message
    assert "lower scale" in (at_two.suggestion or "")


def test_a_capture_cut_at_a_scale_says_the_pages_length_and_the_limit_in_one_unit() -> None:
    """The tester's phone page: "8602 px tall but Chromium captures at most 16,384 px" set CSS px
    beside image px (at scale 3 the page is three times as many image px); each length says its
    unit."""
    warning = capture_cut_warning(CaptureCut(px=3141), 3.0)
    assert warning.message.startswith(
        "the full page is 8,602 CSS px tall, 25,806 image px at scale 3, but Chromium captures at most "
        "16,384 image px: the image stops at 5,461 CSS px (16,384 image px) and the last 3,141 CSS px "
        "are cut off"
    )


def test_a_wide_capture_at_a_scale_says_which_lengths_are_css_px_and_which_image_px() -> None:
    """The tester's 200-row table at scale 2 (a 2,560 px wide image): "the full page is 9,534 px
    tall and 2,560 image px wide ... stops at 7,812 px" set CSS px beside image px unnamed, and
    its image is 15,625 px tall (7,812.5 CSS px), not 7,812 x 2."""
    warning = capture_cut_warning(CaptureCut(px=1722, across=("/elements/1",), width=1280), 2.0)
    assert warning.message == (
        "the full page is 9,534 CSS px tall (19,068 image px at scale 2) and 2,560 image px wide, but an "
        "image holds at most 40 megapixels: the image stops at 7,812 CSS px (15,625 image px) and the "
        "last 1,722 CSS px are cut off (the end of /elements/1)"
    )


def test_a_capture_cut_names_the_first_element_cut_inside_a_longer_one_and_counts_the_rest() -> None:
    cut = CaptureCut(
        px=500,
        first="/elements/0/children/494",
        across=("/elements/0",),
        below=("/elements/1", "/elements/2", "/elements/3"),
        below_count=5,
    )
    message = capture_cut_warning(cut, 1.0, crop=True).message
    assert message.startswith("the content is 16,884 px tall")
    assert message.endswith(
        "(from /elements/0/children/494 on: the end of /elements/0 and all of /elements/1, /elements/2, "
        "/elements/3 and 2 more)"
    )


REQUEST = CutText("/elements/0/children/0", "Request money", "Re…")


def test_one_cut_label_quotes_its_text_and_what_is_drawn() -> None:
    warning = truncated_warning(TruncatedTexts("button", (REQUEST,), 1, icon=True))
    assert (warning.path, warning.code) == ("/elements/0/children/0", TEXT_TRUNCATED)
    assert warning.message == "the button label 'Request money' does not fit its box and is drawn as 'Re…'"
    assert "icon-only button" in (warning.suggestion or "")
    plain = truncated_warning(TruncatedTexts("button", (REQUEST,), 1))
    assert "icon" not in (plain.suggestion or "")


def test_a_text_squeezed_to_no_room_is_said_to_be_drawn_nowhere() -> None:
    """A value between two add-ons in a narrow column was squeezed to 0 px and told as drawn 'a…'."""
    warning = truncated_warning(TruncatedTexts("field", (CutText("/elements/0", "acme-logistics", ""),), 1))
    assert warning.message == "the value 'acme-logistics' has no room in its box: none of it is drawn"


def test_cut_add_ons_are_named_as_add_ons() -> None:
    addon = CutText("/elements/0", "https://", "h…")
    warning = truncated_warning(TruncatedTexts("addon", (addon,), 1))
    assert warning.message == "the add-on 'https://' does not fit its box and is drawn as 'h…'"
    assert "prefix or suffix" in (warning.suggestion or "")


def test_labels_with_no_room_beside_their_icons_are_told_of_as_icons_alone() -> None:
    """What is drawn is said: the icon alone, not 'R…' (the label takes no room at all)."""
    alone = (CutText("/elements/0", "Request money", ""), CutText("/elements/1", "Send", ""))
    warning = truncated_warning(TruncatedTexts("button", alone, 2, icon=True, icon_alone=True))
    assert warning.message == (
        "the button label 'Request money' has no room for a few letters beside its icon, so the button "
        "shows its icon alone; so does 1 more like it ('Send' at /elements/1)"
    )
    assert "…" not in warning.message and "''" not in warning.message
    assert (warning.suggestion or "").endswith(
        "or leave out the label to make it an icon-only button on purpose"
    )


def test_labels_cut_alike_are_named_by_path_and_by_words_where_they_differ() -> None:
    same = [CutText(f"/elements/0/children/{n}", "Request money", "Re…") for n in range(1, 4)]
    alike = truncated_warning(TruncatedTexts("button", (REQUEST, *same), 4))
    assert alike.message.endswith(
        "; so are 3 more like it (/elements/0/children/1, /elements/0/children/2, /elements/0/children/3)"
    )
    items = (
        CutText("/elements/2", "Quarterly financial reports", "Quarterly…"),
        CutText("/elements/2", "Annual statements", "Annual…"),
        CutText("/elements/3", "Tax documents", "Tax…"),
    )
    differ = truncated_warning(TruncatedTexts("item", items, 9, elsewhere=2))
    assert differ.message == (
        "the item 'Quarterly financial reports' does not fit its box and is drawn as 'Quarterly…'; so are "
        "8 more like it ('Annual statements' as 'Annual…', 'Tax documents' as 'Tax…' at /elements/3 and 6 "
        "more); 2 more texts elsewhere end in an ellipsis too (named once these fit)"
    )


def test_texts_cut_alike_list_their_paths_for_a_program_that_mends_them() -> None:
    """`paths` holds each cut text's path once, the first's first; only a list cut to
    PATHS_KEPT says how many there were; texts all at one path list none."""
    entries = tuple(CutText(f"/elements/0/items/{n}/label", f"Einstellung {n}", "Ein…") for n in range(4))
    items = truncated_warning(TruncatedTexts("item", entries, 4, paths=tuple(t.path for t in entries)))
    assert items.path == "/elements/0/items/0/label"
    assert items.paths == tuple(text.path for text in entries) and items.path_count is None
    assert "/items/" not in items.message  # entries of one element are named by their words
    many = tuple(f"/elements/0/items/{n}" for n in range(PATHS_KEPT))
    long = truncated_warning(TruncatedTexts("item", (CutText(many[0], "Menu", "M…"),), 45, paths=many))
    assert long.paths == many and long.path_count == 45
    one = truncated_warning(TruncatedTexts("item", (CutText("/elements/2", "Annual", "A…"),) * 2, 2))
    assert one.paths is None and one.path_count is None


def test_tabs_past_their_strip_are_told_at_the_first_ones_words() -> None:
    strip = CutTabs(
        "/elements/0", ("Erweitert", "Hilfe"), 4, ("/elements/0/items/2/label", "/elements/0/items/3")
    )
    warning = cut_tabs_warning(strip)
    assert warning.path == "/elements/0/items/2/label" and warning.paths == strip.paths
    assert cut_tabs_warning(CutTabs("/elements/0", ("Hilfe",), 4)).path == "/elements/0"


def test_a_text_kept_to_lines_quotes_its_end_and_a_long_text_is_shortened() -> None:
    text = "Save all the changes to this very long settings page right now please, and then some more"
    shown = "Save all the changes to this very long settings…"
    warning = truncated_warning(TruncatedTexts("button", (CutText("/elements/0", text, shown),), 1, lines=2))
    assert warning.message == (
        "the button label 'Save all the changes to this very long settings page right n [...]' does not "
        "fit in 2 lines and is drawn ending '[...] to this very long settings…'"
    )


def test_every_rule_of_the_design_system_that_ends_text_in_an_ellipsis_is_measured_or_meant() -> None:
    """A new truncating rule (text-overflow: ellipsis, a line clamp) must be looked at by the
    render (TRUNCATING_TEXTS) or be named as the design's choice (TRUNCATED_BY_DESIGN), or its
    cut texts would go unreported."""
    known = {name for name, *_ in TRUNCATING_TEXTS} | set(TRUNCATED_BY_DESIGN)
    sheets = [BASE_CSS, TOUCH_CSS, FULL_PAGE_BOTTOM_BAR_CSS, PINNED_BOTTOM_BAR_CSS, *element_stylesheets()]
    truncating = [rule for sheet in sheets for rule in _truncating_rules(sheet)]
    assert len(truncating) >= 25  # the reading finds them (some 30 today)
    unknown = [rule for rule in truncating if not set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", rule)) & known]
    assert unknown == []


def test_the_docs_tell_a_pie_legends_cut_names_as_the_render_does() -> None:
    """A pie legend's cut name is told (`dsl-chart-key` is measured: the picture alone cannot tell
    what was written), yet the docs listed "a pie's legend beside it" among the ellipses drawn on
    purpose that say nothing; its "Other" line is the one meant."""
    assert (
        "dsl-chart-key" in {name for name, *_ in TRUNCATING_TEXTS} and "dsl-chart-more" in TRUNCATED_BY_DESIGN
    )
    docs = " ".join((Path(__file__).parents[2] / "docs" / "dsl.md").read_text(encoding="utf-8").split())
    told, on_purpose = docs.split("- `text_truncated`:", 1)[1].split(
        "Ellipses the design draws on purpose", 1
    )
    assert "a pie's or donut's legend name" in told
    assert "legend beside it" not in on_purpose.split(";", 1)[0] and 'legend\'s "Other" line' in on_purpose


def _truncating_rules(css: str) -> list[str]:
    """The selectors of the rules of `css` (in @media and @container blocks too) that end text in
    an ellipsis or clamp it to lines."""
    found = []
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    while nodes:
        node = nodes.pop(0)
        if isinstance(node, QualifiedRule):
            body = tinycss2.serialize(node.content).replace(" ", "")
            if "text-overflow:ellipsis" in body or "line-clamp" in body:
                found.append(tinycss2.serialize(node.prelude))
        elif isinstance(node, AtRule) and node.content is not None:
            nodes += tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
    return found


def test_a_pdf_cut_at_the_tallest_page_says_how_long_the_page_is_and_what_is_left_out() -> None:
    from kernel.dsl.measured.canvas_cut import CaptureCut, pdf_cut_warning

    warning = pdf_cut_warning(CaptureCut(px=800, first="/elements/9", below=("/elements/9",), below_count=1))
    assert warning.code == "content_cut" and warning.path == ""
    assert "20,000 px tall" in warning.message and "19,200 px (200 inches)" in warning.message
    assert "the last 800 px are cut off (all of /elements/9)" in warning.message


def test_content_cut_past_the_tallest_canvas_does_not_ask_for_an_impossible_height() -> None:
    from kernel.dsl.measured.canvas_cut import content_cut_warning

    within = content_cut_warning(200, height=800)
    assert "make 'height' at least 200 px larger" in within.suggestion
    past = content_cut_warning(12_723, height_option="--height", height=800)
    assert "make 'height'" not in past.suggestion and "more with --height" not in past.suggestion
    assert past.suggestion.startswith(
        "no larger height can hold it (a canvas 13,523 px tall is past the 8,000 px"
    )
    assert "render the full page" in past.suggestion


def test_content_cut_of_a_pdf_names_the_tallest_printed_page_not_the_image_limit() -> None:
    from kernel.dsl.measured.canvas_cut import content_cut_warning

    assert "a full page is itself cut at 16,384 image px" in content_cut_warning(200).suggestion
    printed = content_cut_warning(200, pdf=True).suggestion
    assert "a full-page PDF is itself cut at 19,200 px (200 inches" in printed and "16,384" not in printed


def test_an_element_placed_past_the_side_names_its_own_x_and_the_x_that_fits() -> None:
    """A menu placed at x: 500 beside a spacer was said to be pushed there by the spacer: a
    placed element is out of the row's flow, its own x and width are the cause."""
    placed = SideOverflow(
        "/elements/0/children/2", 104, placed=Placement(x=500, width=220, within="/elements/0", fit_x=396)
    )
    (warning,) = side_cut_warnings(104, [placed])
    assert warning.message.endswith(
        "it is placed by coordinates: its layout.x, 500 px from the left of the box it is placed in "
        "(/elements/0), plus its width, 220 px, take it past the image's side"
    )
    assert (warning.suggestion or "").startswith("move it in to layout.x: 396 (or less)")
    too_wide = SideOverflow("/elements/0", 76, placed=Placement(x=20, width=700, fit_x=-56))
    (warning,) = side_cut_warnings(76, [too_wide])
    assert "from the left of the canvas" in warning.message
    assert (warning.suggestion or "").startswith(
        "it is wider than the room from the canvas's left to the image's side: give it layout.x: 0 and at most "
        "644 px of width"
    )


def test_step_labels_left_out_are_told_of_with_the_pattern_drawn_instead() -> None:
    """A phone's stepper of Russian steps drew the current label alone and said nothing: the
    warning names each left-out label where it is written and says what is drawn instead."""
    group = TruncatedTexts(
        role="step",
        texts=(
            CutText("/elements/1/items/0", "Корзина", ""),
            CutText("/elements/1/items/3", "Подтверждение", ""),
        ),
        count=2,
        paths=("/elements/1/items/0", "/elements/1/items/3"),
    )
    warning = truncated_warning(group)
    assert warning.code == TEXT_TRUNCATED and warning.path == "/elements/1/items/0"
    assert "step label 'Корзина'" in warning.message and "none of it is drawn" in warning.message
    assert "'Подтверждение'" in warning.message
    assert warning.paths == ("/elements/1/items/0", "/elements/1/items/3")
    assert "only the current step's label is drawn" in (warning.suggestion or "")
