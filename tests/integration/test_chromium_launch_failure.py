"""A Chromium that exits at launch (a shell script standing for it) is told in one line and the
lines it wrote to stderr, through the real pool, the PDF printer and the command line: not with
Playwright's call log after them (the whole command line twice, its attempts to kill the process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kernel.errors import RenderError
from render_worker.pdf import PdfPrinter
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
WHY = (
    "[4711:4711:0101/000000.000000:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY",
    "libnss3.so: cannot open shared object file: No such file or directory",
)
FAILING = "#!/bin/sh\n" + "".join(f"echo '{line}' >&2\n" for line in WHY) + "exit 1\n"
KILLED = "#!/bin/sh\necho 'out of memory' >&2\nkill -9 $$\n"


def fake_chromium(tmp_path: Path, script: str) -> Path:
    """An executable shell script where Chromium is looked for."""
    path = tmp_path / "chromium"
    path.write_text(script)
    path.chmod(0o755)
    return path


def told(path: Path, headline: str, *lines: str) -> str:
    return "\n".join([f"Chromium did not start ({path}): {headline}", *(f"  {line}" for line in lines)])


async def test_the_pool_tells_the_exit_and_the_browsers_own_errors(tmp_path: Path) -> None:
    chromium = fake_chromium(tmp_path, FAILING)
    pool = ChromiumPool(PoolSettings(chromium_path=str(chromium), browsers=1, pages_per_browser=1))
    with pytest.raises(RenderError) as failed:
        await pool.start()
    assert str(failed.value) == told(chromium, "it exited with code 1", *WHY)


async def test_a_browser_killed_at_launch_is_told_by_its_signal(tmp_path: Path) -> None:
    chromium = fake_chromium(tmp_path, KILLED)
    pool = ChromiumPool(PoolSettings(chromium_path=str(chromium), browsers=1, pages_per_browser=1))
    with pytest.raises(RenderError) as failed:
        await pool.start()
    assert str(failed.value) == told(chromium, "it was ended by SIGKILL", "out of memory")


async def test_the_pdf_printer_tells_it_as_the_pool_does(tmp_path: Path) -> None:
    chromium = fake_chromium(tmp_path, FAILING)
    with pytest.raises(RenderError) as failed:
        async with PdfPrinter(PoolSettings(chromium_path=str(chromium))):
            pass
    assert str(failed.value) == told(chromium, "it exited with code 1", *WHY)


def test_the_command_line_prints_those_lines_as_written(tmp_path: Path) -> None:
    """Printed as they are: rich read `:4711:` in Chromium's line as an emoji code."""
    chromium = fake_chromium(tmp_path, FAILING)
    document = tmp_path / "screen.yaml"
    document.write_text("elements: [{type: heading, text: Hi}]\n")
    env = {
        **os.environ,
        "DSL2PNG_CHROMIUM_PATH": str(chromium),
        "DSL2PNG_BROWSERS": "1",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", "render", str(document), "-o", str(tmp_path / "screen.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"error {told(chromium, 'it exited with code 1', *WHY)}\n"
    assert not (tmp_path / "screen.png").exists()
