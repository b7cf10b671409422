"""Checks of an element's `style` and `className`, and the style as the contrast checks read it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.utility_classes import utility_class_hint, utility_classes
from kernel.dsl.model.styles import css_declarations
from kernel.dsl.semantic.colours import check_style_color
from kernel.dsl.semantic.findings import Findings, Key, report
from kernel.dsl.semantic.fonts import check_font
from kernel.dsl.style_rules import StyleProblem, judged_style_entry, style_key, unsafe_css_reason


def check_class_name(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, css: str
) -> None:
    """Tailwind's or Bootstrap's classes in `className` draw nothing (neither is loaded) unless
    the document's css defines them: say so, with the `style` they mean."""
    class_name = element.get("className")
    if not isinstance(class_name, str):
        return
    undefined = [name for name in utility_classes(class_name) if not _defines_class(css, name)]
    if not undefined:
        return
    shown = " ".join(undefined[:4]) + (" ..." if len(undefined) > 4 else "")
    message = f"no CSS defines the classes {shown}: Tailwind and Bootstrap are not loaded"
    findings.warn((*path, "className"), message, "field_ignored", utility_class_hint(undefined, kind))


def _defines_class(css: str, name: str) -> bool:
    """Whether the document's css has a selector with the class `name` (escaped as CSS writes
    `md:flex`: `.md\\:flex`)."""
    escaped = re.sub(r"([^\w-])", r"\\\1", name)
    return bool(css) and re.search(r"\." + re.escape(escaped) + r"(?![\w-])", css) is not None


def check_style(written: Any, path: tuple[Key, ...], findings: Findings) -> Mapping[str, Any]:
    """Report what is wrong with an element's `style` (per entry: its problems, what is drawn
    otherwise than written, a colour that is none), and return it as the object it means with
    its keys in camelCase (empty when it is none), which the contrast checks read."""
    if written is None:
        return {}
    written_as_css = isinstance(written, str)
    # CSS declarations text is read as the object it means (see css_declarations)
    style = css_declarations(str(written)) if written_as_css else written
    if not (type(style) is dict or isinstance(style, Mapping)):
        return {}
    # values of the wrong kind (lists, objects, null) are the schema pass's to report
    scalars = {k: v for k, v in style.items() if isinstance(v, str | int | float)}
    problems_at: dict[str, tuple[StyleProblem, ...]] = {}
    warnings_at: dict[str, StyleProblem] = {}
    left = findings.room_left()
    for name, value in scalars.items():
        if left is not None and len(problems_at) + len(warnings_at) > left:
            break  # more than the findings hold: reporting them stops at the first past the room
        judged = judged_style_entry(str(name), value)
        if judged.problems:
            problems_at[str(name)] = judged.problems
        if judged.warning is not None:
            warnings_at[str(name)] = judged.warning
    for name, problems in problems_at.items():
        report(findings, (*path, "style") if written_as_css else (*path, "style", name), problems)
    for name, warning in warnings_at.items():
        report(findings, (*path, "style") if written_as_css else (*path, "style", name), (), (warning,))
    for name, value in scalars.items():
        if name not in problems_at and isinstance(value, str):
            where = (*path, "style") if written_as_css else (*path, "style", name)
            check_style_color(style_key(str(name)), value, where, findings)
            if style_key(str(name)) == "fontFamily" and unsafe_css_reason(value) is None:
                check_font(value, where, findings)
    return camel_style(style)


def camel_style(written: Any) -> Mapping[str, Any]:
    """An element's `style` (an object, or CSS declarations text) as the object it means with its
    keys in camelCase (empty when it is none), as the contrast checks read it."""
    style = css_declarations(written) if isinstance(written, str) else written
    if not (type(style) is dict or isinstance(style, Mapping)):
        return {}
    return {style_key(str(name)): value for name, value in style.items()}
