"""The published JSON Schema (Draft 2020-12) of DSL v1, generated from the pydantic models."""

from __future__ import annotations

import functools
import json
from typing import Any

from kernel.dsl.catalog import CELL_TYPES, DESCRIPTIONS, ELEMENT_TYPES
from kernel.dsl.limits import MAX_CSS, MAX_DEPTH, MAX_ELEMENTS, MAX_TABLE_CELLS, MAX_TABLE_ROWS, MAX_TEXT
from kernel.dsl.model import Document
from kernel.dsl.style_rules import STYLE_PROPERTIES

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://dsl2png.dev/schema/dsl-v1.json"

DOCUMENT_FIELDS: dict[str, str] = {
    "version": "DSL version the document was written for (informational; '1' today).",
    "title": "Title of the mockup (shown by tools, not drawn).",
    "description": "What the mockup shows (not drawn).",
    "width": "Canvas width in CSS px (default 800, or the device preset's width).",
    "height": "Canvas height in CSS px (default 600, or the device preset's height), or auto: as tall as the content.",
    "device": "Device preset: desktop 1440x900, laptop 1280x800, tablet 768x1024 @2x, mobile 390x844 @3x. Explicit width/height win.",
    "scale": "Device scale factor 1-4 (2 gives a retina image twice the CSS size).",
    "theme": "'light', 'dark', 'wireframe' (light in greyscale), or design tokens (primary, background, surface, text, font, radius, density).",
    "background": "Page background colour (CSS colour).",
    "lang": "Language of the screen's text (BCP 47: en, ar, he, ja, zh-Hant...): picks the right glyphs for Chinese, Japanese and Korean, and right-to-left for Arabic, Hebrew, Persian and Urdu.",
    "dir": "Text and layout direction, ltr or rtl (default: from lang, else ltr). Rows, navbars, forms and tables mirror; coordinates and charts do not.",
    "elements": "The content: elements drawn on the canvas, in order.",
    "padding": "The screen's padding in px around all flowed content, instead of the default margins: 24 px (16 under 600 px wide) kept by each top-level element that is content, none for what is designed edge to edge (a navbar, sidebar, footer or bottom tabs; a top-level box with a background, a size or padding at its sides).",
    "frame": "A device drawn around the screen: 'browser' (a window with an address bar; {type: browser, url} sets its text), 'window' (a desktop app's title bar showing the title; {type: window, style: mac|windows} picks its look), 'phone' (status bar, rounded body, home indicator) or 'tablet' (an even bezel, a slim status bar). The screen keeps its size; the image grows.",
    "annotations": "Numbered notes pinned to elements by id and drawn over the screen: [{target, text, label, color}].",
    "css": f"Extra CSS appended to the page (no @import, no url() other than data:, at most {MAX_CSS} characters).",
    "metadata": "Free-form data kept with the document and never rendered.",
    "responsiveBreakpoints": "Named breakpoints in px (accepted for compatibility, not used for rendering).",
}

ELEMENT_FIELDS: dict[str, str] = {
    "type": "The element type (see the enum); each draws as a modern design-system component.",
    "id": "An identifier (emitted as the HTML id).",
    "className": "Extra CSS class names, for rules in the document's `css`.",
    "children": f"Nested elements (drawn by container types; at most {MAX_DEPTH} levels deep, {MAX_ELEMENTS} elements in all).",
    "layout": "Absolute placement (x, y) inside the parent and size bounds, in px. Without x/y the element flows.",
    "style": "camelCase CSS properties from an allow-list; numbers mean px (except unitless ones such as opacity, zIndex, fontWeight; a lineHeight number is a multiple of the font size up to 4, px above).",
    "text": f"Text content (escaped, never HTML; at most {MAX_TEXT} characters).",
    "label": "Label text (buttons, form fields, stats, progress).",
    "title": "Title (cards, sections, modals, alerts, charts).",
    "description": "Secondary text under the title.",
    "placeholder": "Placeholder text of an empty field.",
    "name": "Icon name (type icon) or a person's name (avatar initials).",
    "icon": "A Lucide icon name shown with the element.",
    "iconPosition": "Where a button's, a link's or a chip's icon sits: start (before the label, the default) or end (after it: 'Next ->'; a menu item's trails the row, as a submenu's chevron); left/right are read as start/end.",
    "badge": "A count or short tag drawn on the element: a button's is a small red count on its top-right corner (a cart's 3), a card's a pill beside its title ('Most popular'; {text: LIVE, variant: danger} picks its tone). Other types draw none (a warning says so): use a badge element.",
    "src": "Image source (an image, an avatar's face, a video's poster, a card's cover at its top); only data: URIs are drawn, anything else becomes a labelled placeholder.",
    "alt": "Alternative text of a picture: an image's (its placeholder's caption without one), an avatar's "
    "face, a video's poster or a card's cover (beside their src).",
    "href": "Link target (shown, never followed).",
    "variant": "Visual variant; the values depend on the type (e.g. button primary|secondary|outline|ghost|danger|link, chart bar|line|area|pie|donut).",
    "size": "The element's size, by type: sm|md|lg for buttons, fields, tabs, badges, tables and stats; "
    "xs|sm|md|lg|xl|2xl or px for texts, avatars, spinners and ratings; sm|md|lg|xl for a header's or "
    "section's title and a modal's width (or px); px for icons, spacers, charts, progress bars and "
    "circle or rect skeletons. A button's or a field's xs is drawn sm, xl and larger lg; for a TV's "
    "or a kiosk's larger controls use style {height, fontSize} or the canvas's scale: 2.",
    "color": "A CSS colour for an icon's stroke, a progress bar's fill, a rating's stars or a timeline's "
    "line; other types warn (their variant or style colours them).",
    "disabled": "Draw the element disabled.",
    "direction": "Flow direction of children: row/horizontal or column/vertical.",
    "gap": "Space between children (px number or CSS length).",
    "padding": "Inner space (px number or CSS length).",
    "align": "Cross-axis alignment of children.",
    "justify": "Main-axis distribution of children.",
    "wrap": "Let children wrap onto several lines.",
    "level": "1-6: a heading's level (default 2); a section's or header's title size (1 the largest).",
    "items": "Entries of navbars, sidebars, menus, tabs, breadcrumbs, lists, steppers and footers: strings or {label, icon, badge, active, ...}; an avatar group's faces: names, as strings or {label} ({name} reads the same).",
    "actions": "Action buttons (modals, forms, empty states): labels or items.",
    "options": "Choices of a select or radio group: strings or {label, value, disabled, description}.",
    "columns": "Grid: a column count. Table: column names or {key, label, align, width, color}.",
    "rows": "Table: rows as lists or objects; a cell is text, a number, true/false, null, a text in a tone "
    "({text: '168/98', tone: danger}: success, warning, danger, info, neutral), or a control "
    f"element ({', '.join(CELL_TYPES)}) or a list of them side by side, with texts among them (a name beside its "
    f"avatar); at most {MAX_TABLE_ROWS} rows and {MAX_TABLE_CELLS} cells. Textarea: visible line count.",
    "checked": "Checked state of a checkbox, toggle, chip or lone radio.",
    "required": "Mark a form field required.",
    "error": "Error message under a form field.",
    "hint": "Help text under a form field.",
    "inputType": "HTML input type for an input (text, email, password, number, ...).",
    "min": "Minimum (sliders, progress).",
    "max": "A slider's or progress bar's maximum (default 100), a rating's number of stars (default 5), "
    "an avatar group's faces before its +N (default 5).",
    "step": "Step of a slider.",
    "active": "The active entry (index or label): the tab of tabs, a navbar's or sidebar's item, an "
    "accordion's open item, a stepper's current step when no current is given.",
    "current": "Current page (pagination) or step index (stepper, 0-based).",
    "total": "Total pages (pagination).",
    "change": "Change shown by a stat, e.g. '+12%'.",
    "data": "Chart data: {labels, values} or {labels, series: [{name, values}]}.",
    "month": "Month of a calendar, YYYY-MM.",
    "language": "A code element's language (python, ts, bash, json, yaml, sql, diff...): colours its tokens.",
    "events": "Calendar events [{date, label, time, color}].",
    "lines": "A skeleton's line count: a text skeleton's bars (default 3), the lines beside a row "
    "skeleton's face (default 2), a card skeleton's bars under its picture (default 3).",
    "duration": "Duration label of a video.",
    "status": "Status dot of an avatar (online, away, busy, offline).",
    "striped": "Zebra-striped table rows.",
    "selectable": "A table's checkbox column: a checkbox before each row and in the header, for bulk actions; false with selectedRows tints the selected rows without checkboxes (a list view).",
    "selectedRows": "The rows (indexes from 0) selected in a table, or true for all: ticked in its checkbox column and tinted (tinted only with selectable: false).",
    "ordered": "Numbered list.",
    "removable": "A remove cross on a chip, a close button on an alert.",
    "onClick": "Accepted from the earlier format, never emitted (a warning says so).",
    "onChange": "Accepted from the earlier format, never emitted (a warning says so).",
    "onHover": "Accepted from the earlier format, never emitted (a warning says so).",
}
"""What editors show for an element's fields (hover help), for the fields whose model gives no
description of its own: one with a `Field(description=...)` is published as written there."""

_EXAMPLE: dict[str, Any] = {
    "width": 800,
    "height": 600,
    "elements": [
        {"type": "heading", "level": 1, "text": "Welcome"},
        {"type": "button", "label": "Get started", "variant": "primary"},
    ],
}


@functools.cache
def _build() -> str:
    schema = Document.model_json_schema(mode="validation")
    defs: dict[str, Any] = schema.get("$defs", {})
    _describe(schema.get("properties", {}), DOCUMENT_FIELDS)
    element = defs.get("Element", {})
    properties = element.get("properties", {})
    _describe(properties, ELEMENT_FIELDS)
    if "type" in properties:
        properties["type"]["description"] = (
            ELEMENT_FIELDS["type"]
            + " "
            + "; ".join(f"{name}: {DESCRIPTIONS.get(name, '')}" for name in ELEMENT_TYPES)
        )
    if "style" in properties:
        _restrict_style_keys(properties["style"])
    for model in (schema, *defs.values()):
        _allow_null_in_optional_fields(model)
    published: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "dsl2png mockup document (DSL v1)",
        "description": (
            "A UI mockup as JSON or YAML: canvas, theme and elements. dsl2png renders it to PNG. "
            "Also accepts the earlier 'DSL to PNG MCP' format unchanged."
        ),
        "examples": [_EXAMPLE],
    }
    published.update({k: v for k, v in schema.items() if k not in {"title", "description"}})
    return json.dumps(published, sort_keys=True)


def _describe(properties: dict[str, Any], descriptions: dict[str, str]) -> None:
    for name, prop in properties.items():
        if name in descriptions:
            prop["description"] = descriptions[name]


def _restrict_style_keys(style: dict[str, Any]) -> None:
    """Put the allow-list in the schema, so editors and agents see valid style keys."""
    names = {"enum": sorted(STYLE_PROPERTIES)}
    for branch in style.get("anyOf", [style]):
        if branch.get("type") == "object":
            branch["propertyNames"] = names


_ANNOTATIONS = frozenset({"default", "description", "title", "examples", "deprecated"})


def _allow_null_in_optional_fields(model: dict[str, Any]) -> None:
    """Say what validation does: null in an optional field means "not written" (the field takes
    its default), so a generator that writes `disabled: null` is not told otherwise by its editor."""
    required = set(model.get("required", ()))
    for name, prop in model.get("properties", {}).items():
        if name in required or _allows_null(prop):
            continue
        if "anyOf" in prop:
            prop["anyOf"].append({"type": "null"})
            continue
        core = {key: prop.pop(key) for key in list(prop) if key not in _ANNOTATIONS}
        prop["anyOf"] = [core, {"type": "null"}]


def _allows_null(prop: dict[str, Any]) -> bool:
    kind = prop.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_allows_null(branch) for branch in (*prop.get("anyOf", ()), *prop.get("oneOf", ())))


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a document; a fresh copy each call, identical output every time."""
    return json.loads(_build())  # type: ignore[no-any-return]


def json_schema_text(*, indent: int | None = 2) -> str:
    """The schema as stable JSON text (sorted keys), for `dsl2png schema` and the docs."""
    return json.dumps(json_schema(), indent=indent, sort_keys=True, ensure_ascii=False) + "\n"
