"""Helpers for DSL-to-pixels tests: render a document through prepare_render and the real pool, read pixels."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import PreparedRender, prepare_render
from render_worker.image import RenderedImage
from render_worker.pool import ChromiumPool

RGB = tuple[int, int, int]


async def render_dsl(
    pool: ChromiumPool, source: str | bytes | Mapping[str, Any], **options: Any
) -> tuple[PreparedRender, RenderedImage]:
    """Validate, compile and render `source` exactly as the CLI and the worker do."""
    prepared = prepare_render(source, RenderOptions(**options))
    image = await pool.render(
        prepared.html,
        prepared.viewport,
        format=prepared.options.format,
        full_page=prepared.options.full_page,
        transparent=prepared.options.transparent,
        quality=prepared.options.quality,
        crop=prepared.options.crop,
    )
    return prepared, image


def decode(data: bytes) -> Image.Image:
    """The image as Pillow sees it (raises when the bytes are not a picture)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def rgb_at(data: bytes, x: int, y: int) -> RGB:
    r, g, b = decode(data).convert("RGB").getpixel((x, y))  # type: ignore[misc]
    return r, g, b


def is_red(color: RGB) -> bool:
    r, g, b = color
    return r > 220 and g < 40 and b < 40


def is_brand_red(color: RGB) -> bool:
    """A red primary (#ff0000) as text or a mark: text in it is drawn darker (210, 0, 0) until it
    reads at 4.5:1 on the page and on its tint."""
    r, g, b = color
    return r > 180 and g < 50 and b < 50


def luminance(color: RGB) -> float:
    """Relative brightness 0..255 (Rec. 601 weights): enough to tell dark from light."""
    r, g, b = color
    return 0.299 * r + 0.587 * g + 0.114 * b


def distinct_colors(data: bytes) -> int:
    """How many different RGB colours the picture holds (a blank page holds one)."""
    image = decode(data).convert("RGB")
    colors = image.getcolors(maxcolors=image.width * image.height)
    return len(colors or [])


def red_share(data: bytes) -> float:
    """Fraction of pixels that are pure-ish red: a full-page injected red overlay would be ~1.0."""
    image = decode(data).convert("RGB")
    red = sum(count for count, color in image.getcolors(image.width * image.height) or [] if is_red(color))
    return red / (image.width * image.height)


def mask_bbox(data: bytes, predicate: Any) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of the pixels for which `predicate(rgb)` holds."""
    image = decode(data).convert("RGB")
    return box_where(image, predicate)


def close_to(color: tuple[int, int, int], target: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color, target, strict=True))


BLUE, GREEN = (0, 0, 255), (0, 255, 0)


def colour_box(data: bytes, colour: tuple[int, int, int]) -> tuple[int, int, int, int] | None:
    """Bounding box of the pixels close to `colour`."""
    return mask_bbox(data, lambda c: close_to(c, colour))


Box = tuple[int, int, int, int]
"""left, top, right, bottom; right and bottom exclusive, as Pillow's getbbox."""


def rgb(data: bytes) -> Image.Image:
    """The image as RGB pixels, whatever its mode."""
    return decode(data).convert("RGB")


def colour_mask(
    image: Image.Image, keep: Callable[[Any], bool], region: Box | None = None
) -> npt.NDArray[np.bool_]:
    """Which pixels of `region` (rows x columns) `keep` accepts. `keep` is asked once per distinct
    colour, not once per pixel: a phone screenshot at 3x has millions of pixels but a few thousand
    colours, so the tests' pixel checks cost milliseconds instead of seconds."""
    left, top, right, bottom = region or (0, 0, image.width, image.height)
    pixels = np.asarray(image)[top:bottom, left:right]
    if pixels.ndim == 2:  # one band (L, 1, P): `keep` sees the number, as image.load() gives it
        values, inverse = np.unique(pixels, return_inverse=True)
        accepted = np.array([bool(keep(value)) for value in values.tolist()], dtype=bool)
        return accepted[inverse].reshape(pixels.shape)
    bands = pixels.shape[2]
    packed = np.zeros(pixels.shape[:2], dtype=np.uint32)
    for band in range(bands):
        packed = (packed << 8) | pixels[..., band]
    values, inverse = np.unique(packed, return_inverse=True)
    shifts = [8 * (bands - 1 - band) for band in range(bands)]
    accepted = np.array(
        [bool(keep(tuple((value >> shift) & 255 for shift in shifts))) for value in values.tolist()],
        dtype=bool,
    )
    return accepted[inverse].reshape(packed.shape)


def box_where(image: Image.Image, keep: Callable[[RGB], bool], region: Box | None = None) -> Box | None:
    """Bounding box, in the image's coordinates, of the pixels of `region` that `keep` accepts."""
    left, top, _, _ = region or (0, 0, image.width, image.height)
    mask = colour_mask(image, keep, region)
    rows, columns = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return None
    return (left + int(columns[0]), top + int(rows[0]), left + int(columns[-1]) + 1, top + int(rows[-1]) + 1)


def runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, end exclusive) of each stretch of True in `flags`."""
    found: list[tuple[int, int]] = []
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            found.append((start, index))
            start = None
    return found


def row_runs(image: Image.Image, keep: Callable[[RGB], bool], region: Box) -> list[tuple[int, int]]:
    """The bands of rows of `region` holding a pixel that `keep` accepts (lines of text, icons)."""
    flags = colour_mask(image, keep, region).any(axis=1).tolist()
    return [(region[1] + start, region[1] + end) for start, end in runs(flags)]


def column_runs(image: Image.Image, keep: Callable[[RGB], bool], region: Box) -> list[tuple[int, int]]:
    """The bands of columns of `region` holding a pixel that `keep` accepts."""
    flags = colour_mask(image, keep, region).any(axis=0).tolist()
    return [(region[0] + start, region[0] + end) for start, end in runs(flags)]


def is_ink(colour: RGB) -> bool:
    """Text and icon strokes: clearly darker than the light fills and hairlines around them."""
    return luminance(colour) < 200


def is_text(colour: RGB) -> bool:
    """Grey or black text: not a coloured cover, ring, label or border, nor their soft edges."""
    return luminance(colour) < 160 and max(colour) - min(colour) < 40


def right_half_line_ends(image: Image.Image, keep: Callable[[RGB], bool], frame: Box) -> list[int]:
    """Where each line of ink ends in the right half of `frame` (inside its border): for a column
    of amounts, right-aligned ones end together."""
    right_half = ((frame[0] + frame[2]) // 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
    ends = []
    for top, bottom in row_runs(image, keep, right_half):
        ink = box_where(image, keep, (right_half[0], top, right_half[2], bottom))
        assert ink is not None
        ends.append(ink[2])
    return ends


def painted(selector: str, colour: str) -> str:
    """Document CSS that fills the boxes `selector` matches (border included) and their text with
    one colour, so a box's edges can be found by that colour."""
    return (
        f"{selector}{{background:{colour}!important;border-color:{colour}!important;"
        f"box-shadow:none!important;color:{colour}!important}}"
    )


def is_blue(colour: RGB) -> bool:
    return close_to(colour, BLUE, 8)


def is_green(colour: RGB) -> bool:
    return close_to(colour, GREEN, 8)


def boxes(image: Image.Image, keep: Any) -> list[Box]:
    """Each separate box of the colour `keep` accepts, left to right."""
    whole = (0, 0, image.width, image.height)
    found = [
        box_where(image, keep, (left, 0, right, image.height))
        for left, right in column_runs(image, keep, whole)
    ]
    return [box for box in found if box is not None]


WHITE = (255, 255, 255)


def is_hairline(colour: RGB) -> bool:
    """A light grey rule (the theme's border) on a white surface (a dialog, a panel, a sheet)."""
    return colour != WHITE and min(colour) > 200 and max(colour) - min(colour) < 12


def white_box(image: Image.Image) -> Box:
    """A dialog's or panel's box on a light page: the only pure white once the page is dimmed."""
    box = box_where(image, lambda colour: colour == WHITE)
    assert box is not None
    return box


def box_in(image: Image.Image, keep: Any, region: Box) -> Box:
    """The box of what `keep` accepts in `region`, which must hold some."""
    box = box_where(image, keep, region)
    assert box is not None, region
    return box
