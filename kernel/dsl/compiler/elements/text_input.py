"""The input element: a drawn text field, or the control its type names (checkbox, radio, range, search)."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.fields import control_or_field, text_control
from kernel.dsl.compiler.html import icon
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element


@renders("input")
def render_input(element: Element, ctx: RenderContext) -> str:
    """A single-line text field, drawn (not a browser widget) so it looks the same everywhere.
    An input of type checkbox, radio, range or search (the earlier format's `customAttributes:
    {type: checkbox, checked: checked}`) is drawn as that control: a checkbox, a radio button, a
    slider, a search field with its magnifier."""
    drawn_as = INPUTS_DRAWN_AS.get(element.inputType or "")
    if drawn_as is not None:
        return ctx.render(_input_as(element, drawn_as))
    secret = "is-secret" if element.inputType == "password" and element.value not in (None, "") else ""
    end = ""
    # A password field's reveal eye, unless the author's `suffix` is its end (an eye or eye-off of
    # their own): the two drew side by side.
    if element.inputType == "password" and element.suffix in (None, ""):
        end = f'<span class="dsl-control-end">{icon("eye", 16)}</span>'
    return control_or_field(element, text_control(element, extra=end), control_classes=secret, lang=ctx.lang,
                            top_level=ctx.top_level)  # fmt: skip


INPUTS_DRAWN_AS = {"checkbox": "checkbox", "radio": "radio", "range": "slider", "search": "search"}
"""HTML input types that are not text fields -> the element type that draws them."""


def _input_as(element: Element, kind: str) -> Element:
    """The input as the element `kind` that draws it; its state (a checkbox's `checked`, a
    range's `value` and bounds) is in its fields, also when the earlier format's
    `customAttributes` gave it (the model reads them)."""
    return element.model_copy(update={"type": kind})


RANGE_INPUT_CSS = """/* A slider given a height and no label (an earlier-format range input 40 px tall) sits in its
   middle, as a browser draws a range input. */
.dsl-slider.has-height:not(:has(>.dsl-slider-head)){justify-content:center}
"""
"""The rule for an input of type range drawn as a slider (in the basic elements' sheet)."""
