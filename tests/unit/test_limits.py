"""Limits: each breach is reported with a code and a message naming the limit, at the right path."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.limits import (
    MAX_CSS,
    MAX_DATA_DEPTH,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_IMAGE_DATA,
    MAX_NODES,
    MAX_PIXELS,
    MAX_SIDE,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
    MAX_TEXT,
    check_canvas,
    check_data_limits,
    check_document_canvas,
    check_source_size,
    is_element_path,
    pointer,
)
from kernel.dsl.model import Document
from kernel.dsl.options import RenderOptions, Viewport
from kernel.dsl.prepare import plan_render, validate_for_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError, InvalidRenderOptionsError


def _nested(depth: int) -> dict[str, Any]:
    """A document whose elements nest `depth` levels deep."""
    element: dict[str, Any] = {"type": "text", "text": "leaf"}
    for _ in range(depth - 1):
        element = {"type": "container", "children": [element]}
    return {"elements": [element]}


def test_limits_have_the_documented_values() -> None:
    assert (MAX_SIDE, MAX_PIXELS) == (8000, 40_000_000)
    assert MAX_DEPTH == 24
    assert MAX_ELEMENTS == 2000


@pytest.mark.parametrize(
    ("viewport", "codes", "paths"),
    [
        (Viewport(800, 600, 1), [], []),
        (Viewport(8000, 5000, 1), [], []),  # exactly 40 MP
        (Viewport(8001, 600, 1), ["limit_canvas_side"], ["/width"]),
        (Viewport(600, 9000, 1), ["limit_canvas_side"], ["/height"]),
        (Viewport(4000, 4000, 2), ["limit_canvas_pixels"], ["/scale"]),
        (Viewport(1440, 8000, 2), ["limit_canvas_pixels"], ["/scale"]),
        (Viewport(390, 2100, 3), [], []),
        (
            Viewport(9000, 9000, 1),
            ["limit_canvas_side", "limit_canvas_side", "limit_canvas_pixels"],
            ["/width", "/height", "/scale"],
        ),
    ],
)
def test_check_canvas(viewport: Viewport, codes: list[str], paths: list[str]) -> None:
    issues = check_canvas(viewport)
    assert [i.code for i in issues] == codes
    assert [i.path for i in issues] == paths


def test_canvas_messages_name_the_limit() -> None:
    (side,) = check_canvas(Viewport(8001, 600, 1))
    assert "8,001" in side.message and "8,000" in side.message
    (pixels,) = check_canvas(Viewport(4000, 4000, 2))
    assert "40 megapixels" in pixels.message and "64.0" in pixels.message
    assert (
        "its height of 4,000 px is more than the 2,500 px it may be at this width and scale" in pixels.message
    )
    assert pixels.suggestion == "make the height at most 2,500 px at this width and scale, or lower the scale"


@pytest.mark.parametrize(
    ("options", "named", "unnamed"),
    [
        ({"width": 8000, "scale": 4}, ["its width of 8,000 px", "make the width at most 4,166 px"], "height"),
        ({"height": 8000, "scale": 4}, ["its height of 8,000 px", "make the height at most 3,125 px"], "width"),
        (
            {"width": 3000, "height": 4000, "scale": 4},
            ["its width of 3,000 px", "its height of 4,000 px", "the width at most 625 px", "the height at most 833 px"],
            None,
        ),
    ],
)  # fmt: skip
def test_a_too_large_image_names_the_sides_the_caller_chose(
    options: dict[str, Any], named: list[str], unnamed: str | None
) -> None:
    """`width=8000&scale=4` was told to make the height at most 312 px: the width, which the
    caller changed, is what to name, with the most it may be at this height and scale."""
    with pytest.raises(InvalidRenderOptionsError) as refused:
        plan_render("elements: [{type: heading, text: big}]\n", RenderOptions(**options))
    (issue,) = refused.value.issues
    told = f"{issue.message} ({issue.suggestion})"
    assert issue.code == "limit_canvas_pixels" and all(words in told for words in named), told
    assert unnamed is None or unnamed not in told.split("megapixels", 1)[1].replace(
        f"at this {unnamed}", ""
    ), told
    assert (issue.suggestion or "").endswith("or lower the scale")


def test_a_too_large_image_of_no_chosen_side_names_the_scale() -> None:
    """Nobody chose a side (a device's preset sets both): the scale is what to lower."""
    (issue,) = check_canvas(Viewport(4000, 4000, 2), ())
    assert issue.message.endswith("exceeds the limit of 40 megapixels")
    assert issue.suggestion == "lower the scale or the canvas size"


@pytest.mark.parametrize(
    ("document", "options", "paths"),
    [
        ({"width": 8000, "height": 5000}, {}, []),
        ({"width": 8000, "height": 8000}, {}, ["/width"]),
        ({"width": 8000, "height": 8000, "scale": 1}, {}, ["/scale"]),
        ({"device": "mobile", "width": 4000, "height": 4000}, {}, ["/device"]),
        ({"width": 8000, "height": 8000}, {"width": 1000}, []),
        ({"width": 8000, "frame": "phone"}, {}, ["/width"]),
        ({}, {"width": 8000, "height": 8000}, ["/options/width"]),  # the request's size, not the document's
        ({}, {"width": 8000, "height": 8000, "scale": 4}, ["/options/scale"]),
        ({"width": 8000, "height": 8000}, {"scale": 2}, ["/options/scale"]),
        ({"width": 5000, "height": 5000, "scale": 2}, {"format": "webp"}, ["/scale"]),
        ({"width": 8000, "frame": "phone"}, {"device": "desktop", "width": 8000}, ["/options/width"]),
    ],
)
def test_a_documents_canvas_is_checked_as_a_render_checks_it(
    document: dict[str, Any], options: dict[str, Any], paths: list[str]
) -> None:
    """What validate reports before rendering: the same limits, at the field that set the size."""
    issues = check_document_canvas(Document.model_validate(document), RenderOptions(**options))
    assert [issue.path for issue in issues] == paths
    assert {issue.code for issue in issues} <= {"limit_canvas_side", "limit_canvas_pixels"}
    assert all(issue.line is None for issue in issues)
    refused = None
    try:
        plan_render({"elements": [], **document}, RenderOptions(**options))
    except InvalidDocumentError as exc:
        refused = exc
    assert (refused is not None) == bool(paths)
    if refused is not None:
        assert [(i.path, i.message) for i in refused.issues] == [(i.path, i.message) for i in issues]


def test_source_size() -> None:
    assert check_source_size(1024) == []
    (issue,) = check_source_size(2 * 1024 * 1024)
    assert issue.code == "limit_document_size"


@pytest.mark.parametrize("depth", [1, 5, MAX_DEPTH])
def test_depth_within_the_limit(depth: int) -> None:
    assert check_data_limits(_nested(depth)) == []


def test_depth_over_the_limit_names_the_limit() -> None:
    issues = check_data_limits(_nested(30))
    assert [i.code for i in issues] == ["limit_depth"]
    (issue,) = issues
    assert issue.message == f"nesting depth {MAX_DEPTH + 1} exceeds the limit of {MAX_DEPTH}"
    assert issue.path == "/elements/0" + "/children/0" * MAX_DEPTH


def test_data_depth_outside_elements() -> None:
    value: Any = "deep"
    for _ in range(MAX_DATA_DEPTH + 10):
        value = [value]
    issues = check_data_limits({"metadata": {"x": value}})
    assert [i.code for i in issues] == ["limit_depth"]
    assert f"limit of {MAX_DATA_DEPTH}" in issues[0].message


def test_element_count() -> None:
    flat = {"elements": [{"type": "text"} for _ in range(MAX_ELEMENTS)]}
    assert check_data_limits(flat) == []
    flat["elements"].append({"type": "text"})
    (issue,) = check_data_limits(flat)
    assert issue.code == "limit_elements"
    assert issue.path == f"/elements/{MAX_ELEMENTS}"
    assert issue.message == "the document has 2,001 elements, past the limit of 2,000 elements"


def test_the_element_count_says_how_many_the_whole_document_has() -> None:
    """Told at the first element past the limit, with the count of all of them."""
    row = {"type": "row", "children": [{"type": "text"} for _ in range(MAX_ELEMENTS + 4)]}
    (issue,) = check_data_limits({"elements": [row]})
    assert issue.path == f"/elements/0/children/{MAX_ELEMENTS - 1}"
    assert "has 2,005 elements" in issue.message


def test_limit_messages_group_their_digits() -> None:
    (size,) = check_source_size(1_057_109)
    assert "document size 1,057,109 bytes exceeds the limit of 1,048,576 bytes" in size.message
    (side,) = check_data_limits({"elements": [{"type": "text", "text": "x" * 10_001}]})
    assert "string length 10,001 exceeds the limit of 10,000 characters" in side.message


def test_nested_elements_count_too() -> None:
    row = {"type": "row", "children": [{"type": "text"} for _ in range(MAX_ELEMENTS)]}
    (issue,) = check_data_limits({"elements": [row]})
    assert issue.code == "limit_elements"


def test_only_element_positions_count_as_elements() -> None:
    many = [{"type": "text"} for _ in range(MAX_ELEMENTS + 1)]
    not_elements = {
        "metadata": {"elements": many},
        "elements": [{"type": "chart", "data": {"children": many}, "items": [{"children": many}]}],
    }
    assert check_data_limits(not_elements) == []


def _table(rows: int, columns: int) -> dict[str, Any]:
    return {
        "type": "table",
        "columns": [f"c{n}" for n in range(columns)],
        "rows": [[n] * columns for n in range(rows)],
    }


def test_a_table_at_its_limits_passes_and_one_past_them_names_the_limit() -> None:
    assert (MAX_TABLE_ROWS, MAX_TABLE_CELLS) == (500, 4000)
    assert validate_document({"elements": [_table(MAX_TABLE_ROWS, 8)]}).ok
    assert validate_document({"elements": [_table(MAX_TABLE_CELLS // 20, 20)]}).ok
    tall = validate_document(
        {"height": "auto", "elements": [{"type": "card", "children": [_table(5000, 5)]}]}
    )
    (rows,) = tall.errors
    assert (rows.code, rows.path) == ("limit_table_rows", "/elements/0/children/0/rows")
    assert "5,000 rows" in rows.message and "limit of 500 rows" in rows.message and rows.suggestion
    wide = validate_document({"elements": [_table(300, 20)]})
    assert [(e.code, e.path) for e in wide.errors] == [("limit_table_cells", "/elements/0/rows")]
    assert "6,000 cells" in wide.errors[0].message and "4,000" in wide.errors[0].message


def test_a_rows_own_length_counts_when_longer_than_the_columns() -> None:
    table = {"type": "table", "columns": ["a"], "rows": [[1] * 10] * 401}
    assert [e.code for e in validate_document({"elements": [table]}).errors] == ["limit_table_cells"]


def test_node_count() -> None:
    (issue,) = check_data_limits({"metadata": {"x": list(range(MAX_NODES))}})
    assert issue.code == "limit_nodes"


@pytest.mark.parametrize(
    ("data", "path", "code", "suggestion"),
    [
        (
            {"title": "x" * (MAX_TEXT + 1)},
            "/title",
            "limit_string_length",
            "split it over several paragraphs",
        ),
        (
            {"elements": [{"type": "text", "text": "x" * (MAX_TEXT + 1)}]},
            "/elements/0/text",
            "limit_string_length",
            f"shorten it, or split it over several paragraphs, each at most {MAX_TEXT} characters",
        ),
        ({"metadata": {"k": ["y" * (MAX_TEXT + 1)]}}, "/metadata/k/0", "limit_string_length", "shorten it"),
        (
            {"metadata": {"k" * (MAX_TEXT + 1): 1}},
            "/metadata",
            "limit_string_length",
            "the long text goes in its value",
        ),
        ({"css": "x" * (MAX_CSS + 1)}, "/css", "limit_css_length", "keep to the rules this screen needs"),
    ],
)
def test_string_lengths(data: dict[str, Any], path: str, code: str, suggestion: str) -> None:
    """Each says what to do, as every other limit does."""
    (issue,) = check_data_limits(data)
    assert (issue.path, issue.code) == (path, code)
    assert "exceeds the limit" in issue.message
    assert issue.suggestion is not None and suggestion in issue.suggestion


def test_a_data_image_may_be_as_long_as_the_document_allows() -> None:
    """Images are embedded, never fetched: a logo or a photo is far more than 10,000 characters."""
    payload = "QUJD" * (MAX_TEXT // 2)  # 20,000 characters of base64
    image = f"data:image/png;base64,{payload}"
    document = {
        "elements": [
            {"type": "image", "src": image},
            {"type": "container", "style": {"background": f"url({image}) center/cover"}},
            {"type": "container", "style": {"backgroundImage": f"url('{image}')"}},
        ]
    }
    assert check_data_limits(document) == []
    assert validate_document(document).ok
    # Text is not an image, nor is a data: URI of another kind.
    for text in (f"x{image}", f"data:text/plain,{payload}"):
        (issue,) = check_data_limits({"elements": [{"type": "image", "src": text}]})
        assert (issue.code, issue.path) == ("limit_string_length", "/elements/0/src")
    (too_long,) = check_data_limits(
        {"elements": [{"type": "image", "src": "data:image/png;base64," + "A" * MAX_IMAGE_DATA}]}
    )
    assert f"limit of {MAX_IMAGE_DATA:,} characters" in too_long.message
    assert too_long.suggestion is not None and too_long.suggestion.startswith("embed a smaller image")


def test_strings_at_the_limit_pass() -> None:
    assert check_data_limits({"title": "x" * MAX_TEXT, "css": "y" * MAX_CSS}) == []


def test_every_long_string_is_reported() -> None:
    long = "x" * (MAX_TEXT + 1)
    issues = check_data_limits({"title": long, "description": long})
    assert [i.path for i in issues] == ["/title", "/description"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("elements", 0), True),
        (("elements", 3, "children", 1), True),
        (("elements", 3, "children", 1, "children", 0), True),
        (("elements",), False),
        (("elements", 0, "items", 1), False),
        (("metadata", 0), False),
        (("elements", 0, "children"), False),
    ],
)
def test_is_element_path(path: tuple[str | int, ...], expected: bool) -> None:
    assert is_element_path(path) is expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [((), ""), (("elements", 3, "type"), "/elements/3/type"), (("a/b", "c~d"), "/a~1b/c~0d")],
)
def test_pointer(parts: tuple[str | int, ...], expected: str) -> None:
    assert pointer(parts) == expected


def test_validation_stops_at_structural_limits() -> None:
    result = validate_document(_nested(40))
    assert not result.ok
    assert [i.code for i in result.errors] == ["limit_depth"]


def test_validation_reports_string_limits_with_other_errors() -> None:
    result = validate_document({"title": "x" * (MAX_TEXT + 1), "elements": [{"type": "buton"}]})
    assert {i.code for i in result.errors} == {"limit_string_length", "unknown_type"}


def test_a_frame_that_pushes_the_image_past_the_limit_says_how_wide_the_screen_may_be() -> None:
    result = validate_document({"width": 7990, "height": 500, "frame": "phone", "elements": []})
    assert [issue.code for issue in result.errors] == [
        "limit_canvas_side"
    ]  # validate says what render refuses
    with pytest.raises(InvalidDocumentError) as refused:
        plan_render({"width": 7990, "height": 500, "frame": "phone", "elements": []})
    (issue,) = refused.value.issues
    assert issue.path == "/width" and issue.code == "limit_canvas_side"
    assert "the screen's 7,990 px and 104 px of frame or notes" in issue.message
    assert issue.suggestion == "use a width of at most 7,896"


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"device": "mobile", "width": 2036, "height": 2183}, "/device"),  # 3x from the preset
        ({"width": 8000, "height": 6000}, "/width"),  # 1x, no scale written
        ({"width": 4000, "height": 4000, "scale": 2}, "/scale"),
    ],
)
def test_the_pixel_limit_points_at_a_field_the_document_wrote(document: dict[str, Any], path: str) -> None:
    with pytest.raises(InvalidDocumentError) as refused:
        plan_render({**document, "elements": []})
    assert [(issue.code, issue.path) for issue in refused.value.issues] == [("limit_canvas_pixels", path)]


@pytest.mark.parametrize(
    ("options", "path", "words", "suggestion"),
    [
        (
            {"width": 4100, "height": 600, "scale": 4},
            "/options/width",
            "a WebP image is at most 16,383 px a side, and this one would be 16,400 px wide (4100 px at scale 4)",
            "render it as png or jpeg, or make the width at most 4095 px at scale 4, or lower the scale",
        ),
        (
            {"width": 600, "height": 5462, "scale": 3},
            "/options/height",
            "a WebP image is at most 16,383 px a side, and this one would be 16,386 px tall (5462 px at scale 3)",
            "render it as png or jpeg, or make the height at most 5461 px at scale 3, or lower the scale",
        ),
        (
            {"width": 600, "height": 5462, "scale": 3, "full_page": True},  # a full page only grows
            "/options/height",
            "this one would be 16,386 px tall",
            "make the height at most 5461 px",
        ),
    ],
)
def test_a_webp_past_the_formats_side_is_refused_at_the_side_too_large(
    options: dict[str, Any], path: str, words: str, suggestion: str
) -> None:
    """It was accepted, queued, and failed in the renderer with advice naming the height."""
    webp = RenderOptions(format="webp", **options)
    (issue,) = check_document_canvas(Document(), webp)
    assert (issue.path, issue.code) == (path, "limit_webp_side")
    assert words in issue.message and issue.suggestion is not None and suggestion in issue.suggestion
    with pytest.raises(InvalidRenderOptionsError) as refused:
        plan_render("elements: [{type: heading, text: big}]\n", webp)
    assert refused.value.issues == [issue]  # an option's, with no place in the document's text
    assert check_document_canvas(Document(), webp.model_copy(update={"format": "png"})) == []


@pytest.mark.parametrize(
    ("document", "options", "path"),
    [
        ({"width": 4100, "scale": 4}, {}, "/options/format"),  # a PNG holds it: the format is what is over
        ({"width": 4100}, {"scale": 4}, "/options/scale"),
        ({"width": 4100, "scale": 4}, {"width": 4100}, "/options/width"),
    ],
)
def test_a_webp_past_the_formats_side_blames_an_option(
    document: dict[str, Any], options: dict[str, Any], path: str
) -> None:
    issues = check_document_canvas(Document.model_validate(document), RenderOptions(format="webp", **options))
    assert [(issue.path, issue.code) for issue in issues] == [(path, "limit_webp_side")]


def test_a_webp_at_the_formats_side_or_cropped_to_its_content_passes() -> None:
    assert (
        check_document_canvas(Document(width=5461, height=600, scale=3), RenderOptions(format="webp")) == []
    )
    cropped = RenderOptions(format="webp", width=4100, scale=4, crop=True)  # only the render knows its size
    assert check_document_canvas(Document(), cropped) == []


def test_a_render_refused_for_its_options_alone_says_so() -> None:
    """The request's width, height and scale made the canvas too large, not the document."""
    with pytest.raises(InvalidRenderOptionsError) as refused:
        plan_render(
            "elements: [{type: heading, text: big}]\n", RenderOptions(width=8000, height=8000, scale=4)
        )
    (issue,) = refused.value.issues
    assert (issue.path, issue.code, issue.line) == ("/options/scale", "limit_canvas_pixels", None)
    assert refused.value.code == "invalid_options"
    with pytest.raises(InvalidDocumentError) as document:
        plan_render({"title": "x" * (MAX_TEXT + 1), "elements": []}, RenderOptions(width=8000, height=8000))
    assert type(document.value) is InvalidDocumentError  # the document is wrong too
    assert [issue.path for issue in document.value.issues] == ["/options/width", "/title"]


def test_validating_for_a_render_refuses_what_the_render_refuses_and_no_more() -> None:
    """`POST /v1/validate` answers with `validate_for_render`: options that make the canvas too
    large are refused as a render refuses them, strict or not (a 422 `invalid_options`), while
    an option the image does not follow is a warning of kind option_ignored, which strict passes
    (the picture is the document's as written) and `strict="all"` makes an error of the result
    (`valid: false`), not a refusal of the options."""
    heading = "elements: [{type: heading, text: big}]\n"
    too_large = RenderOptions(width=8000, height=8000, scale=4, quality=40)
    for strict in (False, True):
        with pytest.raises(InvalidRenderOptionsError) as refused:
            validate_for_render(heading, too_large, strict=strict)
        assert [(i.path, i.code) for i in refused.value.issues] == [("/options/scale", "limit_canvas_pixels")]
    result = validate_for_render(heading, RenderOptions(quality=40), strict=True)
    assert result.ok and [(i.path, i.code, i.kind) for i in result.warnings] == [
        ("/options/quality", "option_ignored", "option_ignored")
    ]
    result = validate_for_render(heading, RenderOptions(quality=40), strict="all")
    assert not result.ok and [(i.path, i.code) for i in result.errors] == [
        ("/options/quality", "option_ignored")
    ]
    assert [(i.path, i.code) for i in validate_for_render(heading, RenderOptions(quality=40)).warnings] == [
        ("/options/quality", "option_ignored")
    ]


@pytest.mark.parametrize("frame", ["frame: phone", "frame: {type: browser, url: acme.com}"])
def test_the_documents_frame_on_a_cropped_image_is_warned_of_at_frame(frame: str) -> None:
    """A cropped image draws no frame: the document's own is said to be left out (the caller's
    crop left it out, so an error only under `strict="all"`), where a caller's frame beside crop
    is refused as options that cannot work together."""
    framed = f"device: mobile\n{frame}\nelements: [{{type: heading, text: Wallet}}]\n"
    (warning,) = validate_for_render(framed, RenderOptions(crop=True)).warnings
    assert (warning.path, warning.code) == ("/frame", "option_ignored")
    assert warning.message.startswith("frame ") and "is not drawn: crop cuts the image" in warning.message
    assert validate_for_render(framed, RenderOptions(crop=True), strict=True).ok
    assert not validate_for_render(framed, RenderOptions(crop=True), strict="all").ok
    assert validate_for_render(framed, RenderOptions()).warnings == []
    assert validate_for_render(framed, RenderOptions(crop=True, frame="none")).warnings == []
    unframed = "frame: none\nelements: [{type: heading, text: Wallet}]\n"
    assert validate_for_render(unframed, RenderOptions(crop=True)).warnings == []
