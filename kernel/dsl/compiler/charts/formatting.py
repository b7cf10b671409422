"""Numbers as the chart markup writes them: short, and the same on every run."""

from __future__ import annotations


def fmt_num(value: float) -> str:
    """Numbers with at most two decimals, so the output stays small and deterministic."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def fmt_pct(value: float) -> str:
    """A percentage with six decimals, as `12.5%`."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return ("0" if text == "-0" else text) + "%"
