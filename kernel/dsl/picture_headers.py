"""The size a raster picture's header gives, for the formats Chromium draws (PNG, JPEG, GIF,
WebP, AVIF, BMP), read from the few bytes that hold it.

Each reader asks for bytes by position (`Read`), so a caller holding base64 decodes only what is
read: a PNG's size is in its first 24 bytes, a GIF's in 10, a BMP's in 26, a WebP's in 30; a
JPEG's is in its frame header, after any number of segments (EXIF, colour profile), each
skipped by its length; an AVIF's is in an `ispe` property near its start.
"""

from __future__ import annotations

from collections.abc import Callable

Read = Callable[[int, int], bytes]
"""`read(start, count)`: up to `count` bytes of the file from byte `start` (fewer at its end)."""

_WINDOW = 4096
"""Bytes asked for at once: a JPEG's segments are walked within them, not byte by byte."""
_AVIF_HEAD = 16 * 1024
"""Bytes of an AVIF searched for its size: its `meta` box comes right after its `ftyp`."""
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
"""Markers of a JPEG's frame header (SOF0 to SOF15; C4, C8 and CC are other segments)."""
_JPEG_BARE = frozenset({0x01, *range(0xD0, 0xD8)})
"""Markers with no length after them (TEM, RST0 to RST7)."""


def picture_size(read: Read) -> tuple[int, int] | None:
    """(width, height) from a PNG's, JPEG's, GIF's, WebP's, AVIF's or BMP's header, or None for
    another format or a header cut short."""
    bytes_at = _Window(read)
    head = bytes_at(0, 32)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return _size(head, 16, 4, "big")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return _size(head, 6, 2, "little")
    if head.startswith(b"BM"):
        return _bmp_size(head)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(bytes_at)
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return _avif_size(bytes_at(0, _AVIF_HEAD))
    return None


def _size(data: bytes, start: int, width: int, order: str) -> tuple[int, int] | None:
    """Two unsigned integers of `width` bytes each from `start`, when the data holds them."""
    if len(data) < start + 2 * width:
        return None
    first = int.from_bytes(data[start : start + width], order)  # type: ignore[arg-type]
    second = int.from_bytes(data[start + width : start + 2 * width], order)  # type: ignore[arg-type]
    return first, second


def _bmp_size(head: bytes) -> tuple[int, int] | None:
    """An OS/2 bitmap's header holds 16-bit sides; the others signed 32-bit ones (a negative
    height: the rows stored top to bottom)."""
    if len(head) < 18:
        return None
    if int.from_bytes(head[14:18], "little") == 12:
        return _size(head, 18, 2, "little")
    if len(head) < 26:
        return None
    width = int.from_bytes(head[18:22], "little", signed=True)
    height = int.from_bytes(head[22:26], "little", signed=True)
    return abs(width), abs(height)


def _webp_size(head: bytes) -> tuple[int, int] | None:
    """From the first chunk: a lossy frame's 14-bit sides, a lossless one's packed 14-bit sides
    less one, or an extended file's 24-bit canvas sides less one."""
    chunk = head[12:16]
    if chunk == b"VP8 " and head[23:26] == b"\x9d\x01\x2a" and len(head) >= 30:
        return int.from_bytes(head[26:28], "little") & 0x3FFF, int.from_bytes(head[28:30], "little") & 0x3FFF
    if chunk == b"VP8L" and head[20:21] == b"\x2f" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    return None


def _jpeg_size(bytes_at: _Window) -> tuple[int, int] | None:
    """From the frame header, found by skipping each segment before it by its length (fill
    bytes between segments passed over); None when the scan or the file's end comes first."""
    position = 2
    while True:
        marker = bytes_at(position, 9)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        kind = marker[1]
        if kind == 0xFF:  # a fill byte
            position += 1
        elif kind in _JPEG_BARE:
            position += 2
        elif kind in (0xD8, 0xD9, 0xDA) or len(marker) < 4:  # a new start, the end, the scan
            return None
        elif kind in _JPEG_FRAMES:
            if len(marker) < 9:
                return None
            return int.from_bytes(marker[7:9], "big"), int.from_bytes(marker[5:7], "big")
        else:
            position += 2 + int.from_bytes(marker[2:4], "big")


def _avif_size(head: bytes) -> tuple[int, int] | None:
    """The largest of the `ispe` (image spatial extents) properties: the picture's, or its
    alpha's or thumbnail's, never larger than the picture."""
    sizes = []
    found = head.find(b"ispe")
    while found != -1 and len(head) >= found + 16:
        sizes.append(_size(head, found + 8, 4, "big"))
        found = head.find(b"ispe", found + 4)
    return max((size for size in sizes if size), key=lambda size: size[0] * size[1], default=None)


class _Window:
    """A `Read` that asks for _WINDOW bytes at a time and answers from the last ones it got."""

    def __init__(self, read: Read) -> None:
        self._read = read
        self._start = 0
        self._data = b""

    def __call__(self, start: int, count: int) -> bytes:
        offset = start - self._start
        if offset < 0 or offset + count > len(self._data):
            self._start, self._data = start, self._read(start, max(count, _WINDOW))
            offset = 0
        return self._data[offset : offset + count]
