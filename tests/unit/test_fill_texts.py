"""Text on the theme's tinted fills (fill_texts): drawn to read at 4.5:1 where a custom theme's
colours leave it short, left as the built-in palettes draw it, and named by the validator where
no shade of it reads. (What Chromium draws: tests/integration/test_render_fill_contrast.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.fill_texts import TONE_TEXTS, colour_of, unread_pairs
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.model import ThemeTokens
from kernel.dsl.validate import validate_document
from tests.support.theme_colours import computed, contrast

SUGGESTED = {"base": "dark", "background": "#1e1e1e", "surface": "#262626", "text": "#8c8c8c"}
"""A dark grey theme whose text the validator suggested (4.5:1 on the surface, no more)."""


def warnings_of(theme: dict[str, Any]) -> dict[str, tuple[str, str]]:
    result = validate_document({"theme": theme, "elements": [{"type": "text", "text": "x"}]})
    return {issue.as_dict()["path"]: (issue.code, issue.message) for issue in result.warnings}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_built_in_palettes_draw_their_tone_texts_as_the_css_mixes_them(theme: str) -> None:
    variables = resolve_theme(theme).variables  # type: ignore[arg-type]
    assert {name: variables[name] for name in TONE_TEXTS} == TONE_TEXTS
    assert unread_pairs(variables, theme == "dark") == []


def test_a_text_that_barely_reads_on_its_surface_is_drawn_lighter_to_read_on_the_fills() -> None:
    resolved = resolve_theme(ThemeTokens.model_validate(SUGGESTED))
    variables = resolved.variables
    text = computed(variables["foreground"], variables, dark=True)
    assert variables["foreground"] != "#8c8c8c" and text > computed("#8c8c8c", {})  # lighter, still grey
    assert unread_pairs(variables, dark=True) == []
    danger_text, danger_tint = (
        colour_of(f"var(--{name})", variables) for name in ("danger-text", "danger-soft")
    )
    assert danger_text is not None and danger_tint is not None
    assert contrast(danger_text, danger_tint) >= 4.5  # 3.7:1 before
    assert warnings_of(SUGGESTED) == {}


def test_a_text_that_reads_on_every_fill_is_drawn_as_written() -> None:
    theme = {**SUGGESTED, "text": "#b0b0b0"}
    assert resolve_theme(ThemeTokens.model_validate(theme)).variables["foreground"] == "#b0b0b0"


def test_where_no_shade_reads_on_a_fill_the_validator_names_the_pair() -> None:
    """White on a mid-grey surface reads at 5.7:1, but not on the primary's tint over it: no text
    lighter than white exists."""
    theme = {"base": "dark", "background": "#5f5f5f", "surface": "#666666", "text": "#ffffff"}
    code, message = warnings_of(theme)["/theme/text"]
    assert code == "low_contrast"
    assert "text (#ffffff) on the selected row (#777885) has a contrast of 4.4:1" in message
    assert "no lighter or darker shade" in message


def test_a_text_that_does_not_read_on_its_surface_is_told_once() -> None:
    """The body text's own warning says it; the fills it reads worse on are not told again."""
    theme = {**SUGGESTED, "text": "#707070"}
    warnings = warnings_of(theme)
    assert (
        list(warnings) == ["/theme/text"] and "on the theme's surface #262626" in warnings["/theme/text"][1]
    )
