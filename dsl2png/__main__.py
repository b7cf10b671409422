"""`python -m dsl2png` runs the command line."""

from dsl2png.cli import main

main()
