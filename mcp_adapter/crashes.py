"""A tool that crashes tells the agent so, in words it can act on.

The MCP SDK hides an unexpected exception behind "Error executing tool <name>" (nothing of the
exception may reach the client), and an agent reading that cannot tell a bug of the server
from a mistake in its document, so it rewrites a document that was fine. Wrapped tools answer
instead that the failure is the server's, with the kind of error only, and log the traceback.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from mcp.server.mcpserver.exceptions import ToolError
from mcp.shared.exceptions import MCPError

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

INTERNAL = (
    "dsl2png failed inside ({kind}): this is the server's fault, not your document's, so do not "
    "change the document for it; try the call again, and if it fails the same way, go on without "
    "this tool"
)


def told_as_internal(tool: F) -> F:
    """`tool` (sync or async), answering a crash with INTERNAL as a ToolError; a ToolError or
    an MCP protocol error it raises goes through as it is."""

    def crashed(exc: Exception) -> ToolError:
        log.exception("the tool %s crashed", getattr(tool, "__name__", tool))
        return ToolError(INTERNAL.format(kind=type(exc).__name__))

    if inspect.iscoroutinefunction(tool):

        @functools.wraps(tool)
        async def run_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await tool(*args, **kwargs)
            except (ToolError, MCPError):
                raise
            except Exception as exc:
                raise crashed(exc) from exc

        return run_async  # type: ignore[return-value]

    @functools.wraps(tool)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return tool(*args, **kwargs)
        except (ToolError, MCPError):
            raise
        except Exception as exc:
            raise crashed(exc) from exc

    return run  # type: ignore[return-value]
