"""Reading the built-in stylesheets' rules in unit tests, without a browser."""

from __future__ import annotations

import re

import kernel.dsl.compiler  # noqa: F401  (registers the renderers and their stylesheets)
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.registry import element_stylesheets

ALL_CSS = re.sub(r"/\*.*?\*/", "", BASE_CSS + "".join(element_stylesheets()), flags=re.DOTALL)
"""The base sheet and every element's own, comments left out."""


def css_rule(selector: str, css: str = ALL_CSS) -> dict[str, str]:
    """The declarations of the rules in `css` whose selector list is exactly `selector`, merged."""
    found: dict[str, str] = {}
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)  # a comment is no part of the next selector
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        if selectors.strip() == selector:
            for declaration in body.split(";"):
                name, _, value = declaration.partition(":")
                if name.strip():
                    found[name.strip()] = value.strip()
    assert found, f"no rule for {selector}"
    return found
