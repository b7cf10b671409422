"""Shrinks rendered images so they fit a model's context without touching the stored original."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

DEFAULT_MAX_DIMENSION = 1568
"""Longest side sent to a model by default: larger images are scaled down by most model hosts anyway."""

MIME_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}


@dataclass(frozen=True, slots=True)
class FittedImage:
    """Image bytes ready to send, with their pixel size and whether they were scaled down."""

    data: bytes
    format: str
    width: int
    height: int
    downscaled: bool

    @property
    def mime_type(self) -> str:
        return MIME_TYPES.get(self.format, "image/png")


MIN_SCALE_CHANGE = 0.05
"""Below this much shrinking (1600 -> 1568 px is 2%), a lenient fit sends the original: the copy
is barely smaller, often a larger file (resampling blurs flat colours into many), and less sharp."""


def fit_image(
    data: bytes, image_format: str, max_dimension: int | None, *, lenient: bool = False
) -> FittedImage:
    """Return the image unchanged when its longest side is within `max_dimension` (or no limit),
    else a proportionally scaled copy in the same format (Lanczos, so text stays legible).

    `lenient` (a default limit, not one the caller asked for): keep the original when it is less
    than `MIN_SCALE_CHANGE` over the limit, or when the scaled copy would not be a smaller file."""
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        if max_dimension is None or max(width, height) <= max_dimension:
            return FittedImage(data, image_format, width, height, downscaled=False)
        ratio = max_dimension / max(width, height)
        if lenient and ratio > 1 - MIN_SCALE_CHANGE:
            return FittedImage(data, image_format, width, height, downscaled=False)
        size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
        smaller = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if image_format == "jpeg" and smaller.mode not in ("RGB", "L"):
        smaller = smaller.convert("RGB")
    smaller.save(out, format=_PIL_FORMATS.get(image_format, "PNG"))
    if lenient and out.tell() >= len(data):
        return FittedImage(data, image_format, width, height, downscaled=False)
    return FittedImage(out.getvalue(), image_format, size[0], size[1], downscaled=True)
