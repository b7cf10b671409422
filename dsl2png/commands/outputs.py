"""Where outputs go (`-o`: a file, a folder, stdout), what is refused before rendering, writing them."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path

from rich.markup import escape

from dsl2png.commands.inputs import exists, is_device, is_dir, is_stdio
from dsl2png.commands.messages import UsageError, reason_of
from kernel.dsl.options import FORMAT_ALIASES

Output = str | Path | None
"""`-o` as typed: a string keeps a trailing `/`, which Path drops (`out.v2/` is a folder)."""


def output_file(files: list[Path], output: Output) -> Path | None:
    """The one file `-o` names (`-` for stdout, or a device such as /dev/null that takes every
    document's), or None when outputs go into a folder: none given (the current folder), an
    existing folder, a path ending in `/`, or a new name without an extension. Raises UsageError
    when `-o` names a file but several documents were given."""
    if output is None:
        return None
    text, output = str(output), Path(output)
    if is_stdio(output):
        if len(files) > 1:
            raise UsageError(
                f"-o - writes one file to stdout but {len(files)} documents were given; give a folder"
            )
        return output
    if is_device(output):
        return output
    if is_dir(output) or text.endswith(("/", os.sep)) or (not exists(output) and not output.suffix):
        return None
    if len(files) > 1:
        raise UsageError(
            f"-o {output} names a file but {len(files)} documents were given; give a folder "
            "(an existing one, or a name ending in / or without an extension)"
        )
    return output


def output_paths(files: list[Path], output: Output, extension: str) -> list[Path]:
    """Where each document's output goes: the file `-o` names, else into the folder (the current
    one by default), named after the document (`stdin` for `-`)."""
    file = output_file(files, output)
    if file is not None:
        return [file] * len(files)  # several only for a device (output_file refuses the others)
    folder = Path(output) if output is not None else Path(".")
    stems = [Path(f.name).stem if not is_stdio(f) else "stdin" for f in files]
    if len(set(stems)) < len(stems) and len(_folders(files)) > 1:
        # A flow per folder (onboarding/01, checkout/01): their images keep to their folders.
        stems = [
            f"{f.parent.name}/{stem}" if not is_stdio(f) and f.parent.name else stem
            for f, stem in zip(files, stems, strict=True)
        ]
    return [folder / f"{stem}.{extension}" for stem in unique_names(stems)]


def _folders(files: list[Path]) -> set[Path]:
    return {f.parent for f in files if not is_stdio(f)}


def renamed_outputs(files: list[Path], targets: list[Path]) -> list[str]:
    """A warning for each output given another name than its document's, so that no image of a
    run overwrites another (two `01.yaml` in folders of one name, `01.json` beside `01.yaml`)."""
    return [
        f"[yellow]warning[/yellow] {escape(str(source))}: written as {escape(str(target))}, "
        "another document of this run has its name"
        for source, target in zip(files, targets, strict=True)
        if not is_stdio(source) and target.stem != source.stem and str(target) != "-"
    ]


def unique_names(stems: list[str]) -> list[str]:
    """`stems` with a number added to each repeat (two `dashboard` files from different folders
    become `dashboard` and `dashboard-2`), so no image overwrites another from the same run."""
    reserved = set(stems)
    used: set[str] = set()
    out: list[str] = []
    for stem in stems:
        name, number = stem, 2
        while name in used or (name != stem and name in reserved):
            name = f"{stem}-{number}"
            number += 1
        used.add(name)
        out.append(name)
    return out


IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp", ".pdf": "pdf"}
HTML_SUFFIXES = frozenset({".html", ".htm"})
IMAGE_FORMATS = ".png, .jpg, .webp or .pdf"


def image_format_for(files: list[Path], output: Output, requested: str | None) -> str:
    """The format to write: `--format` when given (`jpg` is `jpeg`), else the one `-o out.jpg`
    names, else PNG.

    Raises UsageError when the two disagree, or `-o` names a file of another kind: an `out.jpg`
    holding a PNG, or a `notes.txt` replaced by one, is what a user would find later, with no
    hint why."""
    requested = FORMAT_ALIASES.get(requested, requested) if requested else None
    file = output_file(files, output)
    if file is None or is_stdio(file) or is_device(file):
        return requested or "png"
    suffix = file.suffix.lower()
    if suffix in HTML_SUFFIXES:
        raise UsageError(f"-o {file}: renders are {IMAGE_FORMATS}; `dsl2png html` writes the page as HTML")
    implied = IMAGE_SUFFIXES.get(suffix)
    if implied is None:
        if not suffix:
            raise UsageError(
                f"-o {file} is a file without an extension; renders are written as {IMAGE_FORMATS}"
            )
        raise UsageError(
            f"-o {file}: renders are written as {IMAGE_FORMATS}, not {suffix} (end the name with / for a folder)"
        )
    if requested is not None and requested != implied:
        raise UsageError(f"-o {file} names a {implied} file but --format {requested} was given")
    return implied


def check_html_output(files: list[Path], output: Output) -> None:
    """Raises UsageError when `-o` names a file that is not an HTML page."""
    file = output_file(files, output)
    if file is None or is_stdio(file) or is_device(file) or file.suffix.lower() in HTML_SUFFIXES:
        return
    suffix = file.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        raise UsageError(
            f"-o {file}: `dsl2png html` writes HTML pages (.html); `dsl2png render` writes images"
        )
    raise UsageError(
        f"-o {file}: HTML pages are written as .html or .htm, not {suffix or 'a file without an extension'}"
    )


def check_not_inputs(files: list[Path], targets: list[Path]) -> None:
    """Raises UsageError when an output is one of the input documents (the same file however it
    is named: a link, `./a.yaml`, another case on a case-insensitive disk)."""
    inputs: dict[tuple[int, int], Path] = {}
    for path in files:
        with contextlib.suppress(OSError):
            if not is_stdio(path):
                found = path.stat()
                inputs[(found.st_dev, found.st_ino)] = path
    for target in targets:
        with contextlib.suppress(OSError):
            if not is_stdio(target):
                found = target.stat()
                source = inputs.get((found.st_dev, found.st_ino))
                if source is not None:
                    raise UsageError(
                        f"the output {target} is the input document {source}: it would be overwritten; "
                        "choose another -o"
                    )


def check_stdout(targets: list[Path]) -> None:
    """Raises UsageError when an image would be written to a terminal."""
    if any(is_stdio(target) for target in targets) and sys.stdout.isatty():
        raise UsageError(
            "-o - writes the image to stdout, which is a terminal; redirect it to a file or a pipe"
        )


def unwritable(target: Path) -> str | None:
    """Why `target` cannot be written, or None (its folder is created if missing, so a render
    does not find out only after Chromium has worked)."""
    if is_stdio(target):
        return None
    if is_device(target):
        return None if os.access(target, os.W_OK) else "permission denied"
    if is_dir(target):
        return "it is a folder"
    folder = target.parent
    existing = next((p for p in (folder, *folder.parents) if exists(p)), None)
    if existing is not None and not is_dir(existing):
        return f"{existing} is not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return reason_of(exc)
    if not os.access(folder, os.W_OK | os.X_OK) or (exists(target) and not os.access(target, os.W_OK)):
        return "permission denied"
    try:
        target.lstat()  # a name the system refuses (too long) is told now, not after Chromium worked
    except FileNotFoundError:
        pass
    except OSError as exc:
        return reason_of(exc)
    return None


def write_output(target: Path, data: bytes) -> None:
    """Write `data` to `target` (`-`: stdout), creating its folder; raises OSError. A file is
    written whole under a hidden name beside it, then renamed over it: an image viewer, a
    `--watch` reader or a build step that opens it meanwhile reads the last image or the new one,
    never half of one. What is not a plain file (a device such as `/dev/null`, a pipe, a link)
    is written as it is."""
    if is_stdio(target):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_symlink() or (exists(target) and not target.is_file()):
        target.write_bytes(data)
        return
    handle, partial = _new_partial(target.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _new_partial(folder: Path) -> tuple[int, Path]:
    """A new hidden file in `folder` to write an image under, open for writing, and its path.

    Each write has a name of its own: a batch writes several images into one folder at once,
    from threads, and a name shared by a process (its pid) let one image's bytes be renamed over
    another's target, or its rename fail. The name is short, since the target's own may be at the
    file system's limit; the file is created as open() creates one (0o666 less the umask)."""
    while True:
        partial = folder / f".dsl2png-{secrets.token_hex(6)}.partial"
        try:
            return os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), partial
        except FileExistsError:  # 48 random bits: another write's name, all but never
            continue
