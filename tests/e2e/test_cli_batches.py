"""The real `dsl2png` command line, run as a subprocess: batches, options, exit codes, validate --json, mcp."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.chromium_gate import ChromiumGate
from tests.e2e.cli_support import COMPAT, RED_BUTTON, child_pids, dsl2png, image_of
from tests.e2e.processes import ROOT, base_env, wait_until

pytestmark = pytest.mark.e2e


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
    """A client that closes stdin while the pool is still starting (here: held at its launch
    until the end of the test) gets the server's exit, not a wait for Chromium."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NATS_URL")}
    gate = ChromiumGate(tmp_path, "exit 1")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", "mcp"], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True,
            env={**env, "DSL2PNG_DATA_DIR": str(tmp_path / "data"), **gate.env()}, timeout=120, check=False,
        )  # fmt: skip
    finally:
        if gate.waited_at():
            gate.open()  # let a launch still held go (it fails at once)
    assert result.returncode == 0, result.stderr


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
        wait_until(lambda: ready.exists() or proc.poll() is not None, 60, f"{ready.name} to be written")
        assert ready.exists(), f"dsl2png ended ({proc.returncode}) first: {proc.communicate()[1][-2000:]}"
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


def test_render_strict_refuses_content_only_the_render_finds_cut(tmp_path: Path) -> None:
    """A paragraph that runs 137 px past a 100 px canvas is found by the render, not the
    validator: `render --strict` fails it (exit 1, no image), as the Python API's strict does,
    while the same render without --strict writes the image and warns."""
    cut = tmp_path / "cut.yaml"
    words = " ".join(f"word{n}" for n in range(40))
    cut.write_text(f"width: 300\nheight: 100\nelements:\n  - {{type: paragraph, text: {words}}}\n")
    strict = dsl2png("render", "--strict", cut, "-o", tmp_path / "strict.png")
    assert strict.returncode == 1, strict.stderr
    assert (
        "error" in strict.stderr
        and "/height" in strict.stderr
        and "below the bottom of the image" in strict.stderr
    )
    assert not (tmp_path / "strict.png").exists()
    plain = dsl2png("render", cut, "-o", tmp_path / "plain.png")
    assert plain.returncode == 0 and "warning" in plain.stderr
    assert (tmp_path / "plain.png").exists()
