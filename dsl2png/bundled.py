"""The files shipped inside the dsl2png package: the example documents and the Alembic migrations.

dsl2png/examples and dsl2png/migrations are links to the repository's top-level examples/ and
migrations/ (the one copy to edit); a wheel holds them as package files. So importlib.resources
finds them the same way in a checkout, an editable install and a wheel's install, and never in a
folder beside the package (site-packages/examples belongs to whichever distribution put it there).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

EXAMPLE_SUFFIXES = (".yaml", ".yml", ".json")


class BundledFilesMissingError(RuntimeError):
    """The installation lacks files the package ships (a wheel built without its package data):
    reinstalling dsl2png is the fix, not anything the caller passed."""


def examples_folder() -> Traversable:
    """Where the example documents are (read them through the Traversable: it may be no folder)."""
    return files("dsl2png").joinpath("examples")


def example_files(folder: Traversable | None = None) -> list[Traversable]:
    """The example documents in `folder` (default: the bundled ones), .yaml then .yml then .json,
    each by name; raises BundledFilesMissingError when there are none: an empty list is a broken
    install, never a successful answer."""
    where = examples_folder() if folder is None else folder
    found = [entry for entry in where.iterdir() if entry.is_file()] if where.is_dir() else []
    ordered = sorted(
        (entry for entry in found if entry.name.endswith(EXAMPLE_SUFFIXES)),
        key=lambda entry: (EXAMPLE_SUFFIXES.index(_suffix(entry.name)), entry.name),
    )
    if not ordered:
        raise BundledFilesMissingError(
            f"no example documents in {where}: this dsl2png installation lacks its examples "
            "(reinstall it: pip install --force-reinstall dsl2png)"
        )
    return ordered


def example_stem(entry: Traversable) -> str:
    """An example's name: its file name without the suffix (`login` for login.yaml)."""
    return entry.name.rsplit(".", 1)[0]


def migrations_folder() -> Path:
    """The Alembic scripts' folder, as the filesystem path Alembic's script_location takes; raises
    BundledFilesMissingError when the installation lacks it."""
    folder = files("dsl2png").joinpath("migrations")
    path = Path(str(folder))
    if not (path / "env.py").is_file():
        raise BundledFilesMissingError(
            f"the database migrations are missing from this dsl2png installation ({path} holds no "
            "env.py): reinstall it (pip install --force-reinstall dsl2png)"
        )
    return path


def _suffix(name: str) -> str:
    return "." + name.rsplit(".", 1)[-1]
