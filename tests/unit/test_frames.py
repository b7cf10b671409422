"""Frames: the screen keeps its size and the image grows by the frame; options beat the document."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.frames import BROWSER_BAR, FRAME_INSETS, frame_fit_warning
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render, prepare_render
from kernel.dsl.validate import validate_document

PHONE = FRAME_INSETS["phone"]


def viewport(document: dict[str, Any], **options: Any) -> tuple[int, int, int, int, str, str | None]:
    v = plan_render({"elements": [], **document}, RenderOptions(**options)).viewport
    return v.width, v.height, v.screen_width, v.screen_height, v.frame.type, v.frame.url


@pytest.mark.parametrize(
    ("document", "options", "expected"),
    [
        ({"device": "laptop"}, {}, (1280, 800, 1280, 800, "none", None)),
        ({"device": "laptop", "frame": "browser"}, {}, (1280, 800 + BROWSER_BAR, 1280, 800, "browser", None)),
        (
            {"device": "mobile", "frame": "phone"},
            {},
            (390 + PHONE.left + PHONE.right, 844 + PHONE.top + PHONE.bottom, 390, 844, "phone", None),
        ),
        (
            {"frame": {"type": "browser", "url": "acme.app/users"}},
            {},
            (800, 600 + BROWSER_BAR, 800, 600, "browser", "acme.app/users"),
        ),
        ({"frame": {"url": "acme.app"}}, {"frame": "browser"}, (800, 644, 800, 600, "browser", "acme.app")),
        ({"frame": {"url": "acme.app"}}, {"frame": "none"}, (800, 600, 800, 600, "none", None)),
        ({"frame": "phone"}, {"frame": "browser"}, (800, 644, 800, 600, "browser", None)),
    ],
)
def test_a_frame_adds_its_room_around_the_screen(
    document: dict[str, Any], options: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    assert viewport(document, **options) == expected


def test_the_address_bar_shows_the_url_or_the_title_escaped() -> None:
    html = prepare_render({"title": "<Users>", "frame": "browser", "elements": []}).html
    assert 'class="dsl-frame-address">' in html and "&lt;Users&gt;" in html and "<Users>" not in html
    with_url = prepare_render(
        {"title": "Users", "frame": {"type": "browser", "url": "acme.app"}, "elements": []}
    )
    assert ">acme.app</span>" in with_url.html


def test_without_a_frame_the_page_has_no_frame_markup() -> None:
    assert "dsl-frame" not in prepare_render({"elements": [{"type": "text", "text": "x"}]}).html


def test_an_unknown_frame_says_which_exist() -> None:
    errors = validate_document({"frame": "iphone", "elements": []}).errors
    assert errors and errors[0].path == "/frame"
    assert "phone" in str(errors[0]) and "browser" in str(errors[0])


@pytest.mark.parametrize(
    ("frame", "size", "warned"),
    [
        ("phone", (390, 844), False),
        ("phone", (430, 932), False),
        ("phone", (1280, 800), True),
        ("phone", (768, 1024), True),
        ("phone", (400, 300), True),  # a phone on its side
        ("browser", (1280, 800), False),
        ("none", (1280, 800), False),
    ],
)
def test_a_phone_frame_around_a_screen_no_phone_has_warns(
    frame: str, size: tuple[int, int], warned: bool
) -> None:
    warning = frame_fit_warning(frame, *size)
    assert (warning is not None) == warned
    if warning is not None:
        assert warning.code == "frame_mismatch" and warning.path == "/frame"
        assert f"{size[0]}x{size[1]} screen" in warning.message
        assert warning.suggestion is not None and "device: mobile (390x844)" in warning.suggestion
    assert frame_fit_warning("phone", 1280, 800, path="") is not None


def test_a_render_of_a_phone_frame_around_a_desktop_screen_carries_the_warning() -> None:
    """The CLI and the HTTP API plan renders here: the warning reaches them, once, at the field
    that asked for the frame (the document's, or a render option's)."""
    by_document = plan_render({"device": "laptop", "frame": "phone", "elements": []}).warnings
    assert [(w.code, w.path) for w in by_document if w.code == "frame_mismatch"] == [
        ("frame_mismatch", "/frame")
    ]
    by_option = plan_render({"device": "laptop", "elements": []}, RenderOptions(frame="phone")).warnings
    assert [(w.code, w.path) for w in by_option if w.code == "frame_mismatch"] == [("frame_mismatch", "")]
    assert not [w for w in plan_render({"device": "mobile", "frame": "phone", "elements": []}).warnings
                if w.code == "frame_mismatch"]  # fmt: skip
