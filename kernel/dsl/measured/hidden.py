"""Content hidden inside the screen: by a scrolling box, a bottom tab bar, a sheet's or a dialog's body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue
from kernel.warning_kinds import SCREEN_SCROLLS

HiddenKind = Literal["scroll", "fixed", "bar", "under_bar", "sheet", "dialog", "boxed_dialog"]
"""How content is hidden inside the screen (see Hidden)."""


@dataclass(frozen=True)
class Hidden:
    """Content hidden inside the screen, by the JSON path of what hides it and how many CSS px:
    `scroll`, a box that clips what it holds as a scrolled screen does (the screen above a bottom
    tab bar, a chat's messages taking a column's free room), which a full page grows; `fixed`, such
    a box in a box of set height, which a full page cannot grow; `bar`, a bottom tab bar pinned to
    the screen's bottom edge over the content that runs under it; `under_bar`, the screen's content
    running past its bottom under such a bar, a screen that scrolls under its tab bar; `sheet`, a bottom sheet's body,
    which scrolls between its head and its actions once the sheet reaches its cap below the
    screen's top (a full page does not grow it either); `dialog`, a dialog's body, which scrolls
    between its head and its actions once the dialog is as tall as the screen less its margins
    (a full page draws it whole), and `boxed_dialog`, such a dialog kept to a box a full page does
    not grow (a device's frame, a card it is placed in). `edge`: where the content is
    hidden, below the box's bottom or, in a box that keeps its end in view (a conversation's
    messages just above its composer), above its top: the earlier messages."""

    path: str
    px: int
    kind: HiddenKind = "scroll"
    edge: Literal["bottom", "top"] = "bottom"


_FULL_PAGE_OPTION = "--full-page on the command line, full_page in the API's and MCP's options"
_TO_SEE_ALL = f"render the full page ({_FULL_PAGE_OPTION})"


def hidden_warning(element: Hidden) -> Issue:
    """The warning for content hidden inside the screen (see Hidden)."""
    if element.kind == "bar":
        return Issue(
            path=element.path,
            message=f"{element.px} px of the content above this bottom tab bar run under it and are hidden",
            code=CONTENT_CUT,
            suggestion=(
                "leave room for the bar: shorten the content above it, or make the screen's height "
                f"{element.px} px larger"
            ),
        )
    if element.kind == "under_bar":
        return under_bar_warning(element)
    if element.kind == "sheet":
        return sheet_hidden_warning(element)
    if element.kind in ("dialog", "boxed_dialog"):
        return dialog_hidden_warning(element)
    if element.kind == "fixed":
        see_all = f"give the box that holds it {element.px} px more height"
    else:
        see_all = _TO_SEE_ALL
    if element.edge == "top":
        return Issue(
            path=element.path,
            message=(
                f"its first {element.px} px run above the top of its box and are hidden there, as a "
                "chat scrolled to its newest messages hides the earlier ones"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "nothing to change for a chat, which shows its newest messages just above the "
                "composer; justify: start on the box shows its start instead; to see all of it, "
                f"shorten the content or {see_all}"
            ),
        )
    return Issue(
        path=element.path,
        message=(
            f"its content runs {element.px} px past the bottom of its box and is hidden there, as "
            "a scrolled screen hides it"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "leave it so if the screen is meant to scroll; to see all of it, shorten the content or "
            f"{see_all}"
        ),
    )


def under_bar_warning(element: Hidden) -> Issue:
    """The note for a screen whose content runs past its bottom under a pinned bottom tab bar: an
    app's screen scrolls under its bar, which stays on the screen's edge, so nothing is to change
    (a taller canvas would push the bar down, away from the edge it belongs on)."""
    return Issue(
        path=element.path,
        message=(
            f"the screen's content runs {element.px} px past its bottom, under this bottom tab bar, and "
            "is hidden there, as an app's screen scrolls under its tab bar"
        ),
        code=SCREEN_SCROLLS,
        suggestion=(
            "leave it so if the screen is meant to scroll: the bar stays on the screen's bottom edge; to "
            f"see all of it, shorten the content or {_TO_SEE_ALL}, which draws the bar at the page's end"
        ),
    )


def sheet_hidden_warning(element: Hidden) -> Issue:
    """The warning for a bottom sheet whose children run past its body: the sheet stops short of
    the screen's top, so its head and actions stay in view and its children scroll between them."""
    return Issue(
        path=element.path,
        message=(
            f"{element.px} px of its children run past the bottom of the sheet's body and are hidden "
            "there: a sheet stops 48 px below the top of the screen and its children scroll between "
            "its title and its actions"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "leave it so if the sheet is meant to scroll; to see all of them, shorten the content "
            f"(fewer fields, or short ones side by side in a row) or make the screen {element.px} px taller "
            "(the document's height)"
        ),
    )


def dialog_hidden_warning(element: Hidden) -> Issue:
    """The warning for a dialog whose children run past its body: a dialog taller than the screen
    is kept to it, 24 px from its edges, so its title and actions stay in view and its children
    scroll between them. A full page draws it whole, unless it is kept to a box a full page does
    not grow (`boxed_dialog`: a device's frame, a card)."""
    see_all = (
        f"give the screen (or the box the dialog is placed in) {element.px} px more height"
        if element.kind == "boxed_dialog"
        else f"make the screen {element.px} px taller (the document's height)"
    )
    whole = (
        ""
        if element.kind == "boxed_dialog"
        else f"render the full page ({_FULL_PAGE_OPTION}), which draws the dialog whole, "
    )
    return Issue(
        path=element.path,
        message=(
            f"{element.px} px of its children run past the bottom of the dialog's body and are hidden "
            "there: a dialog taller than the screen is kept 24 px from its edges, its title and actions "
            "in view, and its children scroll between them"
        ),
        code=CONTENT_CUT,
        suggestion=(
            f"leave it so if the dialog is meant to scroll; to see all of them, {whole}shorten the "
            "content (fewer fields, fewer rows in a textarea, short fields side by side in a row), or "
            f"{see_all}"
        ),
    )
