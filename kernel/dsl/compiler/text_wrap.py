"""How runs of text break into lines: even lines for centred short text, no lone last word for body.

Chromium (117 and later; this build's 156 too) shares a block's words between its lines with
`text-wrap-style: balance` (up to six lines; longer blocks wrap as usual) and, with `pretty`,
moves words to keep the last line from being one short word. Titles are balanced (base_css);
body text (paragraphs, a card's or a section's description) is `pretty`. A centred run of text
is balanced when it is short (`BALANCED_MAX_CHARS`, about three lines of a centred measure: a
hero's subtitle ended on a line of one or two words); a longer one stays `pretty`, which Chromium's
balance would drop past six lines.
"""

from __future__ import annotations

from kernel.dsl.model import Element

BALANCED_MAX_CHARS = 240
"""The longest centred run of text that is balanced: three lines of some 80 characters."""

SHORT_CLASS = "is-short-text"

WRAP_CSS = """
.dsl-paragraph,.dsl-text,.dsl-card-text,.dsl-card-desc,.dsl-section-desc,.dsl-header-desc,.dsl-modal-desc,.dsl-form-desc,.dsl-empty-text{text-wrap-style:pretty}
.is-short-text,.dsl-section-head.is-text-center>.dsl-section-desc,.dsl-card.is-centered>.dsl-card-head .dsl-card-desc,.dsl-empty-text{text-wrap-style:balance}
"""
"""Body text `pretty`; centred short text (a centred paragraph's or text's `SHORT_CLASS`, a centred
section's or feature card's description, an empty state's words) balanced."""


def wrap_class(element: Element, align: str | None) -> str:
    """`SHORT_CLASS` for a run of text centred (`align`) and short enough to balance, else ""."""
    text = element.text if isinstance(element.text, str) else None
    if align != "center" or not text or len(text) > BALANCED_MAX_CHARS:
        return ""
    return SHORT_CLASS
