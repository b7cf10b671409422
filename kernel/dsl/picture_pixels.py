"""Embedded raster pictures that unpack to more pixels than an image may have.

A PNG of one colour compresses about a thousand to one, and a 1-bit one further still: a few
hundred kilobytes of base64 (well within the document's size limit) can hold a 20,000 x 20,000
picture, which Chromium decodes to 4 bytes a pixel, 1.6 GB, to draw it at any size. So each
embedded raster's size is read from its header and one larger than the canvas's own pixel limit
refuses the document, at the string's path.

A text may hold thousands of small pictures, so reading one costs a few bytes' decoding, not a
library's: the header is parsed here (kernel.dsl.picture_headers), and of a base64 payload only
the characters that hold the bytes read are decoded (a JPEG's size may follow its EXIF and colour
profile: its segments are skipped by their lengths, never decoded).
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Iterator

from kernel.dsl.picture_headers import picture_size

MAX_PICTURE_PIXELS = 40_000_000
"""Pixels an embedded picture may have: the same as a whole canvas (kernel.dsl.limits.MAX_PIXELS)."""

_HEAD_CHARS = 256 * 1024
"""Characters of a payload that is not base64 (percent-encoded bytes) decoded to read a header."""
_EMBEDDED = re.compile(
    r"data:image/(?!svg)[a-z0-9.+-]{0,40}((?:;[^,;\s\"')]{0,100}){0,8}),([^\s\"')]*)", re.I
)
"""A raster data: URI wherever it stands in a text (a `src`, a style's url(), the `css`). Its
type and parameters are bounded, so that a text of `data:image/png;` written over and over with
no comma is not read to its end from each of them (a time quadratic in the text's length)."""


def oversized_pictures(text: str) -> Iterator[tuple[int, int]]:
    """(width, height) of each raster picture embedded in `text` that has more than
    MAX_PICTURE_PIXELS; a picture whose header cannot be read is left to the other checks."""
    for match in _EMBEDDED.finditer(text):
        parameters, payload = match.group(1), match.group(2)
        if parameters.lower().endswith(";base64"):
            size = picture_size(_Base64Bytes(payload).read)
        else:
            size = picture_size(_PlainBytes(urllib.parse.unquote_to_bytes(payload[:_HEAD_CHARS])).read)
        if size is not None and size[0] * size[1] > MAX_PICTURE_PIXELS:
            yield size


class _PlainBytes:
    """The first bytes of a percent-encoded payload, read by position."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, start: int, count: int) -> bytes:
        return self._data[max(start, 0) : max(start, 0) + max(count, 0)]


class _Base64Bytes:
    """The bytes of a base64 payload (without whitespace, padding optional, URL-safe letters
    allowed), read by position: only the four-character groups holding them are decoded."""

    def __init__(self, payload: str) -> None:
        self._payload = payload.rstrip("=")

    def read(self, start: int, count: int) -> bytes:
        """Up to `count` bytes from byte `start` (fewer at the end; none where the text is no base64)."""
        if start < 0 or count <= 0:
            return b""
        first = start // 3 * 4
        chars = self._payload[first : (start + count + 2) // 3 * 4]
        chars = chars[: len(chars) - len(chars) % 4 if len(chars) % 4 == 1 else len(chars)]
        chars += "=" * (-len(chars) % 4)
        try:
            data = base64.b64decode(chars.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            return b""
        skip = start - first // 4 * 3
        return data[skip : skip + count]


def describe_size(size: tuple[int, int]) -> str:
    """A picture's size for a message: "20,000 x 20,000 px (400 megapixels)"."""
    width, height = size
    return f"{width:,} x {height:,} px ({width * height / 1e6:.0f} megapixels)"
