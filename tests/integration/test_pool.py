"""ChromiumPool on real Chromium: pixels, formats, isolation, timeouts, crashes, recycling, load."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from PIL import Image, ImageChops, ImageStat

from kernel.dsl.compiler.page import page_html
from kernel.dsl.options import RenderOptions, Viewport
from kernel.dsl.prepare import prepare_render
from kernel.errors import RenderError, RenderTimeoutError
from render_worker import pool_settings
from render_worker.image import ImageTooLargeError, image_size
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import ChromiumNotFoundError, PoolSettings
from tests.integration.network_fixtures import CountingServer
from tests.integration.render_fixtures import decode
from tests.support.polling import wait_until

pytestmark = pytest.mark.integration

VIEWPORT = Viewport(width=400, height=300, scale=1.0)
RED_BOX = (
    "<html><body style='margin:0;background:#fff'>"
    "<div style='position:absolute;left:100px;top:50px;width:40px;height:30px;background:#f00'></div>"
    "</body></html>"
)


def pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def rgb_at(data: bytes, x: int, y: int) -> tuple[int, int, int]:
    r, g, b = pixels(data).convert("RGB").getpixel((x, y))
    return r, g, b


@pytest_asyncio.fixture(scope="module")
async def pool() -> AsyncIterator[ChromiumPool]:
    async with ChromiumPool(PoolSettings(browsers=2, pages_per_browser=2)) as warm:
        yield warm


@pytest_asyncio.fixture
async def small_pool() -> AsyncIterator[Callable[..., Awaitable[ChromiumPool]]]:
    """A private pool for tests that break or recycle browsers; closed after the test."""
    made: list[ChromiumPool] = []

    async def make(**overrides: object) -> ChromiumPool:
        settings = PoolSettings(browsers=1, pages_per_browser=1).model_copy(update=overrides)
        created = ChromiumPool(settings)
        made.append(created)
        await created.start()
        return created

    yield make
    for created in made:
        await created.close()


# -- pixels ---------------------------------------------------------------------------------------


async def test_absolutely_placed_red_box_is_red_at_its_coordinates(pool: ChromiumPool) -> None:
    image = await pool.render(RED_BOX, VIEWPORT)
    assert image.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (image.format, image.width, image.height) == ("png", 400, 300)
    assert pixels(image.data).size == (400, 300)
    assert rgb_at(image.data, 120, 65) == (255, 0, 0)
    assert rgb_at(image.data, 99, 65) == (255, 255, 255)
    assert rgb_at(image.data, 141, 65) == (255, 255, 255)
    assert image.render_ms > 0


async def test_scale_two_doubles_the_pixel_size(pool: ChromiumPool) -> None:
    image = await pool.render(RED_BOX, Viewport(width=400, height=300, scale=2.0))
    assert (image.width, image.height) == (800, 600) == pixels(image.data).size
    assert rgb_at(image.data, 201, 101) == (255, 0, 0)
    assert rgb_at(image.data, 279, 159) == (255, 0, 0)
    assert rgb_at(image.data, 198, 101) == (255, 255, 255)
    again = await pool.render(RED_BOX, VIEWPORT)  # the page goes back to 1x
    assert (again.width, again.height) == (400, 300)


async def test_transparent_background_has_zero_alpha_where_empty(pool: ChromiumPool) -> None:
    html = RED_BOX.replace("background:#fff", "background:transparent")
    image = await pool.render(html, VIEWPORT, transparent=True)
    rgba = pixels(image.data).convert("RGBA")
    assert rgba.getpixel((10, 10))[3] == 0  # type: ignore[index]
    assert rgba.getpixel((120, 65)) == (255, 0, 0, 255)
    opaque = await pool.render(html, VIEWPORT)  # the override is undone for the next render
    assert pixels(opaque.data).convert("RGBA").getpixel((10, 10)) == (255, 255, 255, 255)


async def test_full_page_captures_the_whole_scroll_height(pool: ChromiumPool) -> None:
    html = (
        "<html><body style='margin:0'><div style='height:1000px;background:#00f'></div>"
        "<div style='height:200px;background:#f00'></div></body></html>"
    )
    viewport_only = await pool.render(html, VIEWPORT)
    full = await pool.render(html, VIEWPORT, full_page=True)
    assert (viewport_only.width, viewport_only.height) == (400, 300)
    assert (full.width, full.height) == (400, 1200) == pixels(full.data).size
    assert rgb_at(full.data, 200, 1100) == (255, 0, 0)
    after = await pool.render(html, VIEWPORT)
    assert (after.width, after.height) == (400, 300)


TALLER_THAN_A_CAPTURE = (
    "<html><body style='margin:0'><div style='height:20000px;background:#00f'></div>"
    "<div style='height:500px;background:#f00'></div></body></html>"
)
"""20,500 CSS px of content: more than the 16,384 px Chromium captures in one image."""


@pytest.mark.parametrize(("scale", "kept"), [(1.0, 16_384), (2.0, 8_192), (3.0, 5_461), (1.5, 10_922)])
async def test_a_full_page_past_the_capture_limit_is_cut_and_says_how_much(
    pool: ChromiumPool, scale: float, kept: int
) -> None:
    image = await pool.render(TALLER_THAN_A_CAPTURE, Viewport(200, 300, scale), full_page=True)
    # All of what Chromium captures, also where the limit ends inside a CSS px (at scale 3 the
    # image stopped at the last whole one, 16,383 px).
    assert (image.width, image.height) == (round(200 * scale), 16_384) == pixels(image.data).size
    assert image.cut_px == 0  # nothing ran below a canvas: the page grew, the capture stopped
    (warning,) = image.measured_warnings
    unit = "px" if scale == 1 else "CSS px"  # at a scale, CSS px are told apart from image px
    assert f"the image stops at {kept:,} {unit}" in warning.message
    assert f"the last {20_500 - kept:,} {unit} are cut off" in warning.message  # CSS px below its bottom edge
    fitting = await pool.render(TALLER_THAN_A_CAPTURE.replace("20000px", "2000px"), VIEWPORT, full_page=True)
    assert (fitting.height, fitting.cut_px) == (2_500, 0)


async def test_a_wide_full_page_stops_at_the_pixel_limit_of_an_image(pool: ChromiumPool) -> None:
    """A canvas may be 8,000 px wide (40 megapixels at most); its full page was captured to
    Chromium's 16,384 px, 131 megapixels and gigabytes of memory for one image."""
    wide = TALLER_THAN_A_CAPTURE.replace("<body style='margin:0'>", "<body style='margin:0;width:8000px'>")
    image = await pool.render(wide, Viewport(8000, 100, 1.0), full_page=True)
    assert (image.width, image.height) == (8000, 5000) == pixels(image.data).size  # 40,000,000 px
    (warning,) = image.measured_warnings
    assert "an image holds at most 40 megapixels" in warning.message
    assert "the image stops at 5,000 px and the last 15,500 px are cut off" in warning.message
    cropped = await pool.render(wide, Viewport(8000, 100, 1.0), crop=True)
    assert cropped.width * cropped.height <= 40_000_000


@pytest.mark.parametrize(
    ("viewport", "size", "advice"),
    [
        (Viewport(400, 6000, 3.0), "1200x18000", "or lower the height or the scale"),
        (Viewport(6000, 400, 3.0), "18000x1200", "or lower the width or the scale"),
    ],
)
async def test_a_webp_canvas_past_the_formats_limit_is_a_clear_error_that_retrying_cannot_fix(
    pool: ChromiumPool, viewport: Viewport, size: str, advice: str
) -> None:
    """Validation refuses such a canvas first (kernel.dsl.limits.check_image_format); the
    renderer still checks what it is asked, naming the side too large (it named the height)."""
    with pytest.raises(ImageTooLargeError) as raised:
        await pool.render(TALLER_THAN_A_CAPTURE, viewport, format="webp")
    error = raised.value
    assert (error.code, error.retryable) == ("image_too_large", False)
    assert size in str(error) and "16,383 px" in str(error) and "png or jpeg" in str(error)
    assert str(error).endswith(advice)
    # The page was fine and went back to serving: the same pool renders on.
    assert (await pool.render(RED_BOX, VIEWPORT, format="webp")).data.startswith(b"RIFF")


@pytest.mark.parametrize(("scale", "crop"), [(1.0, False), (3.0, False)])
async def test_a_webp_full_page_past_the_formats_limit_is_cut_there_with_a_warning(
    pool: ChromiumPool, scale: float, crop: bool
) -> None:
    """As a PNG's is cut where Chromium's capture stops, a WebP's is cut at the 16,383 px it holds."""
    image = await pool.render(
        TALLER_THAN_A_CAPTURE, Viewport(200, 300, scale), format="webp", full_page=not crop, crop=crop
    )
    assert image.data.startswith(b"RIFF") and image.height == 16_383
    (warning,) = [issue for issue in image.measured_warnings if issue.code == "content_cut"]
    assert "a WebP image holds at most 16,383" in warning.message


async def test_a_start_cancelled_midway_raises_the_cancel_not_a_chromium_failure() -> None:
    starting = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1))
    task = asyncio.create_task(starting.start())
    await wait_until(lambda: starting._playwright is not None)  # Chromium is launching now
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not starting.healthy


@pytest.mark.parametrize(
    ("fmt", "magic"), [("jpeg", b"\xff\xd8\xff"), ("webp", b"RIFF"), ("png", b"\x89PNG")]
)
async def test_formats_have_their_magic_bytes_and_size(pool: ChromiumPool, fmt: str, magic: bytes) -> None:
    image = await pool.render(RED_BOX, Viewport(400, 300, 2.0), format=fmt, quality=80)  # type: ignore[arg-type]
    assert image.data.startswith(magic)
    assert image.format == fmt
    decoded = pixels(image.data)
    assert decoded.format == fmt.upper()
    assert (image.width, image.height) == decoded.size == (800, 600) == image_size(image.data)
    r, g, b = rgb_at(image.data, 240, 130)
    assert r > 230 and g < 30 and b < 30


async def test_text_and_data_images_are_painted(pool: ChromiumPool) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 0, 255)).save(buffer, "PNG")
    png = base64.b64encode(buffer.getvalue()).decode()
    svg = "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'><rect width='20' height='20' fill='lime'/></svg>"
    html = (
        "<html><body style='margin:0;background:#fff'>"
        "<p style='position:absolute;left:0;top:0;margin:0;font:bold 60px sans-serif;color:#000'>Hello</p>"
        f"<img style='position:absolute;left:300px;top:200px' src='data:image/png;base64,{png}'>"
        f'<img style="position:absolute;left:350px;top:200px" src="data:image/svg+xml;utf8,{svg}">'
        "</body></html>"
    )
    image = await pool.render(html, VIEWPORT)
    assert rgb_at(image.data, 310, 210) == (0, 0, 255)
    assert rgb_at(image.data, 360, 210) == (0, 255, 0)
    text_area = pixels(image.data).convert("L").crop((0, 0, 200, 80))
    dark = sum(text_area.histogram()[:80])
    assert dark > 500, "the text was not painted"


async def test_css_animations_are_frozen_so_renders_repeat_exactly(pool: ChromiumPool) -> None:
    spinner = (
        "<html><body style='margin:0;background:#fff'><style>@keyframes spin{to{transform:rotate(360deg)}}"
        "</style><div style='margin:50px;width:150px;height:150px;background:#00f;"
        "animation:spin .5s linear infinite'></div></body></html>"
    )
    images = []
    for _ in range(4):
        images.append(await pool.render(spinner, VIEWPORT))
        await asyncio.gather(*(pool.render(RED_BOX, VIEWPORT) for _ in range(4)))  # let time pass
    first = pixels(images[0].data).convert("RGB").tobytes()
    assert all(pixels(image.data).convert("RGB").tobytes() == first for image in images)
    assert rgb_at(images[0].data, 60, 60) == (0, 0, 255)  # first frame: not rotated


# -- isolation -----------------------------------------------------------------------------------


async def test_no_request_leaves_the_page(pool: ChromiumPool, counting_server: CountingServer) -> None:
    base = f"http://127.0.0.1:{counting_server.port}"
    html = f"""<html><head>
      <link rel="stylesheet" href="{base}/style.css"><link rel="prefetch" href="{base}/prefetch">
      <link rel="preconnect" href="{base}"><link rel="dns-prefetch" href="//localhost:{counting_server.port}">
      <link rel="preload" as="image" href="{base}/preload.png"><link rel="icon" href="{base}/favicon.ico">
      <style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}
        @font-face {{ font-family: Remote; src: url({base}/font.woff2) }} p {{ font-family: Remote }}</style>
      <meta http-equiv="refresh" content="0; url={base}/refresh">
    </head><body><p>hi</p>
      <img src="{base}/x.png" srcset="{base}/x2.png 2x"><img src="http://localhost:{counting_server.port}/host.png">
      <iframe src="{base}/frame"></iframe><video poster="{base}/poster.png" src="{base}/video.mp4"></video>
      <object data="{base}/object"></object><svg><image href="{base}/svg.png"/></svg>
      <a ping="{base}/ping" href="{base}/link">link</a>
    </body></html>"""
    for _ in range(3):  # renders are sequential per page, so later ones flush anything deferred
        await pool.render(html, VIEWPORT)
    await asyncio.gather(*(pool.render(RED_BOX, VIEWPORT) for _ in range(8)))
    assert counting_server.connections == 0, counting_server.paths


async def test_a_page_that_needs_a_frame_to_load_still_renders(pool: ChromiumPool) -> None:
    # Frames are drawn only on request, and this page (a failing @import and web font, then an
    # <object> falling back) does not reach `load` without one: a render hands out frames while
    # it waits.
    gone = "http://127.0.0.1:9"
    html = (
        f"<html><head><style>@import url({gone}/import.css);"
        f" @font-face {{ font-family: Gone; src: url({gone}/font.woff2) }} p {{ font-family: Gone }}</style>"
        f"</head><body style='margin:0;background:#fff'><p>hi</p><object data='{gone}/object'></object>"
        "<div style='position:absolute;left:100px;top:50px;width:40px;height:30px;background:#f00'></div>"
        "</body></html>"
    )
    image = await pool.render(html, VIEWPORT, timeout_s=5)
    assert rgb_at(image.data, 120, 65) == (255, 0, 0)
    assert rgb_at(image.data, 300, 250) == (255, 255, 255)


async def test_a_warm_page_draws_one_frame_per_render_and_the_stats_count_them(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    one = await small_pool()
    first = await one.render(RED_BOX, VIEWPORT)  # a fresh page may need a second frame
    later = [await one.render(RED_BOX, VIEWPORT) for _ in range(3)]
    assert [image.frames for image in later] == [1, 1, 1]
    assert one.stats()["frames"] == first.frames + 3


async def test_concurrent_renders_on_one_browser_each_get_their_own_page(pool: ChromiumPool) -> None:
    # The pages of a browser share its display compositor, which takes one frame request at a
    # time: concurrent renders must neither crash it nor swap images.
    colours = ["#f00", "#0f0", "#00f", "#ff0", "#0ff", "#f0f", "#000", "#888"]
    pages = [f"<html><body style='margin:0;background:{colour}'></body></html>" for colour in colours]
    relaunches_before = pool.stats()["relaunches"]
    images = await asyncio.gather(*(pool.render(html, VIEWPORT) for html in pages * 3))
    expected = [tuple(int(c * 2, 16) for c in colour[1:]) for colour in colours] * 3
    assert [rgb_at(image.data, 200, 150) for image in images] == expected
    assert pool.stats()["relaunches"] == relaunches_before


async def test_script_in_html_does_not_run(pool: ChromiumPool) -> None:
    html = (
        "<html><body style='margin:0;background:#fff' onload=\"document.body.style.background='#0f0'\">"
        "<script>document.body.style.background = '#0f0';</script>"
        "<img src='data:,x' onerror=\"document.body.style.background='#0f0'\">"
        "</body></html>"
    )
    image = await pool.render(html, VIEWPORT)
    assert rgb_at(image.data, 200, 150) == (255, 255, 255)


# -- the compiled pages' Content-Security-Policy --------------------------------------------------

RED_FRAME = (
    "<html><body style='margin:0;background:#fff'>"
    "<iframe src=\"data:text/html,<body style='margin:0;background:red'>\" "
    "style='position:absolute;left:0;top:0;width:400px;height:300px;border:0'></iframe>"
    "</body></html>"
)
"""A frame (which `default-src 'none'` forbids) painting the whole viewport red."""


async def test_the_policy_is_in_force_from_a_fresh_pages_first_render(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    # The HTML carries no policy of its own: the page got it when it was opened.
    fresh = await small_pool(recycle_after=1)
    first = fresh._browsers[0]
    image = await fresh.render(RED_FRAME, VIEWPORT)
    assert rgb_at(image.data, 200, 150) == (255, 255, 255)
    # Then on the page of the browser that replaced the first one.
    await wait_until(lambda: not first.browser.is_connected())
    image = await fresh.render(RED_FRAME, VIEWPORT)
    assert rgb_at(image.data, 200, 150) == (255, 255, 255)


async def test_a_compiled_page_adds_no_second_copy_of_the_policy(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    """Chromium reports a blocked load once per copy of the policy in force. A render replaces
    the document's content, not its policies, so each compiled page's own tag used to add one
    more copy (the nth render reported n times, and got slower with each)."""
    single = await small_pool()
    [slot] = single._owner
    session = await slot.context.new_cdp_session(slot.page)
    reports: list[str] = []
    session.on(
        "Log.entryAdded",
        lambda event: (
            reports.append(event["entry"]["text"])
            if "Content Security Policy" in event["entry"]["text"]
            else None
        ),
    )
    await session.send("Log.enable")
    blocked_image = page_html(
        title=None, stylesheets=[], body='<img src="https://example.invalid/a.png">', dark=False
    )
    for render in range(1, 4):
        await single.render(blocked_image, VIEWPORT)
        await wait_until(lambda done=render: len(reports) >= done, timeout_s=5)
    await asyncio.sleep(0.3)  # a report that would come late
    assert len(reports) == 3


# -- failure handling -----------------------------------------------------------------------------


async def test_timeout_raises_and_the_pool_keeps_working(pool: ChromiumPool) -> None:
    timeouts_before = pool.stats()["timeouts"]
    huge = (
        "<html><body>"
        + "<div style='box-shadow:0 0 40px #000;filter:blur(3px)'>x</div>" * 5000
        + "</body></html>"
    )
    with pytest.raises(RenderTimeoutError) as caught:
        await pool.render(huge, VIEWPORT, full_page=True, timeout_s=0.001)
    assert caught.value.code == "render_timeout" and caught.value.retryable
    assert pool.stats()["timeouts"] == timeouts_before + 1
    results = await asyncio.gather(*(pool.render(RED_BOX, VIEWPORT) for _ in range(6)))
    assert all(rgb_at(image.data, 120, 65) == (255, 0, 0) for image in results)
    await wait_until(lambda: pool.stats()["pages"] == 4 and pool.stats()["available"] == 4)


async def test_browser_crash_is_survived_and_the_browser_relaunched(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    crashing = await small_pool()
    await crashing.render(RED_BOX, VIEWPORT)
    [managed] = crashing._browsers
    session = await managed.browser.new_browser_cdp_session()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(session.send("Browser.crash"), timeout=5)
    await wait_until(lambda: managed.dead)
    image = await crashing.render(RED_BOX, VIEWPORT)
    assert rgb_at(image.data, 120, 65) == (255, 0, 0)
    stats = crashing.stats()
    assert stats["relaunches"] == 1 and stats["browsers"] == 1
    assert crashing.healthy


async def test_render_in_flight_when_the_browser_dies_is_retried_and_succeeds(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    crashing = await small_pool()
    [managed] = crashing._browsers
    session = await managed.browser.new_browser_cdp_session()
    heavy = RED_BOX.replace("</body>", "<div style='filter:blur(4px)'>x</div>" * 3000 + "</body>")
    in_flight = asyncio.create_task(crashing.render(heavy, VIEWPORT, full_page=True))
    await wait_until(lambda: crashing.stats()["available"] == 0)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(session.send("Browser.crash"), timeout=5)
    image = await in_flight
    assert rgb_at(image.data, 120, 65) == (255, 0, 0)
    assert crashing.stats()["relaunches"] == 1


async def test_crashed_page_is_replaced_by_a_fresh_one(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    crashing = await small_pool()
    [slot] = crashing._owner
    session = await slot.context.new_cdp_session(slot.page)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(session.send("Page.crash"), timeout=5)
    await wait_until(lambda: slot.broken)
    image = await crashing.render(RED_BOX, VIEWPORT)
    assert rgb_at(image.data, 120, 65) == (255, 0, 0)
    assert slot not in crashing._owner
    assert crashing.stats()["pages"] == 1 and crashing.stats()["relaunches"] == 0


async def test_browser_is_recycled_after_n_renders_without_failing_renders(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    recycling = await small_pool(pages_per_browser=2, recycle_after=3)
    first = recycling._browsers[0]
    results = []
    for _ in range(5):
        results += await asyncio.gather(*(recycling.render(RED_BOX, VIEWPORT) for _ in range(4)))
    assert len(results) == 20
    assert all(rgb_at(image.data, 120, 65) == (255, 0, 0) for image in results)
    await wait_until(lambda: not first.browser.is_connected())
    stats = recycling.stats()
    assert stats["recycles"] >= 1 and stats["failures"] == 0
    await wait_until(lambda: recycling.stats()["browsers"] == 1 and recycling.stats()["available"] == 2)


async def test_closing_the_pool_during_a_recycling_launch_reports_no_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recycling = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1, recycle_after=1))
    await recycling.start()
    try:
        await recycling.render(RED_BOX, VIEWPORT)  # starts launching the replacement
        await asyncio.sleep(0.01)  # the launch is under way (it takes far longer than this)
    finally:
        await recycling.close()
    assert recycling.stats()["recycles"] == 0  # the replacement never served
    assert not [r for r in caplog.records if r.levelname == "ERROR"], caplog.text


async def test_fifty_concurrent_renders_each_get_their_own_pixels(pool: ChromiumPool) -> None:
    colors = [(i * 5, 255 - i * 5, (i * 37) % 256) for i in range(50)]
    pages = [f"<html><body style='margin:0;background:rgb({r},{g},{b})'></body></html>" for r, g, b in colors]
    results = await asyncio.gather(*(pool.render(page, VIEWPORT) for page in pages))
    assert [rgb_at(image.data, 200, 150) for image in results] == colors


async def test_closing_the_pool_fails_waiting_renders_at_once(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    closing = await small_pool()
    heavy = RED_BOX.replace("</body>", "<div style='filter:blur(4px)'>x</div>" * 3000 + "</body>")
    renders = [asyncio.create_task(closing.render(heavy, VIEWPORT, full_page=True)) for _ in range(4)]
    await wait_until(lambda: closing._waiting == 3)
    await closing.close()
    outcomes = await asyncio.wait_for(asyncio.gather(*renders, return_exceptions=True), timeout=20)
    failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    assert len(failures) >= 3
    assert all(isinstance(failure, RenderError) for failure in failures)
    assert not closing.healthy


async def test_stats_and_health(pool: ChromiumPool) -> None:
    stats = pool.stats()
    assert stats["browsers"] == 2 and stats["pages"] == 4
    assert stats["renders"] > 0
    assert pool.healthy


async def test_render_before_start_is_refused() -> None:
    with pytest.raises(RenderError, match="not running"):
        await ChromiumPool(PoolSettings()).render(RED_BOX, VIEWPORT)


def _no_chromium_on_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian's places and PATH hold no Chromium (as after a plain `pip install dsl2png`)."""
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.setattr(pool_settings, "FALLBACK_CHROMIUM_PATHS", ())


async def test_no_chromium_anywhere_names_both_ways_to_install_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_chromium_on_the_machine(monkeypatch)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path))  # Playwright downloaded nothing
    settings = PoolSettings(browsers=1, pages_per_browser=1)
    assert settings.resolve_chromium() is None  # left to Playwright's own lookup
    with pytest.raises(ChromiumNotFoundError) as caught:
        await ChromiumPool(settings).start()
    message = str(caught.value)
    assert "apt-get install chromium-headless-shell" in message and "make setup" in message
    assert "playwright install chromium-headless-shell" in message and "DSL2PNG_CHROMIUM_PATH" in message
    assert not caught.value.retryable


async def test_without_debians_chromium_the_pool_uses_the_one_playwright_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`playwright install chromium-headless-shell` is what the README tells a pip user without
    Debian's package: the pool must find that browser (Playwright's lookup, in its cache)."""
    real = PoolSettings().resolve_chromium()
    assert real is not None
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path))
    location = _playwright_install_location()
    # Playwright's layout for its headless shell on Linux; the "download" runs Debian's binary.
    executable = location / "chrome-headless-shell-linux64" / "chrome-headless-shell"
    executable.parent.mkdir(parents=True)
    executable.write_text(f'#!/bin/sh\nexec "{real}" "$@"\n')
    executable.chmod(0o755)
    _no_chromium_on_the_machine(monkeypatch)
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1)) as pool:
        image = await pool.render(RED_BOX, VIEWPORT)
    assert rgb_at(image.data, 110, 60) == (255, 0, 0)


def _playwright_install_location() -> Path:
    """Where `playwright install chromium-headless-shell` puts it (under PLAYWRIGHT_BROWSERS_PATH),
    as the installed Playwright says: its folder names carry its browser revision."""
    told = subprocess.run(
        [sys.executable, "-m", "playwright", "install", "--dry-run", "chromium-headless-shell"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    locations = [
        line.split(":", 1)[1].strip() for line in told.stdout.splitlines() if "Install location:" in line
    ]
    return Path(locations[0])


def test_an_unset_chromium_path_falls_back_to_debian_locations() -> None:
    found = PoolSettings().resolve_chromium()
    assert found is not None and found.endswith(("chromium-headless-shell", "chromium"))


@pytest.mark.parametrize("how", ["environment", "argument"])
def test_a_chromium_path_that_names_no_executable_is_an_error_naming_the_setting(
    how: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Never a silent fallback to another Chromium: the path was chosen, and may be a typo."""
    missing = tmp_path / "my-chrome" / "does-not-exist"
    if how == "environment":
        monkeypatch.setenv("DSL2PNG_CHROMIUM_PATH", str(missing))
        settings = PoolSettings()
    else:
        settings = PoolSettings(chromium_path=str(missing))
    with pytest.raises(
        ChromiumNotFoundError, match=f"DSL2PNG_CHROMIUM_PATH is {missing}, which does not exist"
    ):
        settings.resolve_chromium()
    not_executable = tmp_path / "chrome.txt"
    not_executable.write_text("not a program")
    with pytest.raises(ChromiumNotFoundError, match="which is not executable"):
        PoolSettings(chromium_path=str(not_executable)).resolve_chromium()


# -- same pixels whatever the page drew before -----------------------------------------------------

TEXT_PAGE = (
    "<html><body style='margin:0;background:#fff;font:15px \"Noto Sans\"'>"
    + "".join(f"<p>Line {n}: the quick brown fox jumps over the lazy dog</p>" for n in range(6))
    + "</body></html>"
)


async def test_a_render_is_the_same_after_a_render_at_another_scale(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    """Chromium rasterizes a page's text as for its first frame: a 3x render on a page that drew at
    1x (or the reverse) came out with other anti-aliasing. The pool gives it a fresh page."""
    sharp, plain = Viewport(400, 300, 3.0), Viewport(400, 300, 1.0)
    fresh_sharp = await (await small_pool()).render(TEXT_PAGE, sharp)
    fresh_plain = await (await small_pool()).render(TEXT_PAGE, plain)

    one_page = await small_pool()
    after_plain = [await one_page.render(TEXT_PAGE, v) for v in (plain, sharp, plain)]
    assert [image.data for image in after_plain] == [fresh_plain.data, fresh_sharp.data, fresh_plain.data]
    assert one_page.stats()["renewals"] == 2  # the only page was swapped for each change of kind

    two_pages = await small_pool(pages_per_browser=2)
    mixed = [await two_pages.render(TEXT_PAGE, v) for v in (plain, sharp, plain, sharp, plain)]
    assert [image.data for image in mixed] == [
        fresh_plain.data, fresh_sharp.data, fresh_plain.data, fresh_sharp.data, fresh_plain.data,
    ]  # fmt: skip
    assert two_pages.stats()["renewals"] == 0  # each kind keeps its own page


ICON_ON_A_TILE = (
    "width: 300\nheight: 200\nscale: 3\nelements:\n  - {type: icon, name: sun, size: 96, variant: circle}\n"
)


def pixels_off(first: bytes, second: bytes) -> tuple[int, int]:
    """How many pixels of two same-sized images differ, and by how many levels at most."""
    difference = ImageChops.difference(decode(first).convert("RGB"), decode(second).convert("RGB"))
    levels = [max(channels) for channels in difference.get_flattened_data()]  # type: ignore[arg-type]
    return sum(1 for level in levels if level), max(levels)


async def test_a_batch_at_scale_3_on_several_pages_agrees_within_anti_aliasing(
    small_pool: Callable[..., Awaitable[ChromiumPool]],
) -> None:
    """Renders at scale 3 in flight together on pages of one browser came out with two sets of
    anti-aliasing on the sun's rays (8 copies of a document gave 2 MD5s); they now take turns
    (BrowserLocks.dense), and a page serves one kind of render. Still, Chromium can round the ends of
    two rays otherwise from one 3x render to the next, with scale 1 renders in the same browser or
    not (measured: 1 batch in 13, 6 of 540,000 pixels, 5 levels at most). That much is allowed, no
    more; the 1x images agree to the byte."""
    prepared = prepare_render(ICON_ON_A_TILE, RenderOptions())
    four_pages = await small_pool(pages_per_browser=4)
    alone = await four_pages.render(prepared.html, prepared.viewport)
    for _ in range(3):
        batch = await asyncio.gather(
            *(four_pages.render(prepared.html, prepared.viewport) for _ in range(8)),
            *(four_pages.render(prepared.html, Viewport(300, 200, 1.0)) for _ in range(4)),
        )
        for image in batch[:8]:
            count, most = pixels_off(image.data, alone.data)
            assert (image.width, image.height) == (900, 600)
            assert count <= 60 and most <= 12, (count, most)
        assert len({image.data for image in batch[8:]}) == 1


async def test_a_jpeg_of_high_quality_keeps_its_colour_at_full_resolution(pool: ChromiumPool) -> None:
    """Chromium's JPEG halves colour (4:2:0) even at quality 100: small red text came out dull."""
    red_text = (
        "<html><body style='margin:0;background:#fff'>"
        + ("<p style='color:rgb(171,35,35);font:11px sans-serif'>" + "overdue invoice " * 20 + "</p>") * 10
        + "</body></html>"
    )
    sharp = await pool.render(red_text, VIEWPORT, format="jpeg", quality=100)
    usual = await pool.render(red_text, VIEWPORT, format="jpeg", quality=90)
    assert Image.open(io.BytesIO(sharp.data)).layer[0][1:3] == (1, 1)  # type: ignore[attr-defined]
    assert Image.open(io.BytesIO(usual.data)).layer[0][1:3] == (2, 2)  # type: ignore[attr-defined]
    png = decode((await pool.render(red_text, VIEWPORT)).data).convert("RGB")

    def error(jpeg: bytes) -> float:
        return sum(ImageStat.Stat(ImageChops.difference(png, decode(jpeg).convert("RGB"))).mean)

    assert error(sharp.data) < error(usual.data) / 2


@pytest.mark.parametrize(("format", "dpi"), [("png", 144), ("jpeg", 144), ("webp", None)])
async def test_an_image_at_scale_2_is_marked_144_dpi_to_show_at_its_css_size(
    pool: ChromiumPool, format: str, dpi: int | None
) -> None:
    """Keynote and Preview showed a scale-2 image twice its CSS size: it carried no density."""
    image = await pool.render(RED_BOX, Viewport(200, 100, 2.0), format=format)  # type: ignore[arg-type]
    opened = Image.open(io.BytesIO(image.data))
    opened.load()  # the PNG's chunks are checked (CRC) as it is decoded
    density = opened.info.get("dpi")
    assert (round(density[0]) if density else None) == dpi and opened.size == (400, 200)
    plain = Image.open(io.BytesIO((await pool.render(RED_BOX, VIEWPORT, format=format)).data))  # type: ignore[arg-type]
    assert plain.info.get("dpi") in (None, (1, 1), (72, 72))
