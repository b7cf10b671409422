"""The date in a tablet frame's status bar, in the page's language (a Hebrew screen said "Mon Jun 10")."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.frame_date import ENGLISH_STATUS_DATE, status_date
from kernel.dsl.prepare import prepare_render


@pytest.mark.parametrize(
    ("lang", "shown"),
    [(None, "Mon Jun 10"), ("en", "Mon Jun 10"), ("en-US", "Mon Jun 10"), ("en-GB", "Mon 10 Jun"),
     ("he", "יום ב׳, 10 ביוני"), ("ar", "الاثنين، 10 يونيو"), ("de", "Mo., 10. Juni"), ("fr", "lun. 10 juin"),
     ("ja", "6月10日(月)"), ("es", "lun, 10 jun"), ("xx", ENGLISH_STATUS_DATE), ("dv", ENGLISH_STATUS_DATE)],
)  # fmt: skip
def test_the_status_bars_date_is_written_as_the_pages_language_writes_a_date(
    lang: str | None, shown: str
) -> None:
    assert status_date(lang) == shown


def test_a_hebrew_tablet_frame_shows_the_hebrew_date_isolated_from_the_time() -> None:
    html = prepare_render({"device": "tablet", "frame": "tablet", "lang": "he", "elements": []}).html
    assert '<span>9:41<span class="dsl-frame-date">יום ב׳, 10 ביוני</span></span>' in html
    assert "Mon Jun 10" not in html
    assert ".dsl-frame--tablet .dsl-frame-date{margin-inline-start:6px;unicode-bidi:isolate}" in html
