"""An alerting table's statuses take their tone (Grafana, Alertmanager, PagerDuty words): a firing
alert is red, an acknowledged one amber, a resolved one green, a silenced one grey. With Firing and
Acknowledged unknown, a Status column of them stayed plain text."""

from __future__ import annotations

import re

from kernel.dsl.compiler.elements.status_words import status_tone
from tests.support.elements import render_element

ALERTS = {
    "Firing": "danger",
    "Acknowledged": "warning",
    "Resolved": "success",
    "Silenced": "neutral",
}
"""An on-call table's alert statuses and the tone each is drawn in (only Resolved was known)."""


def test_an_alerts_status_column_draws_each_word_in_its_tone() -> None:
    rows = [[f"P{index + 1}", f"alert {index}", word] for index, word in enumerate(ALERTS)]
    html = render_element(type="table", columns=["Severity", "Alert", "Status"], rows=rows)
    assert re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html) == [
        (tone, word) for word, tone in ALERTS.items()
    ]


def test_incident_words_read_as_statuses() -> None:
    assert [
        status_tone(word) for word in ("Triggered", "Alerting", "Investigating", "Mitigated", "No data")
    ] == [
        "danger",
        "danger",
        "warning",
        "success",
        "neutral",
    ]
