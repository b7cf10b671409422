"""Embedded images: the only pictures a page may show (nothing is ever fetched)."""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
import zlib
from dataclasses import dataclass
from functools import lru_cache
from xml.etree import ElementTree

_IMAGE_DATA_URI = re.compile(r"^data:image/(png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]", re.I)
_EMBEDDED_IMAGE_VALUE = re.compile(r"""^\s*(?:url\(\s*["']?\s*)?data:image/""", re.I)

IMAGE_SOURCE_TYPES = frozenset({"image", "avatar", "video", "card"})
"""Element types whose `src` is a picture (a video's is its poster, a card's its cover)."""


def is_image_data_uri(src: str | None) -> bool:
    """True for `data:image/...` URIs of the formats Chromium draws."""
    return bool(src) and bool(_IMAGE_DATA_URI.match(src.strip()))  # type: ignore[union-attr]


def starts_with_image_data(value: str) -> bool:
    """True for a value that begins with an embedded image: `data:image/...`, or a style's
    `url(data:image/...)` (then perhaps a position and a size)."""
    return bool(_EMBEDDED_IMAGE_VALUE.match(value[:40]))


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
"""The first bytes of each raster format Chromium draws (WebP, AVIF and SVG are told apart below)."""
_SVG_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s/>]", re.I | re.S
)
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_DATA_URI = re.compile(r"^data:([^,]*),(.*)$", re.S | re.I)


def image_format(data: bytes) -> str | None:
    """The picture format `data` begins with (`png`, `jpeg`, `gif`, `webp`, `avif`, `bmp`, `svg+xml`),
    or None when it holds none of them."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return "avif"
    if _SVG_START.match(data[:4096]):
        return "svg+xml"
    return None


def _forgiving_base64(text: str) -> bytes | None:
    """`text` decoded as a data: URL's base64 is (whitespace ignored, padding optional), or None."""
    compact = re.sub(r"\s+", "", text)
    if not _BASE64.fullmatch(compact) or len(compact.rstrip("=")) % 4 == 1:
        return None
    padded = compact.rstrip("=") + "=" * (-len(compact.rstrip("=")) % 4)
    try:
        return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None


SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
_ROOT_SVG_TAG = re.compile(rb"<svg(?=[\s/>])", re.I)
_NEEDS_ESCAPE = re.compile(r"[#\x00-\x1f\x7f]")
"""What a data URI's text may not hold as written: `#` begins a fragment (the picture ends
there), and the URL parser drops tabs and line breaks."""
_SMALL_SOURCE = 65_536
"""Sources up to this many characters are read once per process (see `read_image_uri`)."""


@dataclass(frozen=True)
class ReadPicture:
    """What an embedded picture's `src` is to Chromium: the URI that draws it (`uri`), or why
    none does (`problem`, words to end "'src' is a data: URI that ..." with)."""

    uri: str | None
    problem: str | None = None


def read_image_uri(src: str | None) -> ReadPicture:
    """A `data:image/...` URI as Chromium can draw it, or what keeps it from being drawn.

    Chromium goes by a raster's bytes whatever format the URI names, but draws an SVG only when
    the URI says `image/svg+xml` and the text is well-formed XML in the SVG namespace. So an
    SVG written as plain text is percent-encoded where it has to be (`fill='#16a34a'`: the `#`
    ended the picture), given the namespace when it has none (`<svg width=...>`), and named as
    the SVG it is; the author's intent is plain. A file cut short (a PNG with no image data, an
    SVG not closed) draws nothing: that is a problem, as a placeholder is (`...`, `AAAA`).
    """
    text = (src or "").strip()
    if not is_image_data_uri(text):
        return ReadPicture(None, "is no data: image")
    if len(text) <= _SMALL_SOURCE:
        return _read_small(text)
    return _read(text)


@lru_cache(maxsize=256)
def _read_small(text: str) -> ReadPicture:
    """`_read` of a source short enough to remember: validation and compiling both ask."""
    return _read(text)


def _read(text: str) -> ReadPicture:
    match = _DATA_URI.match(text)
    if match is None:
        return ReadPicture(None, "is no data: image")
    header, payload = match.group(1), match.group(2)
    base64_data = header.lower().endswith(";base64")
    data = _forgiving_base64(payload) if base64_data else urllib.parse.unquote_to_bytes(payload)
    found = image_format(data) if data is not None else None
    if data is None or found is None:
        return ReadPicture(None, PLACEHOLDER_DATA)
    if found != "svg+xml":
        if not _complete_raster(found, data):
            return ReadPicture(None, f"holds a {found.upper()} file whose picture data is missing or damaged")
        if "svg" in header.lower():  # a raster named as an SVG is drawn as neither
            return ReadPicture(f"data:image/{found};base64,{base64.b64encode(data).decode('ascii')}")
        return ReadPicture(text)
    svg = _namespaced(data)
    problem = _svg_problem(svg)
    if problem is not None:
        return ReadPicture(None, problem)
    named = header.lower().startswith("image/svg+xml")
    if svg == data and named and (base64_data or not _NEEDS_ESCAPE.search(payload)):
        return ReadPicture(text)
    return ReadPicture("data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii"))


PLACEHOLDER_DATA = "holds no picture (its data is no PNG, JPEG, GIF, WebP, AVIF, BMP or SVG)"


def _namespaced(svg: bytes) -> bytes:
    """The SVG with the namespaces its root needs declared on it: SVG's own (Chromium draws an
    `<svg>` without it as nothing) and XLink's where `xlink:href` is used undeclared."""
    root = _ROOT_SVG_TAG.search(svg)
    if root is None:
        return svg
    head = svg[root.end() : svg.find(b">", root.end()) + 1]
    declarations = b""
    if not re.search(rb"\sxmlns\s*=", head):
        declarations += f' xmlns="{SVG_NAMESPACE}"'.encode()
    if b"xlink:" in svg and not re.search(rb"\sxmlns:xlink\s*=", head):
        declarations += f' xmlns:xlink="{_XLINK_NAMESPACE}"'.encode()
    return svg[: root.end()] + declarations + svg[root.end() :] if declarations else svg


def _svg_problem(svg: bytes) -> str | None:
    """Why Chromium would draw nothing of `svg` (not well-formed XML, or no SVG at its root), or None."""
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError as error:
        line, column = error.position
        reason = str(error).split(":", 1)[0]
        return f"holds an SVG that is not well-formed XML ({reason}, line {line}, column {column + 1})"
    if root.tag != f"{{{SVG_NAMESPACE}}}svg":
        return f"holds an <svg> outside SVG's namespace (its xmlns is not {SVG_NAMESPACE})"
    return None


def _complete_raster(found: str, data: bytes) -> bool:
    """Whether a raster file holds its picture's data, not only its first bytes (a PNG's
    signature alone, as a placeholder might be cut from a real one, draws nothing)."""
    if found == "png":
        return data[12:16] == b"IHDR" and _png_data_inflates(data)
    if found == "jpeg":
        return b"\xff\xda" in data  # the start of its scan: the picture's data
    if found == "gif":
        return len(data) > 13 and b"\x2c" in data[13:]  # an image descriptor
    return len(data) > 32


def _png_data_inflates(png: bytes) -> bool:
    """Whether a PNG's image data (its IDAT chunks, joined) begins as a zlib stream that
    inflates: data that does not draws nothing. Only the first 64 KiB are tried."""
    position, joined = 8, b""
    while position + 8 <= len(png) and len(joined) < 65_536:
        size = int.from_bytes(png[position : position + 4], "big")
        kind = png[position + 4 : position + 8]
        if kind == b"IDAT":
            joined += png[position + 8 : position + 8 + size]
        elif kind == b"IEND":
            break
        position += 12 + size
    if not joined:
        return False
    try:
        zlib.decompressobj().decompress(joined[:65_536], 4096)
    except zlib.error:
        return False
    return True


def is_drawable_image_uri(src: str | None) -> bool:
    """True for a `data:image/...` URI whose data is a picture Chromium draws (once `read_image_uri`
    has written it as Chromium needs): its base64 decodes and the bytes are a whole PNG, JPEG,
    GIF, WebP, AVIF or BMP, or a well-formed SVG. A placeholder such as `data:image/png;base64,...`
    or `AAAA` draws the broken-image icon."""
    return is_image_data_uri(src) and read_image_uri(src).uri is not None


def drawable_image_uri(src: str | None) -> str | None:
    """The URI that draws `src` (see `read_image_uri`), or None when none does."""
    return read_image_uri(src).uri if is_image_data_uri(src) else None


def bare_base64_image(src: str | None) -> str | None:
    """The format of a picture written as bare base64, without its `data:image/...;base64,`
    prefix (`iVBORw0KGgo...` is a PNG), or None when `src` is no such thing."""
    compact = re.sub(r"\s+", "", src or "")
    if len(compact) < 16 or not _BASE64.fullmatch(compact):
        return None
    data = _forgiving_base64(compact[:4096])  # enough for any format's first bytes
    return image_format(data) if data else None
