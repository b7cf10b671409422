"""The semantic pass: checks beyond the schema on raw document data, one module per concern.

`run.check_semantics` runs them all. This package imports none of its modules itself, so a
process that only needs one of its codes (the relay, the projector, `dsl2png keys`) does not
load every check, and the HTML compiler behind them, at start-up."""
