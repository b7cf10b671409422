"""The wheel built from the repository holds what an install needs besides the code: the
examples and migrations inside the dsl2png package, the py.typed markers, measure.js, the
playground page and the licence. Built by pip (as a user builds it) from a copy of the tree, so
the checkout gets no build/ or egg-info; pip's isolated build fetches setuptools>=77, which the
licence metadata (PEP 639) needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kernel", "command_api", "render_worker", "projector", "query_api", "mcp_adapter", "dsl2png")
SOURCES = (*PACKAGES, "examples", "migrations")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    work = tmp_path_factory.mktemp("wheel")
    tree = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        shutil.copytree(ROOT / name, tree / name, symlinks=True, ignore=ignore)  # the links stay links
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, tree / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(tree)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (found,) = (work / "dist").glob("dsl2png-*.whl")
    return zipfile.ZipFile(found)


def test_the_wheel_ships_the_examples_and_migrations_inside_the_dsl2png_package(
    wheel: zipfile.ZipFile,
) -> None:
    names = set(wheel.namelist())
    examples = {f"dsl2png/examples/{path.name}" for path in (ROOT / "examples").iterdir()}
    migrations = {
        f"dsl2png/migrations/{path.relative_to(ROOT / 'migrations')}"
        for path in (ROOT / "migrations").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert "dsl2png/examples/login.yaml" in examples and "dsl2png/migrations/script.py.mako" in migrations
    assert examples <= names, sorted(examples - names)
    assert migrations <= names, sorted(migrations - names)
    assert wheel.read("dsl2png/examples/login.yaml") == (ROOT / "examples" / "login.yaml").read_bytes()
    # nothing at the top level of site-packages but the packages (a shared examples/ folder was)
    assert {name.split("/")[0] for name in names} - set(PACKAGES) == {next(iter(_dist_info(wheel)))}


def test_the_wheel_ships_the_typing_markers_the_page_scripts_and_the_licence(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {
        "dsl2png/py.typed",
        "kernel/py.typed",
        "render_worker/measure.js",
        "dsl2png/playground.html",
    } <= names
    (dist_info,) = _dist_info(wheel)
    assert wheel.read(f"{dist_info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    metadata = wheel.read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()


def _dist_info(wheel: zipfile.ZipFile) -> set[str]:
    return {name.split("/")[0] for name in wheel.namelist() if name.split("/")[0].endswith(".dist-info")}
