"""The validate_dsl tool: check a document without rendering it."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Annotated

from mcp_types import CallToolResult
from pydantic import Field

from kernel.dsl.frames import FRAME_MISMATCH, frame_fit_warning
from kernel.dsl.limits import check_document_canvas
from kernel.dsl.options import RenderOptions, known_screen_height, resolve_viewport
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError
from kernel.warning_kinds import warning_kind
from mcp_adapter.document_argument import DslContent, as_source
from mcp_adapter.issue_answers import validation_result
from mcp_adapter.results import ValidationOut
from mcp_adapter.theme_argument import ThemeArgument


class ValidateTool:
    """validate_dsl: it needs nothing but the kernel's validator."""

    async def validate_dsl(
        self,
        dsl_content: DslContent,
        strict: Annotated[
            bool, Field(description="treat the warnings that change the picture (kind drawn_wrong) as errors")
        ] = False,
        theme: ThemeArgument = None,
    ) -> Annotated[CallToolResult, ValidationOut]:
        """Check a mockup document without rendering it: every error and warning, each with its
        JSON path (like /elements/2/children/0/type), a message and, where one exists, a suggestion.

        Use it before rendering a large document, or to understand why a render was refused: it
        reports what render_ui_mockup would refuse, the canvas limits included (each side at most
        8000 px, the image at most 40 megapixels). `strict: true` turns the warnings of kind
        drawn_wrong (elements off the canvas, a value dropped, ...) into errors; notes (an https
        image never fetched, a font not installed) and ignored options stay warnings. Invalid input is a normal result with
        `valid: false`, not a failure. What only a render can measure (content cut below or beside
        the canvas, text running out of its box) is not checked here: render_ui_mockup reports it.
        `theme`, as render_ui_mockup's, is checked as it would be drawn: its tokens' issues are at
        /options/theme/<token>.

        Example: {"dsl_content": "elements:\\n  - type: buton\\n    label: Go"} ->
        valid false, /elements/0/type: unknown type 'buton' (did you mean 'button'?)
        """
        options = RenderOptions(theme=theme)
        try:
            result = await asyncio.to_thread(validate_document, as_source(dsl_content), options=options)
        except InvalidDocumentError as exc:
            return validation_result(exc.issues, [], valid=False, strict=strict)
        errors, warnings = list(result.errors), list(result.warnings)
        if result.document is not None and not errors:
            errors += check_document_canvas(result.document, options)
            viewport = resolve_viewport(result.document, options)
            mismatch = frame_fit_warning(
                viewport.frame.type,
                viewport.screen_width,
                known_screen_height(result.document, options, viewport),
            )
            if mismatch is not None and all(w.code != FRAME_MISMATCH for w in warnings):
                warnings.append(dataclasses.replace(mismatch, kind=warning_kind(mismatch.code)))
        return validation_result(
            errors, warnings, valid=result.document is not None and not errors, strict=strict
        )
