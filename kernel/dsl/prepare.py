"""From raw source and options to everything a render needs: the pure front half of the pipeline."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.reflowed_grids import reflowed_grid_notes
from kernel.dsl.compiler.stacked_rows import stacked_row_notes
from kernel.dsl.frames import frame_fit_warning
from kernel.dsl.limits import check_document_canvas, only_options_to_blame
from kernel.dsl.model import Document
from kernel.dsl.options import (
    OPTIONS_PATH,
    RENDERER_VERSION,
    RenderOptions,
    Viewport,
    known_screen_height,
    option_warnings,
    resolve_viewport,
    width_is_chosen,
    with_content_height,
)
from kernel.dsl.validate import ValidationResult, validate_document, with_positions
from kernel.errors import CompileError, Dsl2PngError, InvalidDocumentError, InvalidRenderOptionsError, Issue
from kernel.warning_kinds import Strictness, fails_strict, warning_kind

INLINE_SOURCE_CHARS = 32 * 1024
"""A source up to this long is validated and compiled on the caller's event loop itself: a few
milliseconds of pure Python at most, which a thread would run no sooner (the GIL), while the
hand-off to one and back costs CPU and wake-ups. Longer ones go to a thread, so that one large
document does not hold up every other request."""


@dataclass(frozen=True, slots=True)
class PreparedRender:
    """A validated document compiled to HTML, with its viewport and cache key."""

    document: Document
    options: RenderOptions
    viewport: Viewport
    html: str
    warnings: list[Issue]
    cache_key: str


def cache_key_for(document: Document, options: RenderOptions, viewport: Viewport) -> str:
    """Same canonical document + options + renderer version -> same key, so it renders once."""
    canonical = json.dumps(
        {
            "document": document.model_dump(mode="json", exclude_none=True),
            "options": options.model_dump(mode="json", exclude_none=True),
            "viewport": [viewport.width, viewport.height, viewport.scale],
            "renderer": RENDERER_VERSION,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def request_fingerprint(document: Document, options: RenderOptions) -> str:
    """Same canonical document + options -> same fingerprint, whatever form the body took
    (`{dsl, options}` or the bare document, JSON or YAML, key order, spacing): what tells an
    idempotent retry from another request under the same Idempotency-Key. Hashing the body's text
    made the same document sent once wrapped and once bare a 409 conflict. Unlike the cache key it
    holds no renderer version: a retry across an upgrade is still the same request."""
    canonical = json.dumps(
        {
            "document": document.model_dump(mode="json", exclude_none=True),
            "options": options.model_dump(mode="json", exclude_none=True),
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def refusal(errors: list[Issue], warnings: list[Issue]) -> InvalidDocumentError:
    """The error a render refused for `errors` raises: InvalidRenderOptionsError when only its
    options are to blame (the document alone would render), else InvalidDocumentError."""
    if only_options_to_blame(errors):
        return InvalidRenderOptionsError(errors, warnings)
    return InvalidDocumentError(errors, warnings)


@dataclass(frozen=True, slots=True)
class RenderPlan:
    """A validated document with its viewport and cache key: all the command side needs to
    record a request (the worker compiles the HTML)."""

    document: Document
    options: RenderOptions
    viewport: Viewport
    warnings: list[Issue]
    cache_key: str


def plan_render(
    source: str | bytes | Mapping[str, Any],
    options: RenderOptions | None = None,
    *,
    cache_key: str | None = None,
    accepted: bool = False,
) -> RenderPlan:
    """Validate `source` and resolve the viewport, without compiling. Raises InvalidDocumentError.

    `cache_key`: the key already computed for this very source and options (a worker has it from
    the request event), which spares computing it again. `accepted`: the command side validated
    this very source in full when it recorded the request, so only the model is built again (the
    schema and the canvas limits are checked again) and the semantic pass, whose warnings the
    requester already has, is skipped: it was a quarter of the worker's own CPU per render; so is
    the walk of the structural limits, which this very source passed. The compiler sanitizes
    everything it emits by itself, whatever validation let through."""
    options = options or RenderOptions()
    result = validate_document(source, options=options, semantic=not accepted)
    if result.document is None or result.errors:
        raise refusal(result.errors, result.warnings)
    document = result.document
    options = with_content_height(document, options)
    viewport = resolve_viewport(document, options)
    canvas_issues = check_document_canvas(document, options)
    if canvas_issues:
        raise refusal(canvas_issues, result.warnings)
    if cache_key is None:
        cache_key = cache_key_for(document, options, viewport)
    warnings = [*result.warnings, *planned_warnings(document, options, viewport, result.warnings)]
    return RenderPlan(document, options, viewport, warnings, cache_key)


def planned_warnings(
    document: Document, options: RenderOptions, viewport: Viewport, found: list[Issue]
) -> list[Issue]:
    """What a render of `document` with `options` warns of beyond the document's own warnings
    (`found`): a phone frame around a screen no phone has (unless `found` says so already), the
    rows a phone-wide canvas draws one child under another (`stacked_row_notes`) and the grids
    it draws with fewer columns (`reflowed_grid_notes`), and the options the image does not
    follow; each with its kind (see kernel.warning_kinds)."""
    warnings = []
    misfit = frame_fit_warning(
        viewport.frame.type, viewport.screen_width, known_screen_height(document, options, viewport),
        path="/frame" if options.frame is None else f"{OPTIONS_PATH}/frame",
    )  # fmt: skip
    if misfit is not None and all(warning.code != misfit.code for warning in found):
        warnings.append(misfit)
    warnings += stacked_row_notes(document.elements, viewport.screen_width)
    warnings += reflowed_grid_notes(document.elements, viewport.screen_width)
    return [
        replace(issue, kind=warning_kind(issue.code))
        for issue in warnings + option_warnings(document, options, viewport)
    ]


def validate_for_render(
    source: str | bytes | Mapping[str, Any],
    options: RenderOptions,
    *,
    strict: Strictness = False,
    filename: str | None = None,
) -> ValidationResult:
    """Validate `source` as a render with `options` would: the document's errors and warnings
    and, when it is valid, the warnings the render would add (`planned_warnings`); `strict`
    makes those of them that change the picture errors too (`"all"`: every one), as it does the
    document's. What `POST /v1/validate` and `dsl2png validate` answer, so that they say what a
    render says.
    Raises InvalidRenderOptionsError, as `plan_render` does, when only the options make the
    render impossible (a canvas they make too large): the document is not what is wrong."""
    result = validate_document(source, strict=strict, options=options, filename=filename)
    if only_options_to_blame(result.errors):
        raise InvalidRenderOptionsError(result.errors, result.warnings)
    if result.document is None or result.errors:
        return result
    document = result.document
    options = with_content_height(document, options)
    planned = planned_warnings(document, options, resolve_viewport(document, options), result.warnings)
    if isinstance(source, str) and planned:
        planned = with_positions(source, planned)
    failing = [issue for issue in planned if fails_strict(issue.code, strict)]
    kept = [issue for issue in planned if issue not in failing]
    if failing:
        return ValidationResult(document=None, errors=failing, warnings=[*result.warnings, *kept])
    result.warnings = [*result.warnings, *kept]
    return result


def prepare_render(
    source: str | bytes | Mapping[str, Any],
    options: RenderOptions | None = None,
    *,
    cache_key: str | None = None,
    accepted: bool = False,
) -> PreparedRender:
    """Validate `source`, resolve the viewport, compile HTML. Raises InvalidDocumentError, or
    CompileError when dsl2png itself fails on the way (any other exception: a bug, which the
    document's next try would meet again). `cache_key` and `accepted` as for `plan_render`.

    Its time is bounded by the document limits (kernel.dsl.limits), not by a timeout: pure
    Python in a thread cannot be cancelled, so the render worker and the CLI run it to its end
    and put only the Chromium render under the render timeout. Validation stops at MAX_ISSUES
    problems a pass; a valid document at the limits compiles in about a second at most
    (bench/bench_validate_cost.py measures the adversarial shapes)."""
    try:
        return _prepare_render(source, options, cache_key=cache_key, accepted=accepted)
    except Dsl2PngError:
        raise
    except Exception as exc:
        raise CompileError.of(exc) from exc


def _prepare_render(
    source: str | bytes | Mapping[str, Any],
    options: RenderOptions | None,
    *,
    cache_key: str | None,
    accepted: bool,
) -> PreparedRender:
    plan = plan_render(source, options, cache_key=cache_key, accepted=accepted)
    theme = plan.options.theme if plan.options.theme is not None else plan.document.theme
    html = compile_html(
        plan.document, plan.viewport, theme=theme, transparent=plan.options.transparent,
        full_page=plan.options.full_page, crop=plan.options.crop,
        fit_width=plan.options.crop and not width_is_chosen(plan.document, plan.options),
    )  # fmt: skip
    return PreparedRender(
        document=plan.document,
        options=plan.options,
        viewport=plan.viewport,
        html=html,
        warnings=plan.warnings,
        cache_key=plan.cache_key,
    )


def warm_up() -> int:
    """Validate and compile a document holding one element of every type, so that the process's
    first real render does not pay for parsing the design system's stylesheets and resolving the
    default theme (~0.1 s: login's first prepare 112 -> 18 ms). A service calls it while Chromium
    starts. Returns how many types it compiled; 0 if that document no longer validates (a type
    came to need a field, or compiling it failed), which only leaves the first render slower, never stops a start-up."""
    try:
        prepare_render({"elements": [{"type": kind} for kind in ELEMENT_TYPES]})
    except (InvalidDocumentError, CompileError):
        return 0
    return len(ELEMENT_TYPES)
