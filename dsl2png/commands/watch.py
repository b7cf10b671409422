"""`dsl2png render --watch`: render again whenever a document is saved, with the pool kept warm."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dsl2png.commands.inputs import expand_folders, is_stdio, once_each
from dsl2png.commands.interrupts import run_interruptible
from dsl2png.commands.jobs import prepare
from dsl2png.commands.messages import FAILED, INTERRUPTED, OK, USAGE, UsageError, err, plain, print_lines
from dsl2png.commands.outputs import Output, output_paths
from dsl2png.commands.render import open_renderer, plan_render, render_jobs
from dsl2png.render_jobs import RenderCommand
from kernel.warning_kinds import Strictness


def watch_files(
    inputs: list[Path],
    output: Output,
    option_values: dict[str, Any],
    *,
    quiet: bool = False,
    poll_s: float = 0.25,
    strict: Strictness = False,
) -> int:
    """Render the files (folders stand for the documents in them), then again each one whenever
    it is saved, until Ctrl+C (exit 130) or SIGTERM (exit 0). A folder is looked into again on
    each poll, so a document added to it is rendered too. A warm pool stays open, so a re-render
    takes tens of milliseconds; invalid saves print their problems and the last good image stays."""
    files, repeats = once_each(expand_folders(inputs))
    print_lines(repeats)
    try:
        if any(is_stdio(path) for path in files):
            raise UsageError("--watch needs files, not stdin")
        command, targets = plan_render(files, output, option_values)
        if any(is_stdio(target) for target in targets):
            raise UsageError("--watch writes files; -o - (stdout) cannot be rewritten on each save")
    except UsageError as exc:
        err.print(f"[red]error[/red] {plain(exc)}")
        return USAGE
    if not quiet:
        for note in command.notes:
            err.print(f"[yellow]warning[/yellow] {plain(note)}")
    watched = WatchedFiles(inputs, output, command.output_format, files, targets)
    interrupted, code = run_interruptible(
        lambda: _watch(command, watched, quiet=quiet, poll_s=poll_s, strict=strict)
    )
    return INTERRUPTED if interrupted else code


@dataclass
class WatchedFiles:
    """What `--watch` renders: the documents its inputs stand for now (a folder's are listed
    again on each look), each with its output, and each one's last modification time seen."""

    inputs: list[Path]
    output: Output
    extension: str
    files: list[Path]
    targets: list[Path]
    seen: dict[Path, int | None] = field(default_factory=dict)

    def refresh(self) -> list[str]:
        """Look into the folders again: a document added is watched (and renders on this look),
        one removed is told; returns the lines that tell it (rich markup)."""
        files, _ = once_each(expand_folders(self.inputs))  # repeats were told at the start
        if files == self.files:
            return []
        try:
            targets = output_paths(files, self.output, self.extension)
        except UsageError as exc:  # `-o one.png` for a folder that now holds a second document
            added = ", ".join(str(path) for path in files if path not in self.files)
            self.inputs = [*self.files]  # told once; the documents watched stay as they were
            return [f"[yellow]warning[/yellow] not watching {plain(added)}: {plain(exc)}"]
        gone = [path for path in self.files if path not in files]
        self.files, self.targets = files, targets
        # one already seen missing (deleted between the listing and its look) was told then
        return [_deleted(path) for path in gone if self.seen.pop(path, None) is not None]

    def changed(self) -> tuple[list[tuple[Path, Path]], list[str]]:
        """The documents saved (or new) since the last look, each with its output, and the
        lines that tell a document that disappeared."""
        lines = self.refresh()
        changed = []
        for path, target in zip(self.files, self.targets, strict=True):
            was_there = self.seen.get(path) is not None
            if _changed(path, self.seen):
                changed.append((path, target))
            elif was_there and self.seen[path] is None:
                lines.append(_deleted(path))
        return changed, lines


def _deleted(path: Path) -> str:
    return f"[yellow]deleted[/yellow] {plain(path)}: its image stays; it renders again if it comes back"


async def _watch(
    command: RenderCommand, watched: WatchedFiles, *, quiet: bool, poll_s: float, strict: Strictness = False
) -> int:
    options = command.options
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        pool = await open_renderer(stack, command, len(watched.files))
        if pool is None:
            return FAILED
        if not quiet:
            err.print(f"watching {len(watched.files)} file(s); Ctrl+C to stop", highlight=False)
        while not stop.is_set():
            changed, lines = watched.changed()
            print_lines(lines)
            if changed:
                prepared = prepare(
                    [p for p, _ in changed], [t for _, t in changed], options, quiet=quiet, strict=strict
                )
                await render_jobs(pool, prepared, options, quiet=quiet)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll_s)
    return OK


def _changed(path: Path, seen: dict[Path, int | None]) -> bool:
    """True the first time and whenever the file's modification time moves (or it comes back)."""
    try:
        mtime: int | None = path.stat().st_mtime_ns
    except OSError:
        mtime = None
    changed = path not in seen or (mtime is not None and mtime != seen[path])
    seen[path] = mtime
    return changed
