"""The real `dsl2png` command line, run as a subprocess: schema, examples and the output formats."""

from __future__ import annotations

import io
import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.cli_support import COMPAT, RED_BUTTON, dsl2png, image_of
from tests.e2e.processes import ROOT, wait_until

pytestmark = pytest.mark.e2e


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
        ({"DATABASE_URL": "postgresql://postgres@127.0.0.1/test"}, "DATABASE_URL is set but NATS_URL is not"),
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


@pytest.mark.parametrize("output", ["shot.png", "shot.pdf"])
def test_render_tells_a_misspelt_or_missing_chromium_setting_by_its_name(tmp_path: Path, output: str) -> None:
    """`render` builds only the pool's settings: their did-you-mean was lost behind "Chromium did
    not start: 1 validation error", and a DSL2PNG_CHROMIUM_PATH naming nothing fell back silently
    to Debian's Chromium."""
    source = tmp_path / "screen.json"
    source.write_text(json.dumps(RED_BUTTON))
    told = {
        "DSL2PNG_CHROMIUM_PAHT": "DSL2PNG_CHROMIUM_PAHT is not a dsl2png setting: did you mean DSL2PNG_CHROMIUM_PATH?",
        "DSL2PNG_CHROMIUM_PATH": f"DSL2PNG_CHROMIUM_PATH is {tmp_path / 'nope'}, which does not exist",
    }
    for variable, expected in told.items():
        result = dsl2png("render", source, "-o", tmp_path / output, env={variable: str(tmp_path / "nope")})
        assert result.returncode == 1, result.stderr
        assert expected in result.stderr and "did not start" not in result.stderr, result.stderr
        assert not (tmp_path / output).exists()


def test_watch_renders_again_on_each_save_and_keeps_the_last_good_image(tmp_path: Path) -> None:
    source, out, log = tmp_path / "screen.yaml", tmp_path / "screen.png", tmp_path / "stderr.txt"
    source.write_text(json.dumps(RED_BUTTON))
    with log.open("w") as stderr_file:  # a file, not a pipe: read while the watcher runs
        watcher = subprocess.Popen(
            [sys.executable, "-m", "dsl2png", "render", str(source), "-o", str(out), "--watch"],
            cwd=ROOT,
            stderr=stderr_file,
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
        # an invalid save prints its problems and writes nothing: once they are printed, it is done
        wait_until(
            lambda: "unknown element type 'buton'" in log.read_text(), 30, "the invalid save's problems"
        )
        assert out.read_bytes() == second
    finally:
        watcher.terminate()
        watcher.wait(timeout=30)
    stderr = log.read_text()
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
        f"error {digits}: /width (line 1, column 2): a number of more than 4,300 digits is too long to read",
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


# -- --theme FILE: one brand for a series of screens -----------------------------------------------


def _primary_pixels(path: Path, colour: tuple[int, int, int]) -> int:
    """How many pixels of the image are `colour`, within a few levels (a primary button's fill)."""
    image = image_of(path).convert("RGB")
    return sum(
        count
        for count, pixel in image.getcolors(image.width * image.height) or []
        if max(abs(a - b) for a, b in zip(pixel, colour, strict=True)) <= 6
    )


def test_a_theme_file_brands_every_screen_and_wins_token_by_token(tmp_path: Path) -> None:
    """Screens of one product could not share a brand: --theme took light or dark, and YAML
    anchors do not reach across files. A theme file's tokens win over each document's own; the
    tokens it leaves out stay the document's (the second screen keeps its serif font)."""
    theme = tmp_path / "brand.yaml"
    theme.write_text('primary: "#ff0000"\nradius: 0\n')
    button = {"type": "button", "label": "Save", "variant": "primary", "layout": {"width": 160, "height": 48}}
    plain = {"width": 300, "height": 120, "elements": [button]}
    own = {**plain, "theme": {"primary": "#0000ff", "font": "serif"}}
    (tmp_path / "a.json").write_text(json.dumps(plain))
    (tmp_path / "b.json").write_text(json.dumps(own))
    out = tmp_path / "out"
    result = dsl2png("render", tmp_path / "a.json", tmp_path / "b.json", "--theme", theme, "-o", out)
    assert result.returncode == 0, result.stderr
    for name in ("a.png", "b.png"):
        assert _primary_pixels(out / name, (255, 0, 0)) > 0.8 * 160 * 48, name  # radius 0: all of it
        assert _primary_pixels(out / name, (0, 0, 255)) == 0, name
    html = dsl2png("html", tmp_path / "b.json", "--theme", theme)
    assert html.returncode == 0 and "serif" in html.stdout, html.stderr
    checked = dsl2png("validate", tmp_path / "a.json", tmp_path / "b.json", "--theme", theme)
    assert checked.returncode == 0, checked.stderr
    as_json = tmp_path / "brand.json"
    as_json.write_text(json.dumps({"primary": "#ff0000"}))
    again = dsl2png("render", tmp_path / "a.json", "--theme", as_json, "-o", tmp_path / "json.png")
    assert again.returncode == 0 and _primary_pixels(tmp_path / "json.png", (255, 0, 0)) > 0, again.stderr


def test_a_bad_theme_file_is_an_error_naming_it_and_its_problems_and_renders_nothing(tmp_path: Path) -> None:
    theme = tmp_path / "brand.yaml"
    theme.write_text('primary: "#ff0000"\nradius: huge\ncolour: blue\n')
    (tmp_path / "a.json").write_text(json.dumps(RED_BUTTON))
    out = tmp_path / "out"
    for command in (("render", "-o", out), ("validate",)):
        result = dsl2png(*command, tmp_path / "a.json", "--theme", theme)
        assert result.returncode == 1, (command, result.stderr)
        assert (
            f"error --theme {theme}: /radius (line 2, column 1): expected a radius in px" in result.stderr
        ), result.stderr
        assert "/colour (line 3, column 1): unknown field 'colour'" in result.stderr
        assert "Traceback" not in result.stderr
    assert not out.exists()
    missing = dsl2png("render", tmp_path / "a.json", "--theme", "blue", "-o", out)
    assert missing.returncode == 1 and "error --theme blue: cannot read it" in missing.stderr
    assert "a theme is light, dark, or a .yaml or .json file" in missing.stderr
    (tmp_path / "list.yaml").write_text("- primary: red\n")
    listed = dsl2png("render", tmp_path / "a.json", "--theme", tmp_path / "list.yaml", "-o", out)
    assert listed.returncode == 1 and "holds one theme object" in listed.stderr
    assert not out.exists()
