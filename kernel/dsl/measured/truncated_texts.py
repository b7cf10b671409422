"""Texts the page ends in an ellipsis (labels, values, items, titles), alike ones told together."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kernel.dsl.issue_caps import PATHS_KEPT, kept_paths
from kernel.errors import Issue

TEXT_TRUNCATED = "text_truncated"

TruncatingRole = Literal[
    "button",
    "tab",
    "badge",
    "field",
    "placeholder",
    "addon",
    "item",
    "row_value",
    "title",
    "event",
    "step",
    "text",
]
"""What kind of text the page ended in an ellipsis: a button's label, a tab's, a badge's or chip's
text, a field's value, a field's placeholder, a field's prefix or suffix add-on, a menu's, list's
or sidebar's item, a list row's value (beside its label), a navbar's title, a week or day view's
event's title left with too few characters to read, a stepper's step label left out (only the
current step's is drawn), any other text."""


@dataclass(frozen=True)
class CutText:
    """One text (by its element's JSON path) that the page ends in an ellipsis: all of it, and
    what is drawn (`shown`, ending in "…"; empty when its box has no room for any of it)."""

    path: str
    text: str
    shown: str


@dataclass(frozen=True)
class TruncatedTexts:
    """Texts of one kind that the page ends in an ellipsis, alike (the buttons of one grid, a
    menu's items): `count` of them, the first few quoted in `texts`. `lines`: how many lines a
    text is kept to (a button in a form's actions: 2), 0 for one line. `icon`: whether the first
    one's element (a button) has an icon that could stand alone. `icon_alone`: the labels had no
    room for even a few letters beside their icons, so their buttons show the icons alone (their
    `shown` is empty). `elsewhere`: on the last group a render names, how many more texts it cut
    that are not named (in other groups). `paths`: where all of them are written, the first
    PATHS_KEPT of them (an entry of a menu, sidebar or tab strip by its words:
    `/elements/0/items/2/label`); empty when not known, and then the named ones' paths stand."""

    role: TruncatingRole
    texts: tuple[CutText, ...]
    count: int
    lines: int = 0
    icon: bool = False
    elsewhere: int = 0
    icon_alone: bool = False
    paths: tuple[str, ...] = ()


QUOTED_TEXT = 60
"""At most this many characters of a cut text are quoted; a longer one is shortened ("[...]")."""

NAMED_ALIKE = 3
"""At most this many of the texts cut alike with the first are named; the rest are counted."""

_TRUNCATED_NOUNS: dict[str, str] = {
    "button": "button label",
    "tab": "tab label",
    "badge": "text",
    "field": "value",
    "placeholder": "placeholder",
    "addon": "add-on",
    "item": "item",
    "row_value": "row's value",
    "title": "title",
    "event": "event's title",
    "step": "step label",
    "text": "text",
}

_TRUNCATED_ROOM: dict[str, str] = {
    "row_value": "the room its label leaves",
    "event": "its block",
    "step": "its step's share of the stepper's width, even at 12 px and wrapped between its words",
}
"""Where a text of a kind did not fit, when that is not its own box."""

_TRUNCATED_ADVICE: dict[str, str] = {
    "button": (
        "give the buttons more width (fewer grid columns, fewer buttons in a row, a wider box or "
        "canvas) or shorten the label"
    ),
    "tab": "shorten the labels, use fewer tabs, or give the tabs more width",
    "badge": "shorten the text, or give it more room (a wider box, fewer things beside it)",
    "field": "give the field more width (a wider column or box, fewer fields in a row), or shorten the value",
    "placeholder": "give the field more width (a wider column or box, fewer fields in a row), or shorten it",
    "addon": (
        "the field's value keeps room for a character beside a short add-on and for a few beside a long "
        "one, which gives way first: give the field more width (a wider column or box, fewer fields in a "
        "row), or shorten or leave out the prefix or suffix"
    ),
    "item": (
        "shorten the item, or give the list, menu or sidebar more width (a larger layout.width, a "
        "wider column)"
    ),
    "row_value": (
        "the label keeps its line and the value beside it gives way, as a settings row's does: leave it "
        "so, or shorten the value, or give the list more width (a larger layout.width, a wider column)"
    ),
    "title": (
        "a bar's title gives way to its links, search and actions, which stay whole: leave it so, or "
        "shorten it, or give the bar room (fewer links, actions or children, a wider canvas)"
    ),
    "event": (
        "an event's title is cut to its block as a calendar app cuts it, and overlapping events "
        "cascade over it, but this one cannot be read: give the calendar more width (a wider "
        "canvas or column, fewer days: days: 5, or variant: day), more height (layout.height) for a "
        "short event, or shorten the title"
    ),
    "step": (
        "only the current step's label is drawn, under the row of steps, as a phone's stepper shows it: "
        "leave it so, or shorten the labels (a word that can wrap), use fewer steps, give the stepper "
        "more width, or use direction: vertical, which has room for every label"
    ),
    "text": "give it more room (a wider box, fewer columns beside it, a wider canvas), or shorten it",
}


def truncated_warning(group: TruncatedTexts) -> Issue:
    """The warning for texts the page ends in an ellipsis: the first quoted whole and as drawn,
    the others cut alike named by path (with their own texts when these differ)."""
    first, *rest = group.texts
    noun = _TRUNCATED_NOUNS[group.role]
    if group.icon_alone:
        what = "has no room for a few letters beside its icon, so the button shows its icon alone"
    elif group.lines:
        lines = f"{group.lines} line{'s' * (group.lines > 1)}"
        what = f"does not fit in {lines} and is drawn ending '{_tail(first.shown)}'"
    elif not first.shown:
        what = f"has no room in {_TRUNCATED_ROOM.get(group.role, 'its box')}: none of it is drawn"
    else:
        room = _TRUNCATED_ROOM.get(group.role, "its box")
        what = f"does not fit {room} and is drawn as '{quoted_text(first.shown)}'"
    message = f"the {noun} '{quoted_text(first.text)}' {what}"
    if group.count > 1:
        verb = ("does", "do") if group.icon_alone else ("is", "are")
        message += f"; so {verb[group.count > 2]} {_alike(first, rest, group.count - 1)}"
    if group.elsewhere:
        more = f"{group.elsewhere} more text{'s' * (group.elsewhere > 1)}"
        message += (
            f"; {more} elsewhere end{'s' * (group.elsewhere == 1)} in an ellipsis too (named once these fit)"
        )
    advice = _TRUNCATED_ADVICE[group.role]
    if group.icon_alone:
        advice += ", or leave out the label to make it an icon-only button on purpose"
    elif group.role == "button" and group.icon:
        advice += ", or show the icon alone (an icon-only button: leave out the label)"
    paths, path_count = _paths(group)
    return Issue(
        path=first.path,
        message=message,
        code=TEXT_TRUNCATED,
        suggestion=advice,
        paths=paths,
        path_count=path_count,
    )


def _paths(group: TruncatedTexts) -> tuple[tuple[str, ...] | None, int | None]:
    """The `paths` of the warning for `group`, the first's own first, and how many texts it
    stands for when that lists only some (`Issue.path_count`); (None, None) for texts all at
    one path. A program (a translation pipeline) shortens each text at these paths."""
    listed = group.paths or tuple(text.path for text in group.texts)
    paths = tuple(dict.fromkeys((group.texts[0].path, *listed)))
    if len(paths) < 2:
        return None, None
    kept, _ = kept_paths(paths)
    # Only a list cut to PATHS_KEPT leaves paths out (alike texts of one element share one path).
    return kept, group.count if len(kept) >= PATHS_KEPT and group.count > len(kept) else None


def _alike(first: CutText, rest: Sequence[CutText], others: int) -> str:
    """The texts cut like `first`: `others` of them, the first NAMED_ALIKE of `rest` named (a
    text of the same element by its words, one of another element by its path too)."""
    named = []
    for text in rest[:NAMED_ALIKE]:
        same = (text.text, text.shown) == (first.text, first.shown)
        drawn = f" as '{quoted_text(text.shown)}'" if text.shown else ""  # not drawn: an icon alone
        words = "" if same else f"'{quoted_text(text.text)}'{drawn}"
        where = "" if _element(text.path) == _element(first.path) else text.path
        named.append(f"{words} at {where}" if words and where else words or where)
    more = others - len(named)
    listed = ", ".join(part for part in named if part)
    count = f"{others} more like it"
    if not listed:
        return count
    return f"{count} ({listed}{f' and {more} more' if more > 0 else ''})"


_ENTRY_WORDS = re.compile(r"/items/\d+(/(label|text|value))?$")
"""The end of the path of an entry's words below its element (`/items/2/label`)."""


def _element(path: str) -> str:
    """The path of the element a cut text is of: an entry's words' path less its `/items/2/label`."""
    return _ENTRY_WORDS.sub("", path)


def quoted_text(text: str) -> str:
    """`text` as quoted in a warning: whole, or its first QUOTED_TEXT characters and "[...]"."""
    return text if len(text) <= QUOTED_TEXT else f"{text[:QUOTED_TEXT].rstrip()} [...]"


TAIL_CHARACTERS = 30
"""About this many of the last characters drawn of a text kept to a few lines are quoted."""


def _tail(shown: str) -> str:
    """The end of what is drawn of a text kept to a few lines: its last whole words within
    TAIL_CHARACTERS (the ellipsis follows them)."""
    if len(shown) <= TAIL_CHARACTERS:
        return shown
    tail = shown[-TAIL_CHARACTERS:]
    if not shown[-TAIL_CHARACTERS - 1].isspace() and " " in tail:
        tail = tail.split(" ", 1)[1]  # not the end of a word cut in two
    return f"[...] {tail.lstrip()}"
