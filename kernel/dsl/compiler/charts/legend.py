"""A chart's legend: a key (swatch, name, optional figure) for each series or slice."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.html import esc


def legend_html(entries: Sequence[tuple[str, str, str]], classes: str = "", more: str = "") -> str:
    """Keys of (name, figure, colour) in a row that wraps, with `classes` and `more` (a pie's
    "+N more" keys) after them; nothing for no keys."""
    items = "".join(
        f'<span class="dsl-chart-key"><i style="background:{color}"></i><span>{esc(name)}</span>'
        + (f"<b>{esc(extra)}</b>" if extra else "")
        + "</span>"
        for name, extra, color in entries
    )
    extra_classes = f" {classes}" if classes else ""
    return f'<div class="dsl-chart-legend{extra_classes}">{items}{more}</div>' if items else ""
