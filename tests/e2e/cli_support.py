"""What the command-line tests share: the documents they render, `dsl2png` run as a subprocess;
the documents behind the `red_button` and `bad_file` fixtures (tests/e2e/conftest.py)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.e2e.processes import ROOT

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
