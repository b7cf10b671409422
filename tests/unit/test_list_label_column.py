"""A list row without an icon among rows with one keeps an empty lead, so the labels make one
column (a settings group's "Sign out" under "General" and "Privacy" started under their icons)."""

from __future__ import annotations

from tests.support.elements import render_element

BLANK = '<span class="dsl-list-lead is-blank" aria-hidden="true"></span>'


def test_a_row_without_an_icon_among_rows_with_one_keeps_an_empty_lead() -> None:
    for variant in ("plain", "divided"):
        html = render_element(
            type="list",
            variant=variant,
            items=[{"label": "General", "icon": "settings"}, {"label": "Sign out"}],
        )
        assert html.count(BLANK) == 1, variant
        assert html.index(BLANK) < html.index("Sign out")


def test_rows_without_leading_icons_keep_no_lead() -> None:
    """No row has an icon before its label (none, or one at the end), a list is numbered, or a
    checklist draws its own marks: nothing to line the labels up with."""
    lists = [
        {"variant": "divided", "items": [{"label": "A", "description": "a"}, {"label": "B"}]},
        {"items": [{"label": "A", "icon": "chevron-right", "iconPosition": "end"}, {"label": "B"}]},
        {"ordered": True, "variant": "plain", "items": [{"label": "A", "icon": "x"}, {"label": "B"}]},
        {"variant": "checklist", "items": [{"label": "A", "icon": "x"}, {"label": "B"}]},
    ]
    for fields in lists:
        assert "is-blank" not in render_element(type="list", **fields), fields
