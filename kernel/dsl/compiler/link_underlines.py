"""Which links keep an underline: those in running text, not those a list or a bar identifies.

WCAG 1.4.1 (Use of Color) asks that a link inside running text be told from the words around it
by more than its colour: the base sheet underlines a link whose colour is within 3:1 of the text
(`--link-decoration`) and a `muted` one, drawn in the muted text's colour. A link standing alone
where its place says what it is needs no underline, and underlined columns of footer links look
dated: the links of a footer, a navigation bar or a sidebar, and those of a list of links (a row
or column holding two or more links and no text beside them). A link in a row beside a `text` or
a `paragraph` ("New here? Start a free trial") is in running text wherever it is, and keeps its
underline; so does `variant: underline`, and an author's `style` wins over both.
"""

from __future__ import annotations

from kernel.dsl.compiler.registry import register_css

LINK_BARS = (".dsl-footer", ".dsl-navbar", ".dsl-sidebar")
"""Boxes whose links are identified by where they are (a footer's columns, a bar's links)."""

LINK_LISTS = (".dsl-vflow:has(>.dsl-link~.dsl-link)", ".dsl-hflow:has(>.dsl-link~.dsl-link)")
"""A row or column of two links or more: a list of links."""

IN_RUNNING_TEXT = ".dsl-hflow:has(>:is(.dsl-text,.dsl-paragraph))>*"
"""A child of a row that holds text beside it: a link there reads within that text."""


def link_underline_css() -> str:
    """The rule that takes the underline off links standing alone in a bar or a list."""
    standing_alone = f":not(.dsl-link--underline,{IN_RUNNING_TEXT})"
    selectors = [f":is({','.join(LINK_BARS)}) .dsl-link{standing_alone}"]
    selectors += [f"{flow}>.dsl-link{standing_alone}" for flow in LINK_LISTS]
    return f"{','.join(selectors)}{{text-decoration:none}}"


register_css("link_underlines", link_underline_css(), drawn_by=("kernel.dsl.compiler.elements.text",))
