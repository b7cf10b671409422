"""Hard limits on documents and canvases, and the checks that report each limit by name."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from kernel.dsl.canvas_limits import MAX_PIXELS, MAX_SIDE
from kernel.dsl.chart_limits import check_chart_size
from kernel.dsl.data_uris import starts_with_image_data
from kernel.dsl.options import OPTIONS_PATH, RenderOptions, Viewport, is_option_path, resolve_viewport
from kernel.dsl.picture_pixels import MAX_PICTURE_PIXELS, describe_size, oversized_pictures
from kernel.dsl.surrogates import lone_surrogate, lone_surrogate_issue
from kernel.errors import Issue

if TYPE_CHECKING:
    from kernel.dsl.model import Document

MAX_DOCUMENT_BYTES = 1024 * 1024
"""Size of the raw source (UTF-8 bytes), checked before parsing."""
MAX_DEPTH = 24
"""How deeply elements may nest through `children` (a top-level element is at depth 1)."""
MAX_DATA_DEPTH = 64
"""How deeply any JSON/YAML value may nest (objects and lists, e.g. inside `metadata`)."""
MAX_ELEMENTS = 2000
"""Elements in the whole document, nested ones included."""
MAX_NODES = 200_000
"""Values (objects, lists, scalars) in the whole parsed document."""
MAX_YAML_NODES = 100_000
"""YAML nodes after expanding aliases; stops alias bombs before any object is built."""
MAX_EXPANDED_BYTES = MAX_DOCUMENT_BYTES
"""Size of the parsed document written out as compact JSON (UTF-8), each YAML alias expanded
(kernel.dsl.expanded_size): a string is one YAML node whatever its length, so 99,000 aliases of a
10,000-character text pass MAX_YAML_NODES in a 300 KB text yet stand for 1 GB. The same figure
as the source's: an object sent as such was held to it as its JSON text already."""
MAX_TEXT = 10_000
"""Characters in any one string value (keys included), except `css` and images (`MAX_IMAGE_DATA`)."""
MAX_IMAGE_DATA = MAX_DOCUMENT_BYTES
"""Characters in a string that is a `data:` image (a `src`, or a style's `url(data:image/...)`):
images are embedded, never fetched, so a logo or a photo needs more than a text does; the
document's size limit bounds them."""
MAX_CSS = 100_000
"""Characters in the document's `css`."""
MAX_NUMBER_DIGITS = 4300
"""Digits in an integer: Python's own default bound on turning text into an int and back (the
conversion takes quadratic time), which a longer one made fail deep inside the parser."""
MAX_CHART_VALUE = 1e100
"""Size of a chart's value, either sign: the axis between the least and the greatest is computed
with floats, and two values near the float's end (1e308 and -1e308) make a span no float holds."""
MAX_TABLE_ROWS = 500
"""Rows of one table. Chromium lays a table out whole before it draws any of it, and a canvas
shows some 340 rows at most (a full page stops at 16,384 px), so more rows only cost time:
measured on a loaded 2-core machine (bench/bench_table_limit.py), 500 rows of 8 columns render
in about 6 s, within the 15 s render deadline with margin; 3,000 rows of 5 miss it."""
MAX_TABLE_CELLS = 4000
"""Cells of one table (each row counted as wide as `columns`, or its own length if longer):
200 rows of 20 columns render in about 6 s; 1,000 rows of 20 miss the deadline."""
MAX_ISSUES = 2000
"""Problems the schema pass, and again the semantic pass, work out one by one (each with its
hint, its place in the text, its group): some 0.1 ms each, and a document within the limits
above can hold 100,000 unknown fields (11 s, all to tell one mistake 100,000 times). Past it,
the pass stops and says so at the first problem it left (`limit_issues`); a reader mends the
first ones and validates again. Above the 1,500 alike warnings a reader was shown grouped."""
MAX_WEBP_SIDE = 16_383
"""Image pixels a side of a WebP image (the format stores each side in 14 bits): Chromium makes
no image at all past it."""


def check_source_size(size: int) -> list[Issue]:
    """The raw document must fit in MAX_DOCUMENT_BYTES."""
    if size <= MAX_DOCUMENT_BYTES:
        return []
    return [
        Issue(
            path="",
            message=f"document size {size:,} bytes exceeds the limit of {MAX_DOCUMENT_BYTES:,} bytes (1 MiB)",
            code="limit_document_size",
            suggestion="split the screen into several documents or shorten long texts",
        )
    ]


CanvasSide = Literal["width", "height"]

ASSUMED_SIDES: tuple[CanvasSide, ...] = ("height",)
"""The side a too-large image's advice names when nobody says which sides the caller chose: a
long page's height, the side that usually grows."""


def check_canvas(viewport: Viewport, chosen: tuple[CanvasSide, ...] = ASSUMED_SIDES) -> list[Issue]:
    """Canvas side and total pixel limits; paths name the field a caller would change. `chosen`:
    the sides the caller set (`chosen_sides`), which a too-large image's message and advice name,
    each with the most it may be at the other side and the scale (none: the scale alone)."""
    issues: list[Issue] = []
    sides = (
        ("width", viewport.width, viewport.width - viewport.screen_width),
        ("height", viewport.height, viewport.height - viewport.screen_height),
    )
    for name, side, added in sides:
        if side > MAX_SIDE:
            extra = f" (the screen's {side - added:,} px and {added:,} px of frame or notes)" if added else ""
            issues.append(
                Issue(
                    path=f"/{name}",
                    message=f"canvas {name} {side:,} px{extra} exceeds the limit of {MAX_SIDE:,} px",
                    code="limit_canvas_side",
                    suggestion=f"use a {name} of at most {MAX_SIDE - added:,}",
                )
            )
        elif side < 1:
            issues.append(
                Issue(path=f"/{name}", message=f"canvas {name} must be at least 1 px", code="out_of_range")
            )
    pixels = viewport.pixel_width * viewport.pixel_height
    if pixels > MAX_PIXELS:
        issues.append(
            Issue(
                path="/scale",
                message=(
                    f"image of {viewport.pixel_width}x{viewport.pixel_height} px "
                    f"({pixels / 1e6:.1f} megapixels at scale {viewport.scale:g}) "
                    f"exceeds the limit of {MAX_PIXELS // 1_000_000} megapixels{_sides_over(viewport, chosen)}"
                ),
                code="limit_canvas_pixels",
                suggestion=_pixels_suggestion(viewport, chosen),
            )
        )
    return issues


def _most_allowed(viewport: Viewport, side: CanvasSide) -> int:
    """The most CSS px the screen's `side` may be for the image to keep to MAX_PIXELS, at the
    other side and the scale as they are (its frame or notes counted); below 1 when no size will."""
    if side == "width":
        other, added = viewport.pixel_height, viewport.width - viewport.screen_width
    else:
        other, added = viewport.pixel_width, viewport.height - viewport.screen_height
    return int(MAX_PIXELS / other / viewport.scale) - added


def _sides_over(viewport: Viewport, chosen: tuple[CanvasSide, ...]) -> str:
    """`: its width of 8,000 px is more than the 1,250 px ...` for each of the `chosen` sides a
    smaller size would bring within the limit ("" for none)."""
    over = [
        f"its {side} of {getattr(viewport, f'screen_{side}'):,} px is more than the {most:,} px it may be "
        f"at this {'height' if side == 'width' else 'width'} and scale"
        for side in chosen
        if (most := _most_allowed(viewport, side)) >= 1
    ]
    return f": {', and '.join(over)}" if over else ""


def _pixels_suggestion(viewport: Viewport, chosen: tuple[CanvasSide, ...]) -> str:
    """Each of the `chosen` sides at the most the pixel limit allows at the other and the scale,
    when there is one; a lower scale always."""
    sizes = [
        f"the {side} at most {most:,} px at this {'height' if side == 'width' else 'width'} and scale"
        for side in chosen
        if (most := _most_allowed(viewport, side)) >= 1
    ]
    if not sizes:
        return "lower the scale or the canvas size"
    return f"make {', or '.join(sizes)}, or lower the scale"


WEBP_LIMIT = "limit_webp_side"
"""The code of a WebP image wider or taller than the format holds."""
CANVAS_LIMIT_CODES = frozenset({"limit_canvas_side", "limit_canvas_pixels", WEBP_LIMIT})
"""The codes of `check_document_canvas`' issues."""


def check_document_canvas(document: Document, options: RenderOptions | None = None) -> list[Issue]:
    """`check_canvas` on the viewport a render of `document` gets with `options` (default: none),
    and the size its image format holds (`check_image_format`), each issue at the field that set
    what is too large, an option's (`/options/width`) or else the document's (`/width`; see
    `canvas_fields`). What a render refuses, for a validator to report before rendering."""
    options = options or RenderOptions()
    viewport = resolve_viewport(document, options)
    fields = canvas_fields(document, options)
    checked = check_canvas(viewport, chosen_sides(document, options))
    issues = [replace(issue, path=fields[issue.path[1:]]) for issue in checked]
    return issues + check_image_format(viewport, options, fields)


def chosen_sides(document: Document, options: RenderOptions) -> tuple[CanvasSide, ...]:
    """The sides of the canvas the caller chose, which a too-large image's advice names: the
    request's `width` and `height` options, when it gives either, else the document's own
    (a number, not `auto`), as `resolve_viewport` reads them; none when a device or the
    default canvas sets both (the scale is then what to lower)."""
    sides: tuple[CanvasSide, ...] = ("width", "height")
    asked = tuple(side for side in sides if getattr(options, side) is not None)
    if asked:
        return asked
    return tuple(side for side in sides if isinstance(getattr(document, side), int | float))


def canvas_fields(document: Document, options: RenderOptions) -> dict[str, str]:
    """The path of the field that set the canvas's `width` and `height` as `resolve_viewport`
    reads them (an option over the document, a width over a device), and of the one to blame for
    its pixels (at `scale`, where `check_canvas` puts them): the request's canvas options, when
    it gives any, made the image that large (its scale, device, width, height, in this order);
    else the document's scale, device or width (at 1x it is the size that is large)."""
    device = f"{OPTIONS_PATH}/device" if options.device else "/device" if document.device else None

    def side(name: str) -> str:
        if getattr(options, name) is not None:
            return f"{OPTIONS_PATH}/{name}"
        if options.device is None and getattr(document, name) is not None:
            return f"/{name}"
        return device or f"/{name}"

    width = side("width")
    given = [name for name in ("scale", "device", "width", "height") if getattr(options, name) is not None]
    if given:
        pixels = f"{OPTIONS_PATH}/{given[0]}"
    elif document.scale is not None:
        pixels = "/scale"
    else:
        pixels = device or width
    return {"width": width, "height": side("height"), "scale": pixels}


def check_image_format(viewport: Viewport, options: RenderOptions, fields: dict[str, str]) -> list[Issue]:
    """A WebP image wider or taller than MAX_WEBP_SIDE image px, side by side: at the option
    that set that side, else at the scale option, else at the format (a PNG or a JPEG holds it).
    `fields`: `canvas_fields`. A full page only grows, so its canvas is checked too; a cropped
    image is cut to its content, whose size only the render knows."""
    if options.format != "webp" or options.crop:
        return []
    issues = []
    sides = (
        ("width", "wide", viewport.width, viewport.width - viewport.screen_width),
        ("height", "tall", viewport.height, viewport.height - viewport.screen_height),
    )
    for name, adjective, side, added in sides:
        pixels = math.ceil(side * viewport.scale)  # as the renderer rounds (render_worker.page_slot)
        if pixels <= MAX_WEBP_SIDE:
            continue
        if is_option_path(fields[name]):
            blamed = fields[name]
        else:
            blamed = f"{OPTIONS_PATH}/{'scale' if options.scale is not None else 'format'}"
        most = math.floor(MAX_WEBP_SIDE / viewport.scale) - added
        issues.append(
            Issue(
                path=blamed,
                message=(
                    f"a WebP image is at most {MAX_WEBP_SIDE:,} px a side, and this one would be "
                    f"{pixels:,} px {adjective} ({side} px at scale {viewport.scale:g})"
                ),
                code=WEBP_LIMIT,
                suggestion=f"render it as png or jpeg, or make the {name} at most {most} px at scale "
                f"{viewport.scale:g}, or lower the scale",
            )
        )
    return issues


def only_options_to_blame(issues: list[Issue]) -> bool:
    """Whether every one of `issues` is at a render option: the document alone would render."""
    return bool(issues) and all(is_option_path(issue.path) for issue in issues)


_SCALARS = frozenset({int, float, bool, type(None)})
OTHER, ELEMENT_LIST, ELEMENT = 0, 1, 2
"""Roles of a value in `check_data_limits`' walk."""


def check_data_limits(data: Any) -> list[Issue]:
    """Depth, element count, node count, string lengths, integers' digits and lone surrogates
    (in texts and keys) on raw parsed data, with JSON paths.

    Iterative (an explicit stack), so hostile nesting cannot exhaust Python's recursion limit.
    Depth, element and node limits are reported once, at the first place they are exceeded.
    """
    issues: list[Issue] = []
    reported: set[str] = set()
    nodes = 0
    elements = 0
    counted: int | None = None  # where the element count's issue is in `issues`
    pictures: dict[int, list[tuple[int, int]]] = {}  # id of a text -> its oversized pictures
    # Each entry: a value, its path, and its role (ELEMENT: an item of /elements or of an
    # element's `children`; ELEMENT_LIST: such a list), known on the way down without re-reading
    # the path (what `is_element_path` tells from a whole path).
    stack: list[tuple[Any, tuple[str | int, ...], int]] = [(data, (), OTHER)]
    while stack:
        value, path, role = stack.pop()
        is_element = role == ELEMENT
        nodes += 1
        if nodes > MAX_NODES:
            issues.append(
                Issue(
                    path="",
                    message=f"document has more than {MAX_NODES:,} values, the limit",
                    code="limit_nodes",
                )
            )
            break
        if is_element:
            elements += 1
            element_depth = len(path) // 2
            if element_depth > MAX_DEPTH and "depth" not in reported:
                reported.add("depth")
                issues.append(
                    Issue(
                        path=pointer(path),
                        message=f"nesting depth {element_depth} exceeds the limit of {MAX_DEPTH}",
                        code="limit_depth",
                        suggestion="flatten the layout: fewer wrapper containers, use row/column/grid",
                    )
                )
            if elements > MAX_ELEMENTS and "elements" not in reported:
                reported.add("elements")
                counted = len(issues)  # its message says the count, known once the walk ends
                issues.append(
                    Issue(
                        path=pointer(path),
                        message=f"element count exceeds the limit of {MAX_ELEMENTS}",
                        code="limit_elements",
                        suggestion="split the screen into several documents",
                    )
                )
            if kind_is_table(value):
                issues.extend(check_table_size(value, pointer(path)))
            elif isinstance(value, Mapping) and value.get("type") == "chart":
                issues.extend(check_chart_size(value, pointer(path)))
        if len(path) > MAX_DATA_DEPTH:
            if not reported & {"data_depth", "depth"}:  # one depth error is enough
                reported.add("data_depth")
                issues.append(data_depth_issue(path))
            continue
        kind = type(value)  # parsed JSON/YAML is made of exact types, cheaper to test than ABCs
        if kind in _SCALARS:
            if kind is int and not -_TOO_LONG < value < _TOO_LONG:
                issues.append(long_number_issue(pointer(path)))
            elif kind is float and not math.isfinite(value):
                issues.append(non_finite_number_issue(value, pointer(path)))
            continue
        if isinstance(value, str):
            _check_string(value, path, issues, pictures)
        elif kind is dict or isinstance(value, Mapping):
            for key, child in reversed(value.items() if kind is dict else list(value.items())):
                # A short ASCII text, as nearly every key is, needs no closer look.
                if type(key) is not str or not key.isascii() or len(key) > MAX_TEXT:
                    refused = _key_issue(key, path)
                    if refused is not None:  # its value is not walked: its path would hold the key
                        issues.append(refused)
                        continue
                holds_elements = (key == "elements" and not path) or (key == "children" and is_element)
                stack.append((child, (*path, key), ELEMENT_LIST if holds_elements else OTHER))
        elif isinstance(value, list | tuple):
            item_role = ELEMENT if role == ELEMENT_LIST else OTHER
            stack.extend((value[index], (*path, index), item_role) for index in range(len(value) - 1, -1, -1))
    if counted is not None:
        issues[counted] = replace(
            issues[counted],
            message=f"the document has {elements:,} elements, past the limit of {MAX_ELEMENTS:,} elements",
        )
    return issues


def kind_is_table(value: Any) -> bool:
    """Whether an element's raw data is a table's."""
    return isinstance(value, Mapping) and value.get("type") == "table"


def check_table_size(table: Mapping[str, Any], path: str) -> list[Issue]:
    """A table's rows and cells within MAX_TABLE_ROWS and MAX_TABLE_CELLS, told at its `rows`."""
    rows, columns = table.get("rows"), table.get("columns")
    if not isinstance(rows, list | tuple):
        return []
    width = len(columns) if isinstance(columns, list | tuple) else 0
    split = (
        "split the table over several documents (a canvas shows some 340 rows at most), or show fewer rows"
    )
    if len(rows) > MAX_TABLE_ROWS:
        return [
            Issue(
                path=f"{path}/rows",
                message=f"the table has {len(rows):,} rows, past the limit of {MAX_TABLE_ROWS:,} rows a table may have",
                code="limit_table_rows",
                suggestion=split,
            )
        ]
    cells = sum(max(width, len(row)) if isinstance(row, list | tuple | Mapping) else width for row in rows)
    if cells > MAX_TABLE_CELLS:
        return [
            Issue(
                path=f"{path}/rows",
                message=f"the table has {cells:,} cells, past the limit of {MAX_TABLE_CELLS:,} cells a table may have",
                code="limit_table_cells",
                suggestion=split + ", or fewer columns",
            )
        ]
    return []


_TOO_LONG = 10**MAX_NUMBER_DIGITS
"""The smallest integer with more than MAX_NUMBER_DIGITS digits."""


def data_depth_issue(path: tuple[str | int, ...]) -> Issue:
    """The error for a value nested deeper than MAX_DATA_DEPTH, at `path`."""
    return Issue(
        path=pointer(path),
        message=f"data nesting depth {len(path)} exceeds the limit of {MAX_DATA_DEPTH}",
        code="limit_depth",
    )


def non_finite_number_issue(value: float, path: str) -> Issue:
    """The error for an infinity or a NaN (YAML's `.inf`, `-.inf`, `.nan`; JSON cannot write
    them), at `path`: no size, count, value or cell means one, and every pass after this one
    would have to guard its arithmetic against it."""
    written = ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
    return Issue(
        path=path,
        message=f"{written} is not a finite number: a document's numbers must be finite",
        code="non_finite_number",
        suggestion="write a finite number, or a text in quotes",
    )


def long_number_issue(path: str) -> Issue:
    """The error for an integer of more than MAX_NUMBER_DIGITS digits, at `path`."""
    return Issue(
        path=path,
        message=f"a number of more than {MAX_NUMBER_DIGITS:,} digits is too long to read",
        code="limit_number_length",
        suggestion="a size, a count or a chart's value needs a few digits; write an identifier as text, in quotes",
    )


def _key_issue(key: object, path: tuple[str | int, ...]) -> Issue | None:
    """What is wrong with an object's key (too long, a lone surrogate, a number too long), told
    at the object's path; None for a fine key."""
    if isinstance(key, str):
        if len(key) > MAX_TEXT:
            return Issue(
                path=pointer(path),
                message=f"key length {len(key):,} exceeds the limit of {MAX_TEXT:,} characters",
                code="limit_string_length",
                suggestion="a key names a field or an entry in a few words: the long text goes in its value",
            )
        surrogate = lone_surrogate(key)
        return None if surrogate is None else lone_surrogate_issue(pointer(path), surrogate, key=key)
    if type(key) is int and not -_TOO_LONG < key < _TOO_LONG:
        return long_number_issue(pointer(path))
    return None


def _check_string(
    value: str, path: tuple[str | int, ...], issues: list[Issue], pictures: dict[int, list[tuple[int, int]]]
) -> None:
    """A text's lone surrogate, its embedded pictures past their pixel limit and its length.
    `pictures`: the oversized pictures of each text read already, by identity: a text repeated
    through YAML aliases is one object, whose pictures' headers are read once, not at each use."""
    if not value.isascii() and (surrogate := lone_surrogate(value)) is not None:
        issues.append(lone_surrogate_issue(pointer(path), surrogate))
    if "data:image/" in value:
        sizes = pictures.get(id(value))
        if sizes is None:
            sizes = pictures[id(value)] = list(oversized_pictures(value))
        issues.extend(_picture_pixels_issue(pointer(path), size) for size in sizes)
    if len(value) <= MAX_TEXT:
        return
    is_css = path == ("css",)
    is_image = starts_with_image_data(value)
    limit = MAX_CSS if is_css else MAX_IMAGE_DATA if is_image else MAX_TEXT
    if len(value) > limit:
        issues.append(
            Issue(
                path=pointer(path),
                message=f"string length {len(value):,} exceeds the limit of {limit:,} characters",
                code="limit_css_length" if is_css else "limit_string_length",
                suggestion=_CSS_HINT if is_css else _IMAGE_DATA_HINT if is_image else _TEXT_HINT,
            )
        )


def _picture_pixels_issue(path: str, size: tuple[int, int]) -> Issue:
    return Issue(
        path=path,
        message=(
            f"the embedded picture is {describe_size(size)}, more than the {MAX_PICTURE_PIXELS // 1_000_000} megapixels "
            "an image may have (Chromium would unpack it to 4 bytes a pixel to draw it)"
        ),
        code="limit_image_pixels",
        suggestion="scale the picture down before embedding it: a screen shows at most 8,000 px a side",
    )


_TEXT_HINT = (
    f"a screen shows a few lines of any one text: shorten it, or split it over several paragraphs, "
    f"each at most {MAX_TEXT} characters"
)
_CSS_HINT = (
    "keep to the rules this screen needs: the elements are styled already, so a framework's "
    "whole stylesheet is not needed; or set looks in the elements' own style"
)
_IMAGE_DATA_HINT = "embed a smaller image: fewer pixels, or JPEG or WebP, which compress a photo better"


def pointer(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """JSON pointer (RFC 6901) for a path of keys and indexes: ("elements", 3, "type") -> /elements/3/type."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def is_element_path(path: tuple[str | int, ...]) -> bool:
    """True for `/elements/N` and `/elements/N/children/M/...` (the places elements live)."""
    if len(path) < 2 or path[0] != "elements" or not isinstance(path[1], int):
        return False
    rest = path[2:]
    return len(rest) % 2 == 0 and all(
        rest[i] == "children" and isinstance(rest[i + 1], int) for i in range(0, len(rest), 2)
    )


def too_many_issues(path: str) -> Issue:
    """The error a pass that stopped at MAX_ISSUES problems tells at `path`, the first it left."""
    return Issue(
        path=path,
        message=(
            f"validation stopped after {MAX_ISSUES:,} problems: the ones from here on are not told one by one"
        ),
        code="limit_issues",
        suggestion="mend the problems told (often one mistake repeated), then validate again",
    )
