"""`python -m command_api`: serve the command API, the same as `dsl2png serve`: the command and query
APIs (and /mcp) are one HTTP process. Arguments are `dsl2png serve`'s (`--host`, `--port`)."""

import sys

from dsl2png.cli import main

sys.argv[1:1] = ["serve"]
main()
