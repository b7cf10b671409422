"""The Python API (dsl2png.render, validate, Renderer, AsyncRenderer) on real Chromium: what it
renders is what `dsl2png render` writes, byte for byte, and a Renderer keeps one browser."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import dsl2png

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
HELLO = {"width": 320, "height": 200, "elements": [{"type": "heading", "text": "Hello"}]}
HELLO_YAML = "width: 320\nheight: 200\nelements:\n  - type: heading\n    text: Hello\n"


def picture(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_a_dict_renders_to_a_png_of_its_canvas() -> None:
    image = picture(dsl2png.render(HELLO))
    assert (image.format, image.size) == ("PNG", (320, 200))
    assert image.convert("L").getextrema()[0] < 128  # the heading is drawn in dark ink, not a blank page


def test_a_render_neither_needs_nor_touches_the_services_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DSL2PNG_DATA_DIR is where `serve` and `mcp` keep their store: the API keeps nothing, so a
    folder it could not create (as under /proc) is no reason to refuse a render, nor one to make."""
    unused = tmp_path / "never-made"
    for data_dir in ("/proc/nope", str(unused)):
        monkeypatch.setenv("DSL2PNG_DATA_DIR", data_dir)
        assert picture(dsl2png.render(HELLO)).size == (320, 200)
    assert not unused.exists()


def test_yaml_text_renders_as_its_dict_does_and_options_apply() -> None:
    assert dsl2png.render(HELLO_YAML) == dsl2png.render(HELLO)
    image = picture(dsl2png.render(HELLO_YAML.encode(), format="jpg", scale=2))
    assert (image.format, image.size) == ("JPEG", (640, 400))


def test_an_invalid_document_raises_with_every_error_and_its_path() -> None:
    bad = {"elements": [{"type": "headin", "text": "x"}, {"type": "button"}, {"type": "nope"}]}
    with pytest.raises(dsl2png.InvalidDocumentError) as raised:
        dsl2png.render(bad)
    paths = {issue.path for issue in raised.value.issues}
    assert {"/elements/0/type", "/elements/2/type"} <= paths
    assert any("heading" in (issue.suggestion or "") for issue in raised.value.issues)


CUT = {
    "width": 400, "height": 200,
    "elements": [
        {"type": "paragraph", "text": "word " * 600},
        {"type": "button", "label": "Supercalifragilistic_Longword_WithoutSpaces_1234567890", "layout": {"width": 80}},
    ],
}  # fmt: skip
"""A document the validator passes whose picture the render finds wrong: the paragraph runs
below the canvas (content_cut), the long label is cut to an ellipsis (text_truncated)."""


def test_a_render_gives_the_warnings_only_the_render_measures_with_its_image() -> None:
    assert dsl2png.validate(CUT).warnings == []
    with dsl2png.Renderer() as renderer:
        result = renderer.render(CUT)
        plain = renderer.render(HELLO)
    assert isinstance(result, bytes) and isinstance(result, dsl2png.RenderResult)
    assert [(w.code, w.path, w.kind) for w in result.warnings] == [
        ("content_cut", "/height", "drawn_wrong"),
        ("text_truncated", "/elements/1", "drawn_wrong"),
    ]
    assert all(w.message and w.suggestion for w in result.warnings)
    assert (result.width, result.height, result.format) == (400, 200, "png")
    image = picture(result)  # the bytes are the image, as before
    assert image.size == (400, 200)
    assert image.convert("L").getextrema()[0] < 128  # the paragraph's ink, not a blank page
    assert plain.warnings == ()


def test_strict_raises_on_a_measured_warning_as_on_the_validators() -> None:
    with dsl2png.Renderer() as renderer:
        for strict in (True, "all"):
            with pytest.raises(dsl2png.InvalidDocumentError) as raised:
                renderer.render(CUT, strict=strict)
            assert [(i.code, i.path) for i in raised.value.issues] == [
                ("content_cut", "/height"), ("text_truncated", "/elements/1"),
            ]  # fmt: skip
        note = {**HELLO, "elements": [{"type": "image", "src": "https://example.com/a.png"}]}
        assert [w.kind for w in renderer.render(note, strict=True).warnings] == ["note"]  # a note passes True


def test_a_height_option_is_where_content_cut_asks_for_more() -> None:
    result = dsl2png.render(CUT, height=300, format="jpeg")
    (cut,) = [w for w in result.warnings if w.code == "content_cut"]
    assert "height option" in (cut.suggestion or "") and "--height" not in (cut.suggestion or "")
    assert (result.format, result.height) == ("jpeg", 300)


def test_content_cut_points_at_the_device_that_set_the_height_of_a_device_only_document() -> None:
    """It pointed at "/height", a field the document does not have (placed at its first line)."""
    document = {"device": "mobile", "elements": [{"type": "paragraph", "text": "word " * 1500}]}
    result = dsl2png.render(document, scale=1)
    (cut,) = [w for w in result.warnings if w.code == "content_cut"]
    assert cut.path == "/device" and (result.width, result.height) == (390, 844)


def test_options_that_cannot_work_together_raise_before_chromium_starts() -> None:
    with pytest.raises(dsl2png.RenderOptionsError, match="transparent"):
        dsl2png.render(HELLO, format="jpeg", transparent=True)


def test_a_renderer_renders_several_documents_with_one_browser() -> None:
    documents = [{**HELLO, "elements": [{"type": "heading", "text": f"Screen {n}"}]} for n in range(3)]
    with dsl2png.Renderer() as renderer:
        images = [renderer.render(document) for document in documents]
        stats = renderer.stats()
    assert (stats["browsers"], stats["renders"], stats["relaunches"]) == (1, 3, 0)
    assert len(set(images)) == 3  # three pictures, not one served again


async def test_an_async_renderer_runs_on_the_callers_event_loop() -> None:
    async with dsl2png.AsyncRenderer() as renderer:
        png = await renderer.render(HELLO_YAML)
        pdf = await renderer.render(HELLO, format="pdf")
    assert png == dsl2png.render(HELLO)
    assert pdf.startswith(b"%PDF-")


@pytest.mark.parametrize(("suffix", "options"), [(".png", {}), (".webp", {"scale": 2, "theme": "dark"})])
def test_the_api_writes_the_clis_very_bytes(tmp_path: Path, suffix: str, options: dict[str, object]) -> None:
    document = ROOT / "examples" / "login.yaml"
    target = tmp_path / f"login{suffix}"
    flags = [f"--{name}={value}" for name, value in options.items()]
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", "render", str(document), "-o", str(target), "-q", *flags],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    fmt = suffix.removeprefix(".")
    assert dsl2png.render(document, format=fmt, **options) == target.read_bytes()  # type: ignore[arg-type]


def test_a_cut_a_full_height_column_causes_is_told_once_at_its_height() -> None:
    """A 100% column under a navbar runs below the screen: height_past_screen says so at the
    column's height with its fix; no content_cut repeats it there with the same advice."""
    column = {
        "type": "column",
        "layout": {"height": "100%"},
        "children": [
            {"type": "heading", "text": "Stay in the loop"},
            {"type": "spacer"},
            {"type": "button", "text": "Finish"},
        ],
    }
    document = {"width": 390, "height": 600, "elements": [{"type": "navbar", "title": "Setup"}, column]}
    result = dsl2png.render(document)
    assert result.height == 600  # the button at the column's bottom is below it
    at_column = [w.code for w in result.warnings if w.path == "/elements/1/layout/height"]
    assert at_column == ["height_past_screen"], result.warnings
    assert not [w for w in result.warnings if w.code == "content_cut"], result.warnings
