"""`dsl2png examples`: list, print or copy the bundled example screens."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from dsl2png.bundled import BundledFilesMissingError, example_files, example_stem
from dsl2png.commands.inputs import exists, is_dir
from dsl2png.commands.messages import FAILED, OK, USAGE, count, err, plain, reason_of


def show_examples(name: str | None, write: Path | None, *, force: bool = False) -> int:
    """List the examples, print one (`name`), or copy them (or only `name`) into the folder
    `write`, keeping files already there unless `force`. No examples at all (an installation
    without them) is an error (exit 1), never an empty list."""
    try:
        files = example_files()
    except BundledFilesMissingError as exc:
        err.print(f"[red]error[/red] {plain(str(exc))}")
        return FAILED
    if name is not None:
        matches = [f for f in files if example_stem(f) == name or f.name == name]
        if not matches:
            err.print(
                f"[red]error[/red] no example named {plain(repr(name))}; try: {plain(', '.join(example_stem(f) for f in files))}"
            )
            return USAGE
        files = matches[:1]
    if write is not None:
        return _copy_examples(files, write, force=force)
    if name is None:
        for file in files:
            print(example_stem(file))
        return OK
    print(files[0].read_text(encoding="utf-8"), end="")
    return OK


def _copy_examples(files: list[Traversable], folder: Path, *, force: bool) -> int:
    if exists(folder) and not is_dir(folder):
        err.print(
            f"[red]error[/red] --write {plain(folder)} is a file; give a folder (it is created if missing)"
        )
        return USAGE
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        err.print(f"[red]error[/red] cannot create {plain(folder)}: {plain(reason_of(exc))}")
        return FAILED
    copied: list[str] = []
    kept: list[str] = []
    failed = 0
    for file in files:
        target = folder / file.name
        if exists(target) and not force:
            kept.append(file.name)
            continue
        try:
            target.write_bytes(file.read_bytes())
        except OSError as exc:
            err.print(f"[red]error[/red] cannot write {plain(target)}: {plain(reason_of(exc))}")
            failed += 1
            continue
        copied.append(file.name)
    err.print(f"copied {count(len(copied), 'example')} to {plain(folder)}")
    if kept:
        err.print(
            f"[yellow]warning[/yellow] kept {count(len(kept), 'existing file')} in {plain(folder)} "
            f"(--force overwrites them): {plain(', '.join(kept))}"
        )
    return FAILED if failed else OK
