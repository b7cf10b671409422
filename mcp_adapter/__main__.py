"""`python -m mcp_adapter`: the MCP server over stdio, the same as `dsl2png mcp` (it answers at
once while the renderer starts in the background). Composed by dsl2png, which the adapter itself
never imports."""

from dsl2png.commands.mcp_stdio import serve_mcp_stdio

if __name__ == "__main__":
    raise SystemExit(serve_mcp_stdio())
