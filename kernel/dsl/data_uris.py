"""Embedded images: the only pictures a page may show (nothing is ever fetched)."""

from __future__ import annotations

import re

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
