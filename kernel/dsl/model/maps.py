"""A map's markers: the points a map draws over its streets (a listing's price, a stop)."""

from __future__ import annotations

from pydantic import Field

from kernel.dsl.model.spellings import VariantWord
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text

MARKER_VARIANTS = ("primary", "neutral", "success", "warning", "danger", "info")
"""The tones a marker is drawn in, as a badge's are named; `primary` is the default."""


class MapMarker(StrictModel):
    """One point on a map: a price-tag pill pointing at it when it has a `label`, else a pin."""

    x: float = Field(
        description="Across the map, as a percentage of its width: 0 its left edge, 100 its right. A "
        "value outside 0-100 is drawn at the edge (a warning says so).",
    )
    y: float = Field(
        description="Down the map, as a percentage of its height: 0 its top edge, 100 its bottom.",
    )
    label: Text | None = Field(
        default=None,
        description="Short words drawn in a pill whose pointer's tip is at the point (a price, "
        '"€ 485k"); without one the point draws a small pin.',
    )
    variant: VariantWord = Field(
        default=None,
        description="The marker's tone: primary (the default), neutral, success, warning, danger or info "
        "(a chosen listing, a sold one).",
    )
