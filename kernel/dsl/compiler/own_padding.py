"""Which layout boxes pad themselves: in a card with `padding: 0` their padding is their inset."""

from __future__ import annotations

from collections.abc import Mapping

ZERO_LENGTHS = frozenset({"0", "0px", "0.0", "0rem", "0em"})
"""How a zero length is written in a `padding`."""

PADS_ITSELF_CLASS = "pads-itself"
"""A row, column, flex, grid or container whose own `padding` (the DSL's, or the shorthand in
its style) is not all zero: a card with `padding: 0` gives it no inset of its own (see
`card_flush`), as that padding already is one. A boarding pass's grid of stats with `padding:
20` sat 20 px in from the card's inset, twice the room on each side, and its labels were cut."""

PADDING_BOXES = frozenset({"row", "column", "flex", "grid", "container"})
"""The layout boxes whose padding can stand for a card's inset (the same as a painted band's)."""


def is_zero_padding(value: object) -> bool:
    """Whether a `padding` (px, or CSS's shorthand of one to four lengths) is zero all round."""
    parts = str(value).split()
    return 1 <= len(parts) <= 4 and all(part in ZERO_LENGTHS for part in parts)


def pads_itself(element_type: str, decls: Mapping[str, str]) -> bool:
    """Whether a box of `element_type`, drawn with `decls`, pads itself (see `PADS_ITSELF_CLASS`)."""
    padding = decls.get("padding")
    return element_type in PADDING_BOXES and padding is not None and not is_zero_padding(padding)
