"""Maps each element type to the function that turns it into HTML, and collects element CSS."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kernel.dsl.compiler.sheet_order import SHEET_ORDER

if TYPE_CHECKING:
    from kernel.dsl.compiler.context import RenderContext
    from kernel.dsl.model import Element

ElementRenderer = Callable[["Element", "RenderContext"], str]

RENDERERS: dict[str, ElementRenderer] = {}

STYLESHEETS: dict[str, str] = {}
"""CSS contributed by the compiler's modules, by the sheet's name in `SHEET_ORDER`.

Emitted after the base design-system sheet and before the document's own `css`, in the order
`SHEET_ORDER` gives (not in the order they were registered). Keyed so that registering a sheet
twice never duplicates it.
"""

SHEET_MODULES: dict[str, frozenset[str]] = {}
"""The modules whose renderers draw with a stylesheet, by the sheet's name: it is sent when one
of them draws. A sheet absent here (or drawn by no renderer module) is sent with every page."""


class UnplacedSheetError(LookupError):
    """A stylesheet was registered under a name `SHEET_ORDER` does not list, so it has no place
    among the others."""


def renders(*types: str) -> Callable[[ElementRenderer], ElementRenderer]:
    """Register the decorated function as the HTML renderer of the given element types."""

    def register(func: ElementRenderer) -> ElementRenderer:
        for element_type in types:
            RENDERERS[element_type] = func
        return func

    return register


def register_css(name: str, css: str, drawn_by: Iterable[str] = ()) -> None:
    """Add (or replace) the stylesheet `name`, which must have a place in `SHEET_ORDER` (else
    `UnplacedSheetError`); modules call this with their own CSS.

    An elements module may instead define a module-level `CSS = \"\"\"...\"\"\"` string:
    `kernel.dsl.compiler.elements` registers it under the module's name, drawn by that module.
    `drawn_by`: the modules whose renderers draw with it (`SHEET_MODULES`); none, every page gets it.
    """
    if name not in SHEET_ORDER:
        raise UnplacedSheetError(
            f"stylesheet {name!r} has no place in SHEET_ORDER (kernel/dsl/compiler/sheet_order.py): "
            "list it where its rules should win ties over the sheets before it"
        )
    if css.strip():
        STYLESHEETS[name] = css.strip()
        if drawn_by:
            SHEET_MODULES[name] = frozenset(drawn_by)


def element_stylesheets(types: Iterable[str] | None = None) -> list[str]:
    """The contributed stylesheets, in `SHEET_ORDER`.

    Given the element `types` a page draws, a sheet drawn by renderer modules (`SHEET_MODULES`)
    is left out when none of those types is rendered by one of them, so smaller pages parse
    faster; the other sheets are always included.
    """
    sheets = [(name, STYLESHEETS[name]) for name in SHEET_ORDER if name in STYLESHEETS]
    if types is None:
        return [css for _, css in sheets]
    renderer_modules = {func.__module__ for func in RENDERERS.values()}
    needed = {RENDERERS[name].__module__ for name in types if name in RENDERERS}
    return [
        css
        for name, css in sheets
        if (drawers := SHEET_MODULES.get(name, frozenset())) & needed or not drawers & renderer_modules
    ]
