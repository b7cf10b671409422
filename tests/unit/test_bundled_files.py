"""The examples and migrations ship inside the dsl2png package and are found through
importlib.resources: the same files as the checkout's top-level examples/ and migrations/, from
any working directory, and never another distribution's site-packages/examples."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from dsl2png.bundled import (
    BundledFilesMissingError,
    example_files,
    example_stem,
    examples_folder,
    migrations_folder,
)
from dsl2png.commands.messages import FAILED
from dsl2png.migrate import alembic_config
from mcp_adapter.examples import ExampleLibrary

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_examples_are_the_top_level_examples_read_through_the_package() -> None:
    assert examples_folder() == files("dsl2png").joinpath("examples")
    bundled = {entry.name: entry.read_bytes() for entry in example_files()}
    source = {path.name: path.read_bytes() for path in (ROOT / "examples").iterdir()}
    assert bundled == source and "login.yaml" in bundled
    assert [example_stem(entry) for entry in example_files()][:2] == ["admin-users", "api-docs"]


def test_the_migrations_alembic_runs_are_the_top_level_migrations() -> None:
    folder = migrations_folder()
    assert folder.samefile(ROOT / "migrations")
    config = alembic_config("postgresql://nobody@127.0.0.1/none")
    assert Path(config.get_main_option("script_location") or "").samefile(ROOT / "migrations")
    scripts = ScriptDirectory.from_config(config)
    revisions = {script.revision for script in scripts.walk_revisions()}
    shipped = {path.name.split("_", 1)[0] for path in (ROOT / "migrations" / "versions").glob("0*.py")}
    assert revisions == shipped and scripts.get_current_head() == max(shipped)


def test_a_folder_without_examples_is_an_error_never_an_empty_list(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an example")
    with pytest.raises(BundledFilesMissingError, match="lacks its examples"):
        example_files(tmp_path)
    with pytest.raises(BundledFilesMissingError):
        ExampleLibrary(tmp_path / "missing").names()


def _install_without_examples(tmp_path: Path) -> Path:
    """A dsl2png package as a wheel built without its package data installs it: the code, no
    examples/ or migrations/ in it; and, beside it as in site-packages, an `examples` folder that
    another distribution owns."""
    site = tmp_path / "site-packages"
    shutil.copytree(
        ROOT / "dsl2png",
        site / "dsl2png",
        ignore=shutil.ignore_patterns("examples", "migrations", "__pycache__"),
    )
    (site / "examples").mkdir()
    (site / "examples" / "someone-elses.yaml").write_text("elements: []\n")
    return site


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # the other top-level packages from the checkout, dsl2png from the broken install
    path = f"{site}:{ROOT}"
    return subprocess.run(
        [sys.executable, "-c", "from dsl2png.cli import main; main()", *args],
        cwd=cwd, env={"PYTHONPATH": path, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_an_install_without_examples_says_so_and_never_reads_a_neighbouring_examples_folder(
    tmp_path: Path,
) -> None:
    site = _install_without_examples(tmp_path)
    elsewhere = tmp_path / "project"
    elsewhere.mkdir()
    for args in (["examples"], ["examples", "login"], ["examples", "--write", "out"]):
        done = _run(site, elsewhere, *args)
        assert done.returncode == FAILED, (args, done.stderr)
        assert "this dsl2png installation lacks its examples" in done.stderr, done.stderr
        assert "someone-elses" not in done.stdout + done.stderr
    assert not (elsewhere / "out").exists()
    migrate = _run(site, elsewhere, "migrate")
    assert migrate.returncode == FAILED and "migrations are missing" in migrate.stderr, migrate.stderr


def test_the_examples_are_found_from_any_working_directory(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", "examples"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [example_stem(entry) for entry in example_files()]
