"""Pure parts of the MCP adapter: image fitting, Origin rules, the per-type examples, the prompt,
argument errors and the reference agents read."""

from __future__ import annotations

import io
import json
from typing import Any, Literal

import pytest
from mcp.shared.exceptions import MCPError
from PIL import Image
from pydantic import BaseModel, ValidationError

from dsl2png.caller_checks import origin_allowed
from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError, InvalidRenderOptionsError
from mcp_adapter.arguments import arguments_message
from mcp_adapter.device_argument import unknown_device_message
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.element_types_tool import types_named
from mcp_adapter.images import fit_image
from mcp_adapter.issue_answers import at_arguments
from mcp_adapter.prompts import GUIDE, target_device
from mcp_adapter.render_tool_options import RenderToolOptions
from mcp_adapter.resources import elements_markdown, schema_for_agents
from mcp_adapter.results import IssueOut
from mcp_adapter.theme_argument import ThemeArgument
from mcp_adapter.wording import worded


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


def _checkerboard(width: int, height: int, cell: int = 3) -> bytes:
    """A PNG that compresses to almost nothing, but scaled by an odd ratio becomes grey moire
    that compresses far worse: its smaller copy is a larger file."""
    image = Image.new("1", (width, height))
    pixels = image.load()
    assert pixels is not None
    for x in range(width):
        for y in range(height):
            pixels[x, y] = ((x // cell) + (y // cell)) % 2
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG")
    return out.getvalue()


def test_an_image_barely_over_the_default_limit_is_sent_as_it_is() -> None:
    data = _png(1600, 900)
    kept = fit_image(data, "png", 1568, lenient=True)
    assert kept.data is data and not kept.downscaled and (kept.width, kept.height) == (1600, 900)
    asked = fit_image(data, "png", 1568)  # a limit the caller asked for is kept exactly
    assert asked.downscaled and asked.width == 1568
    assert fit_image(data, "png", 1400, lenient=True).downscaled  # 12.5% smaller: worth it


def test_a_scaled_copy_that_would_be_a_larger_file_is_not_sent() -> None:
    data = _checkerboard(2000, 200)
    assert len(fit_image(data, "png", 1300).data) > len(data)  # the copy is the larger file
    kept = fit_image(data, "png", 1300, lenient=True)
    assert kept.data is data and not kept.downscaled and kept.width == 2000


class _Arguments(BaseModel):
    """Arguments shaped as render_ui_mockup's."""

    dsl_content: str | dict[str, Any]
    width: int | None = None
    theme: Literal["light", "dark"] | None = None
    options: RenderToolOptions | None = None


def _refused(arguments: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as caught:
        _Arguments.model_validate(arguments)
    return arguments_message(arguments, caught.value)


def test_refused_arguments_are_told_in_a_line_each_without_pydantic_links() -> None:
    listed = _refused({"dsl_content": [{"type": "button", "label": "x"}]})
    assert listed == (
        "invalid arguments:\n- dsl_content is a list; a document is an object holding the list as its "
        'elements: wrap it: {"elements": [...]}'
    )
    several = _refused({"dsl_content": 3, "width": "wide", "theme": "blue", "options": {"quality": 500}})
    assert "pydantic" not in several and "Input should" not in several
    lines = several.splitlines()[1:]
    assert lines[0].startswith(
        "- dsl_content must be the document as an object or as JSON/YAML text, not a number"
    )
    assert lines[1].startswith("- width must be a whole number, not a string")
    assert lines[2] == (
        "- theme \"blue\" is not one of 'light' or 'dark' (a theme is light, dark or wireframe, or design "
        'tokens: {"theme": {"primary": "#7c3aed"}})'
    )
    assert lines[3] == "- options.quality 500 is more than 100, the largest allowed"
    assert _refused({}).endswith("- dsl_content is required: the mockup document, e.g. "
                                 '{"elements": [{"type": "heading", "text": "Hello"}]}')  # fmt: skip


def test_a_number_argument_given_with_a_unit_is_told_to_write_the_number() -> None:
    """`width: "390px"` was refused with the canvas limits only: the number to write is given."""
    lines = _refused({"dsl_content": {"elements": []}, "width": "390px"}).splitlines()[1:]
    assert lines == ["- width must be a whole number, not a string (numbers are px: write 390)"]


class _ThemeArguments(BaseModel):
    """The tools' `theme`, as an argument and in `options`."""

    theme: ThemeArgument = None
    options: RenderToolOptions | None = None


def test_wrong_theme_tokens_are_told_at_the_token_not_as_a_theme_name() -> None:
    """The branch the object did not take (the names) is no help; each token's own error is."""
    tokens = {"theme": {"primay": "#7c3aed", "radius": 100}, "options": {"theme": {"density": "tight"}}}
    with pytest.raises(ValidationError) as caught:
        _ThemeArguments.model_validate(tokens)
    assert arguments_message(tokens, caught.value).splitlines()[1:] == [
        "- theme.radius 100 is more than 64, the largest allowed",
        "- theme.primay is not a theme token (did you mean 'primary'?)",
        "- options.theme.density \"tight\" is not one of 'compact', 'comfortable', 'spacious' or 'touch'",
    ]
    taken = _ThemeArguments.model_validate(
        {"theme": "Wireframe", "options": {"theme": {"primary": "#7c3aed"}}}
    )
    assert taken.theme == "wireframe"
    assert taken.options is not None and RenderOptions(theme=taken.options.theme).theme == taken.options.theme


def test_render_options_read_formats_in_any_case() -> None:
    assert RenderToolOptions.model_validate({"format": "JPG"}).format == "jpeg"
    assert RenderToolOptions.model_validate({"format": "WebP"}).format == "webp"


def test_an_unknown_device_is_worded_as_the_documents() -> None:
    assert unknown_device_message("iPhone 15") == (
        "device 'iPhone 15' is not one of 'desktop', 'laptop', 'tablet' or 'mobile' (use 'mobile', "
        "or give 'width' and 'height'; to draw a phone around the screen, add frame: phone)"
    )
    document = validate_document({"device": "iphone-15", "elements": []}).errors[0]
    assert document.message == "'iphone-15' is not one of 'desktop', 'laptop', 'tablet' or 'mobile'"


def test_element_types_are_named_loosely_and_an_unknown_one_is_told_the_meant() -> None:
    assert types_named("Input, select  checkbox") == (["input", "select", "checkbox"], [])
    assert types_named(["tabs", "tabs"]) == (["tabs"], [])
    with pytest.raises(Exception, match=r"'dropdown' \(use type: select .* or type: menu "):
        types_named("dropdown")
    # One slip among several names keeps the others, and says what the slip meant.
    known, slips = types_named("toggel,tabs")
    assert known == ["tabs"] and len(slips) == 1 and "'toggel'" in slips[0] and "'toggle'" in slips[0]


def test_a_cut_content_warning_speaks_of_this_surfaces_option() -> None:
    from kernel.dsl.measured.canvas_cut import content_cut_warning

    warning = worded(IssueOut.of(content_cut_warning(75)))
    assert warning.suggestion == (
        "make 'height' at least 75 px larger (or height: auto, as tall as the content), shorten"
        " the content, or render with options.full_page: true"
    )


def test_the_prompts_device_is_a_preset_read_loosely_or_refused() -> None:
    assert target_device("Mobile") == ("mobile", "")
    assert target_device("iPad Pro") == ("tablet", "; 'iPad Pro' read as tablet")
    assert target_device(None) == ("laptop", "")
    with pytest.raises(MCPError, match="unknown device 'fridge': use desktop, laptop, tablet or mobile"):
        target_device("fridge")


def test_what_agents_read_says_what_things_are_not_where_they_came_from() -> None:
    schema = json.dumps(schema_for_agents())
    markdown = elements_markdown()
    for words in ("earlier", "DSL v1", "DSL to PNG"):
        assert words not in schema and words not in markdown, words
    assert "## basic\n" in markdown and "Fields: `text`, `label`, `placeholder`" in markdown


def test_an_unknown_option_is_refused_by_name_with_the_one_meant_or_what_to_do() -> None:
    """The options were `extra="ignore"`: `{"options": {"fromat": "jpeg"}}` rendered a PNG without a word."""
    assert _refused({"dsl_content": "x", "options": {"fromat": "jpeg"}}) == (
        "invalid arguments:\n- options.fromat is not an option (did you mean 'format'?); options takes: "
        + ", ".join(RenderToolOptions.model_fields)
    )
    timeout = _refused({"dsl_content": "x", "options": {"timeout": 30}})
    assert "options.timeout is not an option (a render waits as long as the server allows" in timeout
    quality = _refused({"dsl_content": "x", "options": {"png_quality": 80}})
    assert "quality is for JPEG and WebP: options: {format: jpeg, quality: 80}" in quality


def test_the_canvas_arguments_and_the_earlier_projects_options_are_options_too() -> None:
    options = RenderToolOptions.model_validate(
        {"width": 800, "height": 300, "device": "laptop", "theme": "Dark", "frame": "browser",
         "wait_for_load": True, "optimize_png": True, "device_scale_factor": 1.0, "transparent_background": False}
    )  # fmt: skip
    assert (options.width, options.height, options.device, options.theme, options.frame) == (
        800, 300, "laptop", "dark", "browser",
    )  # fmt: skip
    assert options.not_honoured() == []
    (told,) = RenderToolOptions.model_validate({"optimize_png": False}).not_honoured()
    assert (told.code, told.message) == (
        "option_ignored", "options.optimize_png: false is not honoured: PNGs are always written compact",
    )  # fmt: skip


def test_an_argument_a_tool_has_not_is_told_with_the_one_meant_or_where_it_goes() -> None:
    from mcp_adapter.arguments import unknown_arguments_message

    known = ["dsl_content", "width", "height", "options"]
    assert unknown_arguments_message("render_ui_mockup", {"dsl_content": "x", "width": 5}, known) == ""
    told = unknown_arguments_message("render_ui_mockup", {"wdith": 500, "format": "jpeg"}, known)
    assert told.splitlines() == [
        "invalid arguments:",
        "- unknown argument 'wdith' (did you mean 'width'?)",
        '- format is a render option: write it in options: {"options": {"format": "jpeg"}}',
        "- render_ui_mockup takes: dsl_content, width, height, options",
    ]
    told = unknown_arguments_message("render_ui_mockup", {"dsl": {}, "scale": 2, "transparent": True}, known)
    assert told.splitlines()[1:4] == [
        "- unknown argument 'dsl' (did you mean 'dsl_content'?)",
        '- scale is a render option: write it in options: {"options": {"device_scale_factor": 2}}',
        '- transparent is a render option: write it in options: {"options": {"transparent_background": true}}',
    ]


def test_a_render_option_to_blame_is_named_as_the_tools_take_it() -> None:
    """The kernel names the scale option `/options/scale`; the render tool takes it as
    options.device_scale_factor (the width and the format by the same names)."""
    with pytest.raises(InvalidDocumentError) as refused:
        plan_render({"width": 4100, "elements": []}, RenderOptions(format="webp", scale=4, height=8000))
    told = at_arguments(refused.value)
    assert isinstance(told, InvalidRenderOptionsError)
    assert [issue.path for issue in told.issues] == [
        "/options/height",
        "/options/device_scale_factor",  # the pixels
        "/options/device_scale_factor",  # the width, the document's, is too wide at this scale
    ]
