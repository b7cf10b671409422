"""Pure parts of the MCP adapter: image fitting, Origin rules, the per-type examples, the prompt."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.validate import validate_document
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.http import origin_allowed
from mcp_adapter.images import fit_image
from mcp_adapter.prompts import GUIDE
from mcp_adapter.resources import elements_markdown


def _png(width: int, height: int, color: tuple[int, int, int] = (10, 200, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, format="PNG")
    return out.getvalue()


def test_small_images_pass_unchanged() -> None:
    data = _png(300, 200)
    fitted = fit_image(data, "png", 1568)
    assert fitted.data is data and not fitted.downscaled
    assert (fitted.width, fitted.height, fitted.mime_type) == (300, 200, "image/png")
    assert fit_image(data, "png", None).data is data


@pytest.mark.parametrize("image_format", ["png", "jpeg", "webp"])
def test_large_images_shrink_to_max_dimension_keeping_ratio(image_format: str) -> None:
    fitted = fit_image(_png(2000, 1000), image_format, 500)
    assert fitted.downscaled and (fitted.width, fitted.height) == (500, 250)
    decoded = Image.open(io.BytesIO(fitted.data))
    assert decoded.size == (500, 250)
    assert decoded.format == {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}[image_format]


def test_origins() -> None:
    assert origin_allowed(None, [])
    assert origin_allowed("http://localhost:5173", [])
    assert origin_allowed("https://127.0.0.1", [])
    assert origin_allowed("http://[::1]:8000", [])
    assert origin_allowed("https://agents.example", ["https://agents.example/"])
    assert origin_allowed("https://anything.example", ["*"])
    assert not origin_allowed("https://evil.example", [])
    assert not origin_allowed("null", [])
    assert not origin_allowed("http://localhost.evil.example", [])
    assert not origin_allowed("file://localhost", [])


def test_every_type_has_a_valid_example() -> None:
    assert set(EXAMPLES) == set(ELEMENT_TYPES)
    for element_type, example in EXAMPLES.items():
        assert example["type"] == element_type
        result = validate_document({"elements": [example]}, strict=True)
        assert not result.errors and not result.warnings, (element_type, result.errors, result.warnings)


def test_elements_markdown_covers_every_type() -> None:
    markdown = elements_markdown()
    for element_type in ELEMENT_TYPES:
        assert f"**{element_type}**" in markdown


def test_prompt_guide_names_the_loop() -> None:
    for tool in ("list_element_types", "validate_dsl", "render_ui_mockup"):
        assert tool in GUIDE
