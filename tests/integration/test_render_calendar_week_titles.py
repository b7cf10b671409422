"""A week view's event titles and overlaps on real Chromium: a long title wraps to the lines its
block holds (it was cut to one line in a 320 px block), overlapping events cascade so that each
keeps half its column (three side by side drew "E…", "T…", "P…"), a title that still cannot be
read is named by a `text_truncated` warning, and `header: false` leaves out the month's bar."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration

LONG = "Onsite loop · Priyanka Venkataraman-Subramanian"


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


EVENTS = """() => [...document.querySelectorAll('.dsl-tg-event')].map((event) => {
  const title = event.querySelector('b');
  const box = (element) => { const r = element.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const style = getComputedStyle(title);
  return {title: title.textContent.replaceAll('\u00a0', ' '), block: box(event), text: box(title), time: box(event.querySelector('span')),
          column: box(event.parentElement), lines: Math.round(title.getBoundingClientRect().height / parseFloat(style.lineHeight)),
          cut: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth};
})"""


def _week(events: list[dict[str, Any]], **calendar: Any) -> dict[str, Any]:
    element = {"type": "calendar", "variant": "week", "value": "2026-03-11", **calendar, "events": events}
    return {"width": 900, "height": 640, "elements": [element]}


def _by_title(placed: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {event["title"]: event for event in placed}


async def test_a_long_title_wraps_to_fill_its_block_and_a_short_block_keeps_one_line(
    browser: Browser,
) -> None:
    """The tester's work week: 09:00-16:00 holds the whole title in three lines, its times under
    them; 10:00-11:30 wraps its title to two; a half-hour block keeps one line beside its times."""
    events = [
        {
            "date": "2026-03-10",
            "label": "Tech interview · Nguyễn Thị Minh Khai",
            "start": "10:00",
            "end": "11:30",
        },
        {"date": "2026-03-12", "label": LONG, "start": "09:00", "end": "16:00", "color": "#ef4444"},
        {"date": "2026-03-13", "label": "Debrief with the hiring panel", "start": "10:00", "end": "10:30"},
    ]
    placed = _by_title(
        await laid_out(browser, _week(events, days=5, hours=[8, 17], layout={"height": 560}), EVENTS)
    )
    onsite, interview, debrief = placed[LONG], placed[events[0]["label"]], placed[events[2]["label"]]
    assert onsite["block"]["bottom"] - onsite["block"]["top"] > 300, onsite
    assert onsite["lines"] >= 2 and not onsite["cut"], onsite
    assert interview["lines"] == 2 <= _lines_held(interview) and not interview["cut"], interview
    for event in (onsite, interview):  # the times under the title, inside the block
        assert event["text"]["bottom"] <= event["time"]["top"] + 1, event
        assert event["time"]["bottom"] <= event["block"]["bottom"], event
    assert debrief["lines"] == 1 and abs(debrief["time"]["top"] - debrief["text"]["top"]) < 4, debrief


def _lines_held(event: dict[str, Any]) -> int:
    """The title's lines a block holds above its times: its height less its 3 px paddings and the
    times' 15 px line and the 1 px gap above it, in 15 px lines."""
    return int(event["block"]["bottom"] - event["block"]["top"] - 6 - 16) // 15


async def test_a_title_longer_than_its_block_is_clamped_to_the_lines_it_holds(browser: Browser) -> None:
    """An hour and a half (67 px) holds three lines above its times: a longer title stops
    there, the rest cut (the ellipsis on the last line), and no line runs past the block."""
    label = "Panel interview with the engineering leads and the product director, then lunch"
    (event,) = await laid_out(
        browser, _week([{"date": "2026-03-10", "label": label, "start": "10:00", "end": "11:30"}], days=5,
                       hours=[8, 17], layout={"height": 560}), EVENTS,
    )  # fmt: skip
    assert event["lines"] == _lines_held(event) >= 2 and event["cut"], event
    assert event["time"]["bottom"] <= event["block"]["bottom"], event


async def test_overlapping_events_cascade_each_keeping_half_its_column(browser: Browser) -> None:
    """The tester's three overlapping interviews in a 7-day 1000 px week: each later one a
    quarter of the column further in and over the one before, every one reaching the column's
    end side, the last half the column wide (side by side, each was a 40 px third)."""
    events = [
        {"date": "2026-03-11", "label": "Entrevista técnica · Camila", "start": "10:00", "end": "11:00"},
        {"date": "2026-03-11", "label": "Triagem · João Pedro", "start": "10:15", "end": "10:45"},
        {"date": "2026-03-11", "label": "Painel · Nguyễn", "start": "10:30", "end": "12:00"},
    ]
    document = {**_week(events, hours=[9, 17]), "width": 1000, "height": 700}
    placed = await laid_out(browser, document, EVENTS)
    assert [event["title"] for event in placed] == [event["label"] for event in events]  # later over earlier
    column = placed[0]["column"]
    usable = column["right"] - column["left"] - 8
    for index, event in enumerate(placed):
        block = event["block"]
        assert abs(block["left"] - (column["left"] + 2 + index * usable / 4)) <= 1, (index, block, column)
        assert abs(block["right"] - (column["right"] - 6)) <= 1, (index, block, column)
        assert block["right"] - block["left"] >= usable / 2 - 1 > 50, (index, block)


async def test_a_title_that_cannot_be_read_is_named_and_a_readable_cascade_is_not(pool: ChromiumPool) -> None:
    """Four events at once in a 7-day week 600 px wide: the later ones cover the earlier ones'
    titles but for a sliver; those left with fewer than 6 characters are named by their paths.
    The same events in a day view are all readable: no warning."""
    events = [
        {"date": "2026-03-11", "label": f"Interview round {number}", "start": "10:00", "end": "11:00"}
        for number in range(1, 5)
    ]
    _, narrow = await render_dsl(pool, {**_week(events), "width": 600, "height": 700})
    (warning,) = [issue for issue in narrow.measured_warnings if issue.code == TEXT_TRUNCATED]
    assert warning.path.startswith("/elements/0/events/"), warning
    assert warning.message.startswith("the event's title 'Interview round "), warning.message
    assert "more width" in (warning.suggestion or ""), warning.suggestion
    _, wide = await render_dsl(pool, {**_week(events, variant="day"), "width": 900, "height": 700})
    assert not [issue for issue in wide.measured_warnings if issue.code == TEXT_TRUNCATED]


async def test_header_false_leaves_the_grid_at_the_calendars_top(browser: Browser) -> None:
    script = """() => { const calendar = document.querySelector('.dsl-calendar');
      return [calendar.getBoundingClientRect().top, document.querySelector('.dsl-tg-heads').getBoundingClientRect().top,
              document.querySelectorAll('.dsl-cal-head, .dsl-cal-nav').length]; }"""
    with_bar = await laid_out(browser, _week([]), script)
    top, heads, bars = await laid_out(browser, _week([], header=False), script)
    assert with_bar[2] == 3 and with_bar[1] - with_bar[0] > 40, with_bar
    assert bars == 0 and heads - top <= 2, (top, heads)
