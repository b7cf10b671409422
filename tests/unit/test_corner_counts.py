"""A count on an icon's corner (a bottom tab's, an icon button's) is not drawn for the number 0,
as a phone hides an empty count (a tester's cart tab drew a red "0"); "0" written as a string is
words the author asked for, and is drawn, as any other count is."""

from __future__ import annotations

from tests.support.elements import render_element


def test_a_bottom_tabs_zero_count_is_not_drawn_and_its_written_zero_is() -> None:
    html = render_element(
        type="tabs",
        variant="bottom",
        items=[{"label": "Cart", "icon": "shopping-bag", "badge": 0}, {"label": "Inbox", "icon": "inbox", "badge": "0"},
               {"label": "Chats", "icon": "message-circle", "badge": 3}],
    )  # fmt: skip
    assert html.count('class="dsl-tab-badge"') == 2
    assert '<span class="dsl-tab-badge">0</span>' in html and '<span class="dsl-tab-badge">3</span>' in html


def test_an_icon_buttons_zero_count_is_not_drawn() -> None:
    assert "dsl-button-badge" not in render_element(type="button", icon="bell", variant="ghost", badge=0)
    assert '<span class="dsl-button-badge">0</span>' in render_element(type="button", icon="bell", badge="0")
    assert '<span class="dsl-button-badge">9+</span>' in render_element(
        type="button", icon="bell", badge="9+"
    )


def test_a_strip_tabs_count_beside_its_label_keeps_its_zero() -> None:
    """Beside a label, as a web page's tabs count ("Open 0"), a zero is information."""
    html = render_element(type="tabs", items=[{"label": "Open", "badge": 0}, "Closed"])
    assert '<span class="dsl-nav-count">0</span>' in html
