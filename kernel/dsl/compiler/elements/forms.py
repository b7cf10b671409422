"""Form elements: form, textarea, select, checkbox, radio, toggle, slider and search, drawn with CSS."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import emphasised_actions
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.choice_cards import card_column_min
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.column_fill import column_children
from kernel.dsl.compiler.elements.flow_classes import runs_in_column
from kernel.dsl.compiler.elements.navigation import first_that_fits
from kernel.dsl.compiler.fields import (
    FONT_SIZE_CLASS,
    NOTES_ABOVE_CLASS,
    action_buttons,
    control_font,
    control_or_field,
    control_sized,
    error_message,
    field_label,
    field_messages,
    field_notes_above,
    shown_value,
    state_classes,
    text_control,
    text_field_classes,
)
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.hyphenation import compound_hyphenated
from kernel.dsl.compiler.numbers_local import (
    localize_number_text,
    number_affixes,
    number_in_text,
    value_figure,
)
from kernel.dsl.compiler.registry import register_css, renders
from kernel.dsl.compiler.review_tones import REVIEW_CSS, review_tone, tone_class, verdict
from kernel.dsl.compiler.styles import explicit_size, flow_style, inline_style, px
from kernel.dsl.compiler.table_numbers import format_figure
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Element, Option, Scalar
from kernel.dsl.no_icon import icon_or_default


@renders("form")
def render_form(element: Element, ctx: RenderContext) -> str:
    """A vertical form: title and description, the fields, then the action buttons.

    Its fields are a column's children (`column_children`): with an `align` the text fields keep
    the form's width and the buttons and checkboxes are placed. Its `justify` places the action
    buttons along their row (GOV.UK's Continue at the start, Back and Next at both ends): the form
    grows with its fields, so a `justify` of its own column would move nothing (see
    `actions_justify`)."""
    head = ""
    if element.title or element.description:
        title = f'<h2 class="dsl-form-title">{esc(element.title)}</h2>' if element.title else ""
        desc = f'<p class="dsl-form-desc">{esc(element.description)}</p>' if element.description else ""
        head = f'<div class="dsl-form-head">{title}{desc}</div>'
    drawn = emphasised_actions(element.actions)
    actions = action_buttons(ctx, drawn)
    style = flow_style(element)
    justify = style.pop("justify-content", None) if actions_justify(element) else None
    foot = action_row("dsl-form-actions", actions, drawn, size="md", typeface=ctx.typeface, justify=justify)
    classes = "dsl-vflow" + (" dsl-form--card" if element.variant == "card" else "")
    return box(element, head + column_children(element, ctx) + foot, tag="form", classes=classes,
               style=style)  # fmt: skip


def actions_justify(form: Element) -> bool:
    """Whether the form's `justify` places its action buttons: it has actions and runs top to
    bottom (a form laid out as a row, an inline search, keeps `justify` for its children)."""
    return bool(form.actions) and form.justify is not None and runs_in_column(form)


@renders("textarea")
def render_textarea(element: Element, ctx: RenderContext) -> str:
    """A multi-line field `rows` lines tall, text wrapping inside. Given `rows`, it keeps that
    height as a textarea does: a longer text is cut after the last line that fits, with an
    ellipsis. Without, it is 4 lines tall and grows to show all of a longer text. `size` sm or lg
    gives it the text and padding of a small or large input."""
    lines = element.rows if isinstance(element.rows, int) else 4
    inner = shown_value(element)
    # A height the author fixed is the textarea's, shorter than its rows too (its text is cut).
    fixed = px(explicit_size(element, "height")) is not None
    style = {"min-height": "0" if fixed else textarea_min_height(lines)}
    rows = ""
    if isinstance(element.rows, int):
        style["--rows"] = str(lines)
        rows = " has-rows"
    states = text_field_classes(element)
    font = control_font(element)
    if font:
        rows += f" {FONT_SIZE_CLASS}"
    if element.label or element.hint or element.error:
        element, control_height, placed = control_sized(element, top_level=ctx.top_level)
        if control_height:
            style["height"] = control_height
        style.update(font)
        control = f'<div class="dsl-control is-multiline{rows}" style="{inline_style(style)}">{inner}</div>'
        notes = field_notes_above(element)
        body = field_label(element, lang=ctx.lang) + notes + control + field_messages(element)
        above = NOTES_ABOVE_CLASS if notes else ""
        return box(element, body, classes=f"dsl-field {states}{placed}{above}".strip())
    return box(element, inner, classes=f"dsl-control is-multiline{rows} {states}".strip(), style=style)


def textarea_min_height(lines: int) -> str:
    """A textarea's height for `lines` lines of 20 px: the lines, its padding and its border. The
    padding follows the density as an input's height does (2 px less per side when compact, 2 px
    more when spacious), so a textarea of four lines is 98 px by default, 94 compact and 102 spacious;
    and its `size` as an input's does (sm 94, lg 104 by default)."""
    return f"calc({lines} * 20px + var(--control-h) - 18px)"


def _options(element: Element) -> list[Option]:
    return [Option(label=o) if isinstance(o, str) else o for o in element.options or []]


def _is_selected(option: Option, value: Scalar | list[Scalar]) -> bool:
    if isinstance(value, list):
        return any(_is_selected(option, one) for one in value)
    return value is not None and (option.value == value or option.label == str(value))


def _chosen_label(options: list[Option], value: Scalar) -> str | None:
    """The label of the option `value` names (by its value or its label), else `value` as
    written (a select draws a value that is none of its options all the same); None for none."""
    chosen = next((o.label for o in options if _is_selected(o, value)), None)
    if chosen is None and value not in (None, ""):
        chosen = str(value)
    return chosen


@renders("select")
def render_select(element: Element, ctx: RenderContext) -> str:
    """A closed drop-down: the selected option (or the placeholder) and a chevron. A select of
    several (`multiple`, or a list `value`) shows its chosen options as chips in the field."""
    options = _options(element)
    values = element.value if isinstance(element.value, list) else [element.value]
    labels = [label for label in (_chosen_label(options, value) for value in values) if label is not None]
    if labels and (element.multiple or isinstance(element.value, list)):
        shown = _chips(labels)
    elif labels:
        shown = f'<span class="dsl-control-value">{esc(labels[0])}</span>'
    else:
        shown = f'<span class="dsl-control-placeholder">{esc(element.placeholder or ui_string("select_placeholder", ctx.lang))}</span>'
    inner = (
        icon(element.icon, 16) + shown + f'<span class="dsl-control-end">{icon("chevron-down", 16)}</span>'
    )
    return control_or_field(
        element, inner, control_classes="is-select", lang=ctx.lang, top_level=ctx.top_level
    )


def _chips(labels: list[str]) -> str:
    """A multiple select's chosen options as chips on one line: as many as fit, then a "+N" chip
    for the rest (the roomiest that fits is drawn, see `first_that_fits`); the last resort, the
    first chip cut with an ellipsis before "+N"."""
    chips = [f'<span class="dsl-select-chip"><span>{esc(label)}</span></span>' for label in labels]
    count = len(chips)
    options = [
        "".join(chips[:shown])
        + (f'<span class="dsl-select-chip is-more">+{count - shown}</span>' if shown < count else "")
        for shown in range(count, 0, -1)
    ]
    rows = [f'<div class="dsl-fit-row">{option}</div>' for option in options]
    return first_that_fits(rows, kind="chips", classes="dsl-select-chips")


def _choice(element: Element, mark: str, notes: str, *, lang: str | None, star: bool = False) -> str:
    """A checkbox's, toggle's or lone radio's mark, then its label (or `text`) with the `notes`
    below it; with `star`, a required one's label ends in the red star a field's label has."""
    label = element.label or element.text
    required = '<span class="dsl-required">*</span>' if star and element.required else ""
    text = (
        f'<span class="dsl-choice-label">{esc(compound_hyphenated(label, lang))}{required}</span>'
        if label
        else ""
    )
    text += notes
    return mark + (f'<span class="dsl-choice-text">{text}</span>' if text else "")


def _choice_hint(text: str | None) -> str:
    return f'<span class="dsl-choice-hint">{esc(text)}</span>' if text else ""


def _choice_error(element: Element) -> str:
    """The error under a choice's label: red, with an icon, as under any field."""
    return error_message(element.error, tag="span") if element.error else ""


def _hint_and_error(element: Element) -> str:
    """A checkbox's or toggle's hint (or `description`), then its error, under its label."""
    return _choice_hint(element.hint or element.description) + _choice_error(element)


def _choice_classes(element: Element, checked: bool) -> str:
    classes = ["dsl-choice"]
    if checked:
        classes.append("is-checked")
    if element.disabled:
        classes.append("is-disabled")
    if element.error:
        classes.append("is-invalid")
    return " ".join(classes)


@renders("checkbox")
def render_checkbox(element: Element, ctx: RenderContext) -> str:
    """A drawn checkbox with its label (and its hint, then its error, below the label); `indeterminate`
    draws the mixed state, a dash in the filled box (as a table's header box when some rows are
    ticked); `required` a red star after the label."""
    checked = bool(element.checked if element.checked is not None else element.value)
    mixed = bool(element.indeterminate)
    tick = icon("minus" if mixed else "check", 13) if checked or mixed else ""
    mark = f'<span class="dsl-checkmark">{tick}</span>'
    body = _choice(element, mark, _hint_and_error(element), lang=ctx.lang, star=True)
    tone = review_tone(element.variant)
    return box(
        element, body + verdict(tone), classes=_choice_classes(element, checked or mixed) + tone_class(tone)
    )


@renders("radio")
def render_radio(element: Element, ctx: RenderContext) -> str:
    """A radio group: the question, its hint, then each option (its `description` below its label)
    with the selected one filled, and an error under them; `variant: cards` draws each option as a
    bordered card, the chosen one outlined in the primary colour (delivery or plan choices).

    The hint is read with the question, before the choices, as GOV.UK, USWDS and a fieldset's
    legend put it: under a long list of options it was far from the question it explains. In a
    row of fields it goes under the options (`FIELD_ROW_CSS`), so they keep to the neighbours'
    field line. An error stays under the options, as under any field, beside the hint. A `fontSize`
    in its `style` sizes the options' words (`control_font`), as a checkbox's sizes its label; the
    question keeps its own, as a field's label does."""
    options = _options(element)
    card = " is-card" if element.variant == "cards" else ""
    if not options:  # a lone radio button: its label beside it, as a checkbox's, its hint and error below
        checked = bool(element.checked)
        notes = _choice_hint(element.hint) + _choice_error(element)
        body = _choice(element, '<span class="dsl-radiomark"></span>', notes, lang=ctx.lang, star=True)
        return box(element, body, classes=_choice_classes(element, checked) + card)
    rows = []
    for option in options:
        checked = _is_selected(option, element.value)
        state = card + (" is-checked" if checked else "")
        state += " is-disabled" if option.disabled or element.disabled else ""
        tone = review_tone(option.variant)
        hint = f'<span class="dsl-choice-hint">{esc(option.description)}</span>' if option.description else ""
        rows.append(f'<div class="dsl-choice{state}{tone_class(tone)}"><span class="dsl-radiomark"></span>'
                    f'<span class="dsl-choice-text"><span class="dsl-choice-label">{esc(compound_hyphenated(option.label, ctx.lang))}</span>'
                    f"{hint}</span>{verdict(tone)}</div>")  # fmt: skip
    in_row = element.direction in ("row", "horizontal")
    least = card_column_min(options, touch=ctx.touch, typeface=ctx.typeface) if in_row and card else ""
    declarations = {"--card-min": least} if least else {}
    declarations.update(control_font(element))  # the options' words take a style's fontSize
    font = f" {FONT_SIZE_CLASS}" if "font-size" in declarations else ""
    style = f' style="{inline_style(declarations)}"' if declarations else ""
    group = f'<div class="dsl-radio-options{font}"{style}>{"".join(rows)}</div>'
    classes = ("is-row " if in_row else "") + state_classes(element)
    hint = f'<p class="dsl-field-hint">{esc(element.hint)}</p>' if element.hint else ""
    error = error_message(element.error) if element.error else ""
    body = field_label(element, lang=ctx.lang) + hint + group + error
    return box(element, body, classes=classes.strip(), extra_attrs={"role": "radiogroup"})


@renders("toggle")
def render_toggle(element: Element, ctx: RenderContext) -> str:
    """An on/off switch with its label; `variant: end` puts the switch at the far right."""
    checked = bool(element.checked if element.checked is not None else element.value)
    body = _choice(element, '<span class="dsl-switch"></span>', _hint_and_error(element), lang=ctx.lang)
    classes = _choice_classes(element, checked) + (" is-end" if element.variant == "end" else "")
    return box(element, body, classes=classes, extra_attrs={"role": "switch"})


@renders("slider")
def render_slider(element: Element, ctx: RenderContext) -> str:
    """A range slider: label and value on top, a track filled up to the thumb, min/max below
    a labelled one (numbers in the document's language: 2,5 under `lang: de`; `marks` says
    whether, else the label does). A range across 0 (-3 to 3, an exposure) is filled from 0 to
    the thumb, as photo editors draw it. A `value` written as text (`"€220"`) places the thumb by
    its number and is shown as written. A `value` of two ends (`[200000, 850000]`, a price
    range) draws two thumbs, the track filled between them, and both ends above it."""
    low = element.min if element.min is not None else 0.0
    high = element.max if element.max is not None else 100.0
    ends = slider_ends(element.value)
    span = high - low or 1.0
    # Lower end first, whatever order they were written in (the validator warns of the order).
    placed = sorted(
        ((end, _placed_figure(end, low, high, ctx.lang)) for end in ends), key=lambda pair: pair[1]
    )
    percents = [max(0.0, min(100.0, (figure - low) / span * 100)) for _, figure in placed]
    filled = _filled(low, high, percents[0]) if len(ends) == 1 else _filled_between(*percents)
    head = ""
    if element.label:
        shown = RANGE_DASH.join(_shown_value(end, figure, ctx.lang) for end, figure in placed)
        head = (f'<div class="dsl-slider-head">{field_label(element, lang=ctx.lang)}'
                f'<span class="dsl-slider-value">{esc(shown)}</span></div>')  # fmt: skip
    thumbs = "".join(
        f'<span class="dsl-slider-thumb" style="inset-inline-start:{percent:.2f}%"></span>'
        for percent in percents
    )
    track = (
        f'<div class="dsl-slider-track"><span class="dsl-slider-range" style="{filled}"></span>{thumbs}</div>'
    )
    marked = element.marks if element.marks is not None else bool(element.label)
    unit = next((end for end in ends if isinstance(end, str)), ends[0])  # "£200,000": "£0" and "£1,000,000"
    scale = (
        f'<div class="dsl-slider-scale"><span>{esc(_scale_figure(low, unit, ctx.lang))}</span>'
        f"<span>{esc(_scale_figure(high, unit, ctx.lang))}</span></div>"
        if marked
        else ""
    )
    classes = ("is-range " if len(ends) == 2 else "") + ("is-disabled" if element.disabled else "")
    head += field_notes_above(element)
    return box(element, head + track + scale + field_messages(element), classes=classes.strip())


def slider_ends(value: Scalar | list[Scalar]) -> tuple[Scalar, ...]:
    """The values a slider's thumbs stand at: its `value`, or the two ends of a range written as
    a two-item list (`[200000, 850000]`, `["£200,000", "£850,000"]`). A list of any other length
    is an error the validator reports; it draws one thumb at its first value (or the middle)."""
    if not isinstance(value, list):
        return (value,)
    if len(value) == 2:
        return (value[0], value[1])
    return (value[0] if value else None,)


def _placed_figure(written: Scalar, low: float, high: float, lang: str | None) -> float:
    """Where a thumb stands: the number a value is or reads (`"€220"` is 220, `"2,5 km"` 2.5 in
    German), the middle of the range for none."""
    figure = value_figure(written, lang)
    return (low + high) / 2 if figure is None else figure


RANGE_DASH = " \u2013\u00a0"
"""Between a range's two ends ("£200,000 – £850,000"): a spaced en dash held to the figure after
it, so a narrow slider breaks the line before the dash, never leaving it at a line's end."""


def _filled(low: float, high: float, percent: float) -> str:
    """The filled part's style: from the track's start to the thumb (`percent` along it), or,
    when the range spans 0 (`low < 0 < high`), from 0 to the thumb, on whichever side it is."""
    if not low < 0 < high:
        return f"width:calc({percent:.2f}% + 9px)"
    zero = -low / (high - low) * 100
    start, end = sorted((zero, percent))
    return f"inset-inline-start:{start:.2f}%;width:{end - start:.2f}%"


def _filled_between(start: float, end: float) -> str:
    """A range slider's filled part: between its two thumbs (`start` and `end` percent along the
    track), on the inline axis so a right-to-left page mirrors it with the thumbs."""
    return f"inset-inline-start:{start:.2f}%;width:{end - start:.2f}%"


def _shown_value(written: Scalar, value: float, lang: str | None) -> str:
    """The slider's value above it: the author's text when it has a number, else the number
    (`_scale_figure`: 2500 is "2,500")."""
    if isinstance(written, str) and number_in_text(written, lang) is not None:
        return written
    return _scale_figure(value, None, lang)


def _scale_figure(value: float, written: Scalar, lang: str | None) -> str:
    """A number the slider writes itself (its ends, a numeric value) as a table's cell and a
    stat write theirs: grouped in thousands with the signs of `lang` (10,000; 10.000 in German),
    inside the currency, prefix or suffix of the value's text (`"$2,500"`: "$0" and "$10,000",
    as the value reads; `_unit_affix`). A limit slider's ends read "0" and "10000" under "$2,500"."""
    figure = localize_number_text(format_figure(value, grouped=True), lang)
    affixes = number_affixes(written, lang) if isinstance(written, str) else None
    if affixes is None:
        return figure
    prefix, suffix = (_unit_affix(affix) for affix in affixes)
    sign = "-" if figure.startswith("-") and prefix.strip() else ""  # -$5, not $-5
    return f"{sign}{prefix}{figure[len(sign) :]}{suffix}"


UNIT_AFFIX_CHARS = 5
"""The longest currency or unit (`$`, `R$ `, `CHF `, ` km`, `/mo`, `%`) a slider's ends carry
from its value's text; longer texts are words ("Up to", "per month"), not the figure's unit."""


def _unit_affix(affix: str) -> str:
    """`affix` when it reads as a currency or unit (one word of at most `UNIT_AFFIX_CHARS`), else ""."""
    word = affix.strip()
    return affix if len(word) <= UNIT_AFFIX_CHARS and not any(sign.isspace() for sign in word) else ""


@renders("search")
def render_search(element: Element, ctx: RenderContext) -> str:
    """A search field with a magnifier in front (and the element's `icon`, if any, replaces it;
    `icon: none` takes it away)."""
    field = element.model_copy(update={"icon": icon_or_default(element.icon, "search"),
                                       "placeholder": element.placeholder or ui_string("search_placeholder", ctx.lang)})  # fmt: skip
    return control_or_field(
        field, text_control(field), control_classes="is-search", lang=ctx.lang, top_level=ctx.top_level
    )


CSS = """
/* A field's parts are 6 px apart, whatever the field: label, control (a slider's head and its
   thumb, a group's label and its first option), hint or error. */
.dsl-slider{display:flex;flex-direction:column;gap:6px;min-width:0}
.dsl-slider-head{display:flex;align-items:baseline;justify-content:space-between;gap:12px;font-size:14px;line-height:20px}
.dsl-slider-value{color:var(--muted-foreground);font-variant-numeric:tabular-nums}
/* The track spans the field: its ends line up with the fields above and below. The element
   itself is the thumb's travel, 9 px (the thumb's radius) inside those ends, so the thumb sits
   within the track at 0 and at 100%; its ::before draws the track out to the edges. */
.dsl-slider-track{position:relative;height:6px;margin:6px 9px;background:none}
.dsl-slider-track::before{content:"";position:absolute;inset:0 -9px;border-radius:var(--radius-full);background:color-mix(in srgb,var(--input) 90%,var(--foreground))}
.dsl-slider-range{position:absolute;inset-inline-start:-9px;top:0;bottom:0;border-radius:var(--radius-full);background:var(--primary-indicator)}
.dsl-slider-thumb{position:absolute;top:50%;width:18px;height:18px;margin-top:-9px;margin-inline-start:-9px;border-radius:50%;background:var(--surface);border:2px solid var(--primary-indicator);box-shadow:var(--shadow)}
.dsl-slider-scale{display:flex;justify-content:space-between;font-size:12px;color:var(--muted-foreground)}
.dsl-slider.is-disabled{opacity:var(--disabled-opacity)}

/* A textarea given `rows` keeps their height: a longer text stops after the last row, with an
   ellipsis (unless the author sized the box). */
.dsl-textarea.has-rows:not(.has-height)>:is(.dsl-control-value,.dsl-control-placeholder),.dsl-textarea:not(.has-height)>.has-rows>:is(.dsl-control-value,.dsl-control-placeholder){display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:var(--rows);overflow:hidden}

/* A multiple select's chips: pills of the field's text, 12 px shorter than the box (24 px in a
   36 px one), on one line; the roomiest set that fits is drawn (see first_that_fits). */
.dsl-select-chips{flex:1;min-width:0}
.dsl-select-chips:first-child{margin-inline-start:calc(11px - var(--control-h) / 2)}
.dsl-fit--chips{--fit-line:calc(var(--control-h) - 12px)}
.dsl-fit--chips .dsl-fit-row{gap:4px}
.dsl-select-chip{display:inline-flex;align-items:center;min-width:0;height:var(--fit-line);padding:0 8px;box-sizing:border-box;border-radius:var(--radius-sm);background:var(--muted);color:var(--foreground);font-size:13px;white-space:nowrap}
.dsl-select-chip>span{min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-select-chip.is-more{flex:none;color:var(--muted-foreground)}
.is-readonly .dsl-select-chip,.dsl-control.is-readonly .dsl-select-chip{background:var(--surface)}

/* Checkboxes, radios and switches: sized by variables a density may set (--check-size,
   --toggle-w, --toggle-h); the mark is centred on the label's first line, the knob is the
   track's height less 2 px a side. A slider's track past the thumb is the input border's grey
   drawn a tenth towards the text colour: 1.8:1 on white, 2.3:1 on the dark surface (the plain
   border grey, 1.5:1, and the muted fill, 1.1:1, nearly vanish); a switch's off track, which
   alone tells its state, is an empty box's outline grey, 3:1 (base_css). */
.dsl-checkmark,.dsl-radiomark{width:var(--check-size,18px);height:var(--check-size,18px);margin-top:calc((1lh - var(--check-size,18px)) / 2)}
.dsl-checkmark svg{width:calc(var(--check-size,18px) - 5px);height:calc(var(--check-size,18px) - 5px)}
.is-checked>.dsl-radiomark{border-width:round(var(--check-size,18px) * .28,1px)}
.dsl-switch{width:var(--toggle-w,38px);height:var(--toggle-h,22px);background:var(--field-border)}
.dsl-switch::after{width:calc(var(--toggle-h,22px) - 4px);height:calc(var(--toggle-h,22px) - 4px)}
.is-checked>.dsl-switch::after{inset-inline-start:calc(var(--toggle-w,38px) - var(--toggle-h,22px) + 2px)}
/* A switch's label is centred on the switch, as a checkbox's on its box, so in a row the two
   labels and a field's text share a line; at the far end (a settings row) the switch is
   centred on all the words, whatever the row's height. */
.dsl-toggle:not(.is-end)>.dsl-choice-text{padding-top:calc((var(--toggle-h,22px) - 1lh) / 2)}
.dsl-toggle.is-end{align-items:center}
/* A lone radio: its label beside it, as a checkbox's. */
.dsl-radio.dsl-choice{flex-direction:row}
/* In error, the box, the switch or the empty options are red, with the soft ring a text
   field has. */
.dsl-checkbox.is-invalid>.dsl-checkmark,.dsl-radio.is-invalid.dsl-choice>.dsl-radiomark,.dsl-radio.is-invalid .dsl-choice:not(.is-checked,.is-card)>.dsl-radiomark{border-color:var(--danger);box-shadow:0 0 0 3px var(--danger-soft)}
.dsl-toggle.is-invalid>.dsl-switch{box-shadow:inset 0 0 0 1.5px var(--danger),0 0 0 3px var(--danger-soft)}
.dsl-radio.is-invalid .dsl-choice.is-card:not(.is-checked){border-color:var(--danger)}

/* A radio group: options as far apart as a column's checkboxes, at every density. Cards in a
   row share it evenly, wrapping to an even grid when they do not fit at the width their widest
   option needs (--card-min, 160 px at most: see choice_cards). */
.dsl-radio:not(.dsl-choice){gap:6px}
.dsl-radio-options{gap:var(--gap)}
.dsl-radio.is-row .dsl-radio-options{gap:var(--gap) calc(var(--gap) * 2)}
.dsl-radio.is-row .dsl-radio-options:has(>.is-card){display:grid;grid-template-columns:repeat(auto-fit,minmax(min(var(--card-min,160px),100%),1fr));gap:var(--gap)}
/* A group whose style sets a font size (a GOV.UK form's 19 px) draws its options' words in it:
   each option set its own 14 px and ignored it, where a checkbox took it. */
.dsl-radio-options.has-font-size>.dsl-choice{font-size:inherit}

/* Switches and checkboxes right in a card without padding are a grouped list (a settings
   screen): each a row with the inset, height and hairlines of a list's rows. A disabled row
   fades its words and switch, not its hairline. */
.dsl-card.is-flush>:is(.dsl-toggle,.dsl-checkbox){align-self:stretch;min-height:44px;padding:calc(var(--pad) * .6) 16px}
.dsl-card.is-flush>:is(.dsl-toggle,.dsl-checkbox):not(:first-child){border-top:1px solid var(--border)}
.dsl-card.is-flush>.dsl-choice.is-disabled{opacity:1}
.dsl-card.is-flush>.dsl-choice.is-disabled>*{opacity:var(--disabled-opacity)}
/* A field among such rows or a divided list's (a select after the switches) is a row of the group
   too: their inset and padding, a hairline between it and the rows around it (it kept the card's
   inset, 4 px off the rows', with no hairline). */
.dsl-card.is-flush:has(>:is(.dsl-toggle,.dsl-checkbox,.dsl-list--divided))>.dsl-field{margin:0;max-width:none;padding:calc(var(--pad) * .6) 16px}
.dsl-card.is-flush:has(>:is(.dsl-toggle,.dsl-checkbox,.dsl-list--divided))>.dsl-field:not(:first-child){border-top:1px solid var(--border)}
"""
CSS += REVIEW_CSS  # a quiz's marked answers: review_tones

CENTRED_LINE_ITEMS = (".dsl-button:not(.has-height)", ".dsl-control:not(.is-multiline,.has-height)")
"""Boxes as tall as they are on the field line (a button, an unlabelled field): their middle is
placed on the boxes' middle, whatever their border or padding (see `_line_item_css`)."""
TOP_LINE_ITEMS = (
    ".dsl-choice:is(.dsl-checkbox,.dsl-toggle:not(.is-end),.dsl-radio:not(.is-card))",
    ":is(.dsl-icon,.dsl-spinner,.dsl-avatar):not([style])",
)
"""Items whose top is placed, `(--field-line - --on-line-h) / 2` below the boxes' top: a checkbox,
switch or lone radio (its first line on the line, a hint or a second line below), an icon, a
spinner or an avatar (as tall as the line at least, its content centred)."""
LINE_ITEMS = CENTRED_LINE_ITEMS + TOP_LINE_ITEMS
"""What lines up on the boxes of a row of labelled fields however tall their labels."""

LINE_ITEM_GAPS = (
    (".dsl-button", "8px"),
    (".dsl-button--sm", "6px"),
    (".dsl-choice", "10px"),
    (".dsl-control", "8px"),
    (".dsl-icon", "0px"),
    (".dsl-spinner", "10px"),
    (".dsl-avatar", "12px"),
    (".dsl-avatar-group", "0px"),
)  # fmt: skip
"""Each of `LINE_ITEMS` draws a first flex item of its own (a `::before`): the gap its type puts
between its parts says how to take that item's room back (later entries win)."""

_LINE_ITEM_LIST = ",".join(LINE_ITEMS)

_LABELLED_FIELDS_ROW = (
    ".dsl-hflow.has-fields:not([style*=align-items]):not(:has(>:not(.dsl-field,.dsl-radio:not(.dsl-choice),.dsl-slider,"
    f".dsl-spacer,.dsl-abs-layer,{_LINE_ITEM_LIST}),>:is(.dsl-field,.dsl-radio)>:first-child:not(.dsl-field-label),"
    ">.dsl-slider>:first-child:not(.dsl-slider-head)))"
    f":is(:not(:has(>:is({_LINE_ITEM_LIST}))),:has(>:is(.dsl-field,.dsl-radio)>.dsl-field-label))"
)
"""A row the author did not align that holds labelled fields, radio groups and sliders (and
spacers), and maybe `LINE_ITEMS` beside a labelled field or radio group: a label comes first in
its field, so a field whose first part is another is unlabelled."""

_TOOLBAR_ROW = (
    ".dsl-hflow.has-fields:has(>:not(.dsl-field,.dsl-control,.dsl-slider,.dsl-radio:not(.dsl-choice),.dsl-progress,"
    ".dsl-skeleton--text,.dsl-abs-layer))"
)
"""A row that holds something other than fields (a toolbar: buttons, a spacer, tabs, words)."""

FIELD_ROW_CSS = f"""
/* In a row the author did not align, fields (and labelled sliders and radio groups) line up at
   their top, so their labels and controls do: centred, a field with an error or hint below would
   sit higher than its neighbours. */
.dsl-hflow.has-fields:not([style*=align-items])>.dsl-field,.dsl-hflow.has-fields:not([style*=align-items])>.dsl-slider:has(>.dsl-slider-head){{align-self:flex-start}}
.dsl-hflow.has-fields:not([style*=align-items])>.dsl-radio:has(>.dsl-field-label){{align-self:flex-start}}
/* There a radio group's hint, read between its question and its options elsewhere, goes under the
   options as a field's goes under its box, so the options stay level with the boxes beside them. */
.dsl-hflow.has-fields:not([style*=align-items])>.dsl-radio>.dsl-field-hint{{order:1}}
/* A row of labelled fields (and spacers, and the buttons, choices and icons of `LINE_ITEMS`) lines
   up their boxes when a label wraps, as a grid does: each field aligns on the baseline of its
   label's last line (its label the one item of its first grid track, aligned by that line), so
   the labels end on one line and the boxes start 6 px below it; a hint or an error under a box,
   below that line, moves nothing. Labels of one line lay the row out exactly as before. */
{_LABELLED_FIELDS_ROW}>:is(.dsl-field,.dsl-radio,.dsl-slider){{align-self:baseline}}
{_LABELLED_FIELDS_ROW}>:is(.dsl-field,.dsl-radio){{display:grid;grid-template-columns:minmax(0,1fr);align-content:start;row-gap:6px}}
{_LABELLED_FIELDS_ROW}>:is(.dsl-field,.dsl-radio)>.dsl-field-label{{align-self:last baseline}}
/* In a toolbar (a row that holds anything but fields: buttons, a spacer, tabs, a chip, words) an
   unlabelled select is as wide as its chosen option, as a button is as wide as its label, between
   160 and 240 px (a longer option ends in an ellipsis); it does not share out the row's free room
   as fields in a row of fields do. One given a width keeps it. The 160 px floor is in its width
   too, not only in its min-width: a percentage min-width counts for nothing when the row around
   it measures its content (a [select, button] row on the right of a `justify: between` header
   was as wide as the bare option, and the select's floor then pushed the button off the canvas);
   the min-width still lets it narrow below 160 px in a narrower row. */
{_TOOLBAR_ROW}>.dsl-control.is-select:not(.has-width){{flex:0 1 auto;width:calc-size(max-content,clamp(160px,size,240px));min-width:min(160px,100%);max-width:240px}}
/* In a grid, labelled fields line up their controls when a label wraps to two lines: each grid
   row is two tracks, the labels' and the rest's, and a field lays its label and control on them
   (a subgrid), the label at the bottom of its track, just above its control. The rest of the grid
   spans both tracks, as it spanned the one row before. The label track is as tall as the tallest
   label and never taller (minmax(min-content, 0px): room a taller neighbour needs goes to the
   second track only), so single-line rows keep their exact layout. A field's hint or error shares
   the control's track below a one-line control; a multi-line control with a message below it
   (its height unknown here) keeps the field's column layout, as does a field whose hint and error
   are above its control (`field_notes_above`). The field keeps its 6 px between
   label and control whatever the grid's gap, up to a 46 px gap. */
.dsl-grid:has(>.dsl-field>.dsl-field-label){{grid-auto-rows:minmax(min-content,0px) auto}}
.dsl-grid:has(>.dsl-field>.dsl-field-label)>:not(.dsl-abs-layer){{grid-row-end:span 2}}
.dsl-grid>.dsl-field:not(.has-notes-above):has(>.dsl-field-label):is(:has(>.dsl-control:not(.is-multiline)),:has(>.dsl-control):not(:has(>.dsl-field-hint,>.dsl-field-error))){{display:grid;grid-template-rows:subgrid;grid-template-columns:minmax(0,1fr);row-gap:6px}}
.dsl-grid>.dsl-field:not(.has-notes-above):has(>.dsl-field-label):is(:has(>.dsl-control:not(.is-multiline)),:has(>.dsl-control):not(:has(>.dsl-field-hint,>.dsl-field-error)))>*{{grid-area:2/1;align-self:start}}
.dsl-grid>.dsl-field:not(.has-notes-above):has(>.dsl-field-label):is(:has(>.dsl-control:not(.is-multiline)),:has(>.dsl-control):not(:has(>.dsl-field-hint,>.dsl-field-error)))>.dsl-field-label{{grid-area:1/1;align-self:end}}
.dsl-grid>.dsl-field:has(>.dsl-field-label)>.dsl-control:not(.is-multiline)~:is(.dsl-field-hint,.dsl-field-error){{margin-top:calc(var(--control-h) + 6px)}}
"""

_ROW = ".dsl-hflow.has-fields:not([style*=align-items])"
"""A row (or flex row) that holds a field, whose alignment the author left to the theme. The
compiler marks a row `has-fields` when a child of it is a field, a radio group or a slider
(`FIELD_ROW_TYPES`): these rules apply to no other, and a page without such a row leaves them
out (the stylesheet pruning), sparing Chromium their `:has()` matching on every row."""
LINED_ROW = f"{_ROW}:has(>:is(.dsl-field,.dsl-radio)>.dsl-field-label)"
"""Such a row beside a labelled field or radio group: its other controls sit on the field line."""
BOXED_ROW = f"{_ROW}:has(>.dsl-field:not(.dsl-upload)>.dsl-field-label)"
"""Such a row beside a labelled text field, select or search: a box the field line is centred on."""

ON_FIELD_LINE = (
    # a row's child, its height on the line
    (".dsl-button", "var(--control-h)"),
    (".dsl-button--sm", "var(--control-h-sm)"),
    (".dsl-button--lg", "var(--control-h-lg)"),
    (".dsl-button--link", "22px"),
    (":is(.dsl-checkbox,.dsl-radio.dsl-choice:not(.is-card),.dsl-text,.dsl-link,.dsl-label)", "1lh"),
    (".dsl-toggle:not(.is-end)", "var(--toggle-h,22px)"),
    (".dsl-badge", "22px"),
    (".dsl-badge--sm", "18px"),
    (".dsl-badge--lg", "28px"),
    (".dsl-chip", "calc(var(--control-h) - 8px)"),
    (".dsl-code:not(.is-block)", "calc(1lh + 6px)"),
    (".dsl-control", "var(--control-h)"),
    (".dsl-field:not(:has(>.dsl-field-label))", "var(--control-h)"),
)  # fmt: skip
"""What lines up on a field's box beside it, and how tall it is there (`--on-line-h`): a button or
a pill its own height; a checkbox, lone radio, text or link its first line (`1lh`), so a label
that wraps or a hint below stays under it; a switch its track; an unlabelled field its box. Later
entries win (a small button's height). The touch density's badges and chips, taller, say theirs
in `TOUCH_CSS`."""


def _field_line_css() -> str:
    """The rules that centre each of `ON_FIELD_LINE` on the field line: its top `26px +
    (--field-line - --on-line-h) / 2` below the row's. A box the author gave a height, a
    multi-line field and an unlabelled upload put their top on the line's."""
    children = ",".join(f"{LINED_ROW}>{what}" for what, _ in ON_FIELD_LINE)
    heights = "".join(f"{what}{{--on-line-h:{height}}}\n" for what, height in ON_FIELD_LINE)
    place = "align-self:flex-start;margin-top:calc(26px + (var(--field-line) - var(--on-line-h)) / 2)"
    on_top = (f"{LINED_ROW}>:is(.has-height,.dsl-control.is-multiline,"
              ".dsl-field:not(:has(>.dsl-field-label,>.dsl-control:not(.is-multiline)))){--on-line-h:var(--field-line)}")  # fmt: skip
    return f"{heights}{children}{{{place}}}\n{on_top}"


def _line_item_css() -> str:
    """The rules that keep each of `LINE_ITEMS` on the field line of a row of labelled fields
    (`_LABELLED_FIELDS_ROW`) however many lines its labels take. The fields there line up by their
    labels' last line (a baseline); so does each item, by a line of its own drawn where a label
    would be: an empty, hidden `::before` in a label's type and line (20 px), 6 px above the top
    of the boxes. Centred in a box as tall as the boxes (`CENTRED_LINE_ITEMS`), that line is 16 px
    plus half the boxes' height above its middle, so the box's middle is the boxes' (its margin
    counts twice when centred); at the top of a choice or an icon (`TOP_LINE_ITEMS`), 26 px plus
    the centring offset above its top. Its negative end margin takes back the item's gap, so
    nothing inside the item moves; being above the item, it raises nothing."""
    row = _LABELLED_FIELDS_ROW
    # Only a field row's items carry these (a rule on every button's ::before would make Chromium
    # resolve that pseudo-element's style for each button of every page).
    gaps = "".join(f"{_ROW}>{selector}::before{{--line-gap:{gap}}}\n" for selector, gap in LINE_ITEM_GAPS)
    # A checkbox's or radio's height on the line is its first line's (`1lh`), the ghost's 20 px
    # where it is used: the line a choice's label has is said instead (24 px on touch).
    gaps += f"{_ROW}>.dsl-choice:not(.dsl-toggle)::before{{--on-line-h:var(--choice-line,20px)}}\n"
    ghost = (
        'content:"\\200b";display:block;flex:none;width:0;visibility:hidden;'
        "font-size:var(--field-label-size,14px);font-weight:500;line-height:20px;"
        "margin-inline-end:calc(-1 * var(--line-gap))"
    )
    centred = f"{row}>:is({','.join(CENTRED_LINE_ITEMS)})::before"
    on_top = f"{row}>:is({','.join(TOP_LINE_ITEMS)})::before"
    # A box that hides what overflows it clips instead (the same picture): a scroll container's
    # baseline may not lie above it, where the line is.
    clipped = f"{row}>.dsl-control{{overflow:clip}}"
    return (
        f"{gaps}{row}>:is({_LINE_ITEM_LIST}){{align-self:baseline;margin-top:0}}\n"
        f"{row}>:is({_LINE_ITEM_LIST})::before{{{ghost}}}\n"
        f"{centred}{{align-self:center;margin-top:calc(-32px - var(--field-line))}}\n"
        f"{on_top}{{align-self:flex-start;margin-top:calc(-26px - (var(--field-line) - var(--on-line-h)) / 2)}}\n"
        f"{clipped}"
    )


FIELD_LINE_CSS = f"""
/* The field line: beside a labelled field (a filter bar, a newsletter's Subscribe, a coupon's
   Apply) the other controls of a row the author did not align line up with the field's box, below
   the label's 20 px line and the 6 px gap, not with the middle of label and box. --field-line is
   the box's height (a small or large field's; with fields of several sizes a medium one wins;
   beside an upload, the top of its zone as tall as a field's box), or beside a labelled radio
   group alone its options' line (--choice-line, 20 px; 24 on touch), so lone radios and
   checkboxes sit level with the options. */
{_ROW}:has(>.dsl-upload>.dsl-field-label){{--field-line:var(--control-h)}}
{_ROW}:has(>.dsl-radio>.dsl-field-label){{--field-line:var(--choice-line,20px)}}
{_ROW}:has(>.dsl-field.is-lg>.dsl-field-label){{--field-line:var(--control-h-lg)}}
{_ROW}:has(>.dsl-field.is-sm>.dsl-field-label){{--field-line:var(--control-h-sm)}}
{_ROW}:has(>.dsl-field:not(.is-sm,.is-lg,.dsl-upload)>.dsl-field-label){{--field-line:var(--control-h)}}
{_field_line_css()}
/* An icon, a spinner or an avatar is centred on the line by its own box, as tall as the line
   (their content is centred in it), unless the author styled that box. */
{LINED_ROW}>:is(.dsl-icon,.dsl-spinner,.dsl-avatar):not([style]){{align-self:flex-start;margin-top:26px;min-height:var(--field-line);--on-line-h:var(--field-line)}}
/* In a row of labelled fields the items beside them follow the boxes down when a label wraps. */
{_line_item_css()}
/* Beside a labelled field a labelled radio group's options (not cards) and a labelled slider's
   track (18 px with its margins) are centred on the field's box too; beside none they start
   6 px below their label, as a field's box does. */
{BOXED_ROW}>.dsl-radio:has(>.dsl-field-label)>.dsl-radio-options:not(:has(>.is-card)){{margin-top:calc((var(--field-line) - var(--choice-line,20px)) / 2)}}
{BOXED_ROW}>.dsl-slider:has(>.dsl-slider-head)>.dsl-slider-track{{margin-top:calc(6px + (var(--field-line) - 18px) / 2)}}
"""

# Fields are drawn by several modules (an input by `text_input`, an upload by `upload`): this sheet is
# registered for no renderer module, so it is sent with any of them (and pruned when unused).
register_css("elements.forms.field_rows", FIELD_ROW_CSS + FIELD_LINE_CSS)
