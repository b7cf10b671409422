"""The real `dsl2png` command line, run as a subprocess: render, validate, schema, examples."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import pty
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.async_api import async_playwright
from pypdf import PdfReader

from render_worker.pool_settings import PoolSettings
from tests.e2e.processes import ROOT, base_env, wait_until
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


def dsl2png(
    *args: str | Path, cwd: Path = ROOT, timeout_s: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m dsl2png ARGS` and capture its output (the timeout only stops a hung run);
    `env`: variables to add to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
        env={**os.environ, **env} if env else None,
    )


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                children.append(int(stat.parent.name))
    return children


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
    assert "warning" not in result.stderr


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
        (
            {"DATABASE_URL": "mysql://db", "NATS_URL": "nats://127.0.0.1:4222"},
            "DATABASE_URL must be a postgresql:// URL",
        ),
        ({"DSL2PNG_PORT": "eighty"}, "DSL2PNG_PORT"),
    ]
    for extra, expected in cases:
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", "serve"], cwd=ROOT, env={**env, **extra},
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert expected in result.stderr and "Traceback" not in result.stderr


def test_a_misspelt_variable_stops_every_process_before_it_touches_anything() -> None:
    """DSL2PNG_DATABSE_SCHEMA once made migrate write the whole store into schema public, exit 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))}
    env |= {
        "DATABASE_URL": os.environ.get("DSL2PNG_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"),
        "NATS_URL": "nats://127.0.0.1:4222", "DSL2PNG_DATABSE_SCHEMA": "t_typo",
    }  # fmt: skip
    for command in (["migrate"], ["serve"], ["worker"], ["relay"], ["projector"]):
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", *command], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1, (command, result.stderr)
        assert "DSL2PNG_DATABSE_SCHEMA is not a dsl2png setting: did you mean DSL2PNG_DATABASE_SCHEMA?" in (
            result.stderr
        ), (command, result.stderr)
        assert "Traceback" not in result.stderr and "upgraded" not in result.stdout + result.stderr


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


def test_watch_renders_documents_added_to_a_folder_and_tells_one_deleted(tmp_path: Path) -> None:
    folder, out = tmp_path / "screens", tmp_path / "out"
    folder.mkdir()

    def save(name: str, document: dict[str, object]) -> None:  # at once, as an editor saves
        (tmp_path / "draft").write_text(json.dumps(document))
        (tmp_path / "draft").rename(folder / name)

    save("a.yaml", RED_BUTTON)
    watcher = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "render", str(folder), "-o", str(out), "--watch"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_until((out / "a.png").exists, 60, "the first render")
        save("new.json", {**RED_BUTTON, "width": 500})
        wait_until((out / "new.png").exists, 30, "the render of a document added to the folder")
        assert image_of(out / "new.png").size == (500, 300)
        (folder / "a.yaml").unlink()
        save("later.yml", RED_BUTTON)  # rendered on the same look as the deletion, or after it
        wait_until((out / "later.png").exists, 30, "the render of a document added later")
    finally:
        watcher.terminate()
        _, stderr = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, stderr
    assert stderr.count(f"deleted {folder / 'a.yaml'}: its image stays") == 1, stderr
    assert (out / "a.png").exists() and "Traceback" not in stderr


def test_watch_refuses_stdin() -> None:
    result = dsl2png("render", "-", "--watch")
    assert result.returncode == 2 and "--watch needs files" in result.stderr


def test_ctrl_c_stops_watch_with_exit_130(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "button.png"
    watcher = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "render", str(red_button), "-o", str(out), "--watch"],
        cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(out.exists, 60, "the first render")
        os.killpg(watcher.pid, signal.SIGINT)  # as Ctrl+C in a terminal: to the whole group
        _, stderr = watcher.communicate(timeout=30)
    finally:
        if watcher.poll() is None:
            os.killpg(watcher.pid, signal.SIGKILL)
    assert watcher.returncode == 130, stderr
    assert "Traceback" not in stderr


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


def test_a_folder_without_documents_is_an_error_and_the_others_go_on(
    red_button: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = dsl2png("validate", empty)
    assert result.returncode == 1 and "no .json, .yaml or .yml documents" in result.stderr
    rendered = dsl2png("render", empty, red_button, "-o", tmp_path / "out")
    assert rendered.returncode == 1
    assert f"error {empty}: no .json, .yaml or .yml documents in this folder" in rendered.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["button.png"]


# -- outputs: never an input, each failure its own ------------------------------------------------


def test_an_output_that_is_an_input_document_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.yaml"
    victim.write_text((ROOT / "examples" / "login.yaml").read_text())
    original = victim.read_bytes()
    for command in ("render", "html"):
        result = dsl2png(command, victim, "-o", victim)
        assert result.returncode == 2, result.stderr
        assert f"the output {victim} is the input document {victim}: it would be overwritten" in result.stderr
    link = tmp_path / "link.png"
    link.symlink_to(victim)  # the same file under another name
    assert "is the input document" in dsl2png("render", victim, "-o", link).stderr
    disguised = tmp_path / "screen.png"  # a document named like the image it would render to
    disguised.write_text(json.dumps(RED_BUTTON))
    into_its_folder = dsl2png("render", disguised, "-o", f"{tmp_path}/")
    assert into_its_folder.returncode == 2 and "is the input document" in into_its_folder.stderr
    assert victim.read_bytes() == original and json.loads(disguised.read_text()) == RED_BUTTON


def test_an_output_that_cannot_be_written_fails_alone(tmp_path: Path) -> None:
    sources = [ROOT / "examples" / "login.yaml", COMPAT / "simple_button.json", COMPAT / "mobile_app.yaml"]
    out = tmp_path / "out"
    (out / "login.png").mkdir(parents=True)
    result = dsl2png("render", *sources, "-o", out)
    assert result.returncode == 1
    assert f"error {sources[0]}: cannot write {out / 'login.png'}: it is a folder" in result.stderr
    assert "Traceback" not in result.stderr and "pool was closed" not in result.stderr
    assert image_of(out / "simple_button.png").size == (400, 200)
    assert image_of(out / "mobile_app.png").size == (375, 667)
    assert result.stderr.splitlines()[-1] == "2 rendered, 1 failed"
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    result = dsl2png("render", sources[1], "-o", blocker / "x.png")
    assert result.returncode == 1
    assert f"cannot write {blocker / 'x.png'}: {blocker} is not a folder" in result.stderr


@pytest.mark.parametrize("existing", [False, True])
def test_a_file_output_for_several_documents_is_a_usage_error(
    red_button: Path, tmp_path: Path, existing: bool
) -> None:
    out = tmp_path / "name.png"
    if existing:
        out.write_bytes(b"keep")
    result = dsl2png("render", red_button, ROOT / "examples" / "login.yaml", "-o", out)
    assert result.returncode == 2
    assert f"-o {out} names a file but 2 documents were given; give a folder" in result.stderr
    assert out.read_bytes() == b"keep" if existing else not out.exists()


def test_dash_o_dash_writes_the_image_to_stdout(red_button: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "dsl2png", "render", str(red_button), "-o", "-", "--format", "jpg"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    image = Image.open(io.BytesIO(result.stdout))
    assert image.format == "JPEG" and image.size == (400, 300)
    other = tmp_path / "other.json"  # another document: the same one twice is rendered once
    other.write_text(red_button.read_text())
    several = dsl2png("render", red_button, other, "-o", "-")
    assert several.returncode == 2
    assert "-o - writes one file to stdout but 2 documents were given" in several.stderr
    primary, secondary = pty.openpty()  # stdout a terminal: no binary soup on the screen
    try:
        terminal = subprocess.run(
            command, cwd=ROOT, stdout=secondary, stderr=subprocess.PIPE, text=True, timeout=120, check=False
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert terminal.returncode == 2 and "stdout, which is a terminal" in terminal.stderr


def test_a_full_page_past_the_capture_limit_warns_and_webp_is_cut_at_its_own_limit(tmp_path: Path) -> None:
    source = tmp_path / "long.json"
    lines = [{"type": "text", "text": f"line {i}"} for i in range(1000)]
    source.write_text(json.dumps({"width": 400, "height": 300, "elements": lines}))
    png = dsl2png("render", source, "-o", tmp_path / "long.png", "--full-page")
    assert png.returncode == 0, png.stderr
    assert image_of(tmp_path / "long.png").size == (400, 16_384)
    assert "Chromium captures at most 16,384 px: the image stops at 16,384 px and the last" in png.stderr
    webp = dsl2png("render", source, "-o", tmp_path / "long.webp", "--full-page")
    assert webp.returncode == 0, webp.stderr
    assert image_of(tmp_path / "long.webp").size == (400, 16_383)
    assert "a WebP image holds at most 16,383 px: the image stops at 16,383 px and the last" in webp.stderr
    scaled = dsl2png("render", source, "-o", tmp_path / "scaled.webp", "--full-page", "--scale", "3")
    assert scaled.returncode == 0, scaled.stderr
    assert image_of(tmp_path / "scaled.webp").size == (1200, 16_383)
    assert "(16,383 image px)" in scaled.stderr


def test_what_the_render_measured_points_at_its_line_and_column_and_alike_boxes_are_one_warning(
    tmp_path: Path,
) -> None:
    """A render's own warnings named only a JSON path, hard to find in a long YAML file."""
    source = tmp_path / "boxes.yaml"
    source.write_text(
        "width: 600\nheight: 200\nelements:\n  - type: row\n    children:\n"
        + "      - {type: container, layout: {height: 20}, children: [{type: text, text: A}, {type: text, text: B}]}\n"
        * 5
    )
    png = dsl2png("render", source, "-o", tmp_path / "boxes.png")
    assert png.returncode == 0, png.stderr
    assert "/elements/0/children/0 (line 6, column 9): its content needs" in png.stderr
    # The five alike boxes are one warning that says where the others are (three lines, two unsaid).
    assert png.stderr.count("its content needs") == 1
    assert (
        "(so do /elements/0/children/1, /elements/0/children/2, /elements/0/children/3 and 1 more)"
        in png.stderr
    )


def test_a_webp_or_a_canvas_too_large_for_the_flags_is_refused_at_the_flag_before_rendering(
    red_button: Path, tmp_path: Path
) -> None:
    """The WebP was rendered and failed, telling to lower the height of a 16400x2400 image."""
    webp = dsl2png(
        "render",
        red_button,
        "--width",
        "4100",
        "--height",
        "600",
        "--scale",
        "4",
        "-o",
        tmp_path / "big.webp",
    )
    assert webp.returncode == 2, webp.stderr  # the flags alone are wrong: a usage error
    assert (
        "--width: a WebP image is at most 16,383 px a side, and this one would be 16,400 px wide "
        "(4100 px at scale 4) (render it as png or jpeg, or make the width at most 4095 px at scale 4"
    ) in webp.stderr
    assert "height" not in webp.stderr and not (tmp_path / "big.webp").exists()
    large = dsl2png(
        "render", red_button, "--width", "8000", "--height", "8000", "--scale", "4", "-o", tmp_path / "l.png"
    )
    assert large.returncode == 2 and "--scale: image of 32000x32000 px" in large.stderr
    assert "line 1" not in large.stderr and "Traceback" not in webp.stderr + large.stderr


def test_values_no_document_holds_are_each_reported_and_the_others_still_render(
    red_button: Path, tmp_path: Path
) -> None:
    """A lone surrogate, 5000 digits or nesting 1000 deep raised a traceback that ended the batch."""
    surrogate, digits, deep = tmp_path / "surrogate.json", tmp_path / "digits.json", tmp_path / "deep.json"
    surrogate.write_text('{"elements":[{"type":"heading","text":"\\ud800"}]}')
    digits.write_text('{"width":' + "9" * 5000 + ',"elements":[]}')
    deep.write_text('{"elements":' + "[" * 1000 + "]" * 1000 + "}")
    expected = [
        f"error {surrogate}: /elements/0/text (line 1, column 32): a lone surrogate \\ud800 is not a character",
        f"error {digits}: /width (line 1, column 2): a number of more than 4300 digits is too long to read",
        f"error {deep}: /elements{'/0' * 64} (line 1, column 77): data nesting depth 65 exceeds the limit of 64",
    ]
    out = tmp_path / "out"
    rendered = dsl2png("render", surrogate, digits, deep, red_button, "-o", f"{out}/")
    assert rendered.returncode == 1 and "Traceback" not in rendered.stderr
    assert all(line in rendered.stderr for line in expected), rendered.stderr
    assert "3 rendered" not in rendered.stderr and "1 rendered, 3 failed" in rendered.stderr
    assert [path.name for path in out.iterdir()] == ["button.png"]
    r, g, b = image_of(out / "button.png").convert("RGB").getpixel((110, 105))  # type: ignore[misc]
    assert r > 220 and g < 40 and b < 40
    validated = dsl2png("validate", surrogate, digits, deep, red_button)
    assert validated.returncode == 1 and "Traceback" not in validated.stderr
    assert all(line in validated.stderr for line in expected), validated.stderr
    assert "1 valid, 3 invalid" in validated.stderr


# -- batches, options, exit codes -----------------------------------------------------------------


def _documents_told(lines: list[str], sources: list[Path]) -> list[int]:
    """Which of `sources` each run of `lines` is about, in the order they are printed."""
    told = [
        next(
            index
            for index, source in enumerate(sources)
            if f" {source}: " in f" {line}" or f"{source} -> " in line
        )
        for line in lines
    ]
    return [index for index, _ in itertools.groupby(told)]


def test_a_batch_prints_in_input_order_with_a_summary_and_quiet_prints_errors_only(
    bad_file: Path, tmp_path: Path
) -> None:
    """Each document's lines where it stands among the inputs: an invalid one's errors after the
    lines of the slow render listed before it, a valid one's warnings just before its image."""
    warned = tmp_path / "warned.yaml"
    warned.write_text("elements:\n  - {type: button, label: Go, gap: 4}\n")
    sources = [
        ROOT / "examples" / "kitchen-sink.yaml",  # the slowest: it finishes last, yet is listed first
        bad_file,
        COMPAT / "simple_button.json",
        warned,
        tmp_path / "missing.yaml",
        ROOT / "examples" / "login.yaml",
    ]
    result = dsl2png("render", *sources, "-o", tmp_path / "out")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[-1] == "4 rendered, 2 failed"
    assert _documents_told(lines[:-1], sources) == list(range(len(sources))), result.stderr
    image = lines.index(f"{warned} -> {tmp_path / 'out' / 'warned.png'} (800x600)")
    assert lines[image - 1].startswith(f"warning {warned}: /elements/0/gap")
    html = dsl2png("html", *sources[1:4], "-o", tmp_path / "pages")
    assert _documents_told(html.stderr.splitlines()[:-1], sources[1:4]) == [0, 1, 2], html.stderr
    quiet = dsl2png("render", *sources, "-o", tmp_path / "quiet", "-q")
    assert quiet.returncode == 1
    assert quiet.stderr and all(line.startswith("error ") for line in quiet.stderr.splitlines()), quiet.stderr


def test_jpg_is_jpeg_and_an_ignored_option_is_named(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "button.jpeg"
    result = dsl2png("render", red_button, "-o", out, "--format", "jpg")
    assert result.returncode == 0, result.stderr
    assert image_of(out).format == "JPEG"
    png = dsl2png("render", red_button, "-o", tmp_path / "button.png", "--quality", "50")
    assert png.returncode == 0 and "warning --quality is for jpeg and webp; png ignores it" in png.stderr


@pytest.mark.parametrize(
    "command", [["worker"], ["relay"], ["projector"], ["migrate"], ["keys", "list"], ["replay"]]
)
def test_a_deployed_part_without_a_database_stops_at_once_in_one_line(
    command: list[str], tmp_path: Path
) -> None:
    """The parts of the Postgres deployment, without DATABASE_URL: one line and exit 1, nothing
    created (an embedded `serve` runs its own worker, relay and projector); `replay` has no
    embedded store to read in an empty data folder (one `serve` wrote is read: see
    test_service_embedded)."""
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "dsl2png", *command], cwd=ROOT, env=base_env(DSL2PNG_DATA_DIR=str(data)),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "DATABASE_URL" in result.stderr, result.stderr
    assert result.stdout == "" and not data.exists()


def test_serve_says_at_once_when_it_cannot_listen_with_exit_1_or_2_for_a_bad_host(tmp_path: Path) -> None:
    data = {"DSL2PNG_DATA_DIR": str(tmp_path)}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        in_use = dsl2png("serve", "--port", str(port), env=data, timeout_s=60)
    assert in_use.returncode == 1, in_use.stderr
    assert in_use.stderr == (
        f"dsl2png serve: cannot listen on 127.0.0.1:{port}: the port is in use (another process listens "
        "there): stop it, or pick another --port\n"
    )  # one line, before the app starts (no log lines of its start-up)
    for host, said in (
        ("203.0.113.7", "--host 203.0.113.7 is no address of this machine"),
        ("nohost.invalid", "--host nohost.invalid is no host name or address known here"),
    ):
        bad = dsl2png("serve", "--host", host, "--port", str(port), env=data, timeout_s=60)
        assert bad.returncode == 2, bad.stderr
        assert bad.stderr == f"dsl2png serve: cannot listen on {host}:{port}: {said}\n"


def test_usage_errors_exit_2_with_clean_messages(red_button: Path) -> None:
    bad_format = dsl2png("render", red_button, "--format", "gif")
    assert bad_format.returncode == 2
    assert "'gif' is not one of" in bad_format.stderr and "Value error" not in bad_format.stderr
    assert dsl2png("render", red_button, "--width", "0").returncode == 2
    port = dsl2png("serve", "--port", "99999")
    assert port.returncode == 2 and "'--port'" in port.stderr


def test_stdin_given_twice_is_a_usage_error(red_button: Path, tmp_path: Path) -> None:
    """The second `-` read nothing and was told "document is empty"."""
    for command in (
        ["render", "-", red_button, "-", "-o", tmp_path / "out"],
        ["html", "-", "-"],
        ["validate", "-", "-"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", *map(str, command)], cwd=ROOT, input=red_button.read_text(),
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert "- (stdin) is given more than once; stdin can be read only once" in result.stderr
    assert not (tmp_path / "out").exists()
    once = subprocess.run(
        [sys.executable, "-m", "dsl2png", "validate", "-", red_button], cwd=ROOT, input=red_button.read_text(),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert once.returncode == 0, once.stderr


def test_dev_null_takes_the_renders_of_a_smoke_test(red_button: Path, bad_file: Path, tmp_path: Path) -> None:
    """-o /dev/null was refused as "a file without an extension" (exit 2)."""
    other = tmp_path / "other.yaml"
    other.write_text(json.dumps({**RED_BUTTON, "width": 500}))
    result = dsl2png("render", red_button, other, "--format", "jpg", "-o", os.devnull)
    assert result.returncode == 0, result.stderr
    assert f"{red_button} -> {os.devnull} (400x300)" in result.stderr
    assert f"{other} -> {os.devnull} (500x300)" in result.stderr
    assert dsl2png("html", red_button, "-o", os.devnull).returncode == 0
    failing = dsl2png("render", red_button, bad_file, "-o", os.devnull)
    assert failing.returncode == 1 and "1 rendered, 1 failed" in failing.stderr
    assert os.stat(os.devnull).st_size == 0


def test_a_document_given_twice_renders_once_and_is_told(red_button: Path, tmp_path: Path) -> None:
    """The same file twice (or a folder and a file in it) rendered to button.png and button-2.png."""
    out = tmp_path / "out"
    result = dsl2png("render", red_button, red_button, tmp_path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["button.png"]
    assert image_of(out / "button.png").getpixel((150, 100))[:3] == (255, 0, 0)
    assert f"warning {red_button}: given 3 times; done once" in result.stderr
    assert result.stderr.count(" -> ") == 1
    html = dsl2png("html", red_button, tmp_path / "." / red_button.name, "-o", tmp_path / "page.html")
    assert html.returncode == 0, html.stderr
    assert "given 2 times; done once" in html.stderr and (tmp_path / "page.html").exists()


def test_help_is_plain_and_tells_outputs_and_exit_codes() -> None:
    wide = {"COLUMNS": "300"}  # help cells wrap less; the words are then read across the box
    result = dsl2png("render", "-h", env=wide)
    assert result.returncode == 0
    text = " ".join(result.stdout.replace("│", " ").split())
    assert "<bool>" not in text and "list[Path]" not in text and "<path>" not in text
    assert "Default: the current folder, login.yaml -> ./login.png" in text
    assert "Existing images are overwritten; input documents never are" in text
    assert "Exit codes: 0 done; 1 an invalid document" in text
    assert "130 interrupted (Ctrl+C)" in " ".join(dsl2png("--help", env=wide).stdout.split())
    version = dsl2png("--version")
    assert version.returncode == 0 and version.stdout.startswith("dsl2png ")


def test_ctrl_c_while_chromium_starts_exits_130_without_a_traceback(red_button: Path, tmp_path: Path) -> None:
    out = tmp_path / "button.png"
    process = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "render", str(red_button), "-o", str(out)],
        cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(lambda: bool(child_pids(process.pid)), 60, "Playwright to start launching Chromium")
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl+C in a terminal: to the whole group
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "did not start" not in stderr
    assert not out.exists()


# -- validate --json, examples, mcp ----------------------------------------------------------------


def test_validate_says_what_a_render_warns_of_the_frame_and_strict_fails_on_it(tmp_path: Path) -> None:
    """A phone frame around a 1920x720 screen was warned of by `render` only: `validate` said ok,
    so a CI check with --strict let it through."""
    wide = tmp_path / "wide.yaml"
    wide.write_text("width: 1920\nheight: 720\nframe: phone\nelements: [{type: heading, text: Drive}]\n")
    said = dsl2png("validate", wide)
    assert said.returncode == 0, said.stderr
    assert "/frame (line 3, column 1): a phone frame around a 1920x720 screen" in " ".join(
        said.stderr.split()
    )
    strict = dsl2png("validate", "--strict", wide)
    assert strict.returncode == 1 and "a phone frame around" in " ".join(strict.stderr.split())


def test_validate_json_has_one_entry_per_input_in_order(red_button: Path, tmp_path: Path) -> None:
    empty, missing = tmp_path / "empty", tmp_path / "missing.yaml"
    empty.mkdir()
    result = dsl2png("validate", "--json", red_button, missing, red_button, empty)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [entry["file"] for entry in report] == [str(red_button), str(missing), str(red_button), str(empty)]
    assert [entry["valid"] for entry in report] == [True, False, True, False]
    assert report[1]["errors"] == [
        {"path": "", "message": "No such file or directory", "code": "unreadable_file"}
    ]
    assert report[3]["errors"][0]["code"] == "no_documents"
    only_empty = dsl2png("validate", "--json", empty)
    assert only_empty.returncode == 1 and json.loads(only_empty.stdout)[0]["valid"] is False


def test_examples_write_keeps_edited_files_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "ex"
    assert dsl2png("examples", "--write", folder).returncode == 0
    count = len(list(folder.iterdir()))
    assert count >= 15
    login = folder / "login.yaml"
    login.write_text("# my edits\n")
    again = dsl2png("examples", "--write", folder)
    assert again.returncode == 0 and login.read_text() == "# my edits\n"
    assert f"kept {count} existing files in {folder} (--force overwrites them)" in again.stderr
    forced = dsl2png("examples", "login", "--write", folder, "--force")
    assert forced.returncode == 0 and "copied 1 example to" in forced.stderr
    assert login.read_text() == (ROOT / "examples" / "login.yaml").read_text()
    assert dsl2png("examples", "login", "--write", tmp_path / "one").returncode == 0
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["login.yaml"]
    afile = tmp_path / "afile"
    afile.write_text("x")
    refused = dsl2png("examples", "--write", afile)
    assert refused.returncode == 2 and f"--write {afile} is a file; give a folder" in refused.stderr
    assert dsl2png("examples", "nope").returncode == 2


def test_mcp_exits_at_once_when_its_client_leaves_before_chromium_is_up(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NATS_URL")}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "dsl2png", "mcp"], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True,
        env={**env, "DSL2PNG_DATA_DIR": str(tmp_path)}, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 8, "it waited for Chromium to start (~11 s before)"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stopped_by_sigterm_or_ctrl_c_exits_0(sig: signal.Signals, tmp_path: Path) -> None:
    """A clean shutdown is exit 0 (uvicorn re-raised the signal: 143 after SIGTERM)."""
    from tests.e2e.processes import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "serve", "--port", str(port)], cwd=ROOT,
        env=base_env(DSL2PNG_DATA_DIR=str(tmp_path)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        import httpx

        def healthy() -> bool:
            with contextlib.suppress(httpx.HTTPError):
                return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
            return False

        wait_until(healthy, 60, "serve to answer")
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=30)
        assert proc.returncode == 0, stderr[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize(("sig", "times"), [(signal.SIGINT, 1), (signal.SIGINT, 2), (signal.SIGTERM, 1)])
def test_mcp_stopped_by_ctrl_c_or_sigterm_exits_0(sig: signal.Signals, times: int, tmp_path: Path) -> None:
    """It waited for the client's next line on stdin: Ctrl+C did nothing, SIGTERM killed it (-15)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NATS_URL")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", "mcp"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**env, "DSL2PNG_DATA_DIR": str(tmp_path)}, start_new_session=True,
    )  # fmt: skip
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(
            json.dumps(
                {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                    "protocolVersion": "2025-03-26", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
            ).encode() + b"\n"
        )  # fmt: skip
        proc.stdin.flush()
        assert b'"id":1' in proc.stdout.readline()
        wait_until(lambda: len(child_pids(proc.pid)) > 0, 60, "the renderer to start")
        for _ in range(times):
            os.killpg(proc.pid, sig)  # as Ctrl+C in a terminal, or `timeout`: to the whole group
        proc.wait(timeout=30)
        stderr = proc.stderr.read().decode() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "never retrieved" not in stderr


def test_a_file_name_too_long_is_one_line_and_the_others_still_go(red_button: Path, tmp_path: Path) -> None:
    """ENAMETOOLONG was a traceback that stopped the whole batch: from an input's name, an
    output's (a 251-character stem + .webp) or a repeat's -2 suffix (a 250-character stem)."""
    too_long = tmp_path / ("y" * 256 + ".yml")
    for command in ("validate", "html", "render"):
        result = dsl2png(
            command, too_long, red_button, *(["-o", tmp_path / command] if command != "validate" else [])
        )
        assert result.returncode == 1, result.stderr
        assert f"error {too_long}: File name too long" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "html" / "button.html").exists() and (tmp_path / "render" / "button.png").exists()

    long_stem = tmp_path / ("z" * 251 + ".yml")
    long_stem.write_text(red_button.read_text())
    result = dsl2png("render", long_stem, red_button, "--format", "webp", "-o", tmp_path / "webp")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        f"error {long_stem}: cannot write {tmp_path / 'webp' / ('z' * 251)}.webp: File name too long"
        in result.stderr
    )
    red, green, _ = image_of(tmp_path / "webp" / "button.webp").getpixel((150, 100))[:3]
    assert red > 240 and green < 16  # the button, through lossy WebP

    stem = "w" * 250 + ".yaml"
    first, second = tmp_path / "c1" / "flow" / stem, tmp_path / "c2" / "flow" / stem
    for copy in (first, second):
        copy.parent.mkdir(parents=True)
        copy.write_text(red_button.read_text())
    result = dsl2png("render", first, second, "-o", tmp_path / "same")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "-2.png: File name too long" in result.stderr and "1 rendered, 1 failed" in result.stderr
    assert "written as" in result.stderr  # the renamed one is told before it fails
    assert image_of(tmp_path / "same" / "flow" / ("w" * 250 + ".png")).getpixel((150, 100))[:3] == (255, 0, 0)


def _group_signal_after(args: list[str], ready: Path, sig: signal.Signals) -> tuple[int, str]:
    """Run `dsl2png ARGS` in its own process group, send `sig` to the whole group (as `timeout`,
    systemd or `docker stop` do) once `ready` exists; its exit code and stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "dsl2png", *args], cwd=ROOT, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(ready.exists, 60, f"{ready.name} to be written")
        os.killpg(proc.pid, sig)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, stderr


def test_sigterm_to_the_group_stops_watch_with_0_and_no_asyncio_noise(
    red_button: Path, tmp_path: Path
) -> None:
    """The driver ended by the same signal left "Future exception was never retrieved" on stderr."""
    out = tmp_path / "button.png"
    code, stderr = _group_signal_after(
        ["render", str(red_button), "-o", str(out), "--watch"], out, signal.SIGTERM
    )
    assert code == 0, stderr
    assert "never retrieved" not in stderr and "Traceback" not in stderr and "Connection closed" not in stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_batch_stopped_by_sigterm_or_ctrl_c_tells_how_many_were_rendered(
    sig: signal.Signals, tmp_path: Path
) -> None:
    """SIGTERM killed a batch at once (-15) and Ctrl+C told nothing; now both end alike: exit 130,
    one line with the count, and every image written whole."""
    folder, out = tmp_path / "many", tmp_path / "out"
    folder.mkdir()
    for i in range(400):
        (folder / f"s{i:03}.json").write_text(json.dumps(RED_BUTTON))
    code, stderr = _group_signal_after(["render", str(folder), "-o", str(out)], out / "s000.png", sig)
    written = sorted(out.iterdir())
    assert code == 130, stderr[-2000:]
    assert f"interrupted: {len(written)} of 400 rendered" in stderr
    assert 0 < len(written) < 400
    for image in written:
        assert image_of(image).getpixel((150, 100))[:3] == (255, 0, 0)
    assert "Traceback" not in stderr and "never retrieved" not in stderr and "replacing it" not in stderr


def test_jpg_names_its_files_jpg_scale_is_named_as_ignored_by_pdf_and_too_large_options_exit_2(
    red_button: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    jpg = dsl2png("render", red_button, "-o", f"{folder}/", "--format", "jpg")
    jpeg = dsl2png("render", red_button, "-o", f"{folder}/", "--format", "jpeg")
    assert jpg.returncode == jpeg.returncode == 0, jpg.stderr + jpeg.stderr
    assert sorted(path.name for path in folder.iterdir()) == [
        f"{red_button.stem}.jpeg",
        f"{red_button.stem}.jpg",
    ]
    pdf = dsl2png("render", red_button, "-o", tmp_path / "button.pdf", "--scale", "3")
    assert (
        pdf.returncode == 0
        and "warning --scale is for images (png, jpeg, webp); a PDF is vector" in pdf.stderr
    )
    large = dsl2png(
        "render",
        red_button,
        "-o",
        tmp_path / "large.png",
        "--width",
        "4000",
        "--height",
        "4000",
        "--scale",
        "2",
    )
    assert large.returncode == 2 and "--scale: image of 8000x8000 px" in large.stderr
    assert not (tmp_path / "large.png").exists()


def test_render_strict_refuses_what_validate_strict_refuses(tmp_path: Path) -> None:
    """`render --strict` writes no image of a document drawn otherwise than written (exit 1), as
    `validate --strict` fails it; a note (onClick) still renders; `--strict-all` refuses both."""
    handler = tmp_path / "handler.yaml"
    handler.write_text("width: 300\nheight: 100\nelements:\n  - {type: button, text: ok, onClick: go()}\n")
    huge = tmp_path / "huge.yaml"
    huge.write_text("width: 300\nheight: 100\nelements:\n  - {type: button, text: ok, size: huge}\n")
    strict = dsl2png("render", handler, huge, "-o", tmp_path / "strict/", "--strict")
    assert strict.returncode == 1, strict.stderr
    assert "error" in strict.stderr and "/elements/0/size" in strict.stderr
    assert sorted(p.name for p in (tmp_path / "strict").iterdir()) == ["handler.png"]
    assert dsl2png("validate", "--strict", huge).returncode == 1
    every = dsl2png("render", handler, "-o", tmp_path / "all/", "--strict-all")
    assert every.returncode == 1 and "/elements/0/onClick" in every.stderr
    assert not (tmp_path / "all" / "handler.png").exists()
