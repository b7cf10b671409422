"""The image a render produces, and reading its pixel size from the encoded header."""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from kernel.errors import Issue, RenderError


@dataclass(frozen=True)
class RenderedImage:
    """Encoded image bytes; width and height are image pixels (CSS size times scale)."""

    data: bytes
    format: str
    width: int
    height: int
    render_ms: float
    frames: int = 0
    """Frames Chromium drew for it: one for a plain capture; more when the page was given frames
    while it loaded (a stall) or while `Page.captureScreenshot` waited (scale or full page)."""
    cut_px: int = 0
    """CSS px of content below the canvas's bottom edge, left out of the image (0 when it all
    fits, and for a full-page or cropped capture, which grows to hold the content: what runs past
    the 16,384 image px Chromium can capture is a measured warning, whose advice differs)."""
    measured_warnings: tuple[Issue, ...] = ()
    """What else the image leaves out, measured by the render: content past the canvas's side
    (a row wider than the canvas, a box placed past it), a table's last columns cut at its box's
    edge, texts ended in an ellipsis, a full page longer than a capture (kernel.dsl.measured)."""
    chromium_version: str | None = None
    """The version of the Chromium that drew it (set by the pool that rendered it)."""


class ImageTooLargeError(RenderError):
    """The image is larger than its format can hold: the same render fails every time, while the
    page and Chromium are fine (no sign of a broken renderer)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False, code="image_too_large")


FULL_CHROMA_QUALITY = 95
"""From this JPEG quality up (above the default 90, which stays fast), colour is kept at full
resolution (4:4:4), at ~14 ms more per 1280x800 render (~48 vs ~34 ms) and ~1.5x the bytes: Chromium's encoder
always halves it (4:2:0), which dulls small red text (171,35,35 came out 139,48,48) even at 100."""


def jpeg_full_chroma(png: bytes, quality: int) -> bytes:
    """A JPEG of the lossless `png` capture at `quality` with no chroma subsampling (Pillow,
    imported here: most renders never need it)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=quality, subsampling=0, optimize=False)
    return out.getvalue()


CSS_DPI = 72
"""The density of an image at scale 1, as Keynote and Preview read it: one image px a point."""

INCHES_PER_METRE = 39.3701


def with_density(data: bytes, scale: float) -> bytes:
    """`data` (PNG or JPEG) marked as `72 * scale` dpi, so that apps that honour it (Keynote,
    Preview, Word) show a scale-2 image at its CSS size, not twice as large. A PNG gets a pHYs
    chunk after its header, a JPEG its JFIF density: bytes spliced, not re-encoded (a few
    microseconds). WebP has no density of its own and is returned as it is."""
    dpi = CSS_DPI * scale
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        per_metre = round(dpi * INCHES_PER_METRE)
        body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
        chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body))
        end_of_header = 8 + 8 + 13 + 4
        return data[:end_of_header] + chunk + data[end_of_header:]
    if data[:4] == b"\xff\xd8\xff\xe0" and data[6:11] == b"JFIF\x00":
        density = struct.pack(">BHH", 1, round(dpi), round(dpi))  # units 1: dots per inch
        return data[:13] + density + data[18:]
    return data


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG, JPEG or WebP header, without decoding the pixels."""
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:2] == b"\xff\xd8":
        return _jpeg_size(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_size(data)
    raise ValueError("not a PNG, JPEG or WebP image")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    offset = 2
    while offset + 9 <= len(data):
        if data[offset] != 0xFF:
            offset += 1
            continue
        marker = data[offset + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            offset += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", data[offset + 2 : offset + 4])[0]
        # Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
            return int(width), int(height)
        offset += 2 + length
    raise ValueError("JPEG without a frame header")


def _webp_size(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return int(width) & 0x3FFF, int(height) & 0x3FFF
    raise ValueError("WebP with an unknown first chunk")
