"""The documents a command reads: folders expanded, stdin, each file once."""

from __future__ import annotations

import contextlib
import re
import stat
import sys
from pathlib import Path

from dsl2png.commands.messages import UsageError, count, plain


class NoDocumentsError(OSError):
    """A folder given as input holds no document."""


DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")
NO_DOCUMENTS = "no .json, .yaml or .yml documents in this folder"


def expand_folders(paths: list[Path]) -> list[Path]:
    """Each folder replaced by the documents in it (.json, .yaml, .yml; sorted, not recursive).

    A folder without any stays in the list: reading it fails (NoDocumentsError) and is reported
    with the other inputs, which still go ahead."""
    files: list[Path] = []
    for path in paths:
        documents: list[Path] = []
        if not is_stdio(path) and is_dir(path):
            with contextlib.suppress(OSError):  # a folder it cannot list: reading it tells why
                documents = documents_in(path)
        files.extend(documents or [path])
    return files


def documents_in(folder: Path) -> list[Path]:
    """The documents in `folder` (.json, .yaml, .yml; in natural order, not recursive); raises
    OSError."""
    found = (p for p in folder.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file())
    return sorted(found, key=natural_key)


def natural_key(path: Path) -> tuple[tuple[int, int | str], ...]:
    """Sorts a flow's screens as a person numbers them: `step2` before `step10`."""
    parts = re.split(r"(\d+)", path.name.lower())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts if part)


def no_documents_message(folder: Path) -> str:
    """NO_DOCUMENTS, and, for a folder holding only folders, how many were not searched and how
    to pass them (the search is not recursive)."""
    try:
        subfolders = sorted(p.name for p in folder.iterdir() if p.is_dir())
    except OSError:
        return NO_DOCUMENTS
    if not subfolders:
        return NO_DOCUMENTS
    shown = " ".join(str(folder / name) for name in subfolders[:3]) + (" ..." if len(subfolders) > 3 else "")
    return (
        f"{NO_DOCUMENTS} ({count(len(subfolders), 'subfolder')} not searched: folders are read one "
        f"level deep; pass them instead, e.g. {shown}, or {folder / '*'}/)"
    )


def is_dir(path: Path) -> bool:
    """`path.is_dir()`, but False for a path the system refuses to look up, which Path.is_dir
    raises (a name too long: ENAMETOOLONG): reading or writing it then tells why in one line,
    and the other documents go ahead."""
    try:
        return path.is_dir()
    except OSError:
        return False


def exists(path: Path) -> bool:
    """`path.exists()`, but False for a path the system refuses to look up (see is_dir)."""
    try:
        return path.exists()
    except OSError:
        return False


def read_source(path: Path) -> tuple[bytes, str]:
    """The bytes of a document and the name used for format detection and messages; raises OSError."""
    if is_stdio(path):
        return sys.stdin.buffer.read(), "<stdin>"
    if is_dir(path):
        documents_in(path)  # a folder that cannot be listed: why (permission denied)
        raise NoDocumentsError(no_documents_message(path))
    return path.read_bytes(), str(path)


def is_stdio(path: Path) -> bool:
    """`-`: stdin as an input, stdout as an output."""
    return str(path) == "-"


def once_each(files: list[Path]) -> tuple[list[Path], list[str]]:
    """`files` with each document once (the same file however named: `a/x.yaml` twice, or a
    folder and a file in it), so it is not rendered to x.png and x-2.png; and one line (rich
    markup) for each document given more than once."""
    kept: dict[Path, Path] = {}
    repeats: dict[Path, list[Path]] = {}
    out: list[Path] = []
    for path in files:
        try:
            key = None if is_stdio(path) or is_dir(path) else path.resolve()
        except OSError:
            key = None  # reading it tells why
        if key is None or key not in kept:
            out.append(path)
            if key is not None:
                kept[key] = path
            continue
        repeats.setdefault(key, []).append(path)
    lines = []
    for key, others in repeats.items():
        names = sorted({str(other) for other in others} - {str(kept[key])})
        also = f" (also as {plain(', '.join(names))})" if names else ""
        lines.append(
            f"[yellow]warning[/yellow] {plain(kept[key])}: given {len(others) + 1} times{also}; done once"
        )
    return out, lines


def check_stdin_once(files: list[Path]) -> None:
    """Raises UsageError when `-` is given more than once: stdin can be read only once (the
    second was told "document is empty")."""
    if sum(1 for path in files if is_stdio(path)) > 1:
        raise UsageError("- (stdin) is given more than once; stdin can be read only once")


def is_device(path: Path) -> bool:
    """A character device as an output (`-o /dev/null`): written as it is, whatever its name,
    for every document (a smoke test that renders and discards)."""
    try:
        return stat.S_ISCHR(path.stat().st_mode)
    except OSError:
        return False


def decode(source: bytes) -> str | bytes:
    try:
        return source.decode("utf-8")
    except UnicodeDecodeError:
        return source
