"""dsl2png's shared kernel: the mockup DSL, render-job events and domain errors (pure code, no I/O)."""
