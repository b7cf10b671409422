"""What the CLI's one-shot commands do; cli.py only parses arguments and calls these."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import signal
import sys
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kernel.dsl.canvas_fit import content_cut_warning
from kernel.dsl.options import RenderOptions
from kernel.errors import Dsl2PngError, InvalidDocumentError, Issue

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.prepare import PreparedRender
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage
    from render_worker.pool_settings import PoolSettings

err = Console(stderr=True, highlight=False, soft_wrap=True)  # a path or message is never cut into lines
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"


DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")


def expand_folders(paths: list[Path]) -> list[Path]:
    """Each folder replaced by the documents in it (.json, .yaml, .yml; sorted, not recursive).

    Raises ValueError for a folder that holds none."""
    files: list[Path] = []
    for path in paths:
        if str(path) != "-" and path.is_dir():
            documents = sorted(
                p for p in path.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()
            )
            if not documents:
                raise ValueError(f"{path}: no .json, .yaml or .yml documents in this folder")
            files.extend(documents)
        else:
            files.append(path)
    return files


def read_source(path: Path) -> tuple[bytes, str]:
    """The bytes of a document and the name used for format detection and messages."""
    if str(path) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    return path.read_bytes(), str(path)


def print_issues(name: str, errors: list[Issue], warnings: list[Issue]) -> None:
    for issue in errors:
        err.print(f"[red]error[/red] {name}: {issue}", soft_wrap=True)
    for issue in warnings:
        err.print(f"[yellow]warning[/yellow] {name}: {issue}", soft_wrap=True)


def output_paths(files: list[Path], output: Path | None, extension: str) -> list[Path]:
    """One file: `-o` is the image path; several: `-o` is a folder (created); default: beside cwd."""
    if len(files) == 1 and output is not None and not output.is_dir() and not str(output).endswith("/"):
        return [output]
    folder = output or Path(".")
    stems = [Path(f.name).stem if str(f) != "-" else "stdin" for f in files]
    return [folder / f"{stem}.{extension}" for stem in unique_names(stems)]


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
UNWRITABLE_SUFFIXES = frozenset({".gif", ".bmp", ".tif", ".tiff", ".svg", ".avif", ".heic", ".ico"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def image_format_for(files: list[Path], output: Path | None, requested: str | None) -> str:
    """The format to write: `--format` when given, else the one `-o out.jpg` names, else PNG.

    Raises ValueError when the two disagree, or `-o` names a format Chromium cannot write: an
    `out.jpg` holding a PNG is what a user would find later, with no hint why.
    """
    targets = output_paths(files, output, "png")
    suffix = targets[0].suffix.lower() if len(targets) == 1 and targets[0] == output else ""
    if suffix in UNWRITABLE_SUFFIXES:
        raise ValueError(f"-o {output}: renders are written as .png, .jpg, .webp or .pdf, not {suffix}")
    if suffix in HTML_SUFFIXES:
        raise ValueError(
            f"-o {output}: renders are .png, .jpg, .webp or .pdf; `dsl2png html` writes the page as HTML"
        )
    implied = IMAGE_SUFFIXES.get(suffix)
    if requested is not None and implied is not None and requested != implied:
        raise ValueError(f"-o {output} names a {implied} file but --format {requested} was given")
    return requested or implied or "png"


@dataclass(frozen=True)
class FileRender:
    """One file ready to render: its compiled page, where its image goes, its name in messages."""

    prepared: PreparedRender
    target: Path
    name: str

    async def render(self, pool: RenderPool, options: RenderOptions) -> RenderedImage:
        return await pool.render(
            self.prepared.html, self.prepared.viewport, format=options.format, full_page=options.full_page,
            transparent=options.transparent, quality=options.quality,
        )  # fmt: skip


@dataclass(frozen=True)
class RenderCommand:
    """A render command's options and what it writes: an image format, or `pdf` (printed by
    `PdfPrinter`; the options' image format is then unused)."""

    options: RenderOptions
    output_format: str

    def renderer(self, jobs: int) -> AbstractAsyncContextManager[RenderPool]:
        """A warm ChromiumPool for images, a PdfPrinter for PDF; enter it with `async with`."""
        if self.output_format == "pdf":
            from render_worker.pdf import PdfPrinter

            return PdfPrinter()
        from render_worker.pool import ChromiumPool

        return ChromiumPool(_pool_settings(jobs))


def _render_command(
    files: list[Path], output: Path | None, option_values: dict[str, Any]
) -> RenderCommand | None:
    """The options of a render command, or None after printing why they are invalid."""
    try:
        output_format = image_format_for(files, output, option_values.get("format"))
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        return None
    if output_format == "pdf" and option_values.get("transparent"):
        err.print("[red]error[/red] --transparent is for images; a PDF always has its page background")
        return None
    image_format = "png" if output_format == "pdf" else output_format
    try:
        options = RenderOptions(**{**option_values, "format": image_format})
    except ValueError as exc:
        err.print(f"[red]error[/red] invalid options: {exc}")
        return None
    return RenderCommand(options, output_format)


def _prepare(files: list[Path], targets: list[Path], options: RenderOptions) -> tuple[list[FileRender], int]:
    """Validate and compile each file; print its problems. Returns what can render and how many cannot."""
    from kernel.dsl.prepare import prepare_render

    jobs: list[FileRender] = []
    failed = 0
    for path, target in zip(files, targets, strict=True):
        try:
            source, name = read_source(path)
            prepared = prepare_render(_decode(source), options)
        except OSError as exc:
            err.print(f"[red]error[/red] {path}: {exc.strerror or exc}")
            failed += 1
            continue
        except InvalidDocumentError as exc:
            print_issues(name, exc.issues, exc.warnings)
            failed += 1
            continue
        print_issues(name, [], prepared.warnings)
        jobs.append(FileRender(prepared, target, name))
    return jobs, failed


async def _render_jobs(pool: RenderPool, jobs: list[FileRender], options: RenderOptions) -> int:
    """Render every job through `pool` and write its image; returns how many failed."""
    with _progress(len(jobs)) as progress:
        task = progress.add_task("rendering", total=len(jobs))

        async def one(job: FileRender) -> bool:
            try:
                image = await job.render(pool, options)
            except Dsl2PngError as exc:
                err.print(f"[red]error[/red] {job.name}: render failed: {exc}")
                return False
            finally:
                progress.advance(task)
            job.target.parent.mkdir(parents=True, exist_ok=True)
            await asyncio.to_thread(job.target.write_bytes, image.data)
            progress.console.print(
                f"{job.name} -> {job.target} ({image.width}x{image.height})", highlight=False, soft_wrap=True
            )
            if image.cut_px:
                progress.console.print(
                    f"[yellow]warning[/yellow] {job.name}: {content_cut_warning(image.cut_px)}",
                    soft_wrap=True,
                )
            return True

        results = await asyncio.gather(*(one(job) for job in jobs))
    return results.count(False)


def _pool_settings(jobs: int) -> PoolSettings:
    from render_worker.pool_settings import PoolSettings

    settings = PoolSettings()
    if jobs == 1:
        settings = settings.model_copy(update={"browsers": 1, "pages_per_browser": 1})
    return settings


async def render_files(files: list[Path], output: Path | None, option_values: dict[str, Any]) -> int:
    """Validate and compile every file, then render them all through one warm pool."""
    command = _render_command(files, output, option_values)
    if command is None:
        return 1
    options = command.options
    jobs, failed = _prepare(files, output_paths(files, output, command.output_format), options)
    if not jobs:
        return 1
    async with command.renderer(len(jobs)) as pool:
        failed += await _render_jobs(pool, jobs, options)
    return 1 if failed else 0


def compile_files(files: list[Path], output: Path | None, option_values: dict[str, Any]) -> int:
    """Validate and compile each file to the self-contained HTML page a render screenshots (no
    Chromium). One file without `-o` goes to stdout; otherwise as `render` places images.

    The page keeps its Content-Security-Policy, so opened in a browser it runs no script and
    fetches nothing, like in the renderer."""
    try:
        options = RenderOptions(**option_values)
    except ValueError as exc:
        err.print(f"[red]error[/red] invalid options: {exc}")
        return 1
    to_stdout = len(files) == 1 and output is None
    targets = [Path("-")] if to_stdout else output_paths(files, output, "html")
    jobs, failed = _prepare(files, targets, options)
    for job in jobs:
        if to_stdout:
            sys.stdout.write(job.prepared.html)
            sys.stdout.flush()
            continue
        job.target.parent.mkdir(parents=True, exist_ok=True)
        job.target.write_text(job.prepared.html, encoding="utf-8")
        err.print(f"{job.name} -> {job.target}", soft_wrap=True)
    return 1 if failed else 0


async def watch_files(
    files: list[Path], output: Path | None, option_values: dict[str, Any], *, poll_s: float = 0.25
) -> int:
    """Render the files, then again each one whenever it is saved, until interrupted (a warm pool
    stays open, so a re-render takes tens of milliseconds). Invalid saves print their problems and
    the last good image stays."""
    if any(str(path) == "-" for path in files):
        err.print("[red]error[/red] --watch needs files, not stdin")
        return 1
    command = _render_command(files, output, option_values)
    if command is None:
        return 1
    options = command.options
    targets = output_paths(files, output, command.output_format)
    seen: dict[Path, int | None] = {}
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)  # Ctrl+C stops it too
    async with command.renderer(len(files)) as pool:
        err.print(f"watching {len(files)} file(s); Ctrl+C to stop", highlight=False)
        while not stop.is_set():
            changed = [
                (path, target) for path, target in zip(files, targets, strict=True) if _changed(path, seen)
            ]
            if changed:
                jobs, _ = _prepare([p for p, _ in changed], [t for _, t in changed], options)
                if jobs:
                    await _render_jobs(pool, jobs, options)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll_s)
    return 0


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


def validate_files(files: list[Path], *, strict: bool, as_json: bool) -> int:
    """Print each file's errors and warnings; 1 when any file has errors."""
    from kernel.dsl.validate import validate_document

    report: dict[str, Any] = {}
    invalid = 0
    for path in files:
        try:
            source, name = read_source(path)
        except OSError as exc:
            err.print(f"[red]error[/red] {path}: {exc.strerror or exc}")
            invalid += 1
            continue
        result = validate_document(_decode(source), strict=strict, filename=name)
        invalid += 0 if result.ok else 1
        report[name] = {
            "valid": result.ok,
            "errors": [i.as_dict() for i in result.errors],
            "warnings": [i.as_dict() for i in result.warnings],
        }
        if not as_json:
            print_issues(name, result.errors, result.warnings)
            if result.ok:
                err.print(f"[green]ok[/green] {name}")
    if as_json:
        print(json.dumps(report, indent=2))
    return 1 if invalid else 0


def example_files() -> list[Path]:
    return sorted(EXAMPLES_DIR.glob("*.yaml")) + sorted(EXAMPLES_DIR.glob("*.json"))


def show_examples(name: str | None, write: Path | None) -> int:
    files = example_files()
    if write is not None:
        write.mkdir(parents=True, exist_ok=True)
        for file in files:
            shutil.copy(file, write / file.name)
        err.print(f"copied {len(files)} examples to {write}")
        return 0
    if name is None:
        for file in files:
            print(file.stem)
        return 0
    matches = [f for f in files if f.stem == name or f.name == name]
    if not matches:
        err.print(f"[red]error[/red] no example named {name!r}; try: {', '.join(f.stem for f in files)}")
        return 1
    print(matches[0].read_text(), end="")
    return 0


def migrate(revision: str, *, down: bool) -> int:
    from dsl2png import migrate as migrations
    from dsl2png.settings import CommonSettings

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: migrations are for the Postgres deployment")
        return 1
    if down:
        migrations.downgrade(settings.database_url, revision, schema=settings.database_schema)
    else:
        migrations.upgrade(settings.database_url, revision, schema=settings.database_schema)
    err.print(f"database at {'downgraded' if down else 'upgraded'} to {revision}")
    return 0


def _key_store() -> Any:
    from dsl2png.keys import ApiKeyStore
    from dsl2png.settings import CommonSettings

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: API keys live in the Postgres deployment")
        return None
    return ApiKeyStore(settings.database_url, settings.database_schema)


def keys_create(name: str) -> int:
    store = _key_store()
    if store is None:
        return 1
    key, secret = store.create(name)
    err.print(f"created key {key.id} ({key.name}); its secret is shown only now:")
    print(secret)
    return 0


def keys_list() -> int:
    store = _key_store()
    if store is None:
        return 1
    for key in store.list():
        state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        print(f"{key.id}  {key.created_at:%Y-%m-%d %H:%M}  {state:<24}  {key.name}")
    return 0


def keys_revoke(key_id: str) -> int:
    store = _key_store()
    if store is None:
        return 1
    if not store.revoke(key_id):
        err.print(f"[red]error[/red] no active key {key_id!r}")
        return 1
    err.print(f"revoked {key_id}")
    return 0
