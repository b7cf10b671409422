"""Boxes whose written background keeps the document's tone when a caller's theme draws it in
the other (a light kanban's slate columns under `--theme dark`: four pale bands on a black page):
one warning, at the first box, naming the others; none for what follows the theme, for a
render in the document's own tone, or for a box the author set on a page of the other tone."""

from __future__ import annotations

from typing import Any

from kernel.dsl.options import RenderOptions
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def column(background: str, text: str = "Task") -> dict[str, Any]:
    return {
        "type": "container",
        "style": {"background": background},
        "children": [{"type": "card", "title": text}],
    }


def band_warnings(document: dict[str, Any], theme: str | None) -> list[Issue]:
    options = RenderOptions(theme=theme) if theme else None
    result = validate_document(document, options=options)
    assert result.errors == [], result.errors
    return [issue for issue in result.warnings if issue.code == "background_tone"]


BOARD = {"elements": [{"type": "row", "children": [column("#e2e8f0") for _ in range(5)]}]}


def test_the_light_columns_of_a_light_board_drawn_dark_are_one_warning_naming_them() -> None:
    (issue,) = band_warnings(BOARD, "dark")
    assert issue.path == "/elements/0/children/0/style"
    assert issue.message == (
        "the background '#e2e8f0' is light and stays light on the dark page this render draws (and 4 more "
        "boxes like it: /elements/0/children/1, /elements/0/children/2 and 2 more)"
    )
    assert issue.suggestion is not None and "'var(--muted)'" in issue.suggestion


def test_a_light_gradient_band_written_as_css_text_is_one_too() -> None:
    hero = {"type": "row", "style": "background: linear-gradient(180deg, #f0fdfa 0%, #ffffff 100%); padding: 40px",
            "children": [{"type": "heading", "text": "Know what broke"}]}  # fmt: skip
    (issue,) = band_warnings({"elements": [hero]}, "dark")
    assert issue.path == "/elements/0/style" and "stays light on the dark page" in issue.message


def test_a_dark_band_of_a_dark_document_drawn_light_is_one() -> None:
    document = {"theme": "dark", "elements": [column("#18181b")]}
    (issue,) = band_warnings(document, "light")
    assert issue.message.startswith("the background '#18181b' is dark and stays dark on the light page")


def test_no_warning_where_nothing_stays_of_the_other_tone() -> None:
    assert band_warnings(BOARD, None) == []  # drawn in its own theme
    assert band_warnings(BOARD, "light") == []
    # A theme colour follows the theme; a box with nothing inside is no band (a white button).
    themed = {"elements": [column("var(--muted)"), {"type": "container", "style": {"background": "#fff"}}]}
    assert band_warnings(themed, "dark") == []
    # The author's own light card on their dark page is what they wrote.
    assert band_warnings({"theme": "dark", "elements": [column("#ffffff")]}, "dark") == []
    # A band of both tones (a light-to-navy gradient) is no band of one.
    assert band_warnings({"elements": [column("linear-gradient(#ffffff, #0f172a)")]}, "dark") == []


def test_a_box_inside_a_band_is_not_counted_again() -> None:
    outer = {"type": "container", "style": {"background": "#f8fafc"}, "children": [column("#e2e8f0")]}
    (issue,) = band_warnings({"elements": [outer]}, "dark")
    assert issue.path == "/elements/0/style" and "more box" not in issue.message


def test_a_light_navbar_or_card_without_children_is_a_band_as_a_container_is() -> None:
    """A nav bar draws its own title on its ground: styled light under `--theme dark` it was
    passed over while a container beside it was warned of."""
    navbar = {"type": "navbar", "title": "Settings", "style": {"background": "#f2f2f7"}}
    (issue,) = band_warnings({"elements": [navbar, {"type": "card", "title": "Hello"}]}, "dark")
    assert issue.path == "/elements/0/style" and "more box" not in issue.message
    card = {"type": "card", "title": "Plan", "style": {"background": "#f8fafc"}}
    (issue,) = band_warnings({"elements": [navbar, card]}, "dark")
    assert issue.message.endswith("(and 1 more box like it: /elements/1)")
    button = {"type": "button", "text": "Go", "style": {"background": "#ffffff"}}
    assert band_warnings({"elements": [button]}, "dark") == []  # a lone button of its own colour
