"""MCP resources: the DSL's JSON Schema, the example documents and the element reference."""

from __future__ import annotations

import json
import re
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError

from dsl2png.bundled import BundledFilesMissingError
from kernel.dsl.catalog import CATEGORIES, CONTAINER_TYPES, DESCRIPTIONS, DEVICES
from kernel.dsl.schema import json_schema
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.reference import common_fields_line, document_fields, element_choices, element_fields


def elements_markdown() -> str:
    """The element reference as Markdown: the document's fields, then one section per category,
    one entry per type with the fields it draws, their values and an example."""
    lines = [
        "# dsl2png elements",
        "",
        "A document is `{width, height | device, theme, elements: [...]}` in JSON or YAML.",
        "",
        "## document",
        "",
        *[f"- `{name}`: {what}" for name, what in document_fields().items()],
        "",
        common_fields_line(),
        "",
        "Devices: " + ", ".join(f"`{n}` {w}x{h}@{s:g}x" for n, (w, h, s) in DEVICES.items()) + ".",
    ]
    for category, members in CATEGORIES.items():
        lines += ["", f"## {category}", ""]
        for element_type in members:
            container = " (container)" if element_type in CONTAINER_TYPES else ""
            example = json.dumps(EXAMPLES[element_type], ensure_ascii=False)
            lines.append(f"- **{element_type}**{container}: {DESCRIPTIONS[element_type]}")
            lines.append(f"  Fields: {', '.join(f'`{f}`' for f in element_fields(element_type))}.")
            choices = element_choices(element_type)
            if choices:
                lines.append(
                    "  Values: " + "; ".join(f"`{k}` {'|'.join(v)}" for k, v in choices.items()) + "."
                )
            lines.append(f"  Example: `{example}`")
    return "\n".join(lines) + "\n"


_FOR_AGENTS = (
    (re.compile(r" \(the earlier format's model\)"), ""),
    (
        re.compile(r"Accepted from the earlier format, never emitted"),
        "Accepted and ignored: mockups run no code",
    ),
)
"""The schema's words about the project's history, in words about what the fields are."""


def schema_for_agents() -> dict[str, Any]:
    """The published JSON Schema, its titles and descriptions saying what things are rather than
    which earlier format they come from (the accepted documents are the same)."""

    def reword(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: reword(item) for key, item in value.items()}
        if isinstance(value, list):
            return [reword(item) for item in value]
        if isinstance(value, str):
            for pattern, words in _FOR_AGENTS:
                value = pattern.sub(words, value)
        return value

    schema: dict[str, Any] = reword(json_schema())
    schema["title"] = "dsl2png mockup document"
    schema["description"] = "A UI mockup as JSON or YAML: canvas, theme and elements, rendered to an image."
    return schema


def register_resources(server: MCPServer, examples: ExampleLibrary) -> None:
    """Add dsl://schema, dsl://docs/elements, dsl://examples and dsl://examples/{name}."""

    @server.resource(
        "dsl://schema",
        name="dsl-schema",
        title="DSL JSON Schema",
        description="JSON Schema of a mockup document (draft 2020-12), generated from the model.",
        mime_type="application/schema+json",
    )
    def schema() -> str:
        return json.dumps(schema_for_agents(), ensure_ascii=False, separators=(",", ":"))

    @server.resource(
        "dsl://docs/elements",
        name="dsl-elements",
        title="Element reference",
        description="Every element type with its fields and an example, as Markdown.",
        mime_type="text/markdown",
    )
    def elements() -> str:
        return elements_markdown()

    @server.resource(
        "dsl://examples",
        name="dsl-examples",
        title="Example index",
        description="Names, titles and descriptions of the example documents.",
        mime_type="application/json",
    )
    def example_index() -> str:
        try:
            found = examples.all()
        except BundledFilesMissingError as exc:
            raise ResourceError(str(exc)) from None
        return json.dumps(
            [{"name": e.name, "title": e.title, "description": e.description, "uri": f"dsl://examples/{e.name}"}
             for e in found],
            ensure_ascii=False, separators=(",", ":"),
        )  # fmt: skip

    @server.resource(
        "dsl://examples/{name}",
        name="dsl-example",
        title="Example document",
        description="A complete example document (YAML) by name, e.g. dsl://examples/login.",
        mime_type="application/yaml",
    )
    def example(name: str) -> str:
        try:
            found = examples.get(name)
        except BundledFilesMissingError as exc:
            raise ResourceError(str(exc)) from None
        if found is None:
            raise ResourceNotFoundError(
                f"no example named {name!r}; available: {', '.join(examples.names())}"
            )
        return found.source
