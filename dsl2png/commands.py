"""What the CLI's commands do; cli.py only parses arguments and calls these.

Each returns its exit code: OK (0), FAILED (1: an invalid document, a failed render, a file that
cannot be read or written), USAGE (2: a command line that cannot work as given, like the parser's
own errors) or INTERRUPTED (130: Ctrl+C)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import json
import logging
import os
import re
import shutil
import signal
import stat
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kernel.dsl.canvas_fit import content_cut_warning
from kernel.dsl.options import FORMAT_ALIASES, OPTIONS_PATH, RenderOptions, is_option_path
from kernel.errors import CompileError, Dsl2PngError, InvalidDocumentError, Issue, RenderError, first_line
from kernel.times import utc_iso
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from dsl2png.keys import ApiKey
    from dsl2png.settings import ServeSettings
    from kernel.dsl.model import ThemeTokens
    from kernel.dsl.prepare import PreparedRender
    from kernel.ports import RenderGateway
    from kernel.schemas import RenderPublic
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage
    from render_worker.pool_settings import PoolSettings

err = Console(stderr=True, highlight=False, soft_wrap=True)  # a path or message is never cut into lines
log = logging.getLogger(__name__)
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"

OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130
"""Exit codes: done; an invalid document or a failed render (or file); a usage error; Ctrl+C."""


class UsageError(Exception):
    """A command line that cannot work as given: printed as an error, exit code USAGE (2)."""


class ThemeFileError(Exception):
    """A `--theme` file that cannot be read or is not a theme: printed as an error naming the file
    and the JSON path of each problem, exit code FAILED (1), nothing rendered."""


ThemeName = Literal["light", "dark", "wireframe"]
THEME_NAMES: dict[str, ThemeName] = {"light": "light", "dark": "dark", "wireframe": "wireframe"}
"""The built-in themes `--theme` names (kernel.dsl.model.THEME_NAMES); anything else is a file."""


def load_theme(value: str | None) -> ThemeName | ThemeTokens | None:
    """The theme `--theme` gives: `light` or `dark`, or the theme object in the YAML or JSON file
    it names (what a document's `theme:` takes: tokens, or `light`/`dark`). Raises ThemeFileError
    for a file that cannot be read, parsed or is not a theme."""
    from pydantic import ValidationError

    from kernel.dsl.model import ThemeTokens
    from kernel.dsl.parse import load_source
    from kernel.dsl.schema_errors import issues_from_pydantic

    if value is None:
        return None
    if value in THEME_NAMES:
        return THEME_NAMES[value]
    path = Path(value)
    try:
        data = load_source(path.read_bytes(), filename=path.name)
    except OSError as exc:
        hint = "" if path.suffix else " (a theme is light, dark, or a .yaml or .json file of theme tokens)"
        raise ThemeFileError(f"--theme {value}: cannot read it: {_reason(exc)}{hint}") from None
    except InvalidDocumentError as exc:
        raise ThemeFileError(f"--theme {value}: {'; '.join(_located(exc.issues))}") from None
    if isinstance(data, str) and data in THEME_NAMES:
        return THEME_NAMES[data]
    if not isinstance(data, Mapping):
        raise ThemeFileError(
            f"--theme {value}: a theme file holds one theme object (primary, background, surface, text, font, "
            f"radius, density, base) or light or dark, not {type(data).__name__}"
        )
    try:
        return ThemeTokens.model_validate(dict(data))
    except ValidationError as exc:
        issues = issues_from_pydantic(exc.errors(include_url=False), data)
        raise ThemeFileError(f"--theme {value}: {'; '.join(_located(issues))}") from None


def _located(issues: Sequence[Issue]) -> list[str]:
    """Each issue as `/path (line L, column C): message (suggestion)`, for a one-line error."""
    lines = []
    for issue in issues:
        where = issue.path or "/"
        if issue.line is not None:
            where += f" (line {issue.line}, column {issue.column})"
        hint = f" ({issue.suggestion})" if issue.suggestion else ""
        lines.append(f"{where}: {issue.message}{hint}")
    return lines


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
        f"{NO_DOCUMENTS} ({_count(len(subfolders), 'subfolder')} not searched: folders are read one "
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
        also = f" (also as {_plain(', '.join(names))})" if names else ""
        lines.append(
            f"[yellow]warning[/yellow] {_plain(kept[key])}: given {len(others) + 1} times{also}; done once"
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


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _plain(value: object) -> str:
    """`value` as text to print as it is inside rich markup: a message's `[start, end]` or a
    file named `[draft].yaml` would otherwise be read as a style tag and vanish."""
    return escape(str(value))


def print_issues(name: str, errors: list[Issue], warnings: list[Issue]) -> None:
    for line in issue_lines(name, errors, warnings):
        err.print(line, soft_wrap=True)


def issue_lines(name: str, errors: list[Issue], warnings: list[Issue]) -> list[str]:
    """The lines (rich markup) that tell a document's errors, then its warnings."""
    return [f"[red]error[/red] {_plain(name)}: {_plain(issue)}" for issue in at_flags(errors)] + [
        f"[yellow]warning[/yellow] {_plain(name)}: {_plain(issue)}" for issue in at_flags(warnings)
    ]


def at_flags(issues: list[Issue]) -> list[Issue]:
    """`issues`, each at a render option (`/options/width`, as the kernel names it) at the flag
    that sets it (`--width`): on the command line, the options are flags."""
    return [
        replace(issue, path="--" + issue.path.removeprefix(OPTIONS_PATH + "/").replace("_", "-"))
        if is_option_path(issue.path)
        else issue
        for issue in issues
    ]


# -- where outputs go -----------------------------------------------------------------------------


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
        return _reason(exc)
    if not os.access(folder, os.W_OK | os.X_OK) or (exists(target) and not os.access(target, os.W_OK)):
        return "permission denied"
    try:
        target.lstat()  # a name the system refuses (too long) is told now, not after Chromium worked
    except FileNotFoundError:
        pass
    except OSError as exc:
        return _reason(exc)
    return None


def write_output(target: Path, data: bytes) -> None:
    """Write `data` to `target` (`-`: stdout), creating its folder; raises OSError."""
    if is_stdio(target):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


# -- render ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileRender:
    """One file ready to render: its compiled page, where its image goes, its name in messages."""

    prepared: PreparedRender
    target: Path
    name: str
    source: str | bytes = ""
    """The document as read, to point the render's own warnings at their line and column."""
    strict: Strictness = False
    """`--strict`/`--strict-all`: the measured warnings of that kind fail the file too (no image)."""

    def located(self, issues: Sequence[Issue]) -> list[Issue]:
        """`issues` with the line and column of their path in the source (those that have one)."""
        from kernel.dsl.validate import with_positions

        found = list(issues)
        if not found or not isinstance(self.source, str):
            return found
        return with_positions(self.source, found)

    async def render(self, pool: RenderPool, options: RenderOptions) -> RenderedImage:
        return await render_prepared(pool, self.prepared, options)


def prepare_job(
    source: str | bytes | Mapping[str, Any], options: RenderOptions, *, strict: Strictness = False
) -> PreparedRender:
    """`source` validated and compiled for a render with `options`, as `render` and the Python
    API (dsl2png.api) do it. Raises InvalidDocumentError, also for the warnings `strict` fails on
    (`--strict`: those that change the picture; `"all"`: notes too), which are then its errors."""
    from kernel.dsl.prepare import prepare_render
    from kernel.dsl.validate import strict_split

    prepared = prepare_render(source, options)
    failing, kept = strict_split(prepared.warnings, strict)
    if failing:
        raise InvalidDocumentError(failing, kept)
    return prepared


async def render_prepared(
    pool: RenderPool, prepared: PreparedRender, options: RenderOptions
) -> RenderedImage:
    """`prepared` drawn by `pool` (a ChromiumPool, or a PdfPrinter for a PDF) with the command's
    `options`: the one call the CLI and the Python API render through."""
    return await pool.render(
        # The document's own `height: auto` makes a full-page capture: prepared.options says so.
        prepared.html, prepared.viewport, format=options.format,
        full_page=prepared.options.full_page,
        transparent=options.transparent, quality=options.quality, crop=options.crop,
    )  # fmt: skip


@dataclass(frozen=True)
class RenderCommand:
    """A render command's options and what it writes: an image format, or `pdf` (printed by
    `PdfPrinter`; the options' image format is then unused). `notes`: options it ignores."""

    options: RenderOptions
    output_format: str
    notes: list[str] = field(default_factory=list)

    def renderer(self, jobs: int) -> AbstractAsyncContextManager[RenderPool]:
        """A warm ChromiumPool for images, a PdfPrinter for PDF; enter it with `async with`."""
        if self.output_format == "pdf":
            from render_worker.pdf import PdfPrinter

            return PdfPrinter()
        from render_worker.pool import ChromiumPool

        return ChromiumPool(_pool_settings(jobs))


def render_command(option_values: dict[str, Any], output_format: str) -> RenderCommand:
    """The options of a render to `output_format` (png, jpeg, webp or pdf), as the flags give
    them (`format` among them is the format asked for; unused here); raises UsageError when they
    cannot work together. Shared by `render` and the Python API (dsl2png.api)."""
    if option_values.get("transparent") and output_format not in ("png", "webp"):
        if output_format == "pdf":
            raise UsageError("--transparent is for images; a PDF always has its page background")
        raise UsageError(f"--transparent needs png or webp: {output_format} has no transparency")
    if option_values.get("crop") and output_format == "pdf":
        raise UsageError("--crop is for images (png, jpeg, webp); a PDF is printed at the canvas's size")
    notes = []
    if option_values.get("scale") not in (None, 1) and output_format == "pdf":
        notes.append("--scale is for images (png, jpeg, webp); a PDF is vector and ignores it")
        option_values = {**option_values, "scale": None}
    if option_values.get("quality") is not None and output_format not in ("jpeg", "webp"):
        notes.append(f"--quality is for jpeg and webp; {output_format} ignores it")
        # told once here, not again for each file by the planning's option_ignored warning
        option_values = {**option_values, "quality": None}
    image_format = "png" if output_format == "pdf" else output_format
    try:
        options = RenderOptions(**{**option_values, "format": image_format})
    except ValidationError as exc:
        reasons = "; ".join(error["msg"] for error in exc.errors(include_url=False))
        raise UsageError(f"invalid options: {reasons}") from None
    return RenderCommand(options, output_format, notes)


@dataclass(frozen=True)
class PreparedFile:
    """One input after validation and compiling: its render (None when it has none: unreadable,
    invalid, or its output cannot be written) and the lines that tell its problems, printed at
    its place among the inputs."""

    job: FileRender | None
    lines: list[str]
    usage: bool = False
    """Whether what stops it is the options alone (an image too large for `--width 4000 --height
    4000 --scale 2`): a usage error, exit 2, as `--width 8001` is from the parser."""


def _prepare(
    files: list[Path],
    targets: list[Path],
    options: RenderOptions,
    *,
    quiet: bool = False,
    strict: Strictness = False,
) -> list[PreparedFile]:
    """Validate and compile each file and make sure its output can be written, in order;
    nothing is printed yet, so each file's lines can be told in the order the files were given."""
    return [
        _prepare_one(path, target, options, quiet=quiet, strict=strict)
        for path, target in zip(files, targets, strict=True)
    ]


def _prepare_one(
    path: Path, target: Path, options: RenderOptions, *, quiet: bool, strict: Strictness = False
) -> PreparedFile:
    """One file of `_prepare`: read, validated and compiled (`strict`: its warnings of that kind
    are errors, as for `validate --strict`), its output checked."""
    try:
        source, name = read_source(path)
        text = _decode(source)
        prepared = prepare_job(text, options, strict=strict)
    except OSError as exc:
        return PreparedFile(None, [f"[red]error[/red] {_plain(path)}: {_plain(_reason(exc))}"])
    except InvalidDocumentError as exc:
        from_options = bool(exc.issues) and all(is_option_path(issue.path) for issue in exc.issues)
        return PreparedFile(None, issue_lines(name, exc.issues, [] if quiet else exc.warnings), from_options)
    except CompileError as exc:  # a bug of dsl2png: told, and the other documents still render
        return PreparedFile(None, [f"[red]error[/red] {_plain(name)}: {_plain(exc)}"])
    job = FileRender(prepared, target, name, text, strict)
    lines = [] if quiet else issue_lines(name, [], job.located(prepared.warnings))
    reason = unwritable(target)
    if reason is not None:
        return PreparedFile(
            None,
            [*lines, f"[red]error[/red] {_plain(name)}: cannot write {_plain(target)}: {_plain(reason)}"],
        )
    return PreparedFile(job, lines)


def _unprepared(files: list[PreparedFile]) -> int:
    """How many of `files` cannot render."""
    return sum(1 for file in files if file.job is None)


def _print_lines(lines: list[str], console: Console = err) -> None:
    for line in lines:
        console.print(line, highlight=False, soft_wrap=True)


@dataclass
class Tally:
    """How many documents a batch has rendered and written so far: told when it is interrupted."""

    rendered: int = 0


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    lines: list[str]


def _cut_off(image: RenderedImage, job: FileRender, options: RenderOptions) -> list[Issue]:
    """`content_cut` for what runs below the canvas (a full page's capture limit is a measured
    warning of its own), pointing at the option that set the height."""
    if not image.cut_px:
        return []
    return [
        content_cut_warning(
            image.cut_px,
            height_option=_height_option(options),
            height=job.prepared.viewport.height,
            pdf=image.format == "pdf",
        )
    ]


async def _render_jobs(
    pool: RenderPool,
    files: list[PreparedFile],
    options: RenderOptions,
    *,
    quiet: bool,
    tally: Tally | None = None,
) -> int:
    """Render every file that can through `pool` and write its image; print each file's lines,
    its problems then what its render did, in the files' order (renders finish in any order);
    returns how many renders failed. `tally` counts the images written."""
    from kernel.dsl.validate import strict_split

    tally = tally if tally is not None else Tally()
    jobs = [file.job for file in files if file.job is not None]
    with _progress(len(jobs)) as progress:
        task = progress.add_task("rendering", total=len(jobs))

        async def one(job: FileRender) -> _Outcome:
            try:
                image = await job.render(pool, options)
            except Exception as exc:  # a Dsl2PngError, or Playwright's from the PDF printer
                progress.advance(task)
                reason = str(exc) if isinstance(exc, Dsl2PngError) else first_line(exc)
                return _Outcome(
                    False, [f"[red]error[/red] {_plain(job.name)}: render failed: {_plain(reason)}"]
                )
            progress.advance(task)
            measured = job.located([*_cut_off(image, job, options), *image.measured_warnings])
            failing, measured = strict_split(measured, job.strict)
            if failing:  # as the validator's warnings do under --strict: an error, no image
                return _Outcome(
                    False,
                    [f"[red]error[/red] {_plain(job.name)}: {_plain(issue)}" for issue in failing]
                    + [f"[yellow]warning[/yellow] {_plain(job.name)}: {_plain(issue)}" for issue in measured],
                )

            def write() -> None:
                write_output(job.target, image.data)
                tally.rendered += 1  # here: an image whose writing a Ctrl+C did not stop counts too

            try:
                await asyncio.to_thread(write)
            except OSError as exc:
                return _Outcome(
                    False,
                    [
                        f"[red]error[/red] {_plain(job.name)}: cannot write {_plain(job.target)}: {_plain(_reason(exc))}"
                    ],
                )
            if quiet:
                return _Outcome(True, [])
            where = "stdout" if is_stdio(job.target) else str(job.target)
            lines = [f"{_plain(job.name)} -> {_plain(where)} ({image.width}x{image.height})"]
            lines += [
                f"[yellow]warning[/yellow] {_plain(job.name)}: {_plain(warning)}" for warning in measured
            ]
            return _Outcome(True, lines)

        running = [None if file.job is None else asyncio.ensure_future(one(file.job)) for file in files]
        failed = shown = 0
        try:
            for file, finished in zip(files, running, strict=True):
                outcome = None if finished is None else await finished
                _print_lines([*file.lines, *(outcome.lines if outcome else [])], progress.console)
                failed += 0 if outcome is None or outcome.ok else 1
                shown += 1
        finally:  # interrupted: stop the others, but still tell what was written and what is wrong
            started = [render for render in running if render is not None]
            for pending in started:
                pending.cancel()
            await asyncio.gather(*started, return_exceptions=True)
            for file, done in zip(files[shown:], running[shown:], strict=True):
                if done is None:
                    _print_lines(file.lines, progress.console)
                elif not done.cancelled() and done.exception() is None:
                    _print_lines([*file.lines, *done.result().lines], progress.console)
    return failed


def _height_option(options: RenderOptions) -> str | None:
    """The option that set the canvas's height over the document's, if any (see resolve_viewport)."""
    if options.height is not None:
        return "--height"
    return f"--device {options.device}" if options.device is not None else None


async def _render_batch(
    command: RenderCommand, files: list[PreparedFile], *, quiet: bool, tally: Tally
) -> int:
    """Start Chromium and render the `files` that can; returns how many renders failed (all, if
    Chromium cannot start: then each file's own problems are still told)."""
    renders = len(files) - _unprepared(files)
    async with contextlib.AsyncExitStack() as stack:
        pool = await _open_renderer(stack, command, renders)
        if pool is None:
            for file in files:
                _print_lines(file.lines)
            return renders
        return await _render_jobs(pool, files, command.options, quiet=quiet, tally=tally)
    raise AssertionError("unreachable")  # pragma: no cover


async def _open_renderer(
    stack: contextlib.AsyncExitStack, command: RenderCommand, jobs: int
) -> RenderPool | None:
    """The command's renderer, entered on `stack`; None after printing why Chromium did not start."""
    try:
        return await stack.enter_async_context(command.renderer(jobs))
    except Exception as exc:  # RenderError from the pool, Playwright's from the PDF printer
        reason = str(exc) if isinstance(exc, RenderError) else f"Chromium did not start: {first_line(exc)}"
        err.print(f"[red]error[/red] {_plain(reason)}")
        return None


def _pool_settings(jobs: int) -> PoolSettings:
    from render_worker.pool_settings import PoolSettings

    settings = PoolSettings()
    if jobs == 1:
        settings = settings.model_copy(update={"browsers": 1, "pages_per_browser": 1})
    return settings


def _plan_render(
    files: list[Path], output: Output, option_values: dict[str, Any]
) -> tuple[RenderCommand, list[Path]]:
    """The command and each file's output; raises UsageError."""
    check_stdin_once(files)
    named = output_file(files, output)
    check_not_inputs(files, [named] if named is not None else [])  # before saying it is no image
    command = render_command(option_values, image_format_for(files, output, option_values.get("format")))
    # `--format jpg` names its files .jpg, `--format jpeg` .jpeg: the spelling asked for
    asked = str(option_values.get("format") or "").lower()
    targets = output_paths(
        files, output, asked if FORMAT_ALIASES.get(asked) == command.output_format else command.output_format
    )
    check_not_inputs(files, targets)
    check_stdout(targets)
    if named is None:
        _print_lines(renamed_outputs(files, targets))
    return command, targets


def render_files(
    files: list[Path],
    output: Output,
    option_values: dict[str, Any],
    *,
    quiet: bool = False,
    strict: Strictness = False,
) -> int:
    """Validate and compile every file (each once), then render them all through one warm pool;
    `strict` (`--strict`, `--strict-all`) refuses a document for its warnings as validate does."""
    files, repeats = once_each(files)
    _print_lines(repeats)
    try:
        command, targets = _plan_render(files, output, option_values)
    except UsageError as exc:
        err.print(f"[red]error[/red] {_plain(exc)}")
        return USAGE
    if not quiet:
        for note in command.notes:
            err.print(f"[yellow]warning[/yellow] {_plain(note)}")
    prepared = _prepare(files, targets, command.options, quiet=quiet, strict=strict)
    failed = _unprepared(prepared)
    if failed < len(prepared):
        tally = Tally()
        interrupted, render_failures = run_interruptible(
            lambda: _render_batch(command, prepared, quiet=quiet, tally=tally)
        )
        if interrupted:
            err.print(f"interrupted: {tally.rendered} of {len(files)} rendered")
            return INTERRUPTED
        failed += render_failures
    else:  # nothing to render: no Chromium to start
        for file in prepared:
            _print_lines(file.lines)
    _summary(len(files), failed, "rendered", quiet=quiet)
    if any(file.usage for file in prepared):
        return USAGE
    return FAILED if failed else OK


def _summary(total: int, failed: int, done: str, *, quiet: bool, failures: str = "failed") -> None:
    if total > 1 and not quiet:
        err.print(f"{total - failed} {done}, {failed} {failures}")


def sigterm_as_ctrl_c() -> None:
    """From now on, SIGTERM (`timeout`, systemd, `docker stop`) interrupts as Ctrl+C does (exit
    130, no traceback) while no event loop handles it: reading and checking documents, before
    Chromium starts, was killed at once (-15)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def run_interruptible(work: Callable[[], Coroutine[Any, Any, int]]) -> tuple[bool, int]:
    """Run `work()` in a new event loop: (False, its result), or (True, 0) after Ctrl+C or
    SIGTERM (`timeout`, systemd, `docker stop`; `--watch` sets its own, a clean stop).

    Either cancels the work, so its cleanup (closing Chromium) still runs, without a traceback
    whatever it was doing (starting Chromium too); a second Ctrl+C stops at once."""
    interrupted = False

    async def main() -> int:
        nonlocal interrupted
        loop = asyncio.get_running_loop()
        hush_lost_driver(loop)
        current = asyncio.current_task()
        assert current is not None

        def interrupt() -> None:
            nonlocal interrupted
            interrupted = True
            current.cancel()
            loop.remove_signal_handler(signal.SIGINT)  # the next Ctrl+C raises KeyboardInterrupt

        loop.add_signal_handler(signal.SIGINT, interrupt)
        loop.add_signal_handler(signal.SIGTERM, interrupt)
        try:
            return await work()
        except asyncio.CancelledError:
            if interrupted:
                return INTERRUPTED
            raise
        finally:
            loop.remove_signal_handler(signal.SIGINT)
            loop.remove_signal_handler(signal.SIGTERM)

    code = asyncio.run(main())
    if interrupted:
        hush_closed_loop_transports()
    return interrupted, (0 if interrupted else code)


def hush_closed_loop_transports() -> None:
    """Leave out "Exception ignored in BaseSubprocessTransport.__del__ ... Event loop is closed"
    after an interrupted run: Ctrl+C while Playwright starts its driver can leave the driver's
    pipe transport to be collected after the loop has closed, which Python reports with a
    traceback on the way out. Only that message is dropped; other unraisable errors still show."""
    report = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        closed = (
            isinstance(unraisable.exc_value, RuntimeError)
            and str(unraisable.exc_value) == "Event loop is closed"
        )
        if not closed:
            report(unraisable)

    sys.unraisablehook = hook
    gc.collect()  # collect what the loop left now, under the hook, rather than at exit


LOST_DRIVER = "Connection closed while reading from the driver"


def hush_lost_driver(loop: asyncio.AbstractEventLoop) -> None:
    """Leave out asyncio's "Future exception was never retrieved" for Playwright's driver gone:
    a signal to the whole process group (`timeout`, systemd, `docker stop`) ends the driver too,
    and the futures it leaves failed are no news at a shutdown; anything else is reported."""

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if LOST_DRIVER not in str(context.get("exception", "")):
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)


# -- html -----------------------------------------------------------------------------------------


def compile_files(
    files: list[Path], output: Output, option_values: dict[str, Any], *, quiet: bool = False
) -> int:
    """Validate and compile each file to the self-contained HTML page a render screenshots (no
    Chromium). One file without `-o` (or with `-o -`) goes to stdout; otherwise as `render`
    places images.

    The page keeps its Content-Security-Policy, so opened in a browser it runs no script and
    fetches nothing, like in the renderer."""
    files, repeats = once_each(files)
    _print_lines(repeats)
    try:
        check_stdin_once(files)
        options = RenderOptions(**option_values)
        to_stdout = len(files) == 1 and output is None
        targets = [Path("-")] if to_stdout else output_paths(files, output, "html")
        check_not_inputs(files, targets)
        check_html_output(files, output)
    except UsageError as exc:
        err.print(f"[red]error[/red] {_plain(exc)}")
        return USAGE
    except ValueError as exc:
        err.print(f"[red]error[/red] invalid options: {_plain(exc)}")
        return USAGE
    prepared = _prepare(files, targets, options, quiet=quiet)
    failed = _unprepared(prepared)
    for file in prepared:
        _print_lines(file.lines)
        job = file.job
        if job is None:
            continue
        try:
            write_output(job.target, job.prepared.html.encode("utf-8"))
        except OSError as exc:
            err.print(
                f"[red]error[/red] {_plain(job.name)}: cannot write {_plain(job.target)}: {_plain(_reason(exc))}"
            )
            failed += 1
            continue
        if not quiet and not is_stdio(job.target):
            err.print(f"{_plain(job.name)} -> {_plain(job.target)}", soft_wrap=True)
    _summary(len(files), failed, "written", quiet=quiet)
    return FAILED if failed else OK


# -- watch ----------------------------------------------------------------------------------------


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
    _print_lines(repeats)
    try:
        if any(is_stdio(path) for path in files):
            raise UsageError("--watch needs files, not stdin")
        command, targets = _plan_render(files, output, option_values)
        if any(is_stdio(target) for target in targets):
            raise UsageError("--watch writes files; -o - (stdout) cannot be rewritten on each save")
    except UsageError as exc:
        err.print(f"[red]error[/red] {_plain(exc)}")
        return USAGE
    if not quiet:
        for note in command.notes:
            err.print(f"[yellow]warning[/yellow] {_plain(note)}")
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
            return [f"[yellow]warning[/yellow] not watching {_plain(added)}: {_plain(exc)}"]
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
    return f"[yellow]deleted[/yellow] {_plain(path)}: its image stays; it renders again if it comes back"


async def _watch(
    command: RenderCommand, watched: WatchedFiles, *, quiet: bool, poll_s: float, strict: Strictness = False
) -> int:
    options = command.options
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        pool = await _open_renderer(stack, command, len(watched.files))
        if pool is None:
            return FAILED
        if not quiet:
            err.print(f"watching {len(watched.files)} file(s); Ctrl+C to stop", highlight=False)
        while not stop.is_set():
            changed, lines = watched.changed()
            _print_lines(lines)
            if changed:
                prepared = _prepare(
                    [p for p, _ in changed], [t for _, t in changed], options, quiet=quiet, strict=strict
                )
                await _render_jobs(pool, prepared, options, quiet=quiet)
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


def _progress(total: int) -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=total < 2 or not err.is_terminal, transient=True,
    )  # fmt: skip


def _decode(source: bytes) -> str | bytes:
    try:
        return source.decode("utf-8")
    except UnicodeDecodeError:
        return source


# -- validate -------------------------------------------------------------------------------------


def validate_files(
    files: list[Path],
    *,
    strict: Strictness,
    as_json: bool,
    quiet: bool = False,
    theme: ThemeName | ThemeTokens | None = None,
) -> int:
    """Print each file's errors and warnings (or, with `as_json`, a JSON list with one entry per
    input, in order: `file`, `valid`, `errors`, `warnings`); 1 when any file has errors or cannot
    be read, 2 for `-` given twice. `theme`: `--theme`, checked as a render with it would be."""
    from kernel.dsl.options import RenderOptions
    from kernel.dsl.prepare import validate_for_render

    try:
        check_stdin_once(files)
    except UsageError as exc:
        err.print(f"[red]error[/red] {_plain(exc)}")
        return USAGE
    report: list[dict[str, Any]] = []
    invalid = 0
    for path in files:
        try:
            source, name = read_source(path)
        except OSError as exc:
            code = "no_documents" if isinstance(exc, NoDocumentsError) else "unreadable_file"
            issue = Issue(path="", message=_reason(exc), code=code)
            report.append({"file": str(path), "valid": False, "errors": [issue.as_dict()], "warnings": []})
            if not as_json:
                err.print(f"[red]error[/red] {_plain(path)}: {_plain(_reason(exc))}")
            invalid += 1
            continue
        # as a render would: a frame around a screen no such device has is said here too
        result = validate_for_render(
            _decode(source), RenderOptions(theme=theme), strict=strict, filename=name
        )
        invalid += 0 if result.ok else 1
        report.append(
            {
                "file": name,
                "valid": result.ok,
                "errors": [i.as_dict() for i in result.errors],
                "warnings": [i.as_dict() for i in result.warnings],
            }
        )
        if not as_json:
            print_issues(name, result.errors, [] if quiet else result.warnings)
            if result.ok and not quiet:
                err.print(f"[green]ok[/green] {_plain(name)}")
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        _summary(len(files), invalid, "valid", quiet=quiet, failures="invalid")
    return FAILED if invalid else OK


# -- examples -------------------------------------------------------------------------------------


def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.yaml")) + sorted(EXAMPLES_DIR.glob("*.json"))


def show_examples(name: str | None, write: Path | None, *, force: bool = False) -> int:
    """List the examples, print one (`name`), or copy them (or only `name`) into the folder
    `write`, keeping files already there unless `force`."""
    files = example_files()
    if name is not None:
        matches = [f for f in files if f.stem == name or f.name == name]
        if not matches:
            err.print(
                f"[red]error[/red] no example named {_plain(repr(name))}; try: {_plain(', '.join(f.stem for f in files))}"
            )
            return USAGE
        files = matches[:1]
    if write is not None:
        return _copy_examples(files, write, force=force)
    if name is None:
        for file in files:
            print(file.stem)
        return OK
    print(files[0].read_text(), end="")
    return OK


def _copy_examples(files: list[Path], folder: Path, *, force: bool) -> int:
    if exists(folder) and not is_dir(folder):
        err.print(
            f"[red]error[/red] --write {_plain(folder)} is a file; give a folder (it is created if missing)"
        )
        return USAGE
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        err.print(f"[red]error[/red] cannot create {_plain(folder)}: {_plain(_reason(exc))}")
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
            shutil.copyfile(file, target)
        except OSError as exc:
            err.print(f"[red]error[/red] cannot write {_plain(target)}: {_plain(_reason(exc))}")
            failed += 1
            continue
        copied.append(file.name)
    err.print(f"copied {_count(len(copied), 'example')} to {_plain(folder)}")
    if kept:
        err.print(
            f"[yellow]warning[/yellow] kept {_count(len(kept), 'existing file')} in {_plain(folder)} "
            f"(--force overwrites them): {_plain(', '.join(kept))}"
        )
    return FAILED if failed else OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# -- mcp ------------------------------------------------------------------------------------------


def serve_mcp_stdio() -> int:
    """`dsl2png mcp`: the MCP server over stdio, answering at once while the renderer (Chromium,
    the embedded store and worker) starts in the background; settings from the environment, logs
    on stderr (stdout carries the protocol)."""
    from dsl2png.logs import configure_logging
    from dsl2png.settings import ServeSettings
    from mcp_adapter.stdio import run_stdio

    settings = ServeSettings()
    try:
        settings.check_mode()
    except ValueError as exc:
        err.print(f"[red]error[/red] {_plain(exc)}")
        return FAILED
    configure_logging(settings.log_level, json_lines=settings.log_json)
    asyncio.run(until_stopped(run_stdio(lambda: background_gateway(settings), examples_dir=EXAMPLES_DIR)))
    return OK


async def until_stopped(work: Coroutine[Any, Any, None]) -> None:
    """Await `work` until it ends or Ctrl+C or SIGTERM cancels it: a server's clean shutdown
    (its cleanup runs, closing Chromium), then exit 0 as for `serve`."""
    loop = asyncio.get_running_loop()
    hush_lost_driver(loop)
    current = asyncio.current_task()
    assert current is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, current.cancel)
    try:
        await work
    except asyncio.CancelledError:
        if not current.cancelling():
            raise
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


class StartingGateway:
    """A RenderGateway whose service is still starting: each call waits until it serves (or
    raises why it could not start), then goes to it."""

    def __init__(self, ready: asyncio.Future[RenderGateway]) -> None:
        self._ready = ready

    async def _gateway(self) -> RenderGateway:
        # Shielded: a caller that gives up must not cancel the start for everyone else.
        return await asyncio.shield(self._ready)

    async def submit(
        self,
        source: str | bytes | Mapping[str, Any],
        options: RenderOptions,
        *,
        idempotency_key: str | None = None,
        owner: str | None = None,
    ) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.submit(source, options, idempotency_key=idempotency_key, owner=owner)

    async def wait(
        self, job_id: str, timeout_s: float, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.wait(job_id, timeout_s, owner=owner, known=known)

    async def status(self, job_id: str, *, owner: str | None = None) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.status(job_id, owner=owner)

    async def image(
        self, job_id: str, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> bytes:
        gateway = await self._gateway()
        return await gateway.image(job_id, owner=owner, known=known)

    async def with_image_state(self, view: RenderPublic) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.with_image_state(view)

    async def erase(self, job_id: str, *, owner: str | None = None) -> dict[str, object]:
        gateway = await self._gateway()
        return await gateway.erase(job_id, owner=owner)

    async def cancel(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.cancel(job_id, owner=owner, reason=reason)


@contextlib.asynccontextmanager
async def background_gateway(settings: ServeSettings) -> AsyncIterator[RenderGateway]:
    """The service's gateway at once, while `open_runtime` starts it in a background task (~6 s
    with Chromium): an MCP client's `initialize` is answered meanwhile. On exit the runtime is
    closed, or, if it is still starting (the client left at once), its start is cancelled."""
    ready: asyncio.Future[RenderGateway] = asyncio.get_running_loop().create_future()
    ready.add_done_callback(_retrieve)  # a start that failed while nobody asked is only logged
    stop = asyncio.Event()

    async def run() -> None:
        try:
            # Imported off the event loop (~1 s), which meanwhile answers the client.
            runtime_module = await asyncio.to_thread(importlib.import_module, "dsl2png.runtime")
            async with runtime_module.open_runtime(settings) as runtime:
                ready.set_result(runtime.gateway)
                await stop.wait()
        except Exception as exc:
            if ready.done():
                log.error("the renderer stopped with an error: %s", exc)
                return
            log.error("the renderer did not start: %s", exc)
            ready.set_exception(exc)

    task = asyncio.create_task(run(), name="runtime")
    try:
        yield StartingGateway(ready)
    finally:
        stop.set()
        if not ready.done():
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if not ready.done():
            ready.cancel()


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


def migrate(revision: str | None, *, down: bool, drop_everything: bool = False) -> int:
    from alembic.util.exc import CommandError

    from dsl2png import migrate as migrations
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database_reachable

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: migrations are for the Postgres deployment")
        return 1
    url, schema = settings.database_url, settings.database_schema
    check_database_reachable(url, connect_timeout_s=settings.connect_timeout_s)
    where = migrations.describe_database(url, schema)
    if down and revision is None:
        err.print(
            "[red]error[/red] --down needs the revision to go down to (e.g. `dsl2png migrate --down 0004`); "
            "`--down base --yes-drop-everything` drops every table, the event store included"
        )
        return 2
    target = revision or "head"
    try:
        before = migrations.current_revision(url, schema=schema)
        if down:
            undone = migrations.reverted_by_downgrade(url, target, schema=schema)
            if not undone:
                err.print(f"database {_plain(where)}: already at {_plain(target)} (at {before or 'base'})")
                return 0
            if target == "base":
                tables = migrations.tables_in(url, schema=schema)
                err.print(
                    f"a downgrade to base drops every table of {_plain(where)}: {_plain(', '.join(tables))}; "
                    "the event store is the only record of every render, and API keys go with it"
                )
                if not drop_everything:
                    err.print("[red]refused[/red]: add --yes-drop-everything to do it")
                    return 2
            for line in undone:
                err.print(f"undoing {_plain(line)}")
            migrations.downgrade(url, target, schema=schema)
        else:
            migrations.upgrade(url, target, schema=schema)
        after = migrations.current_revision(url, schema=schema)
    except CommandError as exc:
        err.print(f"[red]error[/red] {_plain(str(exc))} (the revisions are in migrations/versions)")
        return 2
    if after == before:
        err.print(f"database {_plain(where)}: already at {_plain(target)} ({after or 'base'})")
    else:
        verb = "downgraded" if down else "upgraded"
        err.print(f"database {_plain(where)}: {verb} to {after or 'base'} (was {before or 'empty'})")
    return 0


def _key_store() -> Any:
    from dsl2png.keys import ApiKeyStore
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: API keys live in the Postgres deployment")
        return None
    check_database(
        settings.database_url, settings.database_schema, connect_timeout_s=settings.connect_timeout_s
    )
    return ApiKeyStore(settings.database_url, settings.database_schema)


def keys_create(name: str) -> int:
    store = _key_store()
    if store is None:
        return 1
    namesakes = [key.id for key in store.list() if key.name == name and key.revoked_at is None]
    try:
        key, secret = store.create(name)
    except ValueError as exc:
        err.print(f"[red]error[/red] {_plain(str(exc))}")
        return 2
    if namesakes:
        # Names are labels, and a second key under one name is how a key is rotated (create the
        # new one, move the callers, revoke the old), so this warns rather than refuses.
        err.print(
            f"[yellow]warning[/yellow] an active key is already named {_plain(repr(name))} "
            f"({', '.join(namesakes)}); both now work. Revoke the old one once callers have moved: "
            f"dsl2png keys revoke {namesakes[0]}"
        )
    err.print(f"created key {_plain(key.id)} ({_plain(key.name)}); its secret is shown only now:")
    print(secret)
    return 0


def keys_list(*, as_json: bool = False) -> int:
    store = _key_store()
    if store is None:
        return 1
    keys = store.list()
    if as_json:
        print(json.dumps([_key_json(key) for key in keys], indent=2))
        return 0
    for key in store.list():
        state = f"revoked {_utc_minute(key.revoked_at)}" if key.revoked_at else "active"
        print(f"{key.id}  {_utc_minute(key.created_at)}  {state:<28}  {key.name}")
    return 0


def _key_json(key: ApiKey) -> dict[str, object]:
    """A key for scripts: its times in the API's own format (UTC `...Z`), never its secret."""
    return {
        "id": key.id,
        "name": key.name,
        "created_at": utc_iso(key.created_at),
        "revoked_at": utc_iso(key.revoked_at) if key.revoked_at else None,
        "active": key.revoked_at is None,
    }


def _utc_minute(value: datetime) -> str:
    """A key's time for people: UTC to the minute, zone shown (the session's zone may differ)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def keys_revoke(key_id: str) -> int:
    store = _key_store()
    if store is None:
        return 1
    if not store.revoke(key_id):
        err.print(f"[red]error[/red] no active key {_plain(repr(key_id))}")
        return 1
    err.print(f"revoked {key_id}")
    return 0


def erase(job_ids: list[str]) -> int:
    """`dsl2png erase JOB_ID...`: erase each job's document and image (dsl2png.erasure) in the
    Postgres deployment, as 'operator'. Every id is checked first: a malformed or unknown one
    stops it with exit 1 before anything is erased. Prints one JSON line per job."""
    import json
    import uuid

    from dsl2png.blobs import make_blob_store
    from dsl2png.erasure import erase_job
    from dsl2png.event_store import render_jobs
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database
    from kernel.errors import JobNotFoundError
    from projector.views import view_for

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: `erase` is for the Postgres deployment")
        return 1
    ids: list[uuid.UUID] = []
    for index, text in enumerate(job_ids):
        try:
            ids.append(uuid.UUID(text))
        except ValueError:
            err.print(f"[red]error[/red] JOB_ID[{index}]: {_plain(repr(text))} is not a render id (a UUID)")
            return 1
    url, schema = settings.database_url, settings.database_schema
    check_database(url, schema, connect_timeout_s=settings.connect_timeout_s)
    with render_jobs(url, settings.data_dir, create_tables=False, schema=schema) as jobs:
        for index, job_id in enumerate(ids):
            try:
                jobs.get(job_id)
            except JobNotFoundError:
                err.print(f"[red]error[/red] JOB_ID[{index}]: no render job {job_id}; nothing was erased")
                return 1
        blobs = make_blob_store(url, settings.data_dir, schema=schema)
        try:
            view = view_for(jobs, create_tables=False)
            for job_id in ids:
                print(json.dumps(erase_job(jobs, blobs, view, job_id, erased_by="operator").as_dict()))
        finally:
            blobs.close()
    return 0
