"""A table cell's list of an avatar and a text on real Chromium: the name drawn beside the face, on
one line with it, in a row as tall as a row of text."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    column_runs,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

FACE_CELL = [{"type": "avatar", "name": "Ana Ruiz"}, "Ana Ruiz"]


def _table(first_cell: Any) -> dict[str, Any]:
    return {
        "width": 560,
        "height": 220,
        "scale": 1,
        "elements": [
            {
                "type": "table",
                "columns": ["Name", "Role"],
                "rows": [[first_cell, "Admin"], ["Bo Chen", "Editor"]],
            }
        ],
    }


async def _picture(pool: ChromiumPool, first_cell: Any) -> Image.Image:
    prepared, image = await render_dsl(pool, _table(first_cell))
    assert prepared.warnings == [] and image.measured_warnings == (), (prepared.warnings, image)
    return rgb(image.data)


def _is_tinted(colour: RGB) -> bool:
    """An avatar's face: a tinted fill or its coloured initials, never grey text or lines (the
    emerald face's tint, of the deeper emerald a light page's charts draw, is 28 from grey)."""
    return max(colour) - min(colour) > 20


def _words(picture: Image.Image, band: Box) -> list[tuple[int, int]]:
    """The words of text in `band`, left to right: runs of text columns less than 8 px apart (a
    header's letters are spaced apart) joined."""
    words: list[tuple[int, int]] = []
    for left, right in column_runs(picture, is_text, band):
        if words and left - words[-1][1] < 8:
            words[-1] = (words[-1][0], right)
        else:
            words.append((left, right))
    return words


def _frame(picture: Image.Image) -> Box:
    found = box_where(picture, lambda c: luminance(c) < 245)
    assert found is not None
    return found


async def test_a_name_beside_its_avatar_is_one_line_in_a_row_as_tall_as_texts(pool: ChromiumPool) -> None:
    with_face = await _picture(pool, FACE_CELL)
    as_text = await _picture(pool, "Ana Ruiz")
    frame = _frame(with_face)
    assert frame == _frame(as_text), "the table is as tall with the face as with a text"
    header, *_ = row_runs(as_text, is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))
    role_left = _words(as_text, (frame[0] + 2, header[0], frame[2] - 2, header[1]))[-1][0] - 4
    role_lines = (role_left, header[1] + 2, frame[2] - 2, frame[3] - 2)
    assert row_runs(with_face, is_text, role_lines) == row_runs(as_text, is_text, role_lines), (
        "each row's text is where a table of texts draws it: the row keeps its height"
    )

    face = box_where(with_face, _is_tinted, (frame[0] + 2, frame[1] + 40, role_left, frame[3] - 2))
    assert face is not None, "the avatar is drawn"
    height = face[3] - face[1]
    assert 24 <= height <= 30 and abs((face[2] - face[0]) - height) <= 2, face
    beside = (face[2], face[1] - 4, role_left, face[3] + 4)
    words = column_runs(with_face, is_text, beside)
    assert words and words[0][0] - face[2] <= 16, ("the name starts just after the face", face, words)
    (line,) = row_runs(with_face, is_text, beside)
    face_middle, line_middle = (face[1] + face[3]) / 2, (line[0] + line[1]) / 2
    assert abs(face_middle - line_middle) <= 3, ("the name is centred on the face's line", face, line)
