"""The `dsl2png` command line: render, validate, schema, examples, and starting each service."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from pydantic import ValidationError

from dsl2png import commands

app = typer.Typer(
    name="dsl2png",
    help="Turn UI-mockup descriptions (JSON or YAML) into pictures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Files = Annotated[
    list[Path], typer.Argument(help="DSL documents (.json, .yaml, .yml), folders of them, or - for stdin.")
]
Device = Literal["desktop", "laptop", "tablet", "mobile"]
DeviceOption = Annotated[Device | None, typer.Option(help="Device preset (size and scale).")]
WidthOption = Annotated[int | None, typer.Option(min=1, max=8000, help="Viewport width in CSS px.")]
HeightOption = Annotated[int | None, typer.Option(min=1, max=8000, help="Viewport height in CSS px.")]
ThemeOption = Annotated[Literal["light", "dark"] | None, typer.Option(help="Override the theme.")]
FrameOption = Annotated[
    Literal["none", "browser", "phone"] | None,
    typer.Option(help="Draw a browser window or a phone around the screen (the image grows)."),
]
TransparentOption = Annotated[bool, typer.Option("--transparent", help="No page background.")]


@app.command()
def render(
    files: Files,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Image path for one file, a folder for several.")
    ] = None,
    device: DeviceOption = None,
    width: WidthOption = None,
    height: HeightOption = None,
    scale: Annotated[float | None, typer.Option(min=1, max=4, help="Device scale factor.")] = None,
    theme: ThemeOption = None,
    frame: FrameOption = None,
    image_format: Annotated[
        Literal["png", "jpeg", "webp", "pdf"] | None,
        typer.Option(
            "--format",
            help="png, jpeg, webp or a vector pdf (default: from the -o file's extension, else png).",
        ),
    ] = None,
    full_page: Annotated[bool, typer.Option("--full-page", help="Capture the whole page height.")] = False,
    transparent: TransparentOption = False,
    quality: Annotated[int | None, typer.Option(min=1, max=100, help="JPEG/WebP quality.")] = None,
    watch: Annotated[
        bool, typer.Option("--watch", "-w", help="Render again whenever a file is saved, until Ctrl+C.")
    ] = False,
) -> None:
    """Render documents to images through one warm Chromium pool (no servers needed)."""
    options = dict(
        device=device, width=width, height=height, scale=scale, theme=theme, frame=frame, format=image_format,
        full_page=full_page, transparent=transparent, quality=quality,
    )  # fmt: skip
    files = _documents(files)
    if watch:
        try:
            code = asyncio.run(commands.watch_files(files, output, options))
        except KeyboardInterrupt:
            code = 0
        raise typer.Exit(code)
    code = asyncio.run(commands.render_files(files, output, options))
    raise typer.Exit(code)


@app.command()
def html(
    files: Files,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="HTML path for one file (default: stdout), a folder for several."
        ),
    ] = None,
    device: DeviceOption = None,
    width: WidthOption = None,
    height: HeightOption = None,
    theme: ThemeOption = None,
    frame: FrameOption = None,
    transparent: TransparentOption = False,
) -> None:
    """Compile documents to the self-contained HTML pages that render screenshots (no Chromium)."""
    options = dict(
        device=device, width=width, height=height, theme=theme, frame=frame, transparent=transparent
    )
    raise typer.Exit(commands.compile_files(_documents(files), output, options))


@app.command()
def validate(
    files: Files,
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check documents and print every error and warning with its JSON path; exit 1 if any is invalid."""
    raise typer.Exit(commands.validate_files(_documents(files), strict=strict, as_json=as_json))


def _documents(paths: list[Path]) -> list[Path]:
    """The paths with each folder replaced by its documents; exit 1 on a folder without any."""
    try:
        return commands.expand_folders(paths)
    except ValueError as exc:
        commands.err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(1) from None


@app.command()
def schema() -> None:
    """Print the DSL's JSON Schema."""
    from kernel.dsl.schema import json_schema_text

    typer.echo(json_schema_text(), nl=False)


@app.command()
def examples(
    name: Annotated[str | None, typer.Argument(help="Print this example's source.")] = None,
    write: Annotated[Path | None, typer.Option(help="Copy every example into this folder.")] = None,
) -> None:
    """List the bundled example screens, print one, or copy them all into a folder."""
    raise typer.Exit(commands.show_examples(name, write))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
) -> None:
    """Serve the command and query APIs and /mcp on one port.

    With no DATABASE_URL/NATS_URL everything runs in this process (SQLite, in-process queue, one
    worker); with them, this serves the APIs and the other parts run as their own processes.
    """
    from dsl2png.serve import run_serve

    run_serve(host=host, port=port)


@app.command()
def worker() -> None:
    """Run a render worker (JetStream consumer with a warm Chromium pool)."""
    from render_worker.main import main as worker_main

    worker_main()


@app.command()
def relay() -> None:
    """Run the relay that publishes recorded render requests to JetStream."""
    from command_api.relay_main import main as relay_main

    relay_main()


@app.command()
def projector() -> None:
    """Run the projector that builds the read models from the event store."""
    from projector.main import main as projector_main

    projector_main()


@app.command()
def replay() -> None:
    """Rebuild every read model from the event store into fresh tables and compare with the live ones."""
    from projector.main import replay_main

    raise typer.Exit(replay_main())


@app.command()
def migrate(
    revision: Annotated[
        str | None, typer.Argument(help="Target revision (default: head, or base with --down).")
    ] = None,
    down: Annotated[bool, typer.Option("--down", help="Downgrade to the revision instead.")] = False,
) -> None:
    """Create or upgrade the Postgres tables (event store, tracking, read models, blobs, keys)."""
    raise typer.Exit(commands.migrate(revision or ("base" if down else "head"), down=down))


@app.command()
def mcp() -> None:
    """Serve the MCP tools over stdio (embedded renderer: works with no servers)."""
    from mcp_adapter.stdio import main as mcp_main

    mcp_main()


keys_app = typer.Typer(
    help="Create, list and revoke API keys (stored hashed in Postgres).", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def keys_create(name: Annotated[str, typer.Argument(help="Who or what the key is for.")]) -> None:
    """Create a key and print its secret once (it is stored only as a hash)."""
    raise typer.Exit(commands.keys_create(name))


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never their secrets)."""
    raise typer.Exit(commands.keys_list())


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key id shown by `keys list`.")]) -> None:
    """Revoke a key: requests with it are refused from now on."""
    raise typer.Exit(commands.keys_revoke(key_id))


def main() -> None:
    """Console-script entry point; a bad setting is a clear message and exit code 2, not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except ValidationError as exc:
        if exc.title.endswith("Settings"):
            sys.exit(settings_error_message(exc))
        raise


def settings_error_message(exc: ValidationError) -> str:
    """One line per bad setting, named as the environment variable the user sets."""
    lines = [f"dsl2png: invalid configuration ({exc.title}):"]
    for error in exc.errors():
        message = str(error["msg"]).removeprefix("Value error, ")
        if not error["loc"]:  # a rule across several settings
            lines.append(f"  {message}")
            continue
        name = str(error["loc"][0])
        variable = name if name.isupper() else f"DSL2PNG_{name.upper()}"
        lines.append(f"  {variable}: {message} (got {error.get('input')!r})")
    return "\n".join(lines)
