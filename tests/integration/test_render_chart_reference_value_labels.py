"""A reference line over bars with value labels, on real Chromium: the line's label is written
where it covers no bar's value (a target at 99% over bars of 97.5% to 99.6%, whose labels all sit
on the line; its label, at the plot's end, covered the last one's "%")."""

from __future__ import annotations

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, colour_mask, column_runs, is_text, render_dsl, rgb

pytestmark = pytest.mark.integration

SCALE = 2
DOCUMENT = {
    "width": 560,
    "height": 340,
    "background": "#ffffff",
    "elements": [
        {
            "type": "card",
            "title": "Uptime",
            "children": [
                {
                    "type": "chart",
                    "variant": "bar",
                    "valueLabels": True,
                    "format": "percent",
                    "data": {"labels": ["Q1", "Q2", "Q3", "Q4"], "values": [0.981, 0.992, 0.975, 0.996]},
                    "referenceLines": [{"value": 0.99, "label": "Target", "variant": "success"}],
                }
            ],
        }
    ],
}


def is_line(colour: tuple[int, int, int]) -> bool:
    """The light theme's success tone (#16a34a) of the dashed line."""
    r, g, b = colour
    return abs(r - 22) < 12 and abs(g - 163) < 12 and abs(b - 74) < 12


def is_label_ink(colour: tuple[int, int, int]) -> bool:
    """The line label's words: the success text tone (#17723a), darker than the line."""
    r, g, b = colour
    return g - r > 40 and g - b > 25 and g < 145


async def test_the_reference_label_covers_no_value_label(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, DOCUMENT, scale=SCALE)
    picture = rgb(image.data)
    line = colour_mask(picture, is_line)
    rows = np.flatnonzero(line.sum(axis=1) >= 300)
    columns = np.flatnonzero(line.any(axis=0))
    assert len(rows) and len(columns)
    plot = (int(columns[0]), int(rows[0]) - 24 * SCALE, int(columns[-1]) + 1, int(rows[-1]) + 24 * SCALE)
    # each value label: a run of columns of dark text over the line's rows (its characters a px
    # or two apart, the labels a bar's band apart)
    labels: list[tuple[int, int]] = []
    for start, end in column_runs(picture, is_text, plot):
        if labels and start - labels[-1][1] < 4 * SCALE:
            labels[-1] = (labels[-1][0], end)
        else:
            labels.append((start, end))
    assert len(labels) == 4, labels
    widths = [end - start for start, end in labels]
    assert max(widths) - min(widths) <= 2 * SCALE, widths  # "99.6%" as whole as "98.1%"
    ink = colour_mask(picture, is_label_ink)
    assert ink[plot[1] : plot[3], plot[0] : plot[2]].sum() >= 40  # the label is drawn, near its line
    for start, end in labels:
        box = box_where(picture, is_text, (start, plot[1], end, plot[3]))
        assert box is not None
        left, top, right, bottom = (box[0] - SCALE, box[1] - SCALE, box[2] + SCALE, box[3] + SCALE)
        assert not ink[top:bottom, left:right].any(), box
