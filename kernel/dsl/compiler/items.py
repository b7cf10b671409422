"""Shared helpers for elements built from `items`/`actions` and sized by `size`."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.icons import resolve_icon_name
from kernel.dsl.compiler.large_text import large_text_line_height
from kernel.dsl.compiler.name_letters import initial_letter, name_parts
from kernel.dsl.model import Element, Item
from kernel.dsl.sizes import named_size


def as_item(entry: str | Item) -> Item:
    """A plain string entry becomes an Item with that label."""
    return Item(label=entry) if isinstance(entry, str) else entry


def item_label(item: Item) -> str:
    """What an entry shows: its label, else its text, else its value."""
    for candidate in (item.label, item.text, item.value):
        if candidate is not None and candidate != "":
            return str(candidate)
    return ""


MARK_ICONS = {"hash": "#", "at-sign": "@"}
"""Icons that draw a mark a label may start with too (a channel's `#`, a handle's `@`)."""


def item_text_pointer(entries_: Sequence[str | Item] | None, index: int) -> str:
    """Where the words the entry at `index` of `entries_` shows are written, as a JSON Pointer
    below the element's `items`: `2` for a plain string, `2/label` (or `2/text`, `2/value`: the
    field `item_label` takes them from) for an object. The page carries it on the entry
    (`data-item`), so a warning about a cut entry names the words to shorten, which a
    translation pipeline can find and mend, not the whole sidebar or menu."""
    entry = (entries_ or [])[index]
    if isinstance(entry, str):
        return str(index)
    for name in ("label", "text", "value"):
        candidate = getattr(entry, name)
        if candidate is not None and candidate != "":
            return f"{index}/{name}"
    return str(index)


def label_beside_icon(item: Item) -> str:
    """`item_label`, as drawn beside the item's icon: without a leading mark that the icon draws
    already (`icon: hash` beside `# general` showed "# # general"); the label as it is otherwise,
    and when it is the mark alone."""
    label = item_label(item)
    if not item.icon:
        return label
    mark = MARK_ICONS.get(resolve_icon_name(item.icon) or "")
    text = label.lstrip()
    if mark is None or not text.startswith(mark) or not text[len(mark) :].strip():
        return label
    return text[len(mark) :].lstrip()


def is_divider(item: Item) -> bool:
    """`'-'` (or `'---'`, or variant `divider`/`separator`) stands for a separator line in a menu."""
    label = item_label(item).strip()
    return (label != "" and set(label) <= {"-"}) or item.variant in ("divider", "separator")


def entries(entries_: Sequence[str | Item] | None) -> list[Item]:
    """The element's `items` (or `actions`) as Items, never None."""
    return [as_item(entry) for entry in entries_ or []]


NAMED_SIZES: dict[str, float] = {"xs": 0.75, "sm": 0.875, "md": 1.0, "lg": 1.25, "xl": 1.5, "2xl": 2.0}


def corner_count(badge: str | int | None) -> bool:
    """Whether a count on an icon's corner (a bottom tab's, an icon button's) is drawn: not when
    it is missing, empty or the number 0, which a phone hides (no unread messages, an empty
    cart). A "0" written as a string is words the author asked for, and is drawn."""
    return badge is not None and badge != "" and not (isinstance(badge, int) and badge == 0)


def size_px(element: Element, default: float, named: dict[str, float] | None = None) -> float:
    """`size` as pixels: a number is taken as is; a name is looked up in `named`, else it
    scales `default` (xs 0.75 ... 2xl 2)."""
    size = element.size
    if isinstance(size, int | float) and size > 0:
        return float(min(size, 2000))
    if isinstance(size, str):
        text = size.strip().lower().removesuffix("px")
        try:
            value = float(text)
        except ValueError:
            if named and text in named:
                return named[text]
            return default * NAMED_SIZES.get(text, 1.0)
        if value > 0:
            return min(value, 2000.0)
    return default


def text_size_style(element: Element) -> dict[str, str]:
    """A text type's `size` as its font size (`lg` is 16 px on the 14 px body, a number is px), or
    no declaration at all; the author's `style` (a `fontSize`) still wins over it. Text set large
    by either gets a tighter line than body text's (see `large_text`)."""
    size = named_size(element.type, element.size)
    declarations = {"font-size": f"{size:g}px"} if size is not None else {}
    return declarations | large_text_line_height(element.style, size)


def initials(name: str | None) -> str:
    """Up to two initials (`Ada Lovelace` -> `AL`, `ada@example.com` -> `A`): of the first and
    the last part of the name (an Arabic compound, عبد الله, is one: `name_parts`), each the
    letter standing for it (`initial_letter`: สมชาย ใจดี -> สจ, أحمد العلي -> أع). A word's
    leading marks are no letters of it (`@viper` is V, `_Viper_` V: they were ?)."""
    spaced = (name or "").replace("@", " @").replace(".", " ").split()
    words = [stripped for word in spaced if (stripped := _from_first_letter(word))]
    if not words:
        return "?"
    parts = name_parts(words)
    if "@" in (name or "") or len(parts) == 1:
        return initial_letter(parts[0], first=True).upper()
    return (initial_letter(parts[0], first=True) + initial_letter(parts[-1])).upper()


def _from_first_letter(word: str) -> str:
    """`word` from its first letter or digit on ("" when it has none): `@viper` -> `viper`."""
    start = next((index for index, char in enumerate(word) if char.isalnum()), len(word))
    return word[start:]
