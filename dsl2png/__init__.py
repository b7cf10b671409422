"""dsl2png's command line, settings, adapters and the embedded (single-process) composition."""
