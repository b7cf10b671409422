"""Which links keep an underline: those in running text, not those a list or a bar identifies.

WCAG 1.4.1 (Use of Color) asks that a link inside running text be told from the words around it
by more than its colour: the base sheet underlines a link whose colour is within 3:1 of the text
(`--link-decoration`) and a `muted` one, drawn in the muted text's colour (its underline is all
that tells it, wherever it is). A link among prose (RUNNING_TEXT: a card's paragraph, a link, a
paragraph, a link; a `text` and a link in a row) is in running text and is
underlined whatever its colour: a card of two paragraphs and two links read as a list of links, its
links 1.7:1 and 2.2:1 from the words beside them and not underlined. A link standing alone where
its place says what it is needs no underline, and underlined columns of footer links look dated:
the links of a footer, a navigation bar or a sidebar, and those of a list of links (a row or
column holding two or more links and no running text). `variant: underline` always keeps it, and an
author's `style` wins over all of these.
"""

from __future__ import annotations

from kernel.dsl.compiler.registry import register_css

LINK_BARS = (".dsl-footer", ".dsl-navbar", ".dsl-sidebar")
"""Boxes whose links are identified by where they are (a footer's columns, a bar's links)."""

RUNNING_TEXT = {
    ".dsl-hflow": ":is(.dsl-text,.dsl-paragraph)",
    ".dsl-vflow": ":is(.dsl-paragraph,.dsl-card-text)",
}
"""What makes a row or a column running text: a `text` or a paragraph beside a link in a row, a
paragraph above or below it in a column (a `text` there is more often a column's title: a footer's
"Product" over its links)."""

LINK_LISTS = (".dsl-vflow:has(>.dsl-link~.dsl-link)", ".dsl-hflow:has(>.dsl-link~.dsl-link)")
"""A row or column of two links or more: a list of links (unless it holds prose: IN_RUNNING_TEXT)."""

IN_RUNNING_TEXT = ",".join(f"{flow}:has(>{words})>*" for flow, words in RUNNING_TEXT.items())
"""A child of a row or column that holds running text: a link there reads within that text."""

ALWAYS_UNDERLINED = f".dsl-link--underline,.dsl-link--muted,{IN_RUNNING_TEXT}"
"""Links that keep their underline wherever they are."""


def link_underline_css() -> str:
    """The rule that takes the underline off links standing alone in a bar or a list, and the one
    that underlines a link in running text whatever its colour."""
    standing_alone = f":not({ALWAYS_UNDERLINED})"
    selectors = [f":is({','.join(LINK_BARS)}) .dsl-link{standing_alone}"]
    selectors += [f"{flow}>.dsl-link{standing_alone}" for flow in LINK_LISTS]
    in_text = ",".join(f"{flow}:has(>{words})>.dsl-link" for flow, words in RUNNING_TEXT.items())
    return f"{','.join(selectors)}{{text-decoration:none}}{in_text}{{text-decoration:underline}}"


register_css("link_underlines", link_underline_css(), drawn_by=("kernel.dsl.compiler.elements.text",))
