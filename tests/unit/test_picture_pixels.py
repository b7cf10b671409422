"""Embedded pictures that would unpack to more pixels than an image may have are refused at
their path (a decompression bomb: a few hundred kilobytes of PNG for 1.6 GB of Chromium memory)."""

from __future__ import annotations

import base64
import io
import struct
import zlib

from PIL import Image

from kernel.dsl.picture_pixels import MAX_PICTURE_PIXELS, oversized_pictures
from kernel.dsl.validate import validate_document


def data_uri(width: int, height: int, format: str = "PNG", mode: str = "1") -> str:
    """A real picture of one colour (a 1-bit PNG of 48 megapixels is a few kilobytes)."""
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format=format)
    return f"data:image/{format.lower()};base64,{base64.b64encode(buffer.getvalue()).decode()}"


def png_header_only(width: int, height: int) -> str:
    """A PNG's signature and header for a picture of any size, then an empty data chunk (its
    size is all that is read)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def limit_issues(document: dict[str, object]) -> list[tuple[str, str]]:
    result = validate_document(document)
    return [(issue.path, issue.message) for issue in result.errors if issue.code == "limit_image_pixels"]


def test_a_picture_past_the_pixel_limit_is_refused_at_its_src() -> None:
    bomb = data_uri(8000, 6000)
    assert len(bomb) < 20_000  # small enough for any document
    (issue,) = limit_issues({"elements": [{"type": "image", "src": bomb}]})
    assert issue[0] == "/elements/0/src"
    assert "8,000 x 6,000 px (48 megapixels), more than the 40 megapixels" in issue[1]


def test_pictures_in_styles_and_the_css_are_read_too() -> None:
    bomb = data_uri(7000, 7000)
    document = {
        "css": f".hero {{ background: url({bomb}) }}",
        "elements": [{"type": "container", "style": {"backgroundImage": f"url('{bomb}')"}}],
    }
    assert [path for path, _ in limit_issues(document)] == ["/css", "/elements/0/style/backgroundImage"]


def test_pictures_within_the_limit_and_svgs_pass() -> None:
    fine = data_uri(4000, 3000, "JPEG", "RGB")
    assert list(oversized_pictures(fine)) == []
    svg = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='90000' height='90000'/>"
    assert limit_issues({"elements": [{"type": "image", "src": fine}, {"type": "image", "src": svg}]}) == []


def test_the_size_of_a_jpeg_and_a_picture_far_past_pillows_own_bomb_limit_is_read() -> None:
    assert list(oversized_pictures(data_uri(6400, 6400, "JPEG", "L"))) == [(6400, 6400)]
    assert list(oversized_pictures(png_header_only(20_000, 20_000))) == [(20_000, 20_000)]
    assert MAX_PICTURE_PIXELS < 6400 * 6400


def test_each_raster_format_chromium_draws_has_its_size_read_from_its_header() -> None:
    sizes = {
        "PNG": (9000, 5000),
        "GIF": (9000, 5000),
        "BMP": (9000, 5000),
        "WEBP": (9000, 5000),
        "JPEG": (9000, 5000),
    }
    for format, size in sizes.items():
        assert list(oversized_pictures(data_uri(*size, format=format, mode="L"))) == [size], format


def test_a_jpeg_size_after_a_large_colour_profile_and_url_safe_base64_are_read() -> None:
    buffer = io.BytesIO()
    Image.new("L", (7000, 7000)).save(buffer, format="JPEG", icc_profile=bytes(range(256)) * 1200)
    text = base64.b64encode(buffer.getvalue()).decode().replace("+", "-").replace("/", "_")
    assert list(oversized_pictures(f"data:image/jpeg;base64,{text}")) == [(7000, 7000)]


def test_a_text_of_many_uris_without_a_comma_still_has_the_picture_after_them_read() -> None:
    # `data:image/png;` over and over, with no comma, was scanned to the text's end from each one.
    text = "data:image/png;" * 20_000 + " " + png_header_only(20_000, 20_000)
    (issue,) = limit_issues({"elements": [{"type": "image", "src": text}]})
    assert issue[0] == "/elements/0/src"
    assert list(oversized_pictures("data:image/png;base64,AAAA " * 1000 + "data:image/png,%89PNG")) == []
