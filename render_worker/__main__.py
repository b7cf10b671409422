"""`python -m render_worker`: start one render worker, the same as `dsl2png worker` (see
render_worker.main); run through dsl2png's command line, so that a bad setting or a database it
cannot use is one line and exit 1, not a traceback."""

import sys

from dsl2png.cli import main

sys.argv[1:1] = ["worker"]
main()
