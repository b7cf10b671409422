"""Imports every element module, so each registers its renderers and its stylesheet."""

from __future__ import annotations

from kernel.dsl.compiler.elements import (
    accordion,
    avatars,
    basic_sheet,
    button,
    calendar,
    calendar_week,
    card,
    chart,
    code,
    container,
    data_sheet,
    feedback,
    forms,
    icon,
    image,
    layout,
    lists,
    modal,
    navbar,
    navigation,
    progress,
    rating,
    sidebar,
    stats,
    tables,
    text,
    text_input,
    text_run,
    timeline,
    upload,
)
from kernel.dsl.compiler.registry import register_css

ELEMENT_MODULES = (
    layout,
    button,
    text_run,
    text_input,
    image,
    container,
    card,
    modal,
    navbar,
    sidebar,
    basic_sheet,
    text,
    code,
    forms,
    upload,
    navigation,
    accordion,
    tables,
    lists,
    avatars,
    icon,
    stats,
    progress,
    chart,
    data_sheet,
    calendar,
    calendar_week,
    timeline,
    rating,
    feedback,
)
"""The element modules: importing one registers its renderers. The order of their sheets is
`SHEET_ORDER`'s, whatever the order here or of the imports."""

for _module in ELEMENT_MODULES:
    # A module may define `CSS = "..."`, registered under the module's name (its place is in
    # SHEET_ORDER) and sent when the module draws; a sheet that other modules' renderers draw
    # with names them in `DRAWN_BY` (`data_sheet`).
    if hasattr(_module, "CSS"):
        _drawers = getattr(_module, "DRAWN_BY", (_module,))
        register_css(
            _module.__name__.removeprefix("kernel.dsl.compiler."),
            _module.CSS,
            drawn_by=[drawer.__name__ for drawer in _drawers],
        )
