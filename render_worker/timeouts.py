"""What a render that ran out of time says: its deadline, and what would make it finish."""

from __future__ import annotations

from kernel.dsl.options import ImageFormat

TIMEOUT_SETTING = "DSL2PNG_RENDER_TIMEOUT_S"
"""The environment setting of PoolSettings.render_timeout_s, the deadline of one render."""


def timed_out(timeout: float, *, format: ImageFormat | str, scale: float = 1, full_page: bool = False) -> str:
    """The message of a render that did not finish within `timeout` s, with what to change.

    A large WebP image is slow to encode: a 2,560 x 15,625 table at scale 2 took some 30 s on a
    loaded 2-core machine, where its PNG and JPEG took a few (it is within WebP's 16,383 px a
    side, so no limit refused it), and "render did not finish within 15 s" left the caller
    guessing. So the message names what is slow for this render (the format, the scale, the
    whole page) and the setting that gives renders longer."""
    doing = "printing" if format == "pdf" else "render"
    ways = []
    if format == "webp":
        ways.append("render it as png or jpeg (a large WebP image is slow to encode)")
    if scale != 1:
        ways.append(f"at a lower scale than {scale:g}")
    if full_page:
        ways.append("make the page shorter")
    if not ways:
        ways.append("make the page smaller or simpler")
    return (
        f"{doing} did not finish within {timeout:g} s: {', or '.join(ways)}; or give renders longer "
        f"with the {TIMEOUT_SETTING} setting (the machine may also be busy: try again)"
    )
