"""A map's markers as HTML and CSS: price-tag pills and small pins placed at a percentage of the map."""

from __future__ import annotations

from kernel.dsl.compiler.html import esc
from kernel.dsl.model import MapMarker
from kernel.dsl.model.maps import MARKER_VARIANTS

DEFAULT_MARKER_VARIANT = "primary"


def marker_share(value: float) -> float:
    """A marker's x or y as drawn: a percentage of the map, held to its edges (0-100), so a
    point past one is drawn on it rather than out of sight (the validator warns)."""
    return min(max(float(value), 0.0), 100.0)


def marker_variant(marker: MapMarker) -> str:
    """The marker's tone: its own when it is one drawn, else the default (the validator warns)."""
    word = (marker.variant or "").strip().lower()
    return word if word in MARKER_VARIANTS else DEFAULT_MARKER_VARIANT


def markers_html(markers: list[MapMarker] | None) -> str:
    """Each marker as an absolutely placed box whose bottom middle is its point: a pill with a
    pointer under it when the marker has a label, a small pin when it has none."""
    drawn = []
    for marker in markers or []:
        place = f"left:{marker_share(marker.x):.3f}%;top:{marker_share(marker.y):.3f}%"
        tone = f"dsl-map-marker dsl-map-marker--{marker_variant(marker)}"
        if marker.label:
            body = f'<span class="dsl-map-tag">{esc(marker.label)}</span>'
        else:
            body = (
                '<svg class="dsl-map-dot" width="22" height="26" viewBox="0 0 34 40" aria-hidden="true">'
                '<path d="M17 1C8.7 1 2 7.6 2 15.8 2 26.4 17 39 17 39s15-12.6 15-23.2C32 7.6 25.3 1 17 1z"/>'
                '<circle cx="17" cy="15.5" r="5.5"/></svg>'
            )
        drawn.append(f'<span class="{tone}" style="{place}">{body}</span>')
    return "".join(drawn)


MARKERS_CSS = """
/* A marker's box has its point at its bottom middle: the pill's pointer tip (the 6 px under the
   pill) or the pin's tip. Markers are drawn over the streets and under the zoom controls. */
.dsl-map-marker{position:absolute;z-index:1;display:block;transform:translate(-50%,-100%);--marker:var(--primary-solid);--marker-ink:var(--primary-foreground);--marker-edge:transparent}
.dsl-map-marker--neutral{--marker:var(--surface);--marker-ink:var(--foreground);--marker-edge:var(--border)}
.dsl-map-marker--success{--marker:var(--success-solid);--marker-ink:#fff}
.dsl-map-marker--danger{--marker:var(--danger-solid);--marker-ink:#fff}
.dsl-map-marker--warning{--marker:var(--warning);--marker-ink:#1c1917}
.dsl-map-marker--info{--marker:var(--info);--marker-ink:#fff}
.dsl-map-tag{position:relative;display:block;margin-bottom:6px;padding:3px 9px;border-radius:var(--radius-pill);border:1px solid var(--marker-edge);background:var(--marker);color:var(--marker-ink);font-size:12.5px;font-weight:700;line-height:18px;white-space:nowrap;font-variant-numeric:tabular-nums;box-shadow:0 2px 6px rgba(0,0,0,.25)}
.dsl-map-tag::after{content:"";position:absolute;left:50%;top:100%;margin-left:-6px;border:6px solid transparent;border-top-color:var(--marker);border-bottom:0}
.dsl-map-dot{display:block;filter:drop-shadow(0 2px 3px rgba(0,0,0,.25))}
.dsl-map-dot path{fill:var(--marker);stroke:#fff;stroke-width:2.5}
.dsl-map-dot circle{fill:#fff}
.dsl-map-marker--neutral .dsl-map-dot path{stroke:var(--foreground)}
.dsl-map-marker--neutral .dsl-map-dot circle{fill:var(--foreground)}
.dsl-map-zoom{z-index:2}
"""
