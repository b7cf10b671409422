"""Issues as the tools answer them: validate_dsl's result and a render tool's refusal of a document."""

from __future__ import annotations

from dataclasses import replace

from mcp_types import CallToolResult, TextContent

from kernel.dsl.issue_caps import told_in_full
from kernel.dsl.limits import only_options_to_blame
from kernel.dsl.options import OPTIONS_PATH, is_option_path
from kernel.errors import InvalidDocumentError, Issue, issue_order
from kernel.warning_kinds import fails_strict
from mcp_adapter.results import VALIDATION_META, IssueOut, ValidationOut
from mcp_adapter.wording import worded


def issue_outs(issues: list[Issue], *, height_from: str | None = None) -> list[IssueOut]:
    """Issues as the tools report them, in this surface's words (see `worded`), the first few of
    each code in full and the rest of it counted in one (`told_in_full`): an agent reads them all."""
    return [worded(IssueOut.of(issue), height_from=height_from) for issue in told_in_full(issues)]


def issues_text(errors: list[IssueOut], warnings: list[IssueOut]) -> str:
    lines = [f"- {issue}" for issue in errors]
    lines += [f"- warning: {issue}" for issue in warnings]
    return "\n".join(lines)


def validation_summary(
    errors: list[IssueOut], warnings: list[IssueOut], counts: tuple[int, int] | None = None
) -> str:
    """What a validation found, in words an agent acts on: fix and validate again, or render.
    `counts`: how many errors and warnings there are, when the lists tell some in one."""
    error_count, warning_count = counts or (len(errors), len(warnings))
    if errors:
        head = f"The document has {error_count} error(s); fix these and call validate_dsl again:"
    elif warnings:
        head = f"The document is valid, with {warning_count} warning(s) (it renders; these may not look as meant):"
    else:
        return "The document is valid: call render_ui_mockup to see it."
    return head + "\n" + issues_text(errors, warnings)


def validation_result(
    errors: list[Issue], warnings: list[Issue], *, valid: bool, strict: bool
) -> CallToolResult:
    """validate_dsl's answer: a summary to act on, and every issue (when `strict`, the warnings
    that change the picture as errors; notes stay warnings: see `kernel.warning_kinds`)."""
    failing = [warning for warning in warnings if fails_strict(warning.code, strict)]
    if failing:
        errors = sorted([*errors, *failing], key=issue_order)
        warnings = [warning for warning in warnings if not fails_strict(warning.code, strict)]
        valid = False
    out = ValidationOut(valid=valid, errors=issue_outs(errors), warnings=issue_outs(warnings))
    counts = (len(errors), len(warnings))
    return CallToolResult(
        content=[TextContent(text=validation_summary(out.errors, out.warnings, counts))],
        structured_content=out.model_dump(mode="json"),
    )


OPTION_ARGUMENTS = {"scale": "device_scale_factor"}
"""The render options this surface names otherwise (`options.device_scale_factor`)."""


def at_arguments(exc: InvalidDocumentError) -> InvalidDocumentError:
    """`exc` with each issue at a render option (`/options/scale`, as the kernel names it) at
    the argument that sets it here (`/options/device_scale_factor`)."""
    prefix = OPTIONS_PATH + "/"
    issues = [
        replace(issue, path=prefix + OPTION_ARGUMENTS.get(name, name))
        if is_option_path(issue.path) and (name := issue.path.removeprefix(prefix))
        else issue
        for issue in exc.issues
    ]
    return type(exc)(issues, exc.warnings)


def invalid_document_result(exc: InvalidDocumentError) -> CallToolResult:
    """A render tool's error result the model reads and fixes: every error with its path and
    suggestion, as text only (see `render_jobs.render_result`); the same issues as data in `_meta`."""
    out = ValidationOut(valid=False, errors=issue_outs(exc.issues), warnings=issue_outs(exc.warnings))
    invalid = "The render's options are" if only_options_to_blame(exc.issues) else "The document is"
    text = (
        f"{invalid} invalid ({len(exc.issues)} error(s)); nothing was rendered. "
        f"Fix these and call the tool again:\n{issues_text(out.errors, out.warnings)}"
    )
    return CallToolResult(
        content=[TextContent(text=text)],
        _meta={VALIDATION_META: out.model_dump(mode="json", exclude_none=True)},
        is_error=True,
    )
