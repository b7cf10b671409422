"""The variant a button or a badge draws for the word its author wrote: its own, or the one another
library's word means (MUI's `contained` is primary, `outlined` outline, `text` ghost; a badge's
`red` is danger), so the picture is what the variant warning says it reads (`did you mean
'outline'?`) instead of the default look. A word that means none of them draws the default."""

from __future__ import annotations

from collections.abc import Collection

from kernel.dsl.hints.variants import variant_synonym

BUTTON_VARIANTS = frozenset({"primary", "secondary", "outline", "ghost", "danger", "success", "link"})
"""The variants a button draws (the variant check's `KNOWN_VARIANTS["button"]`; a test ties them)."""


def drawn_variant(variant: str | None, drawn: Collection[str], default: str) -> str:
    """`variant` if it is one of `drawn`, else the one of `drawn` it means in another library's
    words, else `default` (also for no variant)."""
    word = (variant or default).strip().lower()
    if word in drawn:
        return word
    return variant_synonym(word, drawn) or default


def button_variant(variant: str | None) -> str:
    """The variant a button draws for `variant` (primary by default)."""
    return drawn_variant(variant, BUTTON_VARIANTS, "primary")
