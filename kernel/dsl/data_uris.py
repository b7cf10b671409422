"""Embedded images: the only pictures a page may show (nothing is ever fetched)."""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse

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


def is_drawable_image_uri(src: str | None) -> bool:
    """True for a `data:image/...` URI whose data is a picture Chromium draws: its base64 decodes
    and the bytes begin as a PNG, JPEG, GIF, WebP, AVIF, BMP or SVG does (a placeholder such as
    `data:image/png;base64,...` or `AAAA` draws the broken-image icon). Whatever format the URI
    names: Chromium goes by the bytes."""
    if not is_image_data_uri(src):
        return False
    match = _DATA_URI.match((src or "").strip())
    if match is None:
        return False
    header, payload = match.group(1), match.group(2)
    if header.lower().endswith(";base64"):
        data = _forgiving_base64(payload)
    else:
        data = urllib.parse.unquote_to_bytes(payload)
    return data is not None and image_format(data) is not None


def bare_base64_image(src: str | None) -> str | None:
    """The format of a picture written as bare base64, without its `data:image/...;base64,`
    prefix (`iVBORw0KGgo...` is a PNG), or None when `src` is no such thing."""
    compact = re.sub(r"\s+", "", src or "")
    if len(compact) < 16 or not _BASE64.fullmatch(compact):
        return None
    data = _forgiving_base64(compact[:4096])  # enough for any format's first bytes
    return image_format(data) if data else None
