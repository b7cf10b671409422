"""`python -m render_worker`: start one render worker (see render_worker.main)."""

from render_worker.main import main

main()
