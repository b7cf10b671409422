"""Calendars speak the document's language: month title, day names, first day of the week."""

from __future__ import annotations

import re

from kernel.dsl.compiler.calendar_words import ENGLISH_DAYS, calendar_words
from kernel.dsl.prepare import prepare_render


def test_without_a_language_the_calendar_is_english_and_starts_on_monday() -> None:
    words = calendar_words(None, 2025, 7)
    assert (words.title, words.weekdays, words.first_weekday) == ("July 2025", ENGLISH_DAYS, 0)
    assert words.day_labels[10] == "Jul 10"


def test_a_language_names_the_month_and_days_and_picks_the_first_day() -> None:
    japanese = calendar_words("ja", 2025, 7)
    assert japanese.title == "2025年7月" and "月" in japanese.weekdays
    brazilian = calendar_words("pt-BR", 2025, 7)
    assert brazilian.title == "julho de 2025"
    assert brazilian.first_weekday == 6 and brazilian.weekdays[0] == "dom."  # Sunday first in Brazil


def test_an_unknown_language_falls_back_to_english() -> None:
    assert calendar_words("xx", 2025, 7) == calendar_words(None, 2025, 7)


def test_the_calendar_element_uses_the_documents_language() -> None:
    event = {"date": "2025-07-10", "label": "Revisão"}
    calendar = {"type": "calendar", "month": "2025-07", "events": [event]}
    html = prepare_render({"lang": "pt-BR", "elements": [calendar]}).html
    assert 'class="dsl-cal-title">julho de 2025<' in html
    head = re.search(r'<div class="dsl-cal-week">(.*?)</div>', html)
    assert head and head.group(1).startswith("<span>dom.</span>")
    assert "10 de jul." in html  # the agenda's date
    # July 2025 starts on a Tuesday: a Sunday-first grid opens with two days of June (29, 30).
    grid = html[html.index('<div class="dsl-cal-grid">') :]
    assert re.match(
        r'<div class="dsl-cal-grid"><div class="dsl-cal-day is-outside"><span class="dsl-cal-num">29<', grid
    )
