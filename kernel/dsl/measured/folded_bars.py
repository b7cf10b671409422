"""Navbars too narrow for all they hold, which fold links into a "more" item and draw icon buttons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kernel.dsl.measured.truncated_texts import quoted_text
from kernel.errors import Issue

CONTENT_FOLDED = "content_folded"


@dataclass(frozen=True)
class FoldedPart:
    """A part of a navbar left out for want of room: a link gone to the links' "more" item, its
    search field drawn as an icon button or a button with an icon whose label is left out; its
    words (label, placeholder) and its JSON path ("" for one of the bar's `actions`)."""

    kind: Literal["link", "search", "button"]
    words: str
    path: str = ""


@dataclass(frozen=True)
class FoldedBar:
    """A navbar (by JSON path) too narrow for all it holds, and the parts it left out or drew as icon buttons."""

    path: str
    parts: tuple[FoldedPart, ...]


def folded_warning(bar: FoldedBar) -> Issue:
    """The warning for a navbar that folded links into its "more" item, or drew its search or
    buttons' labels as icon buttons: each named with its words and path."""
    folded = []
    links = [part for part in bar.parts if part.kind == "link"]
    if links:
        folded.append(_folded_links(links))
    for part in bar.parts:
        where = f" ({part.path})" if part.path else ""
        if part.kind == "search":
            folded.append(f"its search{where} is drawn as a search icon button")
        elif part.kind == "button":
            folded.append(f"the button '{quoted_text(part.words)}'{where} shows its icon alone")
    return Issue(
        path=bar.path,
        message=f"the bar is too narrow for all it holds: {', '.join(folded)}",
        code=CONTENT_FOLDED,
        suggestion=(
            "leave it so (a phone's top bar shows its search and actions as icons, its links in a menu), or "
            "give the bar room to show them whole: a shorter title, fewer or shorter links, actions or "
            "children, a wider canvas"
        ),
    )


FOLDED_LINKS_NAMED = 5
"""Links gone to the "more" item named one by one; past them the rest are counted."""


def _folded_links(links: Sequence[FoldedPart]) -> str:
    """The links gone to the "more" item, each by its words and path (the first FOLDED_LINKS_NAMED)."""
    named = [
        f"'{quoted_text(link.words)}' ({link.path})" if link.words else link.path
        for link in links[:FOLDED_LINKS_NAMED]
    ]
    if len(links) > FOLDED_LINKS_NAMED:
        named.append(f"{len(links) - FOLDED_LINKS_NAMED} more")
    if len(named) == 1:
        return f'its link {named[0]} is folded into its "more" item (… ⌄)'
    return f'{len(links)} of its links, {", ".join(named[:-1])} and {named[-1]}, are folded into its "more" item (… ⌄)'
