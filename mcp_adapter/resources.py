"""MCP resources: the DSL's JSON Schema, the example documents and the element reference."""

from __future__ import annotations

import json

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError

from kernel.dsl.catalog import CATEGORIES, CONTAINER_TYPES, DESCRIPTIONS, DEVICES
from kernel.dsl.schema import json_schema
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.examples import ExampleLibrary


def elements_markdown() -> str:
    """The element reference as Markdown: one section per category, one entry per type."""
    lines = [
        "# dsl2png elements",
        "",
        "A document is `{width, height | device, theme, elements: [...]}` in JSON or YAML. Every element",
        "has a `type` and may have `id`, `className`, `style` (CSS properties, camelCase or kebab-case; numbers are px) and",
        '`layout` (`x`, `y`, `width`, `height`: px numbers or lengths like "50%"; with x/y it is placed absolutely in its parent).',
        "Without coordinates, elements flow: arrange them with `row`, `column`, `grid`, `stack`",
        "(`gap`, `align`, `justify`, `columns`). Containers render their `children`.",
        "",
        "Devices: " + ", ".join(f"`{n}` {w}x{h}@{s:g}x" for n, (w, h, s) in DEVICES.items()) + ".",
        "Themes: `light`, `dark`, or tokens `{base, primary, background, surface, text, font, radius, density}`.",
    ]
    for category, members in CATEGORIES.items():
        lines += ["", f"## {category}", ""]
        for element_type in members:
            container = " (container)" if element_type in CONTAINER_TYPES else ""
            example = json.dumps(EXAMPLES[element_type], ensure_ascii=False)
            lines.append(f"- **{element_type}**{container}: {DESCRIPTIONS[element_type]}")
            lines.append(f"  Example: `{example}`")
    return "\n".join(lines) + "\n"


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
        return json.dumps(json_schema(), indent=2)

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
        return json.dumps(
            [{"name": e.name, "title": e.title, "description": e.description, "uri": f"dsl://examples/{e.name}"}
             for e in examples.all()],
            indent=2,
        )  # fmt: skip

    @server.resource(
        "dsl://examples/{name}",
        name="dsl-example",
        title="Example document",
        description="A complete example document (YAML) by name, e.g. dsl://examples/login.",
        mime_type="application/yaml",
    )
    def example(name: str) -> str:
        found = examples.get(name)
        if found is None:
            raise ResourceNotFoundError(
                f"no example named {name!r}; available: {', '.join(examples.names())}"
            )
        return found.source
