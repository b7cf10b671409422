"""`python -m projector` runs the projector (same as `dsl2png projector`)."""

from projector.main import main

main()
