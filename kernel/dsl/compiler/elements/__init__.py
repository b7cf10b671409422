"""Imports every element module, so each registers its renderers and its stylesheet."""

from __future__ import annotations

from kernel.dsl.compiler.elements import (
    accordion,
    basic,
    calendar,
    calendar_week,
    code,
    data,
    feedback,
    forms,
    layout,
    navigation,
    rating,
    text,
    timeline,
    upload,
)
from kernel.dsl.compiler.registry import register_css

ELEMENT_MODULES = (
    layout,
    basic,
    text,
    code,
    forms,
    upload,
    navigation,
    accordion,
    data,
    calendar,
    calendar_week,
    timeline,
    rating,
    feedback,
)

for _module in ELEMENT_MODULES:
    # A module may define `CSS = "..."`; registering it under the module name keeps it single.
    register_css(_module.__name__, getattr(_module, "CSS", ""))
