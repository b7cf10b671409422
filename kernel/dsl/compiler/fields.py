"""Pieces shared by form-like and dialog types: labelled field wrapper, drawn text control, action buttons."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kernel.dsl.compiler.action_emphasis import FOOTER, Looks, Position, emphasised_actions
from kernel.dsl.compiler.compound_breaks import compound_breaks
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.hyphenation import compound_hyphenated
from kernel.dsl.compiler.icons import resolve_icon_name
from kernel.dsl.compiler.items import item_label
from kernel.dsl.compiler.registry import register_css
from kernel.dsl.compiler.styles import explicit_size, inline_style, is_absolute, px, style_declarations
from kernel.dsl.model import Action, AddOn, Element, Item
from kernel.dsl.sizes import control_size


def field_label(element: Element, text: str | None = None, *, lang: str | None = None) -> str:
    """The label above a control, with a red star when `required`; its long compounds may break
    with a hyphen in the document's language `lang` (see `compound_hyphenated`), a Japanese one
    where its kanji and katakana words meet (`compound_breaks`)."""
    label = text if text is not None else element.label
    if not label:
        return ""
    star = '<span class="dsl-required">*</span>' if element.required else ""
    return f'<label class="dsl-field-label">{compound_breaks(esc(compound_hyphenated(label, lang)), lang)}{star}</label>'


def field_messages(element: Element) -> str:
    """The error (red, with an icon) or the hint below a control; nothing there when the field
    has both, which go above it (`field_notes_above`)."""
    if has_notes_above(element):
        return ""
    if element.error:
        return error_message(element.error)
    if element.hint:
        return field_hint(element.hint)
    return ""


def has_notes_above(element: Element) -> bool:
    """True when a field has both a hint and an error: they go between its label and its control."""
    return bool(element.hint and element.error)


NOTES_ABOVE_CLASS = " has-notes-above"
"""The class of a field whose hint and error are drawn above its control (`field_notes_above`)."""


def field_notes_above(element: Element) -> str:
    """A field's hint, then its error, between its label and its control, when it has both: the
    design systems that show the two at once (GOV.UK, USWDS, NHS) draw label, hint, error, then the
    field, so the error stays next to what it is about as the hint is read first; those that draw
    messages under the control (Material, Ant Design) show one at a time, as a field with one
    does here. '' unless it has both."""
    if not has_notes_above(element):
        return ""
    return field_hint(element.hint) + error_message(element.error or "")


def field_hint(text: str | None) -> str:
    """A field's hint: muted words in a smaller size."""
    return f'<p class="dsl-field-hint">{esc(text)}</p>'


def error_message(text: str, *, tag: str = "p") -> str:
    """A field's error: red words after a warning icon, the same under a text field, a checkbox's
    label or an upload's zone; `tag` is `span` where a paragraph may not go (in a label)."""
    return f'<{tag} class="dsl-field-error">{icon("circle-alert", 14)}{esc(text)}</{tag}>'


def has_field_parts(element: Element) -> bool:
    """True when the element needs a wrapper for its label, hint or error around the control."""
    return bool(element.label or element.hint or element.error)


def state_classes(element: Element) -> str:
    """`is-invalid` / `is-disabled` for the control or field, from `error` and `disabled`."""
    states = [name for name, on in (("is-invalid", element.error), ("is-disabled", element.disabled)) if on]
    return " ".join(states)


def text_field_classes(element: Element) -> str:
    """A text field's (input, textarea, select, search) classes on its box: its size, its states
    and `is-readonly` when it is `readonly`."""
    readonly = "is-readonly" if element.readonly else ""
    return " ".join(name for name in (size_class(element), state_classes(element), readonly) if name)


FIELD_SIZES = {"sm": "is-sm", "lg": "is-lg"}
"""A field's size -> its class: a small or large field is as tall as a button of that size
(`--control-h-sm` / `--control-h-lg`, at every density); `md`, the default, has none."""


def size_class(element: Element) -> str:
    """`is-sm` / `is-lg` for a field whose `size` is sm or lg (`small`, `Large`..., xs read as
    sm), else ''."""
    return FIELD_SIZES.get(control_size(element.size), "")


def shown_value(element: Element) -> str:
    """The control's text: its value (dots for passwords), else the placeholder, both escaped."""
    value = element.value if element.value not in (None, "") else element.text
    if value not in (None, ""):
        text = "•" * min(len(str(value)), 24) if element.inputType == "password" else str(value)
        return f'<span class="dsl-control-value">{esc(text)}</span>'
    if element.placeholder:
        return f'<span class="dsl-control-placeholder">{esc(element.placeholder)}</span>'
    return '<span class="dsl-control-value"></span>'


def text_control(element: Element, *, extra: str = "") -> str:
    """The inner of a drawn single-line control: its `prefix` add-on, leading icon, value or
    placeholder, trailing bits, its `suffix` add-on."""
    before = addon(element.prefix, "is-before")
    after = addon(element.suffix, "is-after")
    return before + icon(element.icon, 16) + shown_value(element) + extra + after


_ICON_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
"""A hyphenated name in lower case (`credit-card`, `circle-help`): the shape of an icon's name
that no unit word has."""


def addon_icon_name(text: str) -> str | None:
    """The icon a written add-on names, else None. Only a hyphenated icon name in lower case
    (`credit-card`, `dollar-sign`, `circle-help`) is one: a plain word is drawn as the word,
    `users`, `files` or `euro` as much as `months`, though an icon has its name (units are what
    add-ons hold most; `{icon: users}` asks for the icon)."""
    return resolve_icon_name(text) if _ICON_NAME.fullmatch(text) else None


FIELD_ICON_WORDS = frozenset(
    {"mail", "globe", "phone", "smartphone", "lock", "search", "user", "calendar", "clock", "link", "key", "tag",
     "hash", "house", "home", "building", "eye", "copy", "filter", "info", "wallet", "landmark", "briefcase",
     "send", "paperclip", "image", "map", "inbox", "pencil", "upload", "download", "shield", "check"}
)  # fmt: skip
"""Plain words that name the icons a field shows for what it holds or does (a mail icon before an
address): written as an add-on, each is drawn as the word, which the validator points out
(`addon_text`) with the object that draws the icon."""


def addon(value: str | AddOn | None, side: str) -> str:
    """An input group's add-on (`side` is-before or is-after): a segment inside the field's
    border, on a muted fill and parted from the text by a rule, as Bootstrap's and Ant Design's
    add-ons are. It holds words (`https://`, `USD`, `%`, `months`), an icon asked for by name
    (`{icon: users}`, or a hyphenated name: see `addon_icon_name`), or an icon and words; '' without
    a value."""
    if value is None or value == "":
        return ""
    if isinstance(value, AddOn):
        text = value.text or ""
        words = f"<span>{esc(text)}</span>" if text else ""
        inner = (icon(value.icon, 16) if value.icon else "") + words
    elif addon_icon_name(value) is not None:
        text, words, inner = "", "", icon(value, 16)
    else:
        text = value
        words = inner = f"<span>{esc(value)}</span>"
    kind = " is-icon" if not words else f" {WHOLE_ADDON_CLASS}" * (len(text) <= SHORT_ADDON_CHARS)
    return f'<span class="dsl-control-addon {side}{kind}">{inner}</span>'


SHORT_ADDON_CHARS = 8
"""An add-on's words this long at most (`+358`, `USD`, `%`, `kg`, `https://`, `/month`) are kept
whole (`WHOLE_ADDON_CLASS`): a short add-on is read at a glance, and cut to "+…" it says nothing."""

WHOLE_ADDON_CLASS = "is-whole"
"""An add-on of short words: it keeps its words whole and the value takes the squeeze (see
`FIELD_CSS`); one of longer words (`.northwind.app`) gives way to the value instead."""


def control_or_field(
    element: Element,
    inner: str,
    *,
    control_classes: str = "",
    lang: str | None = None,
    top_level: bool = False,
) -> str:
    """The box itself is the control when there is nothing around it (the earlier format's input);
    otherwise the box is a field: label, control, hint or error (label, hint, error, control with
    both: `field_notes_above`). Its `size` class goes on the box,
    so a field's control follows it (see `size_class`). `top_level`: the element is placed on the
    screen itself, not inside another (see `control_sized`)."""
    states = text_field_classes(element)
    font = control_font(element)
    if font:
        control_classes = f"{control_classes} {FONT_SIZE_CLASS}".strip()
    if not has_field_parts(element):
        return box(element, inner, classes=f"dsl-control {control_classes} {states}".strip())
    element, control_height, placed = control_sized(element, top_level=top_level)
    declarations = {"height": control_height} if control_height else {}
    declarations.update(font)
    style = f' style="{inline_style(declarations)}"' if declarations else ""
    control = f'<div class="dsl-control {control_classes}"{style}>{inner}</div>'
    body = field_label(element, lang=lang) + field_notes_above(element) + control + field_messages(element)
    above = NOTES_ABOVE_CLASS if has_notes_above(element) else ""
    return box(element, body, classes=f"dsl-field {states}{placed}{above}".strip())


FONT_SIZE_CLASS = "has-font-size"
"""A control whose style sets its font size (a kiosk's, a till's): its line follows the font."""


def control_font(element: Element) -> dict[str, str]:
    """The `font-size` a text field's style sets, for its control: on a field (label, control,
    hint) the box is the field, whose own font size its control (14 px, set by the stylesheet)
    ignored; its value and placeholder take it now. Its label and messages keep theirs."""
    size = (element.style or {}).get("fontSize")
    return style_declarations({"fontSize": size}) if size is not None else {}


PLACED_CONTROL = " is-placed-control"
"""The class of a field placed by coordinates whose control is where its box was put, its label
above it (see `control_sized`)."""
LABEL_BESIDE = " is-label-beside"
"""The class of such a field too near the screen's top for its label above: the label is beside
the control, in the box."""
LABEL_ROOM_PX = 26
"""What a label above its control takes: its 20 px line and the field's 6 px gap."""


def control_sized(element: Element, *, top_level: bool = False) -> tuple[Element, str | None, str]:
    """A field (label, control, hint or error) whose author fixed its height in px means that
    height for its control: the earlier format's `{type: input, label: Name, layout: {height:
    44}}` drew a 44 px input (its label was never drawn), and squeezing label and control into
    44 px left a 16 px slit. Returns the element to box (without that height: the field is as
    tall as its parts), the control's height and the field's extra class.

    In a flow the field grows around its control by its label and messages, as its siblings
    make room. Placed by coordinates (`PLACED_CONTROL`), the control is where the box was put
    and as tall: the label sits above it, outside the box, and a hint or an error below it.
    Placed on the screen itself (`top_level`) less than a label's room from its top, where the
    label above would be cut off, the label is beside the control (`LABEL_BESIDE`)."""
    height = px(explicit_size(element, "height"))
    if height is None:
        return element, None, ""
    sized = without_height(element)
    if not is_absolute(element):
        return sized, f"{height:g}px", ""
    top = px(element.layout.y) if element.layout is not None and element.layout.y is not None else 0.0
    cramped = top_level and top is not None and top < LABEL_ROOM_PX and bool(element.label)
    return sized, f"{height:g}px", LABEL_BESIDE if cramped else PLACED_CONTROL


def without_height(element: Element) -> Element:
    """The element without the height its `layout` or `style` gives it."""
    update: dict[str, object] = {}
    if element.layout is not None and element.layout.height is not None:
        update["layout"] = element.layout.model_copy(update={"height": None})
    if element.style and "height" in element.style:
        update["style"] = {name: value for name, value in element.style.items() if name != "height"}
    return element.model_copy(update=update)


def action_buttons(
    ctx: RenderContext,
    actions: Sequence[str | Item] | None,
    *,
    size: str = "md",
    at: Position = "last",
    looks: Looks = FOOTER,
) -> str:
    """Action buttons, each drawn in its own variant or the one `emphasised_actions` gives it:
    the decision (the last, or with `at` the first, that is no way out) in `looks`' first, the
    others in its second."""
    return "".join(ctx.render(button) for button in action_elements(actions, size=size, at=at, looks=looks))


def action_elements(
    actions: Sequence[str | Item] | None, *, size: str = "md", at: Position = "last", looks: Looks = FOOTER
) -> list[Element]:
    """The button elements `action_buttons` draws for `actions`."""
    return [
        Element(
            type="button",
            label=item_label(item),
            variant=item.variant,
            size=item.size or size,
            icon=item.icon,
            iconPosition=item.iconPosition,
            badge=item.badge,
            disabled=item.disabled,
            id=item.id if isinstance(item, Action) else None,
        )
        for item in emphasised_actions(actions, at=at, looks=looks)
    ]


FIELD_CSS = """
/* Read-only: the muted fill of a box that takes no typing, no shadow; unlike a disabled field its
   text keeps its colour (it is there to be read and copied), and a select draws no chevron. */
.dsl-control.is-readonly,.is-readonly>.dsl-control{background:var(--muted);box-shadow:none}
:is(.dsl-control.is-readonly,.is-readonly>.dsl-control).is-select>.dsl-control-end{display:none}
/* An add-on: a segment of the field's height at its start or end, inside its border (the box
   clips it to its corners), on the muted fill, a rule between it and the text. */
/* In a field too narrow for its add-ons and its value, an add-on of long words gives way first:
   the value keeps 4em (a prefix and a suffix left it 0 px on a phone, the suffix cut mid-letter),
   and the add-on's words shrink, ending in an ellipsis (a render names them, as it names a value
   it cuts). An add-on of short words (`is-whole`: "+358", "USD", "https://") keeps them whole and
   the value takes the squeeze ("+358" was cut to "+…", an empty grey segment on a tablet, beside
   a value that kept its 4em), as long as the value keeps 1.5em (an ellipsis and a character;
   .75em from each of two short add-ons): past that it ends in an ellipsis too. Each
   add-on runs over the box's padding at its side (h / 2 - 6 px) and stands 8 px off the value. */
.dsl-control-addon{flex:0 1 auto;min-width:0;align-self:stretch;display:inline-flex;align-items:center;gap:6px;padding:0 calc(var(--control-h) / 2 - 6px);background:var(--muted);color:var(--muted-foreground);white-space:nowrap}
.dsl-control-addon>span:not(.dsl-i){min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-control-addon>.dsl-i{flex:none}
.dsl-control:has(>.dsl-control-addon)>:is(.dsl-control-value,.dsl-control-placeholder){min-width:4em}
.dsl-control-addon.is-whole{flex:none;max-width:calc(100% + var(--control-h) / 2 - 14px - 1.5em)}
.dsl-control-addon.is-whole~.dsl-control-addon.is-whole,.dsl-control-addon.is-whole:has(~.dsl-control-addon.is-whole){max-width:calc(50% + var(--control-h) / 2 - 14px - .75em)}
/* An add-on that is only an icon (a stepper's minus and plus) has no words to give way: it keeps
   its segment, a square of the field's height with the icon in its middle, and the value gives
   way instead when the field has no other add-on (the plus shrank to a 4 px sliver, the minus sat
   off its segment's middle). A value cut so is named by the render, as any cut value is. */
.dsl-control-addon.is-icon{flex:none;justify-content:center;padding:0 calc(var(--control-h) / 2 - 8px)}
.dsl-control:not(:has(>.dsl-control-addon:not(.is-icon,.is-whole)))>:is(.dsl-control-value,.dsl-control-placeholder){min-width:0}
.dsl-control-addon.is-before{margin-inline-start:calc(6px - var(--control-h) / 2);border-inline-end:1px solid var(--input)}
.dsl-control-addon.is-after{margin-inline:auto calc(6px - var(--control-h) / 2);border-inline-start:1px solid var(--input)}
.dsl-control-addon .dsl-i{color:inherit}
/* A field placed by coordinates with a fixed height is its control (see `control_sized`): its
   label sits 6 px above it, outside the box, as wide as it; too near the screen's top for that,
   the label is beside the control (at most 40% of the box), a hint or an error under the control. */
.dsl-field.is-placed-control>.dsl-field-label{position:absolute;bottom:100%;inset-inline:0;margin-bottom:6px}
.dsl-field.is-label-beside{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);align-items:center;column-gap:12px;row-gap:6px}
.dsl-field.is-label-beside>:is(.dsl-field-hint,.dsl-field-error){grid-column:2}
/* An error that wraps keeps its icon on its first line, beside the start of the message (not
   half-way down a three-line block): the icon's box is one line tall. */
/* Its words break where they must (an address, "name@company.com", ran past the field's edge on
   a phone): a flex row's text has no narrower width than its longest word otherwise. */
.dsl-field-error{align-items:flex-start;overflow-wrap:anywhere}
.dsl-field-error>.dsl-i{height:1lh;line-height:inherit}
"""

# Errors are drawn under the fields of several modules (input, select, checkbox, upload): the
# sheet is registered for no renderer module, so every page gets it.
register_css("fields", FIELD_CSS)
