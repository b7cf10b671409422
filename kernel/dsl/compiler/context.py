"""What an element renderer may consult while it writes HTML: theme, viewport, its children."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kernel.dsl.compiler.earlier_hooks import NO_HOOKS, EarlierHooks, with_hooks
from kernel.dsl.compiler.heading_type import DEFAULT_HEADING_LEVEL
from kernel.dsl.compiler.html import children_surroundings, esc
from kernel.dsl.compiler.modal_wrappers import wraps_only_modals
from kernel.dsl.compiler.registry import RENDERERS
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.compiler.theme import Density
from kernel.dsl.compiler.theme_variables import drawing_element, drawn
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

PATH_ATTRIBUTE = "data-path"


def with_path(html: str, path: str) -> str:
    """`html` with `data-path="<path>"` on its first tag, escaped (a table cell's path holds its
    row's key as written, which may hold any character)."""
    if not html.startswith("<"):
        return html
    end = html.find(">")
    if end < 0:
        return html
    if html[end - 1] == "/":
        end -= 1
    return f'{html[:end]} {PATH_ATTRIBUTE}="{esc(path)}"{html[end:]}'


@dataclass
class RenderContext:
    """Passed to every element renderer; `render_children` recurses through the registry."""

    viewport: Viewport
    dark: bool = False
    touch: bool = False
    """Whether the page is drawn at the touch density (a phone's or a tablet's, unless the theme
    names another): what a finger taps is sized for it where CSS alone cannot choose (a card's
    actions drawn at the default size instead of the small one, a list row's remove button)."""
    density: Density = "comfortable"
    """The theme's density, whose control heights size what the compiler lays out before
    Chromium does (where a navbar's search and labels fold: `navbar_fold`)."""
    lang: str | None = None
    """The document's language (calendars name months and days in it)."""
    typeface: Typeface = "sans"
    """The kind of face the theme draws text in, by which text widths are estimated before
    Chromium lays them out (a stat's figure, a stepper's labels: `text_metrics.in_typeface`)."""
    heading_level: int = DEFAULT_HEADING_LEVEL
    """The level of a heading that names none: 2 on the page, 3 inside a sidebar (see
    `render_sidebar`), one step under the page's title it sits beside."""
    logo_strip: bool = False
    """Whether the children being rendered are a logo strip's (`picture_fit.is_logo_strip`): a
    placeholder there is drawn as a wordmark (`wordmark`), set by the row around its children."""
    table_cell: bool = False
    """Whether the elements being rendered are a table cell's controls (set by the table around
    them): a progress bar there draws its figure at its end, on the bar's line."""
    depth: int = 0
    counter: dict[str, int] = field(default_factory=dict)
    rendered_types: set[str] = field(default_factory=set)
    """Every type drawn so far (also those a renderer draws for itself), to pick the CSS needed."""
    paths: dict[int, str] = field(default_factory=dict)
    """The JSON path of each element of the document (by `id`), written on its outermost tag as
    `data-path`, so a render can say which element ran past the canvas. Elements a renderer
    makes for itself have none."""
    hooks: EarlierHooks = NO_HOOKS
    """The earlier renderer's markup hooks the document's css selects by, put on the outermost
    tag of each of its elements (see `earlier_hooks`)."""

    @property
    def top_level(self) -> bool:
        """Whether the element being rendered lies on the screen itself, inside no other."""
        return self.depth == 1

    def render(self, element: Element) -> str:
        if wraps_only_modals(element):
            # No region to dim: its modals are drawn where the box stood (see modal_wrappers).
            return "".join(self.render(child) for child in element.children)
        self.depth += 1
        self.rendered_types.add(element.type)
        drawing = drawing_element(children_surroundings(element))
        try:
            html = RENDERERS[element.type](element, self)
        finally:
            drawn(drawing)
            self.depth -= 1
        path = self.paths.get(id(element))
        if path and self.hooks.marks_elements:
            html = with_hooks(html, element, path, self.hooks)
        return with_path(html, path) if path else html

    def render_changed(self, element: Element, update: Mapping[str, object]) -> str:
        """`element` drawn with the fields in `update` changed (what it takes from its parent),
        still written with its own JSON path."""
        if not update:
            return self.render(element)
        changed = element.model_copy(update=dict(update))
        path = self.paths.get(id(element))
        if path:
            self.paths[id(changed)] = path
        try:
            return self.render(changed)
        finally:
            self.paths.pop(id(changed), None)

    def index_paths(self, elements: list[Element], prefix: str = "/elements") -> None:
        """Remember the JSON path of `elements` and of their children, as the validator writes them,
        and of the elements drawn in a table's cells (`rows/<row>/<key or index>`, then `/<index>`
        for one of several side by side), so that a render names the cell's field it cut (a
        suffix drawn "p…" was told at the table's path)."""
        for index, element in enumerate(elements):
            path = f"{prefix}/{index}"
            self.paths[id(element)] = path
            if element.children:
                self.index_paths(element.children, f"{path}/children")
            if element.type == "table" and isinstance(element.rows, list):
                self._index_cells(element.rows, f"{path}/rows")

    def _index_cells(self, rows: list[Any], prefix: str) -> None:
        """Remember the JSON path of each element in the cells of a table's `rows`."""
        for row_index, row in enumerate(rows):
            cells = row.items() if isinstance(row, dict) else enumerate(row) if isinstance(row, list) else ()
            for key, cell in cells:
                at = f"{prefix}/{row_index}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if isinstance(cell, Element):
                    self.paths[id(cell)] = at
                elif isinstance(cell, list):
                    for entry_index, entry in enumerate(cell):
                        if isinstance(entry, Element):
                            self.paths[id(entry)] = f"{at}/{entry_index}"

    def render_children(self, element: Element) -> str:
        """The children's HTML; when every child is placed by coordinates they share one layer.

        The layer is a positioned box filling the parent's content box, so coordinates count
        from inside the parent's padding (the earlier format's authors sized children that
        way) and win over any flex or grid display the parent has.
        """
        return self.render_all(element.children)

    def render_all(self, elements: list[Element]) -> str:
        """Render a list of siblings, wrapping them in the coordinate layer when all are placed."""
        html = "".join(self.render(child) for child in elements)
        if elements and all(is_absolute(child) for child in elements):
            return f'<div class="dsl-abs-layer">{html}</div>'
        return html

    def next_id(self, prefix: str) -> str:
        """A document-unique id (for SVG gradients and the like), stable for the same input."""
        self.counter[prefix] = self.counter.get(prefix, 0) + 1
        return f"{prefix}-{self.counter[prefix]}"
