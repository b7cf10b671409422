"""The list_element_types tool: the document's fields and the element types, as asked for."""

from __future__ import annotations

import re
from typing import Annotated

from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent
from pydantic import Field

from kernel.dsl.catalog import CATEGORIES, ELEMENT_TYPES
from mcp_adapter.element_types_text import DEVICE_SIZES, MORE, element_type_out, element_types_text
from mcp_adapter.reference import common_fields_line, document_fields, element_fields
from mcp_adapter.results import ElementTypesOut
from mcp_adapter.wording import type_hint


def category_named(written: str) -> str:
    """The category an agent means: its exact name, or any word of it in any case ("basic",
    "Forms", "media"); raises ToolError listing the categories otherwise."""
    wanted = written.strip().lower()
    for name in CATEGORIES:
        if wanted == name.lower() or wanted in re.split(r"[^a-z]+", name.lower()):
            return name
    raise ToolError(f"unknown category {written!r}; categories: document, {', '.join(CATEGORIES)}")


def types_named(written: str | list[str]) -> tuple[list[str], list[str]]:
    """The element types asked for (one, a list, or names separated by commas or spaces, in any
    case), and for each name that is none, what it says about the type meant; raises ToolError
    when no name is a type, so one slip does not cost the agent the types it named right."""
    names = written if isinstance(written, list) else re.split(r"[\s,]+", written)
    wanted: list[str] = []
    unknown: list[str] = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name.lower() in ELEMENT_TYPES:
            wanted.append(name.lower())
            continue
        unknown.append(f"unknown element type {name!r} ({type_hint(name)})")
    if not wanted:
        raise ToolError(
            "; ".join(unknown) or 'give an element type, e.g. type: "input", or leave it out to list them all'
        )
    return list(dict.fromkeys(wanted)), unknown


class ElementTypesTool:
    """list_element_types: it reads the kernel's catalogue only."""

    def list_element_types(
        self,
        category: Annotated[
            str | None,
            Field(description=f"only this category: document, {', '.join(CATEGORIES)}"),
        ] = None,
        type: Annotated[
            str | list[str] | None,
            Field(description='only these element types, e.g. "input" or "input,select,checkbox"'),
        ] = None,
    ) -> Annotated[CallToolResult, ElementTypesOut]:
        """Learn the mockup DSL: the document's fields (size, device, theme tokens, frame,
        annotations, ...) and every element type with the fields it draws.

        Without arguments: the document's fields, what every element takes and each type's fields,
        in a few kB. With `type` (one or several, comma-separated) or `category`: those types'
        descriptions, the values of their fields (variants, sizes, align, ...) and an example
        element you can paste into `elements`. Layout flows by default: put elements in `row`,
        `column`, `grid` or `stack` instead of giving coordinates.

        Example: {"type": "input,select"}
        """
        if category is None and type is None:
            out = ElementTypesOut(
                document=document_fields(),
                every_element=common_fields_line(),
                fields_by_category={
                    name: {kind: " ".join(element_fields(kind)) for kind in members}
                    for name, members in CATEGORIES.items()
                },
                devices=DEVICE_SIZES,
                more=MORE,
            )
        else:
            document = category is not None and category.strip().lower() == "document"
            kinds = (
                list(CATEGORIES[category_named(category)]) if category is not None and not document else []
            )
            named, not_types = types_named(type) if type is not None else ([], [])
            out = ElementTypesOut(
                document=document_fields() if document else None,
                every_element=common_fields_line() if document else None,
                types=[element_type_out(kind) for kind in dict.fromkeys(kinds + named)],
                devices=DEVICE_SIZES if document else None,
                not_types=not_types,
            )
        return CallToolResult(
            content=[TextContent(text=element_types_text(out))],
            structured_content=out.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        )
