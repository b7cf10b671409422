"""A progress past its maximum labelled with its real percentage and warned about alike whether
its value is a number or a string "120%"."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


def _figure(html: str) -> str:
    found = re.search(r'class="dsl-(?:progress|ring)-value"[^>]*>([^<]*)<', html)
    assert found, html
    return found.group(1)


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"value": 130}, "130%"),
        ({"value": "120%"}, "120%"),
        ({"value": 250, "max": 200}, "125%"),
        ({"value": 180, "variant": "circle"}, "180%"),
        ({"value": 100}, "100%"),
        ({"value": 0.4}, "40%"),
    ],
)
def test_a_progress_is_labelled_with_its_real_percentage(fields: dict[str, Any], label: str) -> None:
    assert _figure(render(type="progress", label="Quota", **fields)) == label


def test_an_over_quota_bar_is_full_in_the_warning_tone_unless_it_has_its_own() -> None:
    html = render(type="progress", label="Quota", value=130)
    assert "--bar:var(--warning);width:100.00%" in html
    assert "--bar:var(--danger);width:100.00%" in render(
        type="progress", label="Q", value=130, variant="danger"
    )
    assert "--bar" not in render(type="progress", label="Quota", value=99)


def _warnings(value: Any, **fields: Any) -> list[str]:
    document = {"version": 1, "elements": [{"type": "progress", "label": "Quota", "value": value, **fields}]}
    return [warning.message for warning in validate_document(document).warnings]


def test_a_value_past_the_end_is_warned_about_written_as_a_number_or_a_percentage() -> None:
    assert _warnings(130) == ["value 130 is outside 0..100 (drawn full, labelled 130%)"]
    assert _warnings("120%") == ["value 120% is outside 0%..100% (drawn full, labelled 120%)"]
    assert _warnings(250, max=200) == ["value 250 is outside 0..200 (drawn full, labelled 125%)"]
    assert _warnings("80%") == [] and _warnings(80) == []


def _stat_value(html: str) -> str:
    found = re.search(r'class="dsl-stat-value"[^>]*><span>([^<]*)<', html)
    assert found, html
    return found.group(1)


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        (1234567.891, None, "1,234,567.891"),  # every significant digit, as a table keeps them
        (1234567, None, "1,234,567"),
        (1234567.891, "de", "1.234.567,891"),
        (42, None, "42"),
        ("1234567.891", None, "1234567.891"),  # a string is drawn as written
        ("$1.2M", "de", "$1.2M"),
    ],
)
def test_a_numeric_stat_value_is_grouped_as_a_table_groups_it(
    value: Any, lang: str | None, shown: str
) -> None:
    stat = Element.model_validate({"type": "stat", "label": "Revenue", "value": value})
    html = RenderContext(viewport=Viewport(800, 600, 1), lang=lang).render(stat)
    assert _stat_value(html) == shown
