"""The order in which a page sends the stylesheets the compiler's modules register."""

from __future__ import annotations

SHEET_ORDER: tuple[str, ...] = (
    "local_palette",
    "action_rows",
    "fields",
    "framed_panes",
    # A column's filling child: after the fields' sheet and the framed panes'.
    "elements.column_fill",
    "link_underlines",
    "elements.navigation.fit",
    "elements.forms.field_rows",
    "elements.layout",
    "elements.basic_sheet",
    "elements.text",
    "elements.code",
    "elements.forms",
    "elements.upload",
    "elements.navigation",
    "elements.accordion",
    "elements.data_sheet",
    "elements.calendar",
    "elements.calendar_week",
    "elements.timeline",
    "elements.rating",
    "elements.feedback",
)
"""Every stylesheet registered with `registry.register_css`, by name, in the order a page sends
them (after the base sheet, before the touch sheet: `compile_html`). A module's sheet is named
for its path under `kernel.dsl.compiler` (`elements.layout`; an element module's `CSS`, which
`elements` registers, goes by its module's), and a module's second sheet by a suffix
(`elements.navigation.fit`).

The order matters because later sheets win ties: of two rules that set a property on an element
with selectors of equal specificity, the cascade keeps the later one's, so moving a sheet
changes what some pages look like. The order is written here, not taken from the order in
which the modules happen to be imported, so that importing a helper from another module cannot
move a sheet. `register_css` refuses a name that has no place here: a new sheet is placed where
its rules should win over those before it and lose to those after it."""
