"""The `dsl2png` command line: render, validate, schema, examples, and starting each service."""

from __future__ import annotations

import inspect
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from pydantic import ValidationError
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from dsl2png.outage_exit import (
    DATABASE_COMMANDS,
    DATABASE_UNAVAILABLE_EXIT,
    DATABASE_UNAVAILABLE_HELP,
    outage_line,
)
from dsl2png.settings_messages import settings_error_message
from dsl2png.startup_checks import DatabaseConnectError, StartupError

if TYPE_CHECKING:
    from kernel.warning_kinds import Strictness

# Each command imports what it runs (dsl2png.commands.*) in its body, so that `dsl2png --help` or
# `dsl2png validate` loads neither Playwright nor the services' web, queue and database libraries.

PLAIN_TYPES = {
    "path": "PATH",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "FLOAT",
    "float range": "FLOAT",
}


def _plain_labels(params: list[Any]) -> list[Any]:
    """Typer 0.29 labels each parameter in help with its Python type (`<bool>`, `<list[Path]>`,
    `<int range>`); show click's plain ones instead: nothing for flags and arguments (the name says
    it), PATH, INTEGER, FLOAT, [a|b] for choices."""
    for param in params:
        if getattr(param, "_dsl2png_plain", False):
            continue
        original = param.display_type_rich

        def plain(ctx: Any, param: Any = param, original: Any = original) -> str | None:
            if param.param_type_name == "argument" or getattr(param, "is_flag", False):
                return None
            label = str(original(ctx)).strip("<>")
            return f"[{label}]" if "|" in label else PLAIN_TYPES.get(label, label.upper())

        setattr(param, "display_type_rich", plain)  # noqa: B010 - an instance's own label
        param._dsl2png_plain = True
    return params


def _clean(exc: typer.BadParameter) -> typer.BadParameter:
    """Without pydantic's prefix: "'gif' is not one of 'png', ...", not "Value error, 'gif' ..."."""
    exc.message = exc.message.removeprefix("Value error, ")
    return exc


def unwrapped(text: str | None) -> str | None:
    """`text` with each paragraph on one line: typer prints a help's later paragraphs and its
    epilog with the line breaks of the source, so a docstring wrapped at the code's width came
    out broken mid-sentence in a terminal that rewraps it. A paragraph starting with click's
    `\\b` keeps its lines."""
    if not text:
        return text
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(
        paragraph if paragraph.startswith("\b") else " ".join(line.strip() for line in paragraph.splitlines())
        for paragraph in paragraphs
    )


class Command(TyperCommand):
    """A command with plain type labels in help, paragraphs that the terminal wraps, and clean
    messages for bad values."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = unwrapped(self.help)
        self._unwrap_epilog()

    def _unwrap_epilog(self) -> None:
        self.epilog = unwrapped(self.epilog)

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_labels(super().get_params(ctx))

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except typer.BadParameter as exc:
            raise _clean(exc) from None


class Group(TyperGroup):
    """The same for the top level and `keys`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help, self.epilog = unwrapped(self.help), unwrapped(self.epilog)

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_labels(super().get_params(ctx))


EXIT_CODES = (
    "Exit codes: 0 done; 1 an invalid document (with --strict, one with a warning that changes the "
    "picture too; with --strict-all, any warning), a failed render, or a file that cannot be read or "
    "written; 2 a usage error (bad option, -o that cannot work); 130 interrupted (Ctrl+C) or "
    "terminated (SIGTERM; --watch stops with 0)."
)
"""Render's exit codes, which the top level's help gives for all (html and validate tell theirs)."""
HTML_EXIT_CODES = (
    "Exit codes: 0 done; 1 an invalid document, or a file that cannot be read or written; 2 a usage "
    "error (bad option, -o that cannot work); 130 interrupted (Ctrl+C)."
)
VALIDATE_EXIT_CODES = (
    "Exit codes: 0 every document valid; 1 an invalid document (with --strict, one with a warning "
    "that changes the picture too; with --strict-all, any warning) or a file that cannot be read; 2 a usage error (bad option); 130 interrupted (Ctrl+C)."
)

app = typer.Typer(
    name="dsl2png",
    help="Turn UI-mockup descriptions (JSON or YAML) into pictures.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    cls=Group,
)

Files = Annotated[
    list[Path], typer.Argument(help="DSL documents (.json, .yaml, .yml), folders of them, or - for stdin.")
]
Device = Literal["desktop", "laptop", "tablet", "mobile"]
DeviceOption = Annotated[Device | None, typer.Option(help="Device preset (size and scale).")]
WidthOption = Annotated[int | None, typer.Option(min=1, max=8000, help="Viewport width in CSS px.")]
HeightOption = Annotated[int | None, typer.Option(min=1, max=8000, help="Viewport height in CSS px.")]
ThemeOption = Annotated[
    str | None,
    typer.Option(
        metavar="light|dark|wireframe|FILE",
        help=(
            "Override the theme: light, dark, wireframe (the light theme in greyscale), or a .yaml/.json "
            "file holding a theme object (the tokens a document's theme: takes), shared by every "
            "document; its tokens win over a document's own, which keeps the rest."
        ),
    ),
]
FrameOption = Annotated[
    Literal["none", "browser", "window", "phone", "tablet"] | None,
    typer.Option(
        help="Draw a browser window, a desktop app's window (mac look), a phone or a tablet around the "
        "screen (the image grows)."
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")]


def _theme(value: str | None) -> Any:
    """`--theme` as the options take it: light, dark, or the theme in the file it names; a file
    that is not one is an error naming it and its problems (exit 1), before anything renders."""
    from dsl2png.commands.messages import FAILED, err
    from dsl2png.theme_option import ThemeFileError, load_theme

    try:
        return load_theme(value)
    except ThemeFileError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(FAILED) from None


def _version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"dsl2png {package_version('dsl2png')}")
        except PackageNotFoundError:  # pragma: no cover - run from a source tree without install
            typer.echo("dsl2png (not installed)")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Turn UI-mockup descriptions (JSON or YAML) into pictures."""


@app.command(cls=Command, epilog=EXIT_CODES)
def render(
    files: Files,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="PATH",
            help=(
                "An image file for one document (its extension picks the format: .png, .jpg, .webp, "
                ".pdf), - for stdout, or a folder (existing, ending in /, or a new name without an "
                "extension). Default: the current folder, login.yaml -> ./login.png. Existing images "
                "are overwritten; input documents never are."
            ),
        ),
    ] = None,
    device: DeviceOption = None,
    width: WidthOption = None,
    height: HeightOption = None,
    scale: Annotated[float | None, typer.Option(min=1, max=4, help="Device scale factor.")] = None,
    theme: ThemeOption = None,
    frame: FrameOption = None,
    image_format: Annotated[
        Literal["png", "jpeg", "jpg", "webp", "pdf"] | None,
        typer.Option(
            "--format",
            case_sensitive=False,
            help="png, jpeg (jpg), webp or a vector pdf (default: from the -o file's extension, else png).",
        ),
    ] = None,
    full_page: Annotated[
        bool,
        typer.Option(
            "--full-page",
            help="Capture the whole page height (at most 16,384 image px and 40 megapixels: a longer page is cut, with a warning).",
        ),
    ] = False,
    transparent: Annotated[
        bool, typer.Option("--transparent", help="No page background (png and webp only).")
    ] = False,
    crop: Annotated[
        bool,
        typer.Option(
            "--crop",
            help=(
                "Cut the image to the drawn content and its page margin (a component without "
                "guessing the canvas's size; the document's padding sets the margin). No frame."
            ),
        ),
    ] = False,
    quality: Annotated[
        int | None, typer.Option(min=1, max=100, help="JPEG/WebP quality (default 90).")
    ] = None,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch",
            "-w",
            help="Render again whenever a file is saved, until Ctrl+C (exit 130) or SIGTERM (0).",
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            help="Refuse a document with a warning that changes the picture (kind drawn_wrong), as "
            "validate --strict does: no image, exit 1; notes and ignored options stay warnings."
        ),
    ] = False,
    strict_all: Annotated[
        bool,
        typer.Option(
            help="Refuse a document with any warning, notes and ignored options too (validate --strict-all)."
        ),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Render documents to images through one warm Chromium pool (no servers needed).

    Several documents render in parallel; their lines are printed in the order given, then a
    summary (3 rendered, 1 failed). A document that fails does not stop the others.
    """
    from dsl2png.commands.inputs import expand_folders
    from dsl2png.commands.interrupts import sigterm_as_ctrl_c
    from dsl2png.commands.render import render_files
    from dsl2png.commands.watch import watch_files

    sigterm_as_ctrl_c()
    options = dict(
        device=device, width=width, height=height, scale=scale, theme=_theme(theme), frame=frame, format=image_format,
        full_page=full_page, transparent=transparent, quality=quality, crop=crop,
    )  # fmt: skip
    strictness: Strictness = "all" if strict_all else strict
    if watch:  # looks into the folders again on each poll
        raise typer.Exit(watch_files(files, output, options, quiet=quiet, strict=strictness))
    files = expand_folders(files)
    raise typer.Exit(render_files(files, output, options, quiet=quiet, strict=strictness))


@app.command(cls=Command, epilog=HTML_EXIT_CODES)
def html(
    files: Files,
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="PATH",
            help=(
                "An .html file for one document, - for stdout (the default for one document), or a "
                "folder as for render (the default for several: the current folder). Existing pages "
                "are overwritten; input documents never are."
            ),
        ),
    ] = None,
    device: DeviceOption = None,
    width: WidthOption = None,
    height: HeightOption = None,
    theme: ThemeOption = None,
    frame: FrameOption = None,
    transparent: Annotated[bool, typer.Option("--transparent", help="No page background.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Compile documents to the self-contained HTML pages that render screenshots (no Chromium)."""
    from dsl2png.commands.html import compile_files
    from dsl2png.commands.inputs import expand_folders
    from dsl2png.commands.interrupts import sigterm_as_ctrl_c

    sigterm_as_ctrl_c()
    options = dict(
        device=device, width=width, height=height, theme=_theme(theme), frame=frame, transparent=transparent
    )
    raise typer.Exit(compile_files(expand_folders(files), output, options, quiet=quiet))


@app.command(cls=Command, epilog=VALIDATE_EXIT_CODES)
def validate(
    files: Files,
    strict: Annotated[
        bool,
        typer.Option(
            help="Treat the warnings that change the picture (kind drawn_wrong) as errors; notes "
            "(an https image never fetched, a font not installed) and ignored options (a quality "
            "for a PNG) stay warnings."
        ),
    ] = False,
    strict_all: Annotated[
        bool, typer.Option(help="Treat every warning as an error, notes and ignored options too.")
    ] = False,
    theme: ThemeOption = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print a JSON list on stdout: one {file, valid, errors, warnings} per document."
        ),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Check documents and print every error and warning with its JSON path; exit 1 if any is invalid."""
    from dsl2png.commands.inputs import expand_folders
    from dsl2png.commands.interrupts import sigterm_as_ctrl_c
    from dsl2png.commands.validate import validate_files

    sigterm_as_ctrl_c()
    files = expand_folders(files)
    strictness: Strictness = "all" if strict_all else strict
    chosen = _theme(theme)
    raise typer.Exit(validate_files(files, strict=strictness, as_json=as_json, quiet=quiet, theme=chosen))


@app.command(cls=Command)
def schema() -> None:
    """Print the DSL's JSON Schema."""
    from kernel.dsl.schema import json_schema_text

    typer.echo(json_schema_text(), nl=False)


@app.command(cls=Command)
def examples(
    name: Annotated[
        str | None, typer.Argument(help="Print (or with --write, copy) only this example.")
    ] = None,
    write: Annotated[
        Path | None, typer.Option(help="Copy the examples into this folder (created if missing).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --write: overwrite files already in the folder.")
    ] = False,
) -> None:
    """List the bundled example screens, print one, or copy them into a folder.

    --write keeps files already in the folder (edited copies stay) unless --force is given.
    """
    from dsl2png.commands.examples import show_examples

    raise typer.Exit(show_examples(name, write, force=force))


@app.command(cls=Command)
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(min=1, max=65535, help="Port (default 8000).")] = None,
) -> None:
    """Serve the command and query APIs and /mcp on one port.

    With no DATABASE_URL/NATS_URL everything runs in this process (SQLite, in-process queue, one
    worker); with them, this serves the APIs and the other parts run as their own processes.

    Ctrl+C or SIGTERM shut it down cleanly (exit 0). An address it cannot listen on is told
    before anything starts: exit 2 for a --host that is no address of this machine, 1 for a
    port in use. Deployed, it exits 1 with one line when the database cannot be reached, its
    tables are missing (run `dsl2png migrate`) or NATS stays unreachable for
    DSL2PNG_STARTUP_TIMEOUT_S.
    """
    from dsl2png.listen import CannotListenError, listening_socket
    from dsl2png.settings import ServeSettings

    overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    settings = ServeSettings(**overrides)  # type: ignore[arg-type]
    try:
        sock = listening_socket(settings.host, settings.port)
    except CannotListenError as exc:
        print(f"dsl2png serve: {exc}", file=sys.stderr)
        raise typer.Exit(exc.exit_code) from None
    from dsl2png.serve import run_serve  # the app's imports take seconds: after the socket is ours

    run_serve(settings, sock)


class WorkerCommand(Command):
    """`dsl2png worker`: its help ends with the settings it reads, built when help is asked for."""

    @property  # type: ignore[override]
    def epilog(self) -> str:
        from dsl2png.settings_help import settings_epilog

        return settings_epilog("worker")

    @epilog.setter
    def epilog(self, _: str | None) -> None:
        pass  # set by click's __init__; the settings classes are the source

    def _unwrap_epilog(self) -> None:
        pass  # read only when its help is shown: reading it imports render_worker's settings


@app.command(cls=WorkerCommand)
def worker() -> None:
    """Run a render worker (JetStream consumer with a warm Chromium pool)."""
    from render_worker.main import main as worker_main

    worker_main()


@app.command(cls=Command)
def relay() -> None:
    """Run the relay that publishes recorded render requests to JetStream."""
    from command_api.relay_main import main as relay_main

    relay_main()


@app.command(cls=Command)
def projector() -> None:
    """Run the projector that builds the read models from the Postgres event store (DATABASE_URL;
    an embedded serve runs its own)."""
    from projector.main import main as projector_main

    projector_main()


@app.command(cls=Command)
def replay(
    verify_images: Annotated[
        bool,
        typer.Option(
            "--verify-images",
            help="Also re-hash every stored image a completed render names; exit 1 when one does "
            "not match the sha256 its render recorded (listed under `images.mismatched`).",
        ),
    ] = False,
) -> None:
    """Rebuild every read model from the event store into fresh tables and compare with the live ones.

    Prints the comparison as JSON, with the store it read. Exit 0 when every event was compared
    and they are equal, 1 when they differ, 3 when the live projector is behind (stopped or slow:
    the events it has not reached were not compared, `behind` says how many; start it or wait,
    and run replay again), 4 when the database could not be reached or was lost mid-way (nothing
    compared; one line names its host:port and what to check). Without DATABASE_URL it reads the
    embedded store that serve keeps in its data folder (DSL2PNG_DATA_DIR), and stops with 1 when
    there is none.
    """
    from projector.main import replay_main

    raise typer.Exit(replay_main(verify_images=verify_images))


@app.command(cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def rebuild() -> None:
    """Empty the live read models (render_jobs, render_counts, projector_tracking) so that the
    projector, started next, projects every event again: the repair when `dsl2png replay` finds
    differences.

    Works in DSL2PNG_DATABASE_SCHEMA of DATABASE_URL (the connection's default schema when
    unset), or without DATABASE_URL in the embedded store of DSL2PNG_DATA_DIR (stop `dsl2png
    serve` first). Refuses, exit 1, while a projector runs on the schema, naming it: stop it first.
    Events, images and API keys are not touched.
    """
    from projector.main import rebuild_main

    raise typer.Exit(rebuild_main())


@app.command(cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def erase(
    job_ids: Annotated[list[str], typer.Argument(metavar="JOB_ID...", help="The render ids to erase.")],
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why (e.g. the request's reference), recorded in each RenderErased; 1-500 characters."
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="NAME",
            help="Who erases: recorded as erased_by 'operator:NAME' (plain 'operator' without it).",
        ),
    ] = None,
) -> None:
    """Erase renders (GDPR): their documents from the event store and read models, their images
    unless another render has the same one. For operators of the Postgres deployment (DATABASE_URL);
    clients erase their own with POST /v1/renders/{id}/erase."""
    from dsl2png.commands import database

    raise typer.Exit(database.erase(job_ids, reason=reason, by=by))


@app.command(cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def migrate(
    revision: Annotated[
        str | None,
        typer.Argument(
            help="Target revision (default: head); required with --down ('base' drops every table)."
        ),
    ] = None,
    down: Annotated[
        bool, typer.Option("--down", help="Downgrade to the revision instead; prints what it undoes.")
    ] = False,
    yes_drop_everything: Annotated[
        bool,
        typer.Option(
            "--yes-drop-everything",
            help="Confirm `--down base`: drops every table, events and API keys included.",
        ),
    ] = False,
) -> None:
    """Create or upgrade the Postgres tables (event store, tracking, read models, blobs)."""
    from dsl2png.commands import database

    raise typer.Exit(database.migrate(revision, down=down, drop_everything=yes_drop_everything))


@app.command(cls=Command)
def mcp() -> None:
    """Serve the MCP tools over stdio (embedded renderer: works with no servers).

    It answers its client at once: the renderer (Chromium, or the connection to a deployed service) starts in the background, and the first render waits for it.
    """
    from dsl2png.commands.mcp_stdio import serve_mcp_stdio

    raise typer.Exit(serve_mcp_stdio())


keys_app = typer.Typer(
    help="Create, list and revoke API keys (recorded as events in Postgres, secrets only hashed).",
    no_args_is_help=True,
    cls=Group,
)
app.add_typer(keys_app, name="keys")

KeyBy = Annotated[
    str | None,
    typer.Option(
        "--by",
        metavar="NAME",
        help="Who does it: recorded in the key's event as 'operator:NAME' (plain 'operator' without it).",
    ),
]


@keys_app.command("create", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def keys_create(
    name: Annotated[str, typer.Argument(help="Who or what the key is for.")], by: KeyBy = None
) -> None:
    """Create a key and print its secret once (only its hash is recorded, in ApiKeyIssued). A
    name already used by an active key gets a warning, not a refusal: that is how a key is
    rotated."""
    from dsl2png.commands import database

    raise typer.Exit(database.keys_create(name, by=by))


@keys_app.command("list", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def keys_list(
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON array (id, name, created_at, created_by, revoked_at, revoked_by, "
            "revoke_reason, imported, active).",
        ),
    ] = False,
) -> None:
    """List keys (never their secrets) as their events say; times are UTC."""
    from dsl2png.commands import database

    raise typer.Exit(database.keys_list(as_json=as_json))


@keys_app.command("revoke", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key id shown by `keys list`.")],
    reason: Annotated[
        str | None, typer.Option(help="Why, recorded in ApiKeyRevoked; 1-500 characters.")
    ] = None,
    by: KeyBy = None,
) -> None:
    """Revoke a key: requests with it are refused from now on (by every API process within 5 s)."""
    from dsl2png.commands import database

    raise typer.Exit(database.keys_revoke(key_id, reason=reason, by=by))


@keys_app.command("history", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def keys_history() -> None:
    """The keys' audit trail: every ApiKeyIssued and ApiKeyRevoked in order, one JSON object a
    line (name, version, position, timestamp, data: who, why, the secret's SHA-256, never the
    secret)."""
    from dsl2png.commands import database

    raise typer.Exit(database.keys_history())


retention_app = typer.Typer(
    help="The deployment's image retention (DSL2PNG_PNG_TTL_S), one decision for every API process, "
    "recorded in the event store.",
    no_args_is_help=True,
    cls=Group,
)
app.add_typer(retention_app, name="retention")


@retention_app.command("show", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def retention_show() -> None:
    """Print the retention in force (ttl_s; null: images kept), who decided it and when, and every
    decision, as JSON."""
    from dsl2png.commands import database

    raise typer.Exit(database.retention_show())


@retention_app.command("set", cls=Command, epilog=DATABASE_UNAVAILABLE_HELP)
def retention_set(
    value: Annotated[
        str,
        typer.Argument(
            help="Seconds after an image's last use (e.g. 604800 for a week), or `off` to keep images."
        ),
    ],
    reason: Annotated[
        str | None, typer.Option(help="Why, recorded in RetentionDecided; 1-500 characters.")
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="NAME",
            help="Who decides: recorded as decided_by 'operator:NAME' (plain 'operator' without it).",
        ),
    ] = None,
) -> None:
    """Change the deployment's image retention on purpose. API processes refuse to start with
    another DSL2PNG_PNG_TTL_S, and running ones set otherwise stop removing images: roll them
    out with the new value. A shorter retention removes images for good (their jobs answer 410)."""
    from dsl2png.commands import database

    raise typer.Exit(database.retention_set(value, reason=reason, by=by))


def main() -> None:
    """Console-script entry point; a bad setting, or a database or NATS a service cannot use, is
    one clear line and exit code 1, not a traceback. An operator command (replay, keys, ...)
    that cannot connect to Postgres, or loses it mid-way, exits DATABASE_UNAVAILABLE_EXIT (4)."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except StartupError as exc:
        command = _command_name()
        print(f"dsl2png {command}: {exc}", file=sys.stderr)
        operator = command.split(" ")[0] in DATABASE_COMMANDS
        sys.exit(DATABASE_UNAVAILABLE_EXIT if operator and isinstance(exc, DatabaseConnectError) else 1)
    except ValidationError as exc:
        if exc.title.endswith("Settings"):
            sys.exit(settings_error_message(exc))
        raise
    except Exception as exc:
        line = outage_line(_command_name(), exc, _database_url())
        if line is None:
            raise
        print(line, file=sys.stderr)
        sys.exit(DATABASE_UNAVAILABLE_EXIT)


def _database_url() -> str | None:
    """DATABASE_URL as the command read it (the settings were valid: the command ran)."""
    from dsl2png.settings import CommonSettings

    try:
        return CommonSettings().database_url
    except ValidationError:
        return None


def _command_name() -> str:
    """The subcommand being run (`worker`, `keys list`, `retention show`), for the one line a start-up error prints."""
    words = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    return " ".join(words[:2]) if words[:1] in (["keys"], ["retention"]) else (words[0] if words else "")
