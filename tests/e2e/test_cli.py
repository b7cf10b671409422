"""The real `dsl2png` command line, run as a subprocess: render and validate."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.async_api import async_playwright
from pypdf import PdfReader

from render_worker.pool_settings import PoolSettings
from tests.e2e.cli_support import COMPAT, PNG_MAGIC, RED_BUTTON, dsl2png, image_of
from tests.e2e.processes import ROOT
from tests.support.documents import TALL, TALL_CONTENT_HEIGHT, TALL_CUT_PX

pytestmark = pytest.mark.e2e


# -- render ---------------------------------------------------------------------------------------


def test_render_one_file_to_the_output_path(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "button.png"
    result = dsl2png("render", red_button, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(PNG_MAGIC)
    image = image_of(out)
    assert image.size == (400, 300)
    r, g, b = image.convert("RGB").getpixel((110, 105))  # type: ignore[misc]
    assert r > 220 and g < 40 and b < 40


def test_crop_cuts_the_image_to_the_button_and_its_margin(red_button: Path, tmp_path: Path) -> None:
    """The 400x300 canvas's red button alone, with the page margin around it."""
    out = tmp_path / "button.png"
    result = dsl2png("render", red_button, "-o", out, "--crop")
    assert result.returncode == 0, result.stderr
    image = image_of(out).convert("RGB")
    assert image.width < 400 and image.height < 300
    r, g, b = image.getpixel((image.width // 2, image.height // 2))  # type: ignore[misc]
    assert r > 220 and g < 40 and b < 40
    assert image.getpixel((1, 1)) == image.getpixel((image.width - 2, image.height - 2))  # the page
    framed = tmp_path / "framed.json"
    framed.write_text(json.dumps({**RED_BUTTON, "frame": "phone"}))
    result = dsl2png("render", framed, "-o", tmp_path / "framed.png", "--crop")
    assert result.returncode == 0, result.stderr  # the document's own frame is left out, and said so
    assert f"warning {framed}: /frame (line 1, column " in result.stderr  # where the file sets it
    assert "): frame phone is not drawn: crop cuts the image" in result.stderr
    assert image_of(tmp_path / "framed.png").size == image.size


def test_a_document_of_height_auto_renders_as_tall_as_its_content(tmp_path: Path) -> None:
    source = tmp_path / "tall.json"
    source.write_text(json.dumps({**TALL, "height": "auto"}))
    result = dsl2png("render", source, "-o", tmp_path / "tall.png")
    assert result.returncode == 0, result.stderr
    assert image_of(tmp_path / "tall.png").size == (400, TALL_CONTENT_HEIGHT)
    assert "warning" not in result.stderr  # nothing is cut


def test_render_several_files_into_a_folder(tmp_path: Path) -> None:
    sources = [ROOT / "examples" / "login.yaml", COMPAT / "simple_button.json", COMPAT / "mobile_app.yaml"]
    out = tmp_path / "renders"
    result = dsl2png("render", *sources, "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["login.png", "mobile_app.png", "simple_button.png"]
    assert image_of(out / "login.png").size == (1280, 800)
    assert image_of(out / "simple_button.png").size == (400, 200)
    assert image_of(out / "mobile_app.png").size == (375, 667)


def test_files_of_the_same_name_from_different_folders_do_not_overwrite_each_other(tmp_path: Path) -> None:
    sources = [ROOT / "examples" / "dashboard.yaml", COMPAT / "dashboard.json"]
    out = tmp_path / "renders"
    result = dsl2png("render", *sources, "-o", out)
    assert result.returncode == 0, result.stderr
    # each keeps to a folder named as its own (out/onboarding/01.png, out/checkout/01.png)
    assert sorted(p.name for p in out.iterdir()) == sorted(["examples", COMPAT.name])
    assert image_of(out / "examples" / "dashboard.png").size == (1280, 800)
    assert image_of(out / COMPAT.name / "dashboard.png").size == (1200, 800)
    assert "written as" not in result.stderr  # no image renamed


def test_content_that_runs_below_the_canvas_is_rendered_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "tall.json"
    source.write_text(json.dumps(TALL))
    result = dsl2png("render", source, "-o", tmp_path / "tall.png")
    assert result.returncode == 0, result.stderr
    assert f"{TALL_CUT_PX} px below the bottom of the" in result.stderr, result.stderr
    assert "--full-page" in result.stderr
    whole = dsl2png("render", source, "-o", tmp_path / "whole.png", "--full-page")
    assert whole.returncode == 0 and "cut off" not in whole.stderr, whole.stderr
    # A height the command line set is not the document's to change: the advice says which.
    lower = dsl2png("render", source, "-o", tmp_path / "lower.png", "--height", "250")
    assert "the height comes from --height, not the document" in lower.stderr, lower.stderr
    assert "make 'height'" not in lower.stderr
    assert image_of(tmp_path / "whole.png").size == (400, TALL_CONTENT_HEIGHT)


def test_render_with_the_mobile_device_preset(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "mobile.png"
    result = dsl2png("render", red_button, "-o", out, "--device", "mobile")
    assert result.returncode == 0, result.stderr
    assert image_of(out).size == (1170, 2532)


def test_a_width_beside_a_device_is_warned_of_at_its_flag(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "wide.png"
    result = dsl2png("render", red_button, "-o", out, "--device", "mobile", "--width", "500")
    assert result.returncode == 0, result.stderr
    assert ": --width: the mobile's width 390 is not used (width 500 replaces it)" in result.stderr
    assert image_of(out).size == (1500, 2532)


def test_render_as_jpeg_with_size_and_scale_options(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "button.jpg"
    result = dsl2png(
        "render",
        red_button,
        "-o",
        out,
        "--format",
        "jpeg",
        "--width",
        "300",
        "--height",
        "100",
        "--scale",
        "2",
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xff\xd8\xff")
    image = image_of(out)
    assert image.format == "JPEG" and image.size == (600, 200)


@pytest.mark.parametrize(
    ("name", "pillow_format"), [("shot.jpg", "JPEG"), ("shot.WEBP", "WEBP"), ("shot.png", "PNG")]
)
def test_the_output_files_extension_picks_the_format(
    red_button: Path, tmp_path: Path, name: str, pillow_format: str
) -> None:
    out = tmp_path / name
    result = dsl2png("render", red_button, "-o", out)
    assert result.returncode == 0, result.stderr
    assert image_of(out).format == pillow_format


@pytest.mark.parametrize(
    ("name", "flags", "message"),
    [
        ("shot.jpg", ["--format", "png"], "names a jpeg file but --format png was given"),
        ("shot.gif", [], "renders are written as .png, .jpg, .webp or .pdf, not .gif"),
        ("notes.txt", [], "renders are written as .png, .jpg, .webp or .pdf, not .txt"),
        ("shot.pdf", ["--transparent"], "--transparent is for images"),
        ("shot.jpg", ["--transparent"], "--transparent needs png or webp: jpeg has no transparency"),
        ("page.html", [], "`dsl2png html` writes the page as HTML"),
        ("shot.pdf", ["--crop"], "--crop is for images"),
        (
            "shot.png",
            ["--crop", "--frame", "phone"],
            "crop cuts the image to the content, so it draws no frame",
        ),
    ],
)
def test_an_output_name_that_contradicts_the_format_is_a_usage_error(
    red_button: Path, tmp_path: Path, name: str, flags: list[str], message: str
) -> None:
    out = tmp_path / name
    result = dsl2png("render", red_button, "-o", out, *flags)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_an_output_name_without_an_extension_is_a_folder(red_button: Path, tmp_path: Path) -> None:
    result = dsl2png("render", red_button, "-o", tmp_path / "newdir")
    assert result.returncode == 0, result.stderr
    assert image_of(tmp_path / "newdir" / "button.png").size == (400, 300)
    notes = tmp_path / "notes"  # an existing file without an extension is not replaced by an image
    notes.write_text("keep me")
    refused = dsl2png("render", red_button, "-o", notes)
    assert refused.returncode == 2 and "is a file without an extension" in refused.stderr
    assert notes.read_text() == "keep me"


async def test_html_is_the_page_render_screenshots(tmp_path: Path) -> None:
    login = ROOT / "examples" / "login.yaml"
    shot = tmp_path / "login.png"
    assert dsl2png("render", login, "-o", shot).returncode == 0
    result = dsl2png("html", login)
    assert result.returncode == 0, result.stderr
    page_source = result.stdout
    assert page_source.startswith("<!DOCTYPE html>") and "<script" not in page_source
    assert "Content-Security-Policy" in page_source  # opened anywhere, it runs nothing and fetches nothing
    (tmp_path / "login.html").write_text(page_source, encoding="utf-8")

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 800}, java_script_enabled=False)
            await page.goto((tmp_path / "login.html").as_uri())
            opened = Image.open(io.BytesIO(await page.screenshot())).convert("RGB")
        finally:
            await browser.close()
    assert ImageChops.difference(opened, image_of(shot).convert("RGB")).getbbox() is None


def test_html_of_several_files_goes_into_a_folder_and_a_bad_one_is_exit_1(
    red_button: Path, bad_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pages"
    result = dsl2png("html", red_button, bad_file, "-o", f"{out}/", "--theme", "dark", "--frame", "phone")
    assert result.returncode == 1
    assert "unknown element type 'buton'" in result.stderr
    assert [p.name for p in out.iterdir()] == [red_button.with_suffix(".html").name]
    page = (out / red_button.with_suffix(".html").name).read_text(encoding="utf-8")
    assert 'data-theme="dark"' in page and "dsl-frame--phone" in page


def test_a_pdf_output_is_printed_with_its_text(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "button.pdf"
    result = dsl2png("render", red_button, "-o", out)
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((300, 225), abs=0.5)
    assert "Go" in page.extract_text()


def test_a_pdf_with_content_below_its_page_names_the_pdf_page_limit(tmp_path: Path) -> None:
    """The full-page advice of a cut PDF names the tallest page Chromium prints (19,200 px), not
    the image capture limit that a PNG has."""
    tall = tmp_path / "tall.json"
    tall.write_text(
        json.dumps(
            {"width": 400, "height": 300, "elements": [{"type": "container", "layout": {"height": 1000}}]}
        )
    )
    result = dsl2png("render", tall, "-o", tmp_path / "tall.pdf")
    assert result.returncode == 0, result.stderr
    warning = " ".join(result.stderr.split())
    assert "px below the bottom of the image and is cut off" in warning, warning
    assert "a full-page PDF is itself cut at 19,200 px" in warning and "16,384" not in warning


def test_render_dark_theme_option(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    assert dsl2png("render", red_button, "-o", out, "--theme", "dark").returncode == 0
    r, g, b = image_of(out).convert("RGB").getpixel((390, 290))  # type: ignore[misc]
    assert 0.299 * r + 0.587 * g + 0.114 * b < 60


def test_render_of_a_bad_file_exits_1_and_writes_nothing(bad_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "never.png"
    result = dsl2png("render", bad_file, "-o", out)
    assert result.returncode == 1
    assert "/elements/0/type" in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


# -- validate -------------------------------------------------------------------------------------


def test_validate_a_bad_file_names_paths_and_suggestions(bad_file: Path) -> None:
    result = dsl2png("validate", bad_file)
    assert result.returncode == 1
    assert "/elements/0/type" in result.stderr and "/elements/1/children/0/type" in result.stderr
    assert "did you mean 'button'" in result.stderr and "did you mean 'text'" in result.stderr
    assert "line 1" in result.stderr


def test_validate_good_files_exits_0(red_button: Path) -> None:
    result = dsl2png("validate", red_button, ROOT / "examples" / "dashboard.yaml")
    assert result.returncode == 0, result.stderr


def test_validate_reports_every_error_of_the_compat_error_example() -> None:
    result = dsl2png("validate", "--json", COMPAT / "error_example.json")
    assert result.returncode == 1
    [report] = json.loads(result.stdout)
    assert report["file"] == str(COMPAT / "error_example.json")
    assert report["valid"] is False
    paths = {error["path"] for error in report["errors"]}
    expected = {
        "/width",  # bad width type
        "/elements/0/type",  # unknown element type
        "/elements/0/layout/x",  # non-numeric layout value
        "/elements/0/layout/width",  # negative layout value
        "/elements/0/style/fontSize",  # bad font size
        "/elements/1/style/opacity",  # opacity out of range
    }
    assert expected <= paths, paths
    text = dsl2png("validate", COMPAT / "error_example.json")
    for path in expected:
        assert path in text.stderr


def test_yaml_alias_bomb_is_rejected(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    lines.append("elements: *a9")
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    # 9**10 nodes if expanded: a loader that expanded it would not finish inside this bound.
    result = dsl2png("validate", bomb, timeout_s=60)
    assert result.returncode == 1
    assert "alias" in result.stderr.lower()
    rendered = dsl2png("render", bomb, "-o", tmp_path / "bomb.png", timeout_s=60)
    assert rendered.returncode == 1 and not (tmp_path / "bomb.png").exists()
