"""Maps each element type to the function that turns it into HTML, and collects element CSS."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kernel.dsl.compiler.context import RenderContext
    from kernel.dsl.model import Element

ElementRenderer = Callable[["Element", "RenderContext"], str]

RENDERERS: dict[str, ElementRenderer] = {}

STYLESHEETS: dict[str, str] = {}
"""CSS contributed by element modules, keyed by a name (usually the module's `__name__`).

Emitted after the base design-system sheet and before the document's own `css`, in
registration order. Keyed so that registering the same module twice never duplicates it.
"""

SHEET_MODULES: dict[str, frozenset[str]] = {}
"""The modules whose renderers draw with a stylesheet, by the sheet's name, when they are not just
the module it is named after: one sheet shared by a family of modules (`elements.data_sheet`)."""


def renders(*types: str) -> Callable[[ElementRenderer], ElementRenderer]:
    """Register the decorated function as the HTML renderer of the given element types."""

    def register(func: ElementRenderer) -> ElementRenderer:
        for element_type in types:
            RENDERERS[element_type] = func
        return func

    return register


def register_css(name: str, css: str, modules: Iterable[str] = ()) -> None:
    """Add (or replace) the stylesheet `name`; element modules call this with their own CSS.

    An elements module may instead define a module-level `CSS = \"\"\"...\"\"\"` string:
    `kernel.dsl.compiler.elements` registers it under the module's name when it imports it.
    `modules`: the modules whose renderers draw with it, when they are others (`SHEET_MODULES`).
    """
    if css.strip():
        STYLESHEETS[name] = css.strip()
        if modules:
            SHEET_MODULES[name] = frozenset(modules)


def element_stylesheets(types: Iterable[str] | None = None) -> list[str]:
    """The contributed stylesheets, in registration order.

    Given the element `types` a page draws, a module's sheet is left out when none of those
    types is rendered by that module (or by the modules it is registered for: `SHEET_MODULES`),
    so smaller pages parse faster; sheets of no renderer module are always included.
    """
    if types is None:
        return list(STYLESHEETS.values())
    renderer_modules = {func.__module__ for func in RENDERERS.values()}
    needed = {RENDERERS[name].__module__ for name in types if name in RENDERERS}
    return [
        css
        for name, css in STYLESHEETS.items()
        if (drawers := SHEET_MODULES.get(name, frozenset({name}))) & needed or not drawers & renderer_modules
    ]
