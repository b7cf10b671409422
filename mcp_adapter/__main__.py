"""`python -m mcp_adapter`: the MCP server over stdio, the same as `dsl2png mcp` (it answers at
once while the renderer starts in the background). Composed by dsl2png, which the adapter itself
never imports; run through dsl2png's command line, so that a bad setting or data folder is one
line and exit 1 as for `dsl2png mcp`, not a traceback."""

import sys

from dsl2png.cli import main

if __name__ == "__main__":
    sys.argv[1:1] = ["mcp"]
    main()
