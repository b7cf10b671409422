"""A list row's `avatar` (a chat's or a contact's face at the row's start, in place of its icon),
and what is said when another entry, or a list row under another name, carries one."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document
from tests.support.elements import render_element

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
"""A one-pixel PNG."""


def _doc(element: dict[str, Any]) -> dict[str, Any]:
    return {"width": 390, "height": 600, "elements": [element]}


def test_a_name_draws_its_initials_on_a_face_in_place_of_the_icon_and_makes_the_list_divided() -> None:
    html = render_element(type="list", items=[{"label": "Maya Chen", "avatar": "Maya Chen", "icon": "user"}])
    assert "dsl-list--divided" in html
    assert '<span class="dsl-avatar-face" style="width:40px;height:40px;' in html
    assert "<span>MC</span>" in html
    assert "dsl-list-lead" not in html  # no icon tile beside the face


def test_an_object_draws_its_picture_and_status_dot_and_takes_the_labels_initials() -> None:
    item = {"label": "Ana Ruiz", "avatar": {"src": PIXEL, "status": "online"}}
    html = render_element(type="list", items=[item])
    assert f'<img src="{PIXEL}" alt="Ana Ruiz" data-initials="AR">' in html
    assert "dsl-avatar-status dsl-tone-success" in html


def test_a_data_uri_written_as_the_avatar_is_its_picture() -> None:
    html = render_element(type="list", items=[{"label": "Ana Ruiz", "avatar": PIXEL}])
    assert f'<img src="{PIXEL}" alt="Ana Ruiz" data-initials="AR">' in html


def test_a_plain_lists_face_is_the_size_of_its_line() -> None:
    html = render_element(type="list", variant="plain", items=[{"label": "Leo Park", "avatar": "Leo Park"}])
    assert "dsl-list--plain" in html and "width:24px;height:24px" in html and "<span>LP</span>" in html


def test_a_chat_row_is_valid_without_a_warning() -> None:
    item = {"label": "Maya Chen", "avatar": {"name": "Maya Chen", "status": "online"}, "description": "Hi",
            "value": "10:42", "badge": 2, "variant": "primary", "shortcut": "›"}  # fmt: skip
    result = validate_document(_doc({"type": "list", "items": [item]}))
    assert (result.errors, result.warnings) == ([], [])


def test_an_avatar_object_with_an_unknown_field_is_an_error_at_its_path() -> None:
    result = validate_document(_doc({"type": "list", "items": [{"label": "A", "avatar": {"url": "x"}}]}))
    assert [error.path for error in result.errors] == ["/elements/0/items/0/avatar/url"]


@pytest.mark.parametrize(
    ("element", "path", "message"),
    [
        ({"type": "menu", "items": [{"label": "Ann", "avatar": "Ann Lee"}]}, "/elements/0/items/0/avatar",
         "a menu entry does not draw 'avatar'"),
        ({"type": "timeline", "items": [{"label": "Ann", "avatar": "Ann Lee"}]}, "/elements/0/items/0/avatar",
         "a timeline entry does not draw 'avatar'"),
        ({"type": "card", "title": "x", "actions": [{"label": "Ann", "avatar": "Ann Lee"}]},
         "/elements/0/actions/0/avatar", "an action does not draw 'avatar'"),
        ({"type": "tabs", "items": [{"label": "Ann", "avatar": "Ann Lee"}]}, "/elements/0/items/0/avatar",
         "a tab does not draw 'avatar'"),
    ],
)  # fmt: skip
def test_an_avatar_on_an_entry_that_draws_none_is_warned_once(
    element: dict[str, Any], path: str, message: str
) -> None:
    result = validate_document(_doc(element))
    assert result.errors == []
    (warning,) = result.warnings
    assert (warning.path, warning.code, warning.message) == (path, "field_ignored", message)
    assert warning.suggestion is not None and "avatar" in warning.suggestion
