"""Emoji drawn in colour when a text face before the emoji face also holds them."""

from __future__ import annotations

import re

EMOJI_FACE = "dsl-emoji"
"""The family the theme's stacks name first (see `EMOJI_FACE_CSS`)."""

_EMOJI_RANGES = (
    # Mahjong to Symbols and Pictographs Extended-A: squared words (🆘 🆗 🆕), enclosed
    # ideographs (🈁 🈯 🉐), regional-indicator flags, skin tones and the pictographs.
    "U+1F000-1FAFF",
    # Emoji drawn as emoji by default in the symbol blocks (⌚ ⏩ ☔ ♈ ⚡ ⚽ ⛔ ✅ ✨ ❌ ❓ ➕ ⬛ ⭐ ⭕).
    "U+231A-231B", "U+23E9-23EC", "U+23F0", "U+23F3", "U+25FD-25FE", "U+2614-2615", "U+2648-2653",
    "U+267F", "U+2693", "U+26A1", "U+26AA-26AB", "U+26BD-26BE", "U+26C4-26C5", "U+26CE", "U+26D4",
    "U+26EA", "U+26F2-26F3", "U+26F5", "U+26FA", "U+26FD", "U+2705", "U+270A-270B", "U+2728",
    "U+274C", "U+274E", "U+2753-2755", "U+2757", "U+2795-2797", "U+27B0", "U+27BF", "U+2B1B-2B1C",
    "U+2B50", "U+2B55",
    # What joins and styles a sequence: the joiner, the emoji selector, the keycap, the tags of a
    # subdivision's flag; a sequence's parts stay in one face.
    "U+200D", "U+FE0F", "U+20E3", "U+E0020-E007F",
)  # fmt: skip
EMOJI_FACE_CSS = (
    f'@font-face{{font-family:"{EMOJI_FACE}";src:local("Noto Color Emoji"),local("NotoColorEmoji");'
    f"unicode-range:{','.join(_EMOJI_RANGES)}}}"
)
"""Noto Color Emoji (fonts-noto-color-emoji) for the characters that are emoji by default. Noto
Sans CJK, earlier in the stack, holds 🆘, 🆗, 🈁 and 🉐 as black-and-white symbols, and it won:
they were drawn monochrome. The theme's stacks name this face first; its unicode-range keeps
every other character out of it (a character the emoji face lacks, 🄰, falls through). A symbol
that is text by default and asks for its emoji (©️, ™️, ↔️) needs no range: Chromium draws such a
sequence in the emoji face already (Noto's ©️ and ™️ are grey by design), and a range holding ©
would draw the "©" of "© 2025" as an emoji too."""

_NEEDS_FACE = re.compile("[\U0001f000-\U0001faff\u231a-\u2b55]")


def emoji_face_css(body: str) -> str:
    """`EMOJI_FACE_CSS` when the page's `body` holds an emoji it covers, else nothing."""
    return EMOJI_FACE_CSS if _NEEDS_FACE.search(body) else ""
