"""Linear gradients drawn without dithering: what is parsed, the ramp image, where the compiler uses it."""

from __future__ import annotations

import base64
import io
import re
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.gradients import RAMP_SAMPLES, parse_linear_gradient, smooth_gradient
from kernel.dsl.frames import FrameChoice
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport

INDIGO = "#4f46e5"
VIOLET = "#7c3aed"


def ramp(uri: str) -> Image.Image:
    """The ramp image inside a `url(data:image/png;base64,...)` or a layer's `--gi`."""
    match = re.search(r"data:image/png;base64,([A-Za-z0-9+/=]+)", uri)
    assert match, uri
    return Image.open(io.BytesIO(base64.b64decode(match.group(1))))


def pixels(image: Image.Image) -> list[tuple[int, ...]]:
    data = image.convert("RGBA")
    return [data.getpixel((i, 0) if image.width > 1 else (0, i)) for i in range(max(image.size))]  # type: ignore[misc]


def page(*elements: dict[str, Any], **fields: Any) -> str:
    document = Document.model_validate({"width": 400, "height": 300, "elements": list(elements), **fields})
    return compile_html(document, Viewport(400, 300, 1.0))


def body_of(html: str) -> str:
    return html[html.index("<body>") :]


# -- parsing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "angle"),
    [
        (f"linear-gradient({INDIGO}, {VIOLET})", 180.0),
        (f"linear-gradient(160deg, {INDIGO}, {VIOLET})", 160.0),
        (f"linear-gradient(0.25turn, {INDIGO}, {VIOLET})", 90.0),
        (f"linear-gradient(100grad, {INDIGO}, {VIOLET})", 90.0),
        (f"linear-gradient(3.14159265rad, {INDIGO}, {VIOLET})", 180.0),
        (f"linear-gradient(-90deg, {INDIGO}, {VIOLET})", 270.0),
        (f"linear-gradient(0, {INDIGO}, {VIOLET})", 0.0),
        (f"LINEAR-GRADIENT(TO RIGHT, {INDIGO}, {VIOLET})", 90.0),
        (f"linear-gradient(to top, {INDIGO}, {VIOLET})", 0.0),
        (f"linear-gradient(to left, {INDIGO}, {VIOLET})", 270.0),
    ],
)
def test_directions_are_read_as_css_angles(value: str, angle: float) -> None:
    gradient = parse_linear_gradient(value)
    assert gradient is not None
    assert gradient.angle == pytest.approx(angle, abs=1e-4)
    assert gradient.corner is None


@pytest.mark.parametrize(
    ("words", "corner"),
    [
        ("to bottom right", (1, 1)),
        ("to right bottom", (1, 1)),
        ("to top left", (-1, -1)),
        ("to bottom left", (-1, 1)),
    ],
)
def test_corner_directions_keep_the_corner_since_their_angle_depends_on_the_box(
    words: str, corner: tuple[int, int]
) -> None:
    gradient = parse_linear_gradient(f"linear-gradient({words}, red, blue)")
    assert gradient is not None
    assert (gradient.angle, gradient.corner) == (None, corner)


def test_stop_positions_are_fixed_up_as_css_does() -> None:
    gradient = parse_linear_gradient("linear-gradient(red, lime, blue 50%, white, black)")
    assert gradient is not None
    assert [position for _, position in gradient.stops] == pytest.approx([0, 0.25, 0.5, 0.75, 1])
    decreasing = parse_linear_gradient("linear-gradient(red 40%, blue 20%, white)")
    # A stop before the one ahead of it moves up to it: here that makes a hard stop, left to CSS.
    assert decreasing is None


def test_colours_in_the_legacy_syntaxes_are_read_as_straight_srgb() -> None:
    gradient = parse_linear_gradient(
        "linear-gradient(#f00, rgb(0 255 0 / 50%), rgba(0, 0, 255, .25), hsl(0 100% 50%), transparent, navy)"
    )
    assert gradient is not None
    colors = [tuple(round(c, 3) for c in color) for color, _ in gradient.stops]
    assert colors == [
        (1, 0, 0, 1),
        (0, 1, 0, 0.5),
        (0, 0, 1, 0.25),
        (1, 0, 0, 1),
        (0, 0, 0, 0),
        (0, 0, round(128 / 255, 3), 1),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "repeating-linear-gradient(red 0 10px, blue 10px 20px)",
        "radial-gradient(red, blue)",
        "linear-gradient(red, 30%, blue)",  # a colour hint
        "linear-gradient(in oklab, red, blue)",
        "linear-gradient(90deg in hsl, red, blue)",
        "linear-gradient(var(--primary), blue)",
        "linear-gradient(red 10px, blue)",  # a length: depends on the line's length in px
        "linear-gradient(red 50%, blue 50%)",  # a hard stop
        "linear-gradient(red 0 50%, blue)",  # a two-position stop
        "linear-gradient(red)",
        "linear-gradient(oklch(70% 0.1 200), blue)",  # CSS interpolates these in Oklab
        "linear-gradient(color(srgb 1 0 0), blue)",
        "linear-gradient(hwb(0 0% 0%), blue)",
        "linear-gradient(currentcolor, blue)",
        "linear-gradient(to top bottom, red, blue)",
        "linear-gradient(to middle, red, blue)",
        "linear-gradient(red, blue), linear-gradient(white, black)",
        "linear-gradient(red -20%, blue)",
        "#fff linear-gradient(red, blue)",
        "linear-gradient()",
        "url(data:image/png;base64,AAAA)",
        "",
    ],
)
def test_anything_outside_the_drawn_subset_stays_css(value: str) -> None:
    assert parse_linear_gradient(value) is None
    assert smooth_gradient(value) is None


# -- the ramp image ------------------------------------------------------------------------------


def test_the_ramp_runs_from_the_first_stop_to_the_last_with_a_sample_per_1024th() -> None:
    smooth = smooth_gradient("linear-gradient(160deg, #000000, #ffffff)")
    assert smooth is not None and smooth.layer is not None and smooth.image is None
    image = ramp(smooth.layer)
    assert image.size == (1, RAMP_SAMPLES)
    values = [p[0] for p in pixels(image)]
    assert values[0] == 0 and values[-1] == 255
    assert values == sorted(values)
    assert values[RAMP_SAMPLES // 2] in (127, 128)


def test_translucent_stops_interpolate_premultiplied_as_css_does() -> None:
    """Red to transparent stays red while it fades (straight interpolation would darken it)."""
    smooth = smooth_gradient("linear-gradient(45deg, rgb(255 0 0), transparent)")
    assert smooth is not None and smooth.layer is not None and not smooth.opaque
    middle = pixels(ramp(smooth.layer))[RAMP_SAMPLES // 2]
    assert middle[:3] == (255, 0, 0)
    assert middle[3] in (127, 128)


@pytest.mark.parametrize(
    ("direction", "size", "first", "last"),
    [
        ("to bottom", (1, RAMP_SAMPLES), (255, 0, 0), (0, 0, 255)),
        ("to top", (1, RAMP_SAMPLES), (0, 0, 255), (255, 0, 0)),
        ("90deg", (RAMP_SAMPLES, 1), (255, 0, 0), (0, 0, 255)),
        ("to left", (RAMP_SAMPLES, 1), (0, 0, 255), (255, 0, 0)),
    ],
)
def test_a_gradient_along_an_axis_is_an_image_the_box_stretches(
    direction: str, size: tuple[int, int], first: tuple[int, ...], last: tuple[int, ...]
) -> None:
    smooth = smooth_gradient(f"linear-gradient({direction}, red, blue)")
    assert smooth is not None and smooth.image is not None and smooth.layer is None
    image = ramp(smooth.image)
    assert image.size == size
    values = pixels(image)
    assert values[0][:3] == first and values[-1][:3] == last


# -- where the compiler uses it ------------------------------------------------------------------


def test_a_diagonal_gradient_on_a_column_becomes_a_layer_and_the_css_one_goes() -> None:
    html = body_of(
        page({"type": "column", "style": {"background": f"linear-gradient(160deg, {INDIGO}, {VIOLET})"}})
    )
    # A dark box, of a mid-tone (white reads at 5.5:1 at most): its palette, with translucent muted text.
    assert 'class="dsl-column dsl-vflow has-dark-bg has-mid-bg dsl-smooth-host"' in html
    assert '<i class="dsl-smooth-bg" aria-hidden="true" style="--gw:calc(100cqw*0.939693' in html
    assert "--ga:-20.0000deg" in html
    assert "background:transparent" in html
    assert "linear-gradient" not in html


def test_a_corner_gradient_turns_with_the_boxs_own_proportions() -> None:
    html = body_of(
        page({"type": "container", "style": {"background": "linear-gradient(to bottom left, red, blue)"}})
    )
    assert "--ga:calc(atan2(-1*100cqh, -1*100cqw) - 180deg)" in html


def test_a_button_keeps_an_opaque_gradient_under_the_layer_for_its_transparent_border() -> None:
    gradient = f"linear-gradient(135deg, {INDIGO}, {VIOLET})"
    bordered = body_of(page({"type": "button", "text": "Go", "style": {"background": gradient}}))
    assert "dsl-smooth-bg" in bordered
    assert f"background:{gradient}" in bordered
    borderless = body_of(
        page({"type": "button", "text": "Go", "style": {"background": gradient, "border": "none"}})
    )
    assert "dsl-smooth-bg" in borderless
    assert "background:transparent" in borderless


def test_a_gradient_along_an_axis_is_the_boxs_own_background_image() -> None:
    html = body_of(page({"type": "card", "style": {"background": "linear-gradient(to right, red, blue)"}}))
    assert "background:url(data:image/png;base64," in html
    assert " 0 0/100% 100%" in html
    assert "dsl-smooth-bg" not in html
    longhand = body_of(
        page({"type": "container", "style": {"backgroundImage": "linear-gradient(red, blue)"}})
    )
    assert "background-image:url(data:image/png;base64," in longhand
    assert "background-size:100% 100%" in longhand


@pytest.mark.parametrize(
    "element",
    [
        # a layer cannot follow the author's own size, position or repeat
        {
            "type": "container",
            "style": {"background": "linear-gradient(45deg, red, blue)", "backgroundSize": "20px 20px"},
        },
        # a link is inline text: a layer would split across its lines
        {"type": "link", "text": "Docs", "style": {"background": "linear-gradient(45deg, red, blue)"}},
        # two backgrounds the cascade settles by order
        {
            "type": "container",
            "style": {
                "background": "linear-gradient(red, blue)",
                "backgroundImage": "linear-gradient(white, black)",
            },
        },
    ],
)
def test_gradients_the_compiler_cannot_place_stay_css(element: dict[str, Any]) -> None:
    html = body_of(page(element))
    assert "linear-gradient(" in html
    assert "dsl-smooth-bg" not in html


def test_the_documents_own_gradient_is_drawn_behind_the_screen() -> None:
    diagonal = page(
        {"type": "text", "text": "Hi"}, background="linear-gradient(135deg, #667eea 0%, #764ba2 100%)"
    )
    assert '<main class="dsl-root dsl-vflow dsl-smooth-host"><i class="dsl-smooth-bg"' in diagonal
    assert "body{background:transparent}" in diagonal
    vertical = page({"type": "text", "text": "Hi"}, background="linear-gradient(#f8fafc, #e2e8f0)")
    assert "body{background:url(data:image/png;base64," in vertical
    assert 'dsl-smooth-bg"' not in vertical


def test_a_framed_or_transparent_page_keeps_its_gradient_as_css() -> None:
    document = Document.model_validate(
        {"width": 400, "height": 300, "background": "linear-gradient(135deg, red, blue)", "elements": []}
    )
    framed = compile_html(document, Viewport(400, 300, 1.0, frame=FrameChoice("browser")))
    assert "linear-gradient(135deg" in framed
    assert '<i class="dsl-smooth-bg"' not in framed
    transparent = compile_html(document, Viewport(400, 300, 1.0), transparent=True)
    assert '<i class="dsl-smooth-bg"' not in transparent


def test_the_authors_css_is_never_rewritten() -> None:
    html = page(
        {"type": "container", "className": "hero"}, css=".hero{background:linear-gradient(45deg, red, blue)}"
    )
    assert ".hero{background:linear-gradient(45deg, red, blue)}" in html
    assert '<i class="dsl-smooth-bg"' not in html


_LAYER = re.compile(
    r'<i class="dsl-smooth-bg" aria-hidden="true" style="--gw:[-0-9a-z.*+() ,]+;--gh:[-0-9a-z.*+() ,]+;'
    r'--ga:[-0-9a-z.*+() ,]+;--gi:url\(data:image/png;base64,[A-Za-z0-9+/=]+\)"></i>'
)


@pytest.mark.parametrize(
    "value",
    [
        'linear-gradient(45deg, red, blue)"><script>alert(1)</script>',
        "linear-gradient(45deg, red, blue);position:fixed",
        "linear-gradient(45deg, red /* */, blue)",
        "linear-gradient(45deg, red, blue) url(https://example.com/x.png)",
        "linear-gradient(45deg, rgb(255 0 0 / 1), blue\\29 ; color: red)",
    ],
)
def test_only_numbers_and_the_ramp_reach_the_layer(value: str) -> None:
    html = body_of(page({"type": "container", "style": {"background": value}}))
    for layer in re.findall(r'<i class="dsl-smooth-bg".*?</i>', html):
        assert _LAYER.fullmatch(layer), layer
    assert "<script" not in html
    assert "example.com" not in html
