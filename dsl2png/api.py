"""dsl2png from Python: validate and render documents in-process, through the CLI's own code path.

    import dsl2png

    png = dsl2png.render({"elements": [{"type": "heading", "text": "Hello"}]}, width=400)
    png.warnings                                  # a RenderResult: the bytes, and what the render found
    with dsl2png.Renderer() as renderer:          # one warm Chromium for many renders
        pngs = [renderer.render(doc, theme="dark") for doc in documents]

The options are the `render` command's flags, by the same names (`--full-page` is `full_page`),
resolved by the same code (`dsl2png.render_jobs.render_command`), so an image is byte for byte the
one `dsl2png render` writes. A document is a dict (already parsed), YAML or JSON text (str or
bytes), or a `pathlib.Path` to such a file.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import threading
from collections.abc import Coroutine, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar, Unpack

from kernel.dsl.options import FORMAT_ALIASES
from kernel.errors import (
    Dsl2PngError,
    InvalidDocumentError,
    InvalidRenderOptionsError,
    Issue,
    RenderError,
    RenderTimeoutError,
)
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `import dsl2png` loads neither pydantic models nor Playwright
    from dsl2png.render_jobs import RenderCommand
    from kernel.dsl.prepare import PreparedRender
    from kernel.dsl.validate import ValidationResult
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage

__all__ = [
    "AsyncRenderer",
    "Dsl2PngError",
    "InvalidDocumentError",
    "InvalidRenderOptionsError",
    "Issue",
    "RenderError",
    "RenderOptionsError",
    "RenderResult",
    "RenderTimeoutError",
    "Renderer",
    "render",
    "validate",
]

DocumentSource = Mapping[str, Any] | str | bytes | Path
"""A document: parsed data, YAML or JSON text, or the path of a .yaml/.yml/.json file."""

ThemeArg = str | Path | Mapping[str, Any] | None
"""A theme as `--theme` takes it (light, dark, a theme file's path), or the theme object itself."""

OUTPUT_FORMATS = ("png", "jpeg", "webp", "pdf")
T = TypeVar("T")


class RenderOptionsError(ValueError):
    """Options that cannot work together (`transparent` for a JPEG, `crop` for a PDF, an unknown
    device or format): what the CLI refuses as a usage error (exit 2). `option`: the option's
    name (`width`), when one option is wrong; `code`: `invalid_option` for a value the option
    cannot take, `options_conflict` for options that cannot work together; `suggestion`: what
    to write instead, when known."""

    def __init__(
        self,
        message: str,
        *,
        option: str | None = None,
        code: str = "options_conflict",
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message + (f" ({suggestion})" if suggestion else ""))
        self.option, self.code, self.suggestion = option, code, suggestion


class RenderResult(bytes):
    """A render's image: its bytes (a `bytes`, so code that writes or compares them works as
    before), and what the render found: `warnings` (every warning, the validator's and those only
    the render can measure, such as `content_cut` and `text_truncated`; each an Issue with
    `path`, `code`, `message`, `suggestion`, `kind`), `width` and `height` (image pixels; a
    PDF's are its page's CSS px) and `format` (png, jpeg, webp or pdf)."""

    warnings: tuple[Issue, ...]
    width: int
    height: int
    format: str

    def __new__(
        cls,
        data: bytes,
        *,
        warnings: tuple[Issue, ...] = (),
        width: int = 0,
        height: int = 0,
        format: str = "png",
    ) -> RenderResult:
        result = super().__new__(cls, data)
        result.warnings, result.width, result.height, result.format = tuple(warnings), width, height, format
        return result

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its warnings and size, not as bare bytes
        return (_render_result, (bytes(self), self.warnings, self.width, self.height, self.format))

    def __repr__(self) -> str:
        codes = ", ".join(warning.code for warning in self.warnings)
        return (
            f"<RenderResult {self.format} {self.width}x{self.height}, {len(self)} bytes, warnings: [{codes}]>"
        )


def _render_result(
    data: bytes, warnings: tuple[Issue, ...], width: int, height: int, format: str
) -> RenderResult:
    return RenderResult(data, warnings=warnings, width=width, height=height, format=format)


class RenderArgs(TypedDict, total=False):
    """The `render` command's options, by their flags' names (`--full-page` is `full_page`)."""

    format: Literal["png", "jpeg", "jpg", "webp", "pdf"]
    width: int | None
    height: int | None
    device: str | None
    scale: float | None
    theme: ThemeArg
    """`light`, `dark`, a theme object (dict: the tokens a document's `theme` takes), or the path
    of a YAML or JSON file holding one, as `--theme` takes it."""
    frame: str | None
    full_page: bool
    transparent: bool
    crop: bool
    quality: int | None
    strict: Strictness
    """True: fail (InvalidDocumentError) on the warnings that change the picture, like
    `--strict`; "all": on every warning, notes too."""


def validate(
    document: DocumentSource, *, strict: Strictness = False, theme: ThemeArg = None
) -> ValidationResult:
    """Every error and warning of `document`, as `dsl2png validate` prints them: `.ok`, and
    `.errors` and `.warnings`, each an Issue with `path` (a JSON Pointer), `code`, `message`,
    `suggestion`, `kind` (a warning's: `drawn_wrong`, `note` or `option_ignored`) and, for text, `line` and
    `column`. `strict` as for `validate --strict` (True) or `--strict-all` ("all"). `theme` as
    for `validate --theme` (see `render`): a theme object's tokens are checked as a document's
    theme is, each issue at `/options/theme/<token>`, and an unsafe or unknown one makes the
    result invalid, as a bad document does (`render` raises for it). Never raises for a bad
    document or theme object; OSError for a path that cannot be read, RenderOptionsError for a
    theme file or name that is not a theme."""
    from kernel.dsl.options import RenderOptions
    from kernel.dsl.prepare import validate_for_render
    from kernel.dsl.validate import ValidationResult, validate_document

    source, name = _source(document)
    if theme is None:
        return validate_document(source, strict=strict, filename=name)
    chosen = _theme(theme)
    wrong = _token_issues(chosen)
    if wrong:
        return ValidationResult(document=None, errors=wrong)
    try:
        return validate_for_render(source, RenderOptions(theme=chosen), strict=strict, filename=name)
    except InvalidRenderOptionsError as exc:  # the theme alone is to blame: an unsafe token
        return ValidationResult(document=None, errors=exc.issues, warnings=exc.warnings)


def render(
    document: DocumentSource,
    *,
    format: Literal["png", "jpeg", "jpg", "webp", "pdf"] = "png",
    width: int | None = None,
    height: int | None = None,
    device: str | None = None,
    scale: float | None = None,
    theme: ThemeArg = None,
    frame: str | None = None,
    full_page: bool = False,
    transparent: bool = False,
    crop: bool = False,
    quality: int | None = None,
    strict: Strictness = False,
) -> RenderResult:
    """`document` rendered to the bytes of a PNG (or `format`: jpeg, webp, pdf), as
    `dsl2png render` writes it: a RenderResult, those bytes with the render's `warnings`,
    `width`, `height` and `format`. Starts Chromium for this one render (about a second): for
    many, use a `Renderer`.

    Raises InvalidDocumentError (its `.issues`: the errors, with paths; `.warnings`) for a
    document that cannot render (or, with `strict`, one whose warnings it fails on: the
    validator's before the render, those the render measures, such as `content_cut`, after it),
    InvalidRenderOptionsError (an InvalidDocumentError) for options that make the image
    impossible (a canvas too large), RenderOptionsError for options that cannot work together,
    RenderError (RenderTimeoutError past the deadline) when Chromium fails."""
    args: RenderArgs = {
        "format": format, "width": width, "height": height, "device": device, "scale": scale,
        "theme": theme, "frame": frame, "full_page": full_page, "transparent": transparent,
        "crop": crop, "quality": quality, "strict": strict,
    }  # fmt: skip
    with Renderer() as renderer:
        return renderer.render(document, **args)


class AsyncRenderer:
    """Renders many documents through warm Chromium, on the caller's event loop; `async with`.

    Chromium starts at the first render of an image (and once more at the first PDF, printed by
    its own browser as the CLI does), then serves every render until the block ends. `jobs`:
    how many renders may run at once (1: one browser, one page)."""

    def __init__(self, *, jobs: int = 1) -> None:
        self.jobs = jobs
        self._renderers: dict[bool, RenderPool] = {}
        self._exits: list[Any] = []
        self._starting = asyncio.Lock()

    async def __aenter__(self) -> AsyncRenderer:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def render(self, document: DocumentSource, **args: Unpack[RenderArgs]) -> RenderResult:
        """`document` rendered with the options `args` (see `dsl2png.render`): a RenderResult."""
        from dsl2png.render_jobs import prepare_job, render_prepared

        command = _command(args)
        source, _ = _source(document)
        strict = args.get("strict", False)
        prepared = prepare_job(source, command.options, strict=strict)
        pool = await self._renderer(command)
        image = await render_prepared(pool, prepared, command.options)
        return _result(image, prepared, command, source, strict)

    def stats(self) -> dict[str, int]:
        """The image pool's counters (browsers, renders, relaunches...); empty before it starts."""
        pool = self._renderers.get(False)
        stats = getattr(pool, "stats", None)
        return dict(stats()) if stats is not None else {}

    async def close(self) -> None:
        """Close the browsers (also done on leaving `async with`)."""
        exits, self._exits, self._renderers = self._exits, [], {}
        for renderer in reversed(exits):
            await renderer.__aexit__(None, None, None)

    async def _renderer(self, command: RenderCommand) -> RenderPool:
        pdf = command.output_format == "pdf"
        async with self._starting:  # two first renders at once start one browser, not two
            if pdf not in self._renderers:
                manager = command.renderer(self.jobs)
                self._renderers[pdf] = await manager.__aenter__()
                self._exits.append(manager)
            return self._renderers[pdf]


class Renderer:
    """`AsyncRenderer` for code without an event loop: a `with` block keeps warm Chromium for
    many renders (its event loop runs in a thread of its own, so it also works inside a
    program that has one, such as a pytest-asyncio test or a Jupyter notebook)."""

    def __init__(self, *, jobs: int = 1) -> None:
        self._renderer = AsyncRenderer(jobs=jobs)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Renderer:
        loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=loop.run_forever, name="dsl2png-renderer", daemon=True)
        self._thread.start()
        self._loop = loop
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def render(self, document: DocumentSource, **args: Unpack[RenderArgs]) -> RenderResult:
        """`document` rendered with the options `args` (see `dsl2png.render`): a RenderResult."""
        return self._run(self._renderer.render(document, **args))

    def stats(self) -> dict[str, int]:
        """The image pool's counters (browsers, renders, relaunches...); empty before it starts."""
        return self._renderer.stats()

    def close(self) -> None:
        """Close the browsers and the renderer's thread (also done on leaving `with`)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            self._run(self._renderer.close())
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()
            self._loop = self._thread = None

    def _run(self, work: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            work.close()
            raise RuntimeError("the Renderer is not open: use `with dsl2png.Renderer() as renderer:`")
        return asyncio.run_coroutine_threadsafe(work, self._loop).result()


def _result(
    image: RenderedImage,
    prepared: PreparedRender,
    command: RenderCommand,
    source: str | bytes | Mapping[str, Any],
    strict: Strictness,
) -> RenderResult:
    """`image` with every warning of its render, the validator's then the measured ones, as
    `dsl2png render` prints them; raises InvalidDocumentError when `strict` fails on a measured
    one, by the rule it applied to the validator's (`kernel.warning_kinds.fails_strict`)."""
    from kernel.dsl.validate import strict_split, with_positions

    measured = [*_cut_off(image, prepared, command), *image.measured_warnings]
    if isinstance(source, str):
        measured = with_positions(source, measured)
    failing, measured = strict_split(measured, strict)
    if failing:
        raise InvalidDocumentError(failing, [*prepared.warnings, *measured])
    warnings = (*prepared.warnings, *measured)
    return RenderResult(
        image.data, warnings=warnings, width=image.width, height=image.height, format=command.output_format
    )


def _cut_off(image: RenderedImage, prepared: PreparedRender, command: RenderCommand) -> list[Issue]:
    """`content_cut` for content below the canvas, as the CLI tells it, in this API's words: an
    option that set the height (`height=`, `device=`) is where to ask for more."""
    from dataclasses import replace

    from kernel.dsl.measured.canvas_cut import content_cut_warning, cut_path, cut_told_by

    if not image.cut_px:
        return []
    options = command.options
    height_option = (
        "the height option" if options.height is not None
        else f"device={options.device!r}" if options.device is not None
        else None
    )  # fmt: skip
    if cut_told_by(prepared.warnings, height_option=height_option is not None):
        return []  # its height_past_screen warning already says it, at the same path
    warning = content_cut_warning(
        image.cut_px, height_option=height_option, height=prepared.viewport.height,
        pdf=command.output_format == "pdf", image=(image.width, image.height),
        path=cut_path(prepared.document, height_option=height_option is not None),
    )  # fmt: skip
    return [replace(warning, suggestion=(warning.suggestion or "").replace("with --height", "with height="))]


def _command(args: RenderArgs) -> RenderCommand:
    """The render command the CLI would run for these options; raises RenderOptionsError."""
    from dsl2png.render_jobs import OptionsConflictError, render_command

    asked = str(args.get("format") or "png").lower()
    output_format = FORMAT_ALIASES.get(asked, asked)
    if output_format not in OUTPUT_FORMATS:
        raise RenderOptionsError(
            f"format {asked!r} is not one a render makes", option="format", code="invalid_option",
            suggestion="png, jpeg (jpg), webp or pdf",
        )  # fmt: skip
    values: dict[str, Any] = {key: value for key, value in args.items() if key != "strict"}
    values["theme"] = _theme(args.get("theme"))
    values["format"] = output_format
    try:
        return render_command(values, output_format)
    except OptionsConflictError as exc:
        # told with the argument's name (`transparent=True`), not the command line's flag
        raise _named(values, output_format) or RenderOptionsError(exc.api_message) from None


def _named(values: dict[str, Any], output_format: str) -> RenderOptionsError | None:
    """The error for the first option whose value RenderOptions refuses, named, with what to
    write instead; None when each value is fine alone (the options conflict)."""
    from pydantic import ValidationError

    from kernel.dsl.options import RenderOptions

    image_format = "png" if output_format == "pdf" else output_format
    try:
        RenderOptions(**{**values, "format": image_format})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        option = str(error["loc"][0]) if error["loc"] else None
        given = values.get(option) if option else None
        suggestion = None
        if isinstance(given, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*(px|x)?\s*", given):
            suggestion = f"write {option}={re.sub(r'[^0-9.]', '', given)} (a number, without a unit)"
        message = f"option {option}={given!r}: {error['msg'][:1].lower()}{error['msg'][1:]}"
        return RenderOptionsError(message, option=option, code="invalid_option", suggestion=suggestion)
    return None


def _theme(theme: ThemeArg) -> Any:
    """`theme` as the render options take it: a path (or a name other than light and dark) is
    read as `--theme` reads a theme file; raises RenderOptionsError for one that is not a theme."""
    from dsl2png.theme_option import ThemeFileError, load_theme

    if theme is None or isinstance(theme, Mapping):
        return theme
    try:
        return load_theme(str(theme))
    except ThemeFileError as exc:
        raise RenderOptionsError(str(exc), option="theme", code="invalid_option") from None


def _token_issues(theme: Any) -> list[Issue]:
    """What is wrong with the shape of a theme object's tokens (an unknown token, a radius over
    64), each at `/options/theme/<token>` as the document's theme's is told; none for a name or
    tokens already read (a theme file's)."""
    from pydantic import ValidationError

    from kernel.dsl.model import ThemeTokens
    from kernel.dsl.schema_errors import issues_from_pydantic

    if not isinstance(theme, Mapping):
        return []
    try:
        ThemeTokens.model_validate(theme)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        for error in errors:  # read as a document's theme, for its hints (did you mean 'primary'?)
            error["loc"] = ("theme", *error["loc"])
        issues = issues_from_pydantic(errors, {"theme": theme})
        return [dataclasses.replace(issue, path="/options" + issue.path) for issue in issues]
    return []


def _source(document: DocumentSource) -> tuple[str | bytes | Mapping[str, Any], str | None]:
    """What the validator reads for `document`, and its file name (for a path) in messages."""
    if isinstance(document, Path):
        data = document.read_bytes()
        try:
            return data.decode("utf-8"), str(document)
        except UnicodeDecodeError:
            return data, str(document)
    if isinstance(document, str | bytes | Mapping):
        return document, None
    raise TypeError(f"a document is a dict, YAML or JSON text, or a Path; not {type(document).__name__}")
