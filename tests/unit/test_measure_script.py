"""The script measuring a drawn page ships with the render worker: measure.js is a package
resource, and content_extent_script() calls it with measure.py's constants."""

from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from importlib.resources import files
from pathlib import Path

from kernel.dsl.issue_caps import PATHS_KEPT
from render_worker.measure import (
    LEGIBLE_TITLE,
    MAX_COUNTED,
    MAX_NAMED,
    TRUNCATING_TEXTS,
    content_extent_script,
)

ROOT = Path(__file__).resolve().parents[2]


def test_measure_js_is_found_through_importlib_resources() -> None:
    resource = files("render_worker").joinpath("measure.js")
    assert resource.is_file()
    assert "(({ named, counted, kept, truncating, legible }) => {" in resource.read_text(encoding="utf-8")


def test_a_wheel_ships_measure_js() -> None:
    """A non-editable install holds only the package data pyproject.toml names."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]
    assert any(fnmatch("measure.js", pattern) for pattern in package_data.get("render_worker", []))


def test_the_script_calls_measure_js_with_the_constants_as_json() -> None:
    script = content_extent_script()
    source = files("render_worker").joinpath("measure.js").read_text(encoding="utf-8").strip()
    assert script.startswith(f"({source})(")
    constants = json.loads(script[len(source) + 3 : -1])
    assert constants == {
        "named": MAX_NAMED,
        "counted": MAX_COUNTED,
        "kept": PATHS_KEPT,
        "truncating": [list(text) for text in TRUNCATING_TEXTS],
        "legible": LEGIBLE_TITLE,
    }
