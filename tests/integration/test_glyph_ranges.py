"""kernel/dsl/glyph_ranges.py matches the fonts installed for the renderer (regenerate it when not)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from kernel.dsl.glyph_ranges import COVERED

pytestmark = pytest.mark.integration

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "glyph_ranges.py"


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed")
def test_the_committed_ranges_are_the_installed_fonts() -> None:
    spec = importlib.util.spec_from_file_location("glyph_ranges_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    installed = script.module_text(script.ranges_of(script.installed_code_points()))
    committed = script.TARGET.read_text(encoding="utf-8")
    assert installed == committed, "the installed fonts changed: run .venv/bin/python scripts/glyph_ranges.py"
    assert "20c1" not in COVERED.split()  # the Saudi riyal sign, the reported tofu, is in no font
