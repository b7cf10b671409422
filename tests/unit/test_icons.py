"""Lucide icons as inline SVG: names, aliases, placeholder, colour sanitizing."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.icons import (
    ALIASES,
    LUCIDE_OLD_NAMES,
    icon_exists,
    icon_names,
    icon_svg,
    resolve_icon_name,
)


def test_the_package_ships_the_full_set() -> None:
    names = icon_names()
    assert len(names) > 1000
    assert {"house", "search", "chart-line", "settings"} <= names


def test_a_known_icon_is_an_inline_svg_with_its_drawing() -> None:
    svg = icon_svg("search", 20)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'data-icon="search"' in svg
    assert 'width="20" height="20"' in svg
    assert 'viewBox="0 0 24 24"' in svg
    assert "<circle" in svg or "<path" in svg
    assert "ns0:" not in svg


@pytest.mark.parametrize(
    ("given", "expected"),
    [("home", "house"), ("Settings", "settings"), ("chevron_right", "chevron-right"),
     ("ChevronRight", "chevron-right"), ("  user plus ", "user-plus"), ("bar-chart", "chart-column"),
     ("remove", "trash-2"), ("lucide-house", "house")],
)  # fmt: skip
def test_names_are_normalized_and_aliased(given: str, expected: str) -> None:
    assert resolve_icon_name(given) == expected
    assert icon_exists(given)
    assert f'data-icon="{expected}"' in icon_svg(given)


def test_long_names_are_resolved_like_short_ones_without_being_remembered() -> None:
    padded = " " * 80 + "ChevronRight" + " " * 80  # longer than the names remembered per process
    for _ in range(2):
        assert resolve_icon_name(padded) == resolve_icon_name("ChevronRight") == "chevron-right"
        assert resolve_icon_name("no-such-icon-" * 10) is None


def test_every_alias_points_at_an_existing_icon() -> None:
    missing = {alias: target for alias, target in ALIASES.items() if target not in icon_names()}
    assert missing == {}


@pytest.mark.parametrize("name", ["no-such-icon-xyz", "", None, "<script>"])
def test_unknown_names_draw_a_placeholder(name: str | None) -> None:
    assert not icon_exists(name)
    svg = icon_svg(name, 16)
    assert 'data-icon="unknown"' in svg
    assert "stroke-dasharray" in svg
    assert "<script" not in svg


def test_colour_is_kept_when_plain_and_dropped_when_unsafe() -> None:
    assert "stroke:#16a34a" in icon_svg("check", color="#16a34a")
    assert "stroke:var(--danger)" in icon_svg("check", color="danger")
    for hostile in ('red" onload="x', "url(http://example.com/x)", "red;background:url(x)", "expression(1)"):
        svg = icon_svg("check", color=hostile)
        assert "stroke:currentColor" in svg
        assert "example.com" not in svg and "onload" not in svg


def test_stroke_width_and_size_are_numbers_only() -> None:
    svg = icon_svg("star", 24.5, stroke_width=1.5)
    assert re.search(r'width="24.5" height="24.5"', svg)
    assert 'stroke-width="1.5"' in svg


@pytest.mark.parametrize(
    ("written", "lucide"),
    [
        ("fa-home", "house"),  # Font Awesome
        ("fas fa-user", "user"),
        ("fa-heart-o", "heart"),  # Font Awesome 4's outline suffix
        ("mdi:account-circle", "circle-user"),  # Iconify
        ("material-symbols:home-outline", "house"),
        ("account_circle", "circle-user"),  # Material Symbols names
        ("more_vert", "ellipsis-vertical"),
        ("star_border", "star"),
        ("calendar_today", "calendar"),
        ("HiHome", "house"),  # react-icons components
        ("MdOutlineDashboard", "layout-dashboard"),
        ("FaUserCircle", "circle-user"),
        ("bi-gear-fill", "settings"),  # Bootstrap Icons
        ("home-line", "house"),  # Remix Icon
        ("heart-filled", "heart"),
        ("chart-line", "chart-line"),  # a Lucide name that ends like a suffix is itself
        ("fa-chart-line", "chart-line"),
        ("mdi:account-plus", "user-plus"),  # MDI's account-* is Lucide's user-*
        ("account-check-outline", "user-check"),
    ],
)
def test_names_from_other_icon_sets_resolve_to_the_same_shape(written: str, lucide: str) -> None:
    assert resolve_icon_name(written) == lucide
    assert f'data-icon="{lucide}"' in icon_svg(written)


@pytest.mark.parametrize("written", ["fa-", "o", "-outline", "mdi:", "fa-not-an-icon-at-all"])
def test_prefixes_and_suffixes_alone_are_not_icons(written: str) -> None:
    assert resolve_icon_name(written) is None


def test_a_misspelled_name_from_another_set_is_suggested_by_its_bare_name() -> None:
    from kernel.dsl.validate import validate_document

    result = validate_document({"elements": [{"type": "icon", "name": "MdOutlineSetings"}]})
    assert [w.suggestion for w in result.warnings] == ["did you mean 'settings'?"]


@pytest.mark.parametrize(
    ("old", "lucide"),
    [
        ("check-square", "square-check-big"),
        ("play-circle", "circle-play"),
        ("alert-triangle", "triangle-alert"),
        ("plus-square", "square-plus"),
        ("gantt-chart", "chart-no-axes-gantt"),
        ("bar-chart-3", "chart-column"),
        ("bar-chart-4", "chart-column-increasing"),
        ("x-circle", "circle-x"),
        ("alert-circle-outline", "circle-alert"),
    ],
)
def test_lucides_older_names_draw_the_icon_they_became(old: str, lucide: str) -> None:
    from kernel.dsl.validate import validate_document

    assert resolve_icon_name(old) == lucide
    assert f'data-icon="{lucide}"' in icon_svg(old)
    assert validate_document({"elements": [{"type": "icon", "name": old}]}).warnings == []


def test_old_names_never_shadow_a_current_one() -> None:
    assert set(LUCIDE_OLD_NAMES) & icon_names() == set()


@pytest.mark.parametrize(
    ("written", "lucide"),
    [
        ("text-bold", "bold"),
        ("format-italic", "italic"),
        ("mdi-format-bold", "bold"),
        ("icon-text-cursor", "text-cursor"),
    ],
)
def test_editor_prefixes_are_dropped_one_by_one(written: str, lucide: str) -> None:
    """`text-`/`format-` before a formatting icon go, but a Lucide name that starts so stays whole."""
    assert resolve_icon_name(written) == lucide


@pytest.mark.parametrize(
    ("written", "brand"),
    [("github", "github"), ("GitHubLogo", "github"), ("fa-brands-linkedin", "linkedin"), ("fab fa-google", "google"),
     ("logo-slack", "slack"), ("twitter-x", "x-twitter"), ("visa", "cc-visa"), ("apple", "apple")],
)  # fmt: skip
def test_brand_logos_come_from_font_awesomes_brands(written: str, brand: str) -> None:
    assert resolve_icon_name(written) == f"brand:{brand}" and icon_exists(written)
    svg = icon_svg(written, 20, color="#1a1f71")
    assert 'class="dsl-icon-svg is-brand"' in svg and 'style="fill:#1a1f71"' in svg
    assert "<path d=" in svg and "stroke" not in svg.split(">", 1)[0]
    left, top, side, height = (float(part) for part in re.findall(r'viewBox="([^"]+)"', svg)[0].split())
    assert side == height and left <= 0 and top <= 0  # the ink centred in a square, with a margin


def test_lucide_keeps_its_generic_names_over_a_brands() -> None:
    assert resolve_icon_name("x") == "x" and resolve_icon_name("bluetooth") == "bluetooth"
    assert resolve_icon_name("house") == "house"


@pytest.mark.parametrize(
    ("written", "lucide"),
    [
        ("gearshape.fill", "settings"),  # Apple's SF Symbols
        ("person.crop.circle", "circle-user"),
        ("ellipsis.circle", "circle-ellipsis"),
        ("magnifyingglass", "search"),
        ("house.fill", "house"),
        ("bell.fill", "bell"),
        ("heart.fill", "heart"),
        ("square.and.arrow.up", "share"),
        ("chevron.left", "chevron-left"),
        ("plus.circle", "circle-plus"),
        ("xmark.circle.fill", "circle-x"),
        ("paperplane", "send"),
        ("cart", "shopping-cart"),
        ("person.fill.checkmark", "user-check"),  # a fill in the middle is the same drawing
        ("play.square", "square-play"),  # an X.square Lucide names square-X
        ("Icons.Filled.Favorite", "heart"),  # Jetpack Compose
        ("Icons.Default.Search", "search"),
        ("Icons.Outlined.Settings", "settings"),
        ("Icons.AutoMirrored.Filled.ArrowBack", "arrow-left"),
        ("Icons.Filled.MoreVert", "ellipsis-vertical"),
        ("ic_arrow_back", "arrow-left"),  # Android resources
        ("ic_home_black_24dp", "house"),
        ("favorite", "heart"),  # Material names
        ("more_vert", "ellipsis-vertical"),
        ("arrow_back", "arrow-left"),
        ("ios-settings", "settings"),  # Ionicons
    ],
)
def test_the_phone_platforms_icon_names_draw_their_lucide_twin_with_no_warning(
    written: str, lucide: str
) -> None:
    from kernel.dsl.validate import validate_document

    assert resolve_icon_name(written) == lucide
    assert f'data-icon="{lucide}"' in icon_svg(written)
    assert validate_document({"elements": [{"type": "icon", "name": written}]}).warnings == []


def test_the_common_names_win_over_a_platforms_other_meaning() -> None:
    """Material's `cancel` is a crossed circle, but `cancel` on a button has always been an x."""
    assert resolve_icon_name("cancel") == "x" and resolve_icon_name("create") == "plus"


@pytest.mark.parametrize(
    ("written", "meant"),
    [("arrow-circle-left", "circle-arrow-left"), ("chevron-circle-up", "circle-chevron-up"),
     ("mdi:arrow-circle-left-outline", "circle-arrow-left"), ("seting", "settings")],
)  # fmt: skip
def test_an_unknown_names_suggestion_prefers_the_same_words_over_the_closest_spelling(
    written: str, meant: str
) -> None:
    """`arrow-circle-left` is few edits from `arrow-big-left` but made of the words of
    `circle-arrow-left`, which is what was meant; a misspelling still finds its word."""
    from kernel.dsl.validate import validate_document

    [warning] = validate_document({"elements": [{"type": "icon", "name": written}]}).warnings
    assert warning.code == "unknown_icon" and warning.suggestion == f"did you mean '{meant}'?"


def test_only_a_documents_first_unknown_names_and_short_ones_get_a_did_you_mean() -> None:
    """Each suggestion costs a search of every name: a document of thousands of made-up names
    gets one for its first ICON_HINTS distinct names (told again where repeated), the rest and a
    name too long to be meant for one the link to the names."""
    from kernel.dsl.semantic.findings import Findings
    from kernel.dsl.semantic.icons import ICON_HINTS, check_icons, default_icon_exists

    findings = Findings()
    names = ["seting", *(f"seting{number}" for number in range(ICON_HINTS)), "seting", "seting" * 20]
    sidebar = {"type": "sidebar", "items": [{"label": "a", "icon": name} for name in names]}
    check_icons(sidebar, ("elements", 0), findings, default_icon_exists)
    suggestions = [warning.suggestion for warning in findings.warnings]
    assert [warning.code for warning in findings.warnings] == ["unknown_icon"] * len(names)
    assert suggestions[0] == suggestions[-2] == "did you mean 'settings'?"
    assert all(suggestion.startswith("did you mean") for suggestion in suggestions[1:ICON_HINTS])
    lucide = "see https://lucide.dev/icons for names"
    assert suggestions[ICON_HINTS] == suggestions[-1] == lucide


@pytest.mark.parametrize(
    ("written", "lucide"),
    [("fire", "flame"), ("fa-fire", "flame"), ("local_fire_department", "flame"), ("whatshot", "flame"),
     ("fa-fire-flame-curved", "flame"), ("emoji_events", "trophy"), ("fa-trophy", "trophy"),
     ("military_tech", "medal"), ("workspace_premium", "award"), ("fa-certificate", "award"),
     ("leaderboard", "podium"), ("menu_book", "book-open"), ("quiz", "file-question-mark"),
     ("school", "school"), ("fa-graduation-cap", "graduation-cap"), ("psychology", "brain"),
     ("lightbulb", "lightbulb"), ("emoji_objects", "lightbulb"), ("inventory_2", "package"),
     ("warehouse", "warehouse"), ("local_shipping", "truck"), ("support_agent", "headset"),
     ("analytics", "chart-column"), ("insights", "chart-line"), ("verified", "badge-check"),
     ("rocket_launch", "rocket"), ("star", "star"), ("fa-star", "star"), ("task_alt", "circle-check"),
     ("fa-magnifying-glass", "search"), ("fa-trash-can", "trash-2"), ("fa-bars", "menu")],
)  # fmt: skip
def test_common_material_and_font_awesome_names_draw_the_lucide_icon_that_means_the_same(
    written: str, lucide: str
) -> None:
    """An LMS's streak flame and trophy (`local_fire_department`, `fa-fire`, `emoji_events`) were
    placeholders suggesting `file` and a smiley."""
    assert resolve_icon_name(written) == lucide


def test_font_awesomes_bolt_is_lightning_and_lucides_bolt_stays_its_nut() -> None:
    assert [resolve_icon_name(name) for name in ("fa-bolt", "fas fa-bolt", "fa-solid fa-bolt")] == ["zap"] * 3
    assert resolve_icon_name("bolt") == "bolt"


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [("local_fire_station", "did you mean 'fire'?"), ("achievement", "did you mean 'trophy'?"),
     ("prize", "did you mean 'trophy'?"), ("arow-right", "did you mean 'arrow-right' or 'right'?")],
)  # fmt: skip
def test_a_suggestion_names_what_the_icon_means_before_the_closest_spelling(
    written: str, suggestion: str
) -> None:
    """`local_fire_station` was spelt closest to `local-grocery-store`; a word of it or for the
    thing says what is meant; a slip of the keys still finds its name first."""
    from kernel.dsl.validate import validate_document

    [warning] = validate_document({"elements": [{"type": "icon", "name": written}]}).warnings
    assert warning.code == "unknown_icon" and warning.suggestion == suggestion
