"""The largest canvas a render may have, apart from the validator that checks it (`limits`).

The measured warnings (`kernel.dsl.measured`) need these figures, and the relay and projector
import those through the RenderJob aggregate: `limits` would load the whole DSL model with them.
"""

from __future__ import annotations

MAX_SIDE = 8000
"""Canvas width or height in CSS px."""
MAX_PIXELS = 40_000_000
"""Image pixels after the device scale factor (width x height x scale^2)."""
