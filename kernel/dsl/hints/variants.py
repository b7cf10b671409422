"""What to write for a variant a type does not have, and for a heading's size."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kernel.dsl.catalog import DRAWN_FIELDS
from kernel.dsl.hints.type_names import HEADINGS
from kernel.dsl.hints.wording import shown_or

_VARIANT_SYNONYMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("destructive", "error", "critical", "negative", "red", "failure", "failed"), ("danger",)),
    **dict.fromkeys(("warn", "caution", "attention", "yellow", "orange", "amber"), ("warning",)),
    **dict.fromkeys(("positive", "ok", "done", "green", "valid"), ("success",)),
    **dict.fromkeys(("information", "informative", "notice", "note", "blue"), ("info", "primary")),
    "default": ("neutral", "primary"),
    **dict.fromkeys(("gray", "grey", "subtle", "muted", "light"), ("neutral", "secondary", "muted")),
    **dict.fromkeys(("outlined", "bordered", "border"), ("outline", "bordered")),
    **dict.fromkeys(("filled", "fill"), ("solid", "primary")),
    **dict.fromkeys(("round", "circular", "radial", "ring"), ("circle",)),
    # MUI's contained and text buttons, Ant Design's dashed, Material 3's tonal, Chakra's unstyled
    "contained": ("primary", "solid"),
    "text": ("ghost", "link", "plain"),
    **dict.fromkeys(("unstyled", "borderless", "naked", "bare", "minimal", "transparent", "clear", "quiet"),
                    ("ghost", "plain", "flat")),
    **dict.fromkeys(("tonal", "soft", "weak", "faded", "tinted"), ("secondary", "neutral", "muted")),
    **dict.fromkeys(("dashed", "dotted", "stroke", "stroked"), ("outline", "bordered")),
    **dict.fromkeys(("raised", "shadow", "elevation", "floating", "shadowed"), ("elevated",)),
    "tertiary": ("ghost", "outline"),
    **dict.fromkeys(("list-item", "listitem", "list", "item", "media", "listrow"), ("row",)),
}  # fmt: skip
"""Other libraries' variant names (shadcn's `destructive`, Chakra's `subtle`) and colour words,
each with the variants it may mean, best first."""


def variant_synonym(variant: str, known: Iterable[str]) -> str | None:
    """The variant among `known` that `variant` means in another library's words, or None."""
    choices = set(known)
    return next((v for v in _VARIANT_SYNONYMS.get(variant.lower(), ()) if v in choices), None)


_TONES = ("primary", "success", "warning", "danger", "info")
_TYPOGRAPHY = {
    **dict.fromkeys(("body1", "body", "bodymedium"), "did you mean size: md?"),
    **dict.fromkeys(("body2", "bodysmall", "small", "sm"), "did you mean size: sm?"),
    **dict.fromkeys(("subtitle1", "subtitle", "bodylarge", "lead", "large", "lg", "subheading"),
                    "did you mean size: lg?"),
    "subtitle2": "did you mean size: md? A bolder one takes style: {fontWeight: 600}",
    **dict.fromkeys(("caption", "footnote", "helper", "xs", "tiny", "fine"),
                    'a caption is small muted text: size: xs, style: {color: "var(--muted-foreground)"}'),
    "overline": 'an overline is size: xs, style: {textTransform: uppercase, letterSpacing: "0.08em"}',
}  # fmt: skip
"""MUI's Typography variants (and other text scales) as the size of a text (xs 12 px to 2xl 22 px)."""
_QUIET_WORDS = frozenset(
    {"muted", "secondary", "subtle", "subdued", "caption", "hint", "gray", "grey", "light"}
)
TEXT_TYPES = frozenset({"text", "heading", "paragraph", "label"})


STEPPER_BAR_WORDS = frozenset({"progress", "bar", "linear", "line", "progressbar"})
STEPPER_AS_BAR = 'steps are drawn numbered; a bar is {type: progress, value: 50, label: "Step 2 of 4"}'
"""A stepper asked to look like a progress bar: the element that draws one."""


def no_variant_hint(kind: str, variant: str) -> str:
    """What to write instead of a `variant` on a type that has none: its look is CSS in `style`
    (a muted or coloured text), a heading's `level` or a `direction`."""
    word = variant.lower()
    if word in ("vertical", "horizontal") and "direction" in DRAWN_FIELDS.get(kind, ()):
        return f"did you mean direction: {word}?"
    if word in HEADINGS:
        level = HEADINGS[word]
        if kind == "heading":
            return f"a heading's size is its 'level': level: {level}"
        if kind in TEXT_TYPES:
            return f"a heading is {{type: heading, level: {level}}}"
    if kind == "heading" and word in ("title", "display", "subtitle", "subheading", "subtitle1", "subtitle2"):
        return "a heading's size is its 'level': 1 (the largest) to 6"
    tone = word if word in _TONES else variant_synonym(word, _TONES)
    if kind in TEXT_TYPES and tone is not None:
        return f'a coloured text takes style: {{color: "var(--{tone})"}}'
    if kind in TEXT_TYPES and kind != "heading" and word in _TYPOGRAPHY:
        return _TYPOGRAPHY[word]
    if kind in TEXT_TYPES and word in _QUIET_WORDS:
        return 'a muted text takes style: {color: "var(--muted-foreground)"}'
    return "remove it; the look is set with style (color, background, fontSize...)"


_HEADING_LEVELS = {"2xl": 1, "xxl": 1, "xl": 1, "large": 2, "lg": 2, "medium": 3, "md": 3, "small": 4,
                   "sm": 4, "xs": 5}  # fmt: skip


def heading_size_hint(size: Any) -> str:
    """A heading's size is its level (h1 is 30 px ... h6 13 px): which level a `size` means."""
    word = str(size).strip().lower()
    level = _HEADING_LEVELS.get(word) or HEADINGS.get(word) or HEADINGS.get(f"h{word}")  # 1..6: a level
    if level is not None:
        return f"a heading's size is its 'level': level: {level} (1 is the largest, 6 the smallest)"
    length = isinstance(size, int | float) and not isinstance(size, bool) and size > 0
    length = length or bool(isinstance(size, str) and _FONT_LENGTH.fullmatch(word))
    return (
        "a heading's size is its 'level': 1 (30 px) to 6 (13 px); another size goes in "
        f"style: {{fontSize: {shown_or(size, 28) if length else 28}}}"
    )


_FONT_LENGTH = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:px|rem|em|pt|%|vw|vh)?")
