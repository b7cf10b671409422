"""Hard limits on documents and canvases, and the checks that report each limit by name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kernel.dsl.data_uris import starts_with_image_data
from kernel.dsl.options import RenderOptions, Viewport, resolve_viewport
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
MAX_SIDE = 8000
"""Canvas width or height in CSS px."""
MAX_PIXELS = 40_000_000
"""Image pixels after the device scale factor (width x height x scale^2)."""
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


def check_source_size(size: int) -> list[Issue]:
    """The raw document must fit in MAX_DOCUMENT_BYTES."""
    if size <= MAX_DOCUMENT_BYTES:
        return []
    return [
        Issue(
            path="",
            message=f"document size {size} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes (1 MiB)",
            code="limit_document_size",
            suggestion="split the screen into several documents or shorten long texts",
        )
    ]


def check_canvas(viewport: Viewport) -> list[Issue]:
    """Canvas side and total pixel limits; paths name the field a caller would change."""
    issues: list[Issue] = []
    sides = (
        ("width", viewport.width, viewport.width - viewport.screen_width),
        ("height", viewport.height, viewport.height - viewport.screen_height),
    )
    for name, side, added in sides:
        if side > MAX_SIDE:
            extra = f" (the screen's {side - added} px and {added} px of frame or notes)" if added else ""
            issues.append(
                Issue(
                    path=f"/{name}",
                    message=f"canvas {name} {side} px{extra} exceeds the limit of {MAX_SIDE} px",
                    code="limit_canvas_side",
                    suggestion=f"use a {name} of at most {MAX_SIDE - added}",
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
                    f"exceeds the limit of {MAX_PIXELS // 1_000_000} megapixels"
                ),
                code="limit_canvas_pixels",
                suggestion=_pixels_suggestion(viewport),
            )
        )
    return issues


def _pixels_suggestion(viewport: Viewport) -> str:
    """The tallest screen the pixel limit allows at this width and scale, when there is one."""
    frame = viewport.height - viewport.screen_height
    tallest = int(MAX_PIXELS / viewport.pixel_width / viewport.scale) - frame
    if tallest < 1:
        return "lower the scale or the canvas size"
    return f"make the height at most {tallest} px at this width and scale, or lower the width or the scale"


CANVAS_LIMIT_CODES = frozenset({"limit_canvas_side", "limit_canvas_pixels"})
"""The codes of `check_canvas`' issues."""


def check_document_canvas(document: Document, options: RenderOptions | None = None) -> list[Issue]:
    """`check_canvas` on the viewport a render of `document` gets with `options` (default: none),
    each issue at the document's field that set the size: the pixel limit blames `/scale` when
    the document wrote one, else its `device`, else its `/width`. What a render refuses, for a
    validator to report before rendering."""
    viewport = resolve_viewport(document, options or RenderOptions())
    issues = check_canvas(viewport)
    if document.scale is None:
        where = "/device" if document.device else "/width"
        issues = [replace(issue, path=where) if issue.path == "/scale" else issue for issue in issues]
    return issues


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
                    message=f"document has more than {MAX_NODES} values, the limit",
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
                issues.append(
                    Issue(
                        path=pointer(path),
                        message=f"element count exceeds the limit of {MAX_ELEMENTS}",
                        code="limit_elements",
                        suggestion="split the screen into several documents",
                    )
                )
        if len(path) > MAX_DATA_DEPTH:
            if not reported & {"data_depth", "depth"}:  # one depth error is enough
                reported.add("data_depth")
                issues.append(data_depth_issue(path))
            continue
        kind = type(value)  # parsed JSON/YAML is made of exact types, cheaper to test than ABCs
        if kind in _SCALARS:
            if kind is int and not -_TOO_LONG < value < _TOO_LONG:
                issues.append(long_number_issue(pointer(path)))
            continue
        if isinstance(value, str):
            _check_string(value, path, issues)
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
    return issues


_TOO_LONG = 10**MAX_NUMBER_DIGITS
"""The smallest integer with more than MAX_NUMBER_DIGITS digits."""


def data_depth_issue(path: tuple[str | int, ...]) -> Issue:
    """The error for a value nested deeper than MAX_DATA_DEPTH, at `path`."""
    return Issue(
        path=pointer(path),
        message=f"data nesting depth {len(path)} exceeds the limit of {MAX_DATA_DEPTH}",
        code="limit_depth",
    )


def long_number_issue(path: str) -> Issue:
    """The error for an integer of more than MAX_NUMBER_DIGITS digits, at `path`."""
    return Issue(
        path=path,
        message=f"a number of more than {MAX_NUMBER_DIGITS} digits is too long to read",
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
                message=f"key length {len(key)} exceeds the limit of {MAX_TEXT} characters",
                code="limit_string_length",
            )
        surrogate = lone_surrogate(key)
        return None if surrogate is None else lone_surrogate_issue(pointer(path), surrogate, key=key)
    if type(key) is int and not -_TOO_LONG < key < _TOO_LONG:
        return long_number_issue(pointer(path))
    return None


def _check_string(value: str, path: tuple[str | int, ...], issues: list[Issue]) -> None:
    if not value.isascii() and (surrogate := lone_surrogate(value)) is not None:
        issues.append(lone_surrogate_issue(pointer(path), surrogate))
    if len(value) <= MAX_TEXT:
        return
    is_css = path == ("css",)
    is_image = starts_with_image_data(value)
    limit = MAX_CSS if is_css else MAX_IMAGE_DATA if is_image else MAX_TEXT
    if len(value) > limit:
        issues.append(
            Issue(
                path=pointer(path),
                message=f"string length {len(value)} exceeds the limit of {limit} characters",
                code="limit_css_length" if is_css else "limit_string_length",
            )
        )


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
