"""A chat list and a red "Sign out" row on real Chromium, as a mobile designer asked for them: the
rows' faces (`avatar`) were refused, and a row's `variant: danger` with no value nor badge was
ignored with a warning. Each row's face now starts it, its time and unread count stay inside it
on a 390 px phone, and a destructive row's label is drawn in the danger colour."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_in,
    box_where,
    close_to,
    is_blue,
    is_green,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

SCALE = 2
RED = (255, 0, 0)
MAGENTA = (255, 0, 255)

CHAT_COLOURS = (
    ".dsl-avatar-face{background:#ff00ff!important;color:#ff00ff!important}"
    ".dsl-list-label{color:#00ff00!important}.dsl-list-value{color:#0000ff!important}"
    ".dsl-pill{background:#ff0000!important;color:#ff0000!important}"
    ".dsl-list-desc{color:#ffffff!important}.dsl-list-end{color:#ffffff!important}"
)
"""Faces magenta, names green, times blue and counts a solid red box; the message and the chevron
out of sight (white on the white rows)."""


def is_magenta(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, MAGENTA, 8)


def is_red(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, RED, 8)


async def test_a_chat_rows_face_time_and_count_are_inside_its_row_on_a_phone(pool: ChromiumPool) -> None:
    """Two chats on a 390 px phone: each row starts with its face, the name beside it; the time
    ends the name's line and the unread count sits under it, both inside the list's box, with no
    warning of anything overflowing or cut."""
    message = "Oat please and see you at 7 at the north gate, bring the tickets and the umbrella"
    items = [
        {"label": "Maya Chen", "avatar": {"name": "Maya Chen", "status": "online"}, "description": message,
         "value": "10:42", "badge": 2, "variant": "primary", "shortcut": "›"},
        {"label": "Leo Park", "avatar": "Leo Park", "description": "Photos from Lisbon are up",
         "value": "Yesterday", "badge": 14, "shortcut": "›"},
    ]  # fmt: skip
    document = {
        "device": "mobile",
        "scale": SCALE,
        "css": CHAT_COLOURS,
        "elements": [{"type": "list", "items": items}],
    }
    prepared, image = await render_dsl(pool, document)
    assert prepared.warnings == [] and image.measured_warnings == ()
    picture = rgb(image.data)
    assert picture.width == 390 * SCALE
    faces = row_runs(picture, is_magenta, (0, 0, picture.width, picture.height))
    assert len(faces) == 2, faces
    for top, bottom in faces:
        band = (0, top, picture.width, bottom + 1)
        face, name, time, count = (
            box_in(picture, keep, band) for keep in (is_magenta, is_green, is_blue, is_red)
        )
        assert 36 * SCALE <= face[2] - face[0] <= 42 * SCALE, face  # a 40 px face
        assert face[2] < name[0], (face, name)  # the name beside the face
        assert name[2] < time[0] and count[1] > time[3], (name, time, count)  # time at the end, count under
        assert max(time[2], count[2]) < picture.width - 16 * SCALE, (time, count)  # inside the row


async def test_a_destructive_rows_label_is_drawn_in_the_danger_colour(pool: ChromiumPool) -> None:
    """iOS's settings: "General" with a chevron, then "Sign out" alone in red; the other label keeps
    the text colour."""
    document = {
        "device": "mobile",
        "scale": SCALE,
        "css": ".dsl-list{--danger-text:#ff0000}",
        "elements": [
            {
                "type": "list",
                "items": [{"label": "General", "shortcut": "›"}, {"label": "Sign out", "variant": "danger"}],
            }
        ],
    }
    prepared, image = await render_dsl(pool, document)
    assert [issue for issue in prepared.warnings if issue.kind != "note"] == []  # a note on --danger-text
    picture = rgb(image.data)
    red = box_where(picture, is_red)
    assert red is not None
    general = box_where(picture, lambda colour: max(colour) < 90, (0, 0, picture.width, red[1]))
    assert general is not None and general[3] < red[1], (general, red)  # the dark label is the row above
    assert 50 * SCALE < red[2] - red[0] < 90 * SCALE, red  # the words "Sign out", no more


@pytest.mark.parametrize("variant", ["divided", "plain"])
async def test_labels_beside_faces_icons_and_nothing_start_in_one_column(
    pool: ChromiumPool, variant: str
) -> None:
    """A transactions list mixing merchants' faces and categories' icon tiles started their labels
    4 px apart (a face is wider than a tile), and a row with neither at the list's edge: every
    label now starts in one column, in a divided list and in light rows."""
    items = [
        {"label": "Blue Bottle Coffee", "description": "Today", "value": "-$6.75", "avatar": "Blue Bottle"},
        {"label": "Netflix", "description": "Jun 28", "value": "-$15.49", "icon": "tv"},
        {"label": "Refund", "description": "Jun 27", "value": "+$4.00"},
    ]
    document = {
        "width": 390,
        "height": 320,
        "scale": SCALE,
        "css": painted(".dsl-list-label", "#00ff00"),
        "elements": [{"type": "list", "variant": variant, "items": items}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    whole = (0, 0, picture.width, picture.height)
    bands = row_runs(picture, is_green, whole)
    assert len(bands) == 3, bands
    starts = [box_in(picture, is_green, (0, top, picture.width, bottom))[0] for top, bottom in bands]
    assert max(starts) - min(starts) <= 1, starts
