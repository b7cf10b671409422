"""A user's fontconfig (~/.config/fontconfig/fonts.conf) changes no pixel: Chromium is launched
with the project's fonts.conf (render_worker.fontconfig), on real Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintfull</const></edit>
    <edit name="rgba" mode="assign"><const>rgb</const></edit>
  </match>
  <match target="pattern">
    <edit name="family" mode="prepend" binding="strong"><string>DejaVu Serif</string></edit>
  </match>
</fontconfig>
"""


def render(target: Path, home: Path) -> Image.Image:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "FONTCONFIG_"))}
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", "render", "examples/login.yaml", "-o", str(target), "-q"],
        cwd=ROOT, env={**env, "HOME": str(home)}, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return Image.open(target).convert("RGBA")


def test_a_hostile_user_fontconfig_changes_no_pixel(tmp_path: Path) -> None:
    plain, hostile = tmp_path / "plain", tmp_path / "hostile"
    (hostile / ".config" / "fontconfig").mkdir(parents=True)
    (hostile / ".config" / "fontconfig" / "fonts.conf").write_text(HOSTILE)
    plain.mkdir()
    expected = render(tmp_path / "plain.png", plain)
    got = render(tmp_path / "hostile.png", hostile)
    assert ImageChops.difference(expected, got).getbbox(alpha_only=False) is None
