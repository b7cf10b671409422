"""`python -m mcp_adapter`: the MCP server over stdio (same as `dsl2png mcp`)."""

from mcp_adapter.stdio import main

if __name__ == "__main__":
    main()
