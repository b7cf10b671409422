"""What kind each warning code is: the picture drawn otherwise than written, a note, or a render
option the image does not follow.

`--strict` (and `strict: true` over HTTP and MCP) fails a document on the warnings that change
the picture only: a value dropped, content cut, a fallback drawn. A note tells something true
that no edit of the document changes into what was meant (a photo at an https URL is never
fetched, the font asked for is not installed), so failing on it would stop an author, or a
model repairing its document, for good. An option the image does not follow (a `quality` on a
lossless PNG) is the caller's, not the document's: the picture is the document's as written, so
strict passes it too. `strict="all"` fails on notes and ignored options too.
"""

from __future__ import annotations

from typing import Literal

Strictness = bool | Literal["all"]
"""What `strict` fails on: nothing (False), the warnings that change the picture (True), all."""

DRAWN_WRONG = "drawn_wrong"
"""Something written is left out or drawn otherwise than written (the default for every code)."""
NOTE = "note"
"""Harmless information: the picture is what such a document can give."""
OPTION_IGNORED = "option_ignored"
"""A render option (or the part of a device preset) the image does not follow: the caller's
options ask for what this image does not do; the document is drawn as written."""

NOTE_CODES = frozenset(
    {
        "external_src",  # nothing is ever fetched: a placeholder (or initials) stands for the picture
        "font_unavailable",  # a near face of the installed ones is drawn
        "ignored_event_handler",  # onClick & co.: a mockup runs no code, and the picture is right
        "unchecked_contrast",  # only the browser works the colour out: nothing could be checked
        "theme_variable_in_css",  # css replacing the theme's --primary may be meant: it is drawn so
        "css_state_not_drawn",  # a picture draws one state: no edit draws the :hover one
        "deprecated_lang",  # lang: iw is drawn as he: the picture is the one meant
        "row_stacked",  # a phone draws a row that does not fit as a column: a phone's layout, told
        "table_scrolls",  # a phone's table too wide for the screen scrolls sideways: a phone's layout, told
        "screen_scrolls",  # a screen's content runs on under its pinned bottom tab bar: an app's screen, told
        "grid_reflowed",  # a phone draws a grid of cards in fewer columns: a phone's layout, told
    }
)
"""The warning codes that are notes; any other warning is `DRAWN_WRONG` (but `OPTION_CODES`)."""

SCREEN_SCROLLS = "screen_scrolls"
"""A screen whose content runs past its bottom under a pinned bottom tab bar: it scrolls there."""

HEIGHT_PAST_SCREEN = "height_past_screen"
"""A top-level element whose `height` in % of the screen leaves no room for what flows beside it
(kernel.dsl.semantic.placement); a cut it explains is not told again as `content_cut`."""

OPTION_CODES = frozenset({"option_ignored"})
"""The warning codes of the kind `OPTION_IGNORED` (`kernel.dsl.options.OPTION_IGNORED`)."""


def warning_kind(code: str) -> str:
    """`NOTE`, `OPTION_IGNORED` or `DRAWN_WRONG` for a warning of `code`."""
    if code in NOTE_CODES:
        return NOTE
    return OPTION_IGNORED if code in OPTION_CODES else DRAWN_WRONG


def fails_strict(code: str, strict: Strictness) -> bool:
    """Whether a warning of `code` is an error under `strict`: True (the picture changes only)
    or `"all"` (notes and ignored options too)."""
    return strict == "all" or (bool(strict) and warning_kind(code) == DRAWN_WRONG)
