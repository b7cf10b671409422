"""The real `dsl2png` command line, run as a subprocess: render, validate, schema, examples."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.async_api import async_playwright
from pypdf import PdfReader

from render_worker.pool_settings import PoolSettings
from tests.e2e.processes import ROOT, wait_until
from tests.support.documents import TALL, TALL_CONTENT_HEIGHT, TALL_CUT_PX

pytestmark = pytest.mark.e2e

COMPAT = ROOT / "tests" / "data" / "compat"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
RED_BUTTON = {
    "width": 400,
    "height": 300,
    "elements": [
        {
            "type": "button",
            "label": "Go",
            "layout": {"x": 100, "y": 80, "width": 120, "height": 50},
            "style": {"background": "red"},
        }
    ],
}
BAD = {
    "width": 300,
    "height": 200,
    "elements": [
        {"type": "buton", "label": "x"},
        {"type": "row", "children": [{"type": "txt", "text": "y"}]},
    ],
}


def dsl2png(*args: str | Path, cwd: Path = ROOT, timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m dsl2png ARGS` and capture its output (the timeout only stops a hung run)."""
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


def image_of(path: Path) -> Image.Image:
    image = Image.open(io.BytesIO(path.read_bytes()))
    image.load()
    return image


@pytest.fixture
def red_button(tmp_path: Path) -> Path:
    path = tmp_path / "button.json"
    path.write_text(json.dumps(RED_BUTTON))
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD))
    return path


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
    assert sorted(p.name for p in out.iterdir()) == ["dashboard-2.png", "dashboard.png"]
    assert image_of(out / "dashboard.png").size == (1280, 800)
    assert image_of(out / "dashboard-2.png").size == (1200, 800)


def test_content_that_runs_below_the_canvas_is_rendered_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "tall.json"
    source.write_text(json.dumps(TALL))
    result = dsl2png("render", source, "-o", tmp_path / "tall.png")
    assert result.returncode == 0, result.stderr
    assert f"{TALL_CUT_PX} px below the bottom of the canvas" in result.stderr, result.stderr
    assert "--full-page" in result.stderr
    whole = dsl2png("render", source, "-o", tmp_path / "whole.png", "--full-page")
    assert whole.returncode == 0 and "cut off" not in whole.stderr, whole.stderr
    assert image_of(tmp_path / "whole.png").size == (400, TALL_CONTENT_HEIGHT)


def test_render_with_the_mobile_device_preset(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "mobile.png"
    result = dsl2png("render", red_button, "-o", out, "--device", "mobile")
    assert result.returncode == 0, result.stderr
    assert image_of(out).size == (1170, 2532)


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
    ("name", "pillow_format"), [("shot.jpg", "JPEG"), ("shot.WEBP", "WEBP"), ("shot", "PNG")]
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
        ("shot.pdf", ["--transparent"], "--transparent is for images"),
        ("page.html", [], "`dsl2png html` writes the page as HTML"),
    ],
)
def test_an_output_name_that_contradicts_the_format_is_refused(
    red_button: Path, tmp_path: Path, name: str, flags: list[str], message: str
) -> None:
    out = tmp_path / name
    result = dsl2png("render", red_button, "-o", out, *flags)
    assert result.returncode == 1
    assert message in result.stderr
    assert not out.exists()


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
    [report] = json.loads(result.stdout).values()
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


# -- schema and examples --------------------------------------------------------------------------


def test_schema_prints_a_json_schema() -> None:
    result = dsl2png("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert "$schema" in schema
    assert "elements" in schema["properties"]


def test_examples_lists_the_bundled_screens() -> None:
    result = dsl2png("examples")
    assert result.returncode == 0, result.stderr
    names = result.stdout.split()
    assert {"login", "dashboard", "mobile-app", "pricing"} <= set(names)
    assert len(names) >= 15
    shown = dsl2png("examples", "login")
    assert shown.returncode == 0 and "elements" in shown.stdout


def test_bad_settings_are_a_clear_message_not_a_traceback() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))}
    cases = [
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1/test"}, "set both DATABASE_URL and NATS_URL"),
        ({"DATABASE_URL": "mysql://db", "NATS_URL": "nats://127.0.0.1:4222"}, "DSL2PNG_DATABASE_URL"),
        ({"DSL2PNG_PORT": "eighty"}, "DSL2PNG_PORT"),
    ]
    for extra, expected in cases:
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", "serve"], cwd=ROOT, env={**env, **extra},
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert expected in result.stderr and "Traceback" not in result.stderr


def test_watch_renders_again_on_each_save_and_keeps_the_last_good_image(tmp_path: Path) -> None:
    source, out = tmp_path / "screen.yaml", tmp_path / "screen.png"
    source.write_text(json.dumps(RED_BUTTON))
    watcher = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "render", str(source), "-o", str(out), "--watch"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(out.exists, 60, "the first render")
        first = out.read_bytes()
        assert image_of(out).size == (400, 300)

        source.write_text(json.dumps({**RED_BUTTON, "width": 500}))
        wait_until(lambda: out.read_bytes() != first, 30, "the render after a save")
        assert image_of(out).size == (500, 300)
        second = out.read_bytes()

        source.write_text(json.dumps({**RED_BUTTON, "elements": [{"type": "buton"}]}))
        time.sleep(1.5)  # an invalid save prints its problems and writes nothing
        assert out.read_bytes() == second
    finally:
        watcher.terminate()
        _, stderr = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, stderr
    assert "unknown element type 'buton'" in stderr
    assert stderr.count(f"-> {out}") == 2


def test_watch_refuses_stdin() -> None:
    result = dsl2png("render", "-", "--watch")
    assert result.returncode == 1 and "--watch needs files" in result.stderr


def test_a_folder_stands_for_the_documents_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "screens"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(RED_BUTTON))
    (folder / "b.yaml").write_text("width: 200\nheight: 100\nelements: []\n")
    (folder / "notes.txt").write_text("not a document")
    out = tmp_path / "out"
    result = dsl2png("render", folder, "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.png", "b.png"]
    assert image_of(out / "b.png").size == (200, 100)
    assert dsl2png("validate", folder).returncode == 0


def test_a_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    result = dsl2png("validate", tmp_path)
    assert result.returncode == 1 and "no .json, .yaml or .yml documents" in result.stderr
