"""The checks of a map's markers the schema cannot express: a point off the map, a tone not drawn."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.model.maps import MARKER_VARIANTS
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.findings import Findings, Key, number_or_none

_SIDES = {"x": ("width", "left", "right"), "y": ("height", "top", "bottom")}


def check_map_markers(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A marker's x or y outside 0-100 is drawn on the map's edge (clamped, so a warning, as a
    progress's value past its max is); a variant that is no marker tone draws the default one."""
    markers = element.get("markers")
    if not isinstance(markers, list):
        return
    for index, marker in enumerate(markers):
        if not isinstance(marker, Mapping):
            continue  # the schema pass tells of it
        where = (*path, "markers", index)
        for axis, (extent, low, high) in _SIDES.items():
            value = number_or_none(marker.get(axis))
            if value is None or isinstance(marker.get(axis), bool) or 0 <= value <= 100:
                continue
            edge = high if value > 100 else low
            findings.warn(
                (*where, axis),
                f"{axis} {shown_number(value)} is outside 0..100 (a percentage of the map's {extent}): "
                f"the marker is drawn on its {edge} edge",
                "out_of_range",
                f"write {axis} between 0 ({low} edge) and 100 ({high} edge)",
            )
        variant = marker.get("variant")
        if isinstance(variant, str) and variant.strip().lower() not in MARKER_VARIANTS:
            findings.warn(
                (*where, "variant"),
                f"unknown marker variant '{variant}'; the primary tone is used",
                "unknown_variant",
                did_you_mean(variant.strip().lower(), MARKER_VARIANTS)
                or "use " + ", ".join(f"'{word}'" for word in MARKER_VARIANTS),
            )
