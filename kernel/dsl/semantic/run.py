"""The semantic pass: every check on a document, then on each element at any depth (children, cells)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from kernel.dsl.calendar_dates import DEFAULT_MONTH
from kernel.dsl.catalog import CELL_TYPES, CONTAINER_TYPES, ELEMENT_TYPES
from kernel.dsl.compiler.calendar_words import calendar_words
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.grid_fit import grid_fit_issues
from kernel.dsl.hints.component_props import ADDON_TYPES
from kernel.dsl.hints.tables import cell_type_hint, words_cell_hint
from kernel.dsl.hints.type_names import replacement_type
from kernel.dsl.limits import MAX_ISSUES, too_many_issues
from kernel.dsl.semantic.annotation_targets import check_annotations
from kernel.dsl.semantic.calendars import calendar_issues
from kernel.dsl.semantic.chart_bars import check_orientation_elsewhere
from kernel.dsl.semantic.charts import check_chart
from kernel.dsl.semantic.colours import check_colors
from kernel.dsl.semantic.contrast import check_contrast, check_painted_ground, layer_pages, page_inside
from kernel.dsl.semantic.controls import (
    check_addon_words,
    check_input_type,
    check_radio_checked,
    check_value_list,
)
from kernel.dsl.semantic.css_rules import (
    digit_id_warnings,
    duplicate_ids,
    state_selector_warnings,
    theme_variable_warnings,
)
from kernel.dsl.semantic.document import (
    check_background_tone,
    check_bands_of_the_dropped_tone,
    check_css_values,
    check_document_fields,
    check_empty,
)
from kernel.dsl.semantic.empty_elements import check_empty_element, check_empty_layouts
from kernel.dsl.semantic.fields import (
    check_earlier_format_fields,
    check_entry_avatars,
    check_entry_fields,
    check_fields_drawn,
    check_href,
    check_own_fields_drawn,
    check_shadowed_fields,
    check_status,
    check_value_drawn,
    elements_in_items,
    report_elements_in_items,
)
from kernel.dsl.semantic.findings import Findings, FindingsFull, Key, report
from kernel.dsl.semantic.glyphs import check_glyphs
from kernel.dsl.semantic.icons import check_icons, default_icon_exists
from kernel.dsl.semantic.looks import check_look_fields
from kernel.dsl.semantic.map_markers import check_map_markers
from kernel.dsl.semantic.page import Page, page_of
from kernel.dsl.semantic.pictures import check_image_source
from kernel.dsl.semantic.placement import (
    canvas_size,
    check_navbar_flex,
    check_placement,
    check_screen_shares,
    check_stack_edges,
)
from kernel.dsl.semantic.positions import check_positions
from kernel.dsl.semantic.styles import check_class_name, check_style
from kernel.dsl.semantic.tables import check_table
from kernel.dsl.semantic.theme import check_caller_theme, check_theme, check_theme_tokens
from kernel.dsl.semantic.variants import check_badge_tone, check_variant
from kernel.dsl.semantic.words import (
    check_code_language,
    check_drawn_empty,
    check_markup,
    undrawn_children_hint,
)
from kernel.dsl.style_rules import check_stylesheet


@functools.cache
def _theme_variables() -> dict[str, str]:
    """The custom properties the theme sets (`primary`, `gap`, `radius`...), without `--`, with
    their default values."""
    return {name: str(value) for name, value in resolve_theme(None).variables.items()}


def check_semantics(
    data: Mapping[str, Any], *, icon_exists: Callable[[str], bool] | None = None, theme: Any = None
) -> Findings:
    """Every check the schema cannot express, on raw data so it runs even when the schema failed.

    Each check skips values of the wrong shape: the schema pass reports those. `theme`: a render's
    theme over the document's (`dark`, or tokens), when the caller knows it.
    """
    findings = Findings(room=MAX_ISSUES)
    try:
        _check_document(data, findings, icon_exists, theme)
    except FindingsFull as full:  # a document that says one mistake thousands of times
        findings.errors.append(too_many_issues(full.path))
    return findings


def _check_document(
    data: Mapping[str, Any], findings: Findings, icon_exists: Callable[[str], bool] | None, theme: Any
) -> None:
    css = data.get("css")
    if isinstance(css, str):
        errors, warnings = check_stylesheet(css)
        warnings += theme_variable_warnings(css, _theme_variables())
        warnings += state_selector_warnings(css) + digit_id_warnings(css)
        report(findings, ("css",), errors, warnings)
    for where, repeated in duplicate_ids(data.get("elements")):
        findings.warn(
            (*where, "id"),
            f"an element before this one has id '{repeated}' too: a '#{repeated}' rule in css styles both",
            "duplicate_id",
            "give each element its own id",
        )
    check_css_values(data, findings)
    check_theme(data.get("theme"), findings)
    check_caller_theme(theme, findings)
    check_background_tone(data, theme, findings)
    check_bands_of_the_dropped_tone(data, theme, findings)
    check_theme_tokens(data.get("theme"), theme, findings)
    check_document_fields(data, findings)
    canvas = canvas_size(data)
    elements = data.get("elements")
    check_empty(data, findings)
    if isinstance(elements, list):
        exists = icon_exists or default_icon_exists
        stylesheet = css if isinstance(css, str) else ""
        page = page_of(data, canvas, theme)
        check_empty_layouts(elements, ("elements",), None, findings)
        for index, element in enumerate(elements):
            _check_element(element, ("elements", index), findings, exists, canvas, stylesheet, page)
    check_screen_shares(data, findings)
    check_annotations(data, findings)
    check_glyphs(data, findings)


def _check_element(
    element: Any,
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    canvas: tuple[float, float] | None,
    css: str = "",
    page: Page | None = None,
) -> None:
    if not (type(element) is dict or isinstance(element, Mapping)):
        return
    page = page or Page()
    written_kind = element.get("type")
    known = isinstance(written_kind, str) and written_kind in _ELEMENT_TYPE_NAMES
    kind = str(written_kind)  # as the checks name it ("None" when missing)
    style = check_style(element.get("style"), path, findings)
    check_earlier_format_fields(kind, element, path, findings, page)
    moved = elements_in_items(written_kind, element)
    misplaced = [element["items"][index] for index in moved]
    if moved:  # told once, as an error; the elements are checked as the children they are meant to be
        report_elements_in_items(kind, element, path, findings)
        element = {name: value for name, value in element.items() if name != "items"}
    meant = None if known or not isinstance(written_kind, str) else replacement_type(written_kind, element)
    if meant is not None:  # `div`, `img`, `Card`: checked as the type the error names, so one round fixes all
        kind, known = meant, True
    if known:
        check_variant(kind, element, path, findings)
        check_badge_tone(kind, element, path, findings)
        check_fields_drawn(kind, element, path, findings)
        check_own_fields_drawn(kind, element, path, findings)
        check_orientation_elsewhere(kind, element, path, findings)
        check_shadowed_fields(kind, element, path, findings)
        check_look_fields(kind, element, path, findings)
        check_image_source(kind, element, path, findings)
        check_value_drawn(kind, element, path, findings)
        check_value_list(kind, element, path, findings)
        check_markup(kind, element, path, findings)
        check_colors(kind, element, path, findings)
        check_status(kind, element, path, findings)
        check_href(kind, element, path, findings)
        check_entry_fields(kind, element, path, findings)
        check_entry_avatars(kind, element, path, findings)
        check_class_name(kind, element, path, findings, css)
        if kind == "radio":
            check_radio_checked(element, path, findings)
        if kind == "input":
            check_input_type(element, path, findings)
        if kind in ADDON_TYPES:
            check_addon_words(element, path, findings)
        if kind == "chart":
            check_chart(element, path, findings)
        if kind == "stack":
            check_stack_edges(element, path, findings)
        if kind == "map":
            check_map_markers(element, path, findings)
        if kind == "grid":
            findings.warnings += grid_fit_issues(element, path, canvas[0] if canvas else None)
        if kind == "code":
            check_code_language(element, path, findings)
        if kind == "table":
            check_table(element, path, findings)
            _check_cell_elements(element, path, findings, icon_exists, css, page)
        check_positions(kind, element, path, findings, page.lang)
        if kind == "calendar":
            _check_calendar(element, path, findings, page)
        check_contrast(kind, element, style, path, findings, page, css)
        check_painted_ground(kind, element, style, path, findings, page)
        check_drawn_empty(kind, element, path, findings)
        if not moved:  # entries written in the wrong field are content, told by elements_in_items
            check_empty_element(kind, element, path, findings)
    check_icons(element, path, findings, icon_exists)
    if canvas is not None:
        check_placement(element, path, findings, canvas)
    children = element.get("children")
    if not (isinstance(children, list) and children) and not moved:
        return  # nothing drawn inside: no page to work out
    inside = page_inside(kind, element, style, page)
    if isinstance(children, list):
        if known and kind not in CONTAINER_TYPES and children:
            findings.warn(
                (*path, "children"),
                f"'{kind}' does not draw children; these {len(children)} element(s) are ignored",
                "children_ignored",
                undrawn_children_hint(kind, element, children),
            )
        if kind == "navbar":
            check_navbar_flex(children, path, findings)
        check_empty_layouts(children, (*path, "children"), kind if known else None, findings)
        pages = layer_pages(children, inside) if kind == "stack" else None
        for index, child in enumerate(children):
            # Children are placed inside their parent: off-canvas is only judged at the top level.
            on = pages[index] if pages else inside
            _check_element(child, (*path, "children", index), findings, icon_exists, None, css, on)
    for index, entry in zip(moved, misplaced, strict=True):
        _check_element(entry, (*path, "items", index), findings, icon_exists, None, css, inside)


_ELEMENT_TYPE_NAMES = frozenset(ELEMENT_TYPES)
"""`ELEMENT_TYPES` as a set: every element asks whether its type is one."""


_CELL_TYPE_NAMES = frozenset(CELL_TYPES)


_SCALAR_CELLS = frozenset({str, int, float, bool, type(None)})


def _check_cell_elements(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    css: str,
    page: Page,
) -> None:
    """The elements drawn in a table's cells (a checkbox, a row's icon buttons), judged as any
    element is (variants, fields, icons); one of a type no cell draws (a chart, a card) is an
    error that says which types a cell draws."""
    rows = element.get("rows")
    if not isinstance(rows, list):
        return
    for row_index, row in enumerate(rows):
        cells = enumerate(row) if isinstance(row, list) else row.items() if isinstance(row, Mapping) else ()
        for key, cell in cells:
            if type(cell) in _SCALAR_CELLS:  # most cells: a table of 10,000 is judged in a few ms
                continue
            where = (*path, "rows", row_index, key)
            if isinstance(cell, Mapping):
                _check_cell_element(cell, where, findings, icon_exists, css, page)
            elif isinstance(cell, list):
                if _only_words(cell):
                    message = (
                        "a cell's list draws elements side by side, texts only beside them; got texts alone"
                    )
                    findings.error((*where, 0), message, "invalid_type", words_cell_hint(cell))
                for index, entry in enumerate(cell):
                    if isinstance(entry, Mapping):
                        _check_cell_element(entry, (*where, index), findings, icon_exists, css, page)


def _only_words(cell: list[Any]) -> bool:
    """Whether a cell's list holds texts (or numbers) and no element: tags written as a list
    (`[urgent, web]`), which would be drawn as words run together."""
    return bool(cell) and all(
        isinstance(entry, str | int | float) and not isinstance(entry, bool) for entry in cell
    )


def _check_cell_element(
    cell: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    css: str,
    page: Page,
) -> None:
    kind = cell.get("type")
    if isinstance(kind, str) and kind in _ELEMENT_TYPE_NAMES and kind not in _CELL_TYPE_NAMES:
        message = f"'{kind}' cannot be drawn in a table cell"
        findings.error((*path, "type"), message, "invalid_type", cell_type_hint(kind, cell))
        return
    # Cells are placed by their table: off-canvas is only judged at the top level.
    _check_element(cell, path, findings, icon_exists, None, css, page)


def _check_calendar(
    element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, page: Page
) -> None:
    """A calendar's dates, and a week or day view's times, in weeks that start on the day the
    document's language starts them (as the compiler draws them)."""
    first_weekday = calendar_words(page.lang, *DEFAULT_MONTH).first_weekday
    dates = calendar_issues(element, path, first_weekday=first_weekday)
    findings.errors.extend(dates.errors)
    findings.warnings.extend(dates.warnings)
