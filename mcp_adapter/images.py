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


def fit_image(data: bytes, image_format: str, max_dimension: int | None) -> FittedImage:
    """Return the image unchanged when its longest side is within `max_dimension` (or no limit),
    else a proportionally scaled copy in the same format (Lanczos, so text stays legible)."""
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        if max_dimension is None or max(width, height) <= max_dimension:
            return FittedImage(data, image_format, width, height, downscaled=False)
        ratio = max_dimension / max(width, height)
        size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
        smaller = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if image_format == "jpeg" and smaller.mode not in ("RGB", "L"):
        smaller = smaller.convert("RGB")
    smaller.save(out, format=_PIL_FORMATS.get(image_format, "PNG"))
    return FittedImage(out.getvalue(), image_format, size[0], size[1], downscaled=True)
