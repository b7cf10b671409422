"""Embedded raster pictures that unpack to more pixels than an image may have.

A PNG of one colour compresses about a thousand to one, and a 1-bit one further still: a few
hundred kilobytes of base64 (well within the document's size limit) can hold a 20,000 x 20,000
picture, which Chromium decodes to 4 bytes a pixel, 1.6 GB, to draw it at any size. So each
embedded raster's size is read from its header (Pillow reads the header only, never the pixels)
and one larger than the canvas's own pixel limit refuses the document, at the string's path.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import urllib.parse
from collections.abc import Iterator

MAX_PICTURE_PIXELS = 40_000_000
"""Pixels an embedded picture may have: the same as a whole canvas (kernel.dsl.limits.MAX_PIXELS)."""

_HEAD_CHARS = 256 * 1024
"""Base64 characters decoded to read a header: a JPEG's size may follow its EXIF and colour profile."""
_EMBEDDED = re.compile(r"data:image/(?!svg)[a-z0-9.+-]*((?:;[^,;]*)*),([^\s\"')]*)", re.I)
"""A raster data: URI wherever it stands in a text (a `src`, a style's url(), the `css`)."""


def oversized_pictures(text: str) -> Iterator[tuple[int, int]]:
    """(width, height) of each raster picture embedded in `text` that has more than
    MAX_PICTURE_PIXELS; a picture Pillow cannot read is left to the other checks."""
    for match in _EMBEDDED.finditer(text):
        size = _picture_size(_head(match.group(1), match.group(2)))
        if size is not None and size[0] * size[1] > MAX_PICTURE_PIXELS:
            yield size


def _head(parameters: str, payload: str) -> bytes:
    """The first bytes of a data: URI's content, enough for any raster header."""
    if parameters.lower().endswith(";base64"):
        compact = re.sub(r"\s+", "", payload[: _HEAD_CHARS + 1024])[:_HEAD_CHARS].rstrip("=")
        compact = compact[: len(compact) - len(compact) % 4]
        try:
            return base64.b64decode(compact.replace("-", "+").replace("_", "/"))
        except (binascii.Error, ValueError):
            return b""
    return urllib.parse.unquote_to_bytes(payload[:_HEAD_CHARS])


def describe_size(size: tuple[int, int]) -> str:
    """A picture's size for a message: "20,000 x 20,000 px (400 megapixels)"."""
    width, height = size
    return f"{width:,} x {height:,} px ({width * height / 1e6:.0f} megapixels)"


def _picture_size(head: bytes) -> tuple[int, int] | None:
    """The size in a raster's header, from the Pillow plugin that recognises it. The plugins are
    called directly (their registry, `Image.OPEN`, is Pillow's interface for them) rather than
    through `Image.open`, which refuses a picture past its own bomb limit without its size."""
    if not head:
        return None
    from PIL import Image  # only documents with embedded rasters pay for the import

    Image.init()
    for format_id in Image.ID:
        factory, accept = Image.OPEN[format_id]
        try:
            if accept is None or accept(head[:16]):
                return factory(io.BytesIO(head), "").size  # type: ignore[no-any-return]
        except Exception:  # cut short or not this format: the next plugin, or other checks tell
            continue
    return None
