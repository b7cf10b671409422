"""The get_example tool: the example documents by name."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent
from pydantic import Field

from dsl2png.bundled import BundledFilesMissingError
from kernel.dsl.hints.suggest import did_you_mean
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.results import ExampleOut, ExampleSummary


class ExampleTool:
    """get_example, reading the documents of `examples`."""

    def __init__(self, examples: ExampleLibrary) -> None:
        self.examples = examples

    def get_example(
        self,
        name: Annotated[str | None, Field(description="example name; leave out to list them")] = None,
    ) -> Annotated[CallToolResult, ExampleOut]:
        """Get a complete, realistic example document by name (login, dashboard, pricing, ...), as
        YAML you can render directly or adapt. Without a name, lists the available examples.

        Use it to start from a working screen instead of a blank page, or to see how the element
        types combine. The same documents are resources at dsl://examples/{name}.

        Example: {"name": "login"}
        """
        try:
            examples = self.examples.all()
        except BundledFilesMissingError as exc:
            raise ToolError(str(exc)) from None
        if name is None:
            out = ExampleOut(
                available=[
                    ExampleSummary(name=e.name, title=e.title, description=e.description) for e in examples
                ]
            )
            lines = [f"{len(examples)} example documents; get one with get_example name=...:"]
            lines += [
                f"- {e.name}: {e.title or ''}" + (f" - {e.description}" if e.description else "")
                for e in examples
            ]
            text = "\n".join(lines)
        else:
            example = self.examples.get(name.strip())
            if example is None:
                names = [e.name for e in examples]
                meant = did_you_mean(name.strip().lower(), names)
                hint = f"{meant} " if meant else ""
                raise ToolError(
                    f"no example named {name!r}; {hint}available: {', '.join(names) or '(none installed)'}"
                )
            out = ExampleOut(
                name=example.name, title=example.title, description=example.description, source=example.source
            )
            text = f"Example {example.name!r} (YAML, render it as it is or adapt it):\n{example.source}"
        return CallToolResult(
            content=[TextContent(text=text)],
            structured_content=out.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        )
