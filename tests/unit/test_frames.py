"""Frames: the screen keeps its size and the image grows by the frame; options beat the document."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.frames import frame_shell
from kernel.dsl.frames import BROWSER_BAR, FRAME_INSETS, WINDOW_BAR, FrameChoice, frame_fit_warning
from kernel.dsl.model import Document
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


def test_an_address_bar_given_no_url_and_no_title_shows_a_placeholder_host() -> None:
    """It was an empty white pill, which looked unfinished."""
    html = prepare_render({"frame": "browser", "elements": []}).html
    assert ">app.example.com</span>" in html


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
        ("phone", (400, 300), True),  # on its side, but lower than any phone is narrow
        ("phone", (844, 390), False),  # a phone on its side: drawn turned
        ("phone", (1280, 400), True),  # longer than any phone
        ("phone", (600, 400), True),  # squarer than any phone
        ("phone", (198, 242), True),  # a watch: narrower than any phone
        ("phone", (320, 568), False),  # the smallest phones
        ("browser", (1280, 800), False),
        ("none", (1280, 800), False),
        ("tablet", (390, 844), True),  # checked by its own test below
    ],
)
def test_a_phone_frame_around_a_screen_no_phone_has_warns(
    frame: str, size: tuple[int, int], warned: bool
) -> None:
    warning = frame_fit_warning(frame, *size)
    assert (warning is not None) == warned
    if warning is not None and frame == "phone":
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
    assert [(w.code, w.path) for w in by_option if w.code == "frame_mismatch"] == [
        ("frame_mismatch", "/options/frame")
    ]
    assert not [w for w in plan_render({"device": "mobile", "frame": "phone", "elements": []}).warnings
                if w.code == "frame_mismatch"]  # fmt: skip


# -- a phone's strips continue the screen's edges --------------------------------------------------

MOBILE = (390, 844)
PURPLE_NAVBAR = {"type": "navbar", "title": "Wallet", "style": {"background": "#4f46e5", "color": "#fff"}}
TAB_BAR = {"type": "tabs", "variant": "bottom", "items": [{"label": "Home"}, {"label": "Me"}], "active": 0}


def strips(elements: list[dict[str, Any]], **document: Any) -> tuple[str, str]:
    """The phone's status bar and home indicator tags (their opening tags) for a document."""
    doc = Document.model_validate({"elements": elements, **document})
    shell = frame_shell(FrameChoice("phone"), title=None, document=doc, screen=MOBILE)
    status = shell.before[shell.before.index('<div class="dsl-frame-status') :]
    home = shell.after[shell.after.index('<div class="dsl-frame-home') :]
    return status[: status.index(">") + 1], home[: home.index(">") + 1]


def test_the_status_bar_takes_the_fill_of_a_navbar_at_the_top_and_the_ink_of_its_palette() -> None:
    status, home = strips([PURPLE_NAVBAR, {"type": "heading", "text": "Cards"}], background="#f2f2f7")
    assert "background:#4f46e5" in status and "has-dark-bg" in status  # the dark palette's text
    assert "--own-background:#4f46e5" in status and "--frame-ink:var(--foreground)" in status
    assert home == '<div class="dsl-frame-home" aria-hidden="true">'  # the screen's own below
    plain, _ = strips([{"type": "navbar", "title": "Inbox"}])
    assert "background:var(--surface)" in plain and "has-dark-bg" not in plain
    themed, _ = strips([{**PURPLE_NAVBAR, "style": {"background": "var(--primary)"}}])
    assert "--frame-ink:contrast-color(var(--primary))" in themed  # black or white, on any brand
    # A modal written first takes no room (its backdrop covers the screen): the navbar is on top.
    modal = {"type": "modal", "title": "Share", "style": {"background": "#fef3c7"}}
    assert strips([modal, PURPLE_NAVBAR])[0] == status


@pytest.mark.parametrize(
    ("elements", "document", "fill"),
    [
        # A band running down: the colour of its top edge; across: the gradient itself.
        (
            [{"type": "column", "style": {"background": "linear-gradient(180deg, #1e3a8a, #3b82f6)"},
              "children": [{"type": "heading", "text": "Hi"}]}],
            {},
            "background:linear-gradient(rgba(30,58,138,1),rgba(30,58,138,1))",
        ),
        (
            [{"type": "column", "style": {"background": "linear-gradient(90deg, #1e3a8a, #3b82f6)"},
              "children": [{"type": "heading", "text": "Hi"}]}],
            {},
            "background:linear-gradient(90deg, #1e3a8a, #3b82f6)",
        ),
        # A map behind a ride's search field, in a stack on a screen without padding.
        (
            [{"type": "stack", "layout": {"height": 844}, "children": [
                {"type": "map"},
                {"type": "search", "layout": {"x": 16, "y": 16, "width": 358}}]}],
            {"padding": 0},
            "background:color-mix(in srgb,var(--muted) 80%,var(--surface))",
        ),
        ([{"type": "image", "alt": "Cover", "layout": {"height": 200}}], {"padding": 0}, "background:var(--muted)"),
    ],
)  # fmt: skip
def test_the_status_bar_continues_a_band_a_map_or_a_picture_at_the_top(
    elements: list[dict[str, Any]], document: dict[str, Any], fill: str
) -> None:
    status, _ = strips(elements, **document)
    assert fill in status, status


@pytest.mark.parametrize(
    ("elements", "document"),
    [
        ([{"type": "heading", "text": "Photos"}, PURPLE_NAVBAR], {}),  # content first keeps a margin
        ([PURPLE_NAVBAR, TAB_BAR], {"padding": 24}),  # the whole screen is padded
        ([{**PURPLE_NAVBAR, "style": {"background": "transparent"}}], {}),  # the page shows through
        ([{"type": "column", "padding": 16, "children": [{"type": "map"}]}], {}),  # padded above the map
        ([{"type": "column", "padding": "0 16px", "children": [{"type": "map"}]}], {}),  # and beside it
        ([{"type": "image", "src": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "layout": {"height": 99}}], {"padding": 0}),
        ([{"type": "column", "style": {"background": "url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC)"},
           "children": [{"type": "heading", "text": "Hi"}]}], {}),  # a picture no strip can continue
    ],
)  # fmt: skip
def test_the_strips_stay_the_screens_own_where_nothing_runs_to_its_edge(
    elements: list[dict[str, Any]], document: dict[str, Any]
) -> None:
    status, home = strips(elements, **document)
    assert status == '<div class="dsl-frame-status" aria-hidden="true">'
    assert home == '<div class="dsl-frame-home" aria-hidden="true">'


def test_the_home_indicator_takes_a_bottom_tab_bars_surface() -> None:
    _, home = strips([{"type": "heading", "text": "Feed"}, TAB_BAR])
    assert "background:var(--surface)" in home and "--frame-ink:var(--foreground)" in home
    # Written before the content, the bar still goes to the screen's bottom edge.
    assert strips([TAB_BAR, {"type": "heading", "text": "Feed"}])[1] == home
    # A dark bar draws its tabs on its palette's surface: the strip takes the same palette.
    _, dark = strips([{**TAB_BAR, "style": {"background": "#1e1b4b"}}])
    assert (
        "has-dark-bg" in dark and "--own-background:#1e1b4b" in dark and "background:var(--surface)" in dark
    )
    # Written first, it still goes to the bottom: the heading after it is on top.
    status, first = strips(
        [{**TAB_BAR, "style": {"background": "#1e1b4b"}}, {"type": "heading", "text": "Hi"}]
    )
    assert first == dark and "background" not in status
    # The one column making up the screen (as the mobile-app example), the bar at its end.
    screen = {"type": "column", "layout": {"width": 390, "height": 844}, "gap": 0,
              "children": [{"type": "column", "style": {"flex": 1}, "children": []}, TAB_BAR]}  # fmt: skip
    assert strips([screen])[1] == home
    assert "background" not in strips([{**screen, "layout": {"height": 600}}])[1]  # ends mid-screen
    # A bar holding a panel, with a box of its own and an element after it: that goes below it.
    boxed = {**TAB_BAR, "style": {"color": "#333"}, "children": [{"type": "text", "text": "Panel"}]}
    assert "background" not in strips([boxed, {"type": "button", "label": "Go"}])[1]


def test_a_modal_dims_the_strips_and_a_browser_frame_is_left_as_it_was() -> None:
    doc = Document.model_validate({"elements": [PURPLE_NAVBAR, TAB_BAR]})
    phone = frame_shell(FrameChoice("phone"), title=None, document=doc, screen=MOBILE)
    assert (
        ".dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop)>:is(.dsl-frame-status,.dsl-frame-home)"
        "{box-shadow:inset 0 0 0 999px var(--overlay)}"
    ) in phone.css
    browser = frame_shell(FrameChoice("browser"), title="Wallet", document=doc, screen=MOBILE)
    assert browser == frame_shell(FrameChoice("browser"), title="Wallet")


@pytest.mark.parametrize(
    ("size", "advice"),
    [
        ((768, 1024), None),
        ((1024, 768), None),  # on its side
        ((834, 1194), None),
        ((1366, 1024), None),
        ((390, 844), "frame: phone"),
        ((1440, 900), "frame: browser"),
        ((1920, 1080), "frame: browser"),
    ],
)
def test_a_tablet_frame_fits_tablet_screens_either_way_up(size: tuple[int, int], advice: str | None) -> None:
    warning = frame_fit_warning("tablet", *size)
    if advice is None:
        assert warning is None
        return
    assert warning is not None and warning.code == "frame_mismatch"
    assert f"a tablet frame around a {size[0]}x{size[1]} screen" in warning.message
    assert warning.suggestion is not None and advice in warning.suggestion
    assert "device: tablet (768x1024)" in warning.suggestion


def test_a_phone_frame_around_a_tablet_screen_points_to_the_tablet_frame() -> None:
    warning = frame_fit_warning("phone", 768, 1024)
    assert warning is not None and warning.suggestion is not None
    assert warning.suggestion.startswith("a screen this size is a tablet's: frame: tablet")
    laptop = frame_fit_warning("phone", 1440, 900)
    assert laptop is not None and "frame: tablet" not in (laptop.suggestion or "")


def test_a_tablet_frame_adds_its_bezel_and_strips_around_the_screen() -> None:
    insets = FRAME_INSETS["tablet"]
    assert insets.left == insets.right and insets.top > insets.left and insets.bottom > insets.left
    html = prepare_render({"device": "tablet", "frame": "tablet", "elements": []}).html
    assert "dsl-frame--tablet" in html and 'class="dsl-frame-island"' not in html and "Mon Jun 10" in html


def test_a_phone_frame_around_a_landscape_phone_screen_draws_the_phone_turned() -> None:
    """The island on the short left side, no status bar, the home indicator below; an upright
    phone keeps its own frame."""
    plan = prepare_render({"device": "mobile", "width": 844, "height": 390, "frame": "phone", "elements": []})
    assert plan.viewport.frame.landscape and plan.viewport.screen_width == 844
    assert plan.viewport.screen_height == 390
    assert "is-landscape" in plan.html and "9:41" not in plan.html and "dsl-frame-island" in plan.html
    assert not [warning for warning in plan.warnings if warning.code == "frame_mismatch"]
    too_long = frame_fit_warning("phone", 1280, 400)  # no phone is this long: its advice names both sizes
    assert too_long is not None and "844x390 for a phone on its side" in (too_long.suggestion or "")
    upright = prepare_render({"device": "mobile", "frame": "phone", "elements": []})
    assert not upright.viewport.frame.landscape and "9:41" in upright.html


def test_a_phone_frame_around_a_watch_sized_screen_says_to_leave_the_frame_out() -> None:
    warning = frame_fit_warning("phone", 198, 242)
    assert warning is not None and "narrower than any phone (320 px at least)" in warning.message
    assert warning.suggestion is not None and warning.suggestion.startswith(
        "for a watch or another small screen"
    )


# -- a desktop app's window ---------------------------------------------------------------------------


def test_a_window_frame_adds_its_title_bar_above_the_screen() -> None:
    prepared = prepare_render(
        {"title": "Preferences — <Accounts>", "device": "laptop", "frame": "window", "elements": []}
    )
    viewport = prepared.viewport
    assert (viewport.width, viewport.height) == (1280, 800 + WINDOW_BAR)
    assert (viewport.screen_width, viewport.screen_height) == (1280, 800)
    assert FRAME_INSETS["window"].top == WINDOW_BAR
    html = prepared.html
    assert 'class="dsl-frame-titlebar is-mac"' in html and 'class="dsl-frame-dots"' in html
    assert "Preferences — &lt;Accounts&gt;</span>" in html
    assert "dsl-frame-address" not in html  # a window has no address bar


def test_a_window_frames_windows_look_puts_its_buttons_at_the_end() -> None:
    doc = {"title": "Settings", "frame": {"type": "window", "style": "Windows"}, "elements": []}
    html = prepare_render(doc).html
    assert 'class="dsl-frame-titlebar is-windows"' in html
    assert html.index("Settings</span>") < html.index('class="dsl-frame-controls"')
    bar = html[html.index('<div class="dsl-frame-titlebar') :]
    assert "dsl-frame-dots" not in bar[: bar.index("</div>")]


def test_the_window_option_keeps_the_documents_window_look() -> None:
    """`--frame window` over a document's own `{type: window, style: windows}` keeps its look;
    over any other frame it draws the mac look."""
    own = {"frame": {"type": "window", "style": "windows"}, "elements": []}
    assert prepare_render(own, RenderOptions(frame="window")).viewport.frame.style == "windows"
    assert prepare_render(
        {"frame": "phone", "elements": []}, RenderOptions(frame="window")
    ).viewport.frame == (FrameChoice("window"))


def test_a_url_or_a_style_a_frame_does_not_draw_warns() -> None:
    url = plan_render({"frame": {"type": "window", "url": "acme.app"}, "elements": []}).warnings
    assert [(w.code, w.path) for w in url if w.code == "field_ignored"] == [("field_ignored", "/frame/url")]
    style = plan_render({"frame": {"type": "browser", "style": "windows"}, "elements": []}).warnings
    assert [(w.code, w.path) for w in style if w.code == "field_ignored"] == [
        ("field_ignored", "/frame/style")
    ]


@pytest.mark.parametrize(
    ("element", "fill"),
    [
        ({"type": "map", "label": "Pickup"}, "background:color-mix(in srgb,var(--info) 22%,var(--surface))"),
        ({"type": "stack", "children": [{"type": "map"}, {"type": "button", "label": "Menu"}]},
         "background:color-mix(in srgb,var(--info) 22%,var(--surface))"),
        ({"type": "image", "alt": "Cover"}, "background:var(--muted)"),
        ({"type": "container", "style": {"background": "#0b3d2e"}, "children": [{"type": "text", "text": "Hi"}]},
         "background:#0b3d2e"),
    ],
)  # fmt: skip
def test_the_home_indicator_continues_full_bleed_content_as_tall_as_the_screen(
    element: dict[str, Any], fill: str
) -> None:
    """A full-screen map ended in a white strip under the home indicator, though the status bar
    continued it at the top: the strip continues it at the bottom too (a map's water is its
    bottom edge), but not for content that ends mid-screen or a gradient's other end."""
    _, home = strips([{**element, "layout": {"height": 844}}], padding=0)
    assert fill in home, home
    assert "background" not in strips([{**element, "layout": {"height": 600}}], padding=0)[1]
    gradient = {
        "type": "container",
        "style": {"background": "linear-gradient(#000, #fff)"},
        "layout": {"height": 844},
    }
    assert "background" not in strips([gradient])[1]


def test_a_frame_around_a_page_as_tall_as_its_content_is_judged_by_its_width_alone() -> None:
    """`height: auto` makes the canvas 100 px tall until the render measures the content: a
    1280 px wide page in a tablet frame was told "a 1280x100 screen draws a tablet narrower than
    any tablet" (the screen was 1280x2753, and 1280 px is no narrow tablet)."""
    page = {"width": 1280, "height": "auto", "elements": [{"type": "text", "text": "Hi"}]}
    tablet = prepare_render({**page, "frame": "tablet"})
    assert not [warning for warning in tablet.warnings if warning.code == "frame_mismatch"]
    (phone,) = [w for w in prepare_render({**page, "frame": "phone"}).warnings if w.code == "frame_mismatch"]
    assert phone.message == (
        "a phone frame around a screen 1280 px wide (height: auto, as tall as its content) draws a phone "
        "1280 px wide"
    )
    narrow = frame_fit_warning("tablet", 390, None)
    assert narrow is not None and "narrower than any tablet (600 px at least)" in narrow.message
    assert frame_fit_warning("phone", 390, None) is None


@pytest.mark.parametrize(
    ("size", "told"),
    [
        ((1280, 2753), "whose long side, 2,753 px, is longer than any tablet's (1,400 px at most)"),
        ((390, 844), "whose short side, 390 px, is shorter than any tablet's (600 px at least)"),
        ((1280, 400), "whose short side, 400 px, is shorter than any tablet's (600 px at least)"),
    ],
)
def test_a_tablet_frame_that_does_not_fit_names_the_side_and_the_bound_it_misses(
    size: tuple[int, int], told: str
) -> None:
    """A 1280x2753 screen was "narrower than any tablet": the word came from the short side
    alone, whichever bound the screen missed."""
    warning = frame_fit_warning("tablet", *size)
    assert (
        warning is not None
        and warning.message == f"a tablet frame around a {size[0]}x{size[1]} screen draws a tablet {told}"
    )
