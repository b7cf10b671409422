"""accordion, timeline, rating and upload: what each draws from its fields."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.hints.type_names import element_type_hint
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.prepare import prepare_render


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


QUESTIONS = [
    {"label": "Plans?", "description": "Change any time."},
    {"label": "Refunds?", "description": "Yes."},
]


def test_an_accordion_opens_its_first_item_unless_told_otherwise() -> None:
    html = render(type="accordion", items=QUESTIONS)
    assert html.count("dsl-accordion-item is-open") == 1 and "Change any time." in html and "Yes." not in html
    by_index = render(type="accordion", items=QUESTIONS, active=1)
    assert "Yes." in by_index and "Change any time." not in by_index
    by_label = render(type="accordion", items=QUESTIONS, active="Refunds?")
    assert "Yes." in by_label
    flagged = render(type="accordion", items=[QUESTIONS[0], {**QUESTIONS[1], "active": True}])
    assert "Yes." in flagged and "Change any time." not in flagged
    closed = render(type="accordion", items=[{**q, "active": False} for q in QUESTIONS])
    assert "is-open" not in closed  # every item said it is closed: none opens by default
    assert "is-open" not in render(type="accordion", items=QUESTIONS, active=-1)


def test_an_accordion_item_with_nothing_to_show_is_drawn_closed() -> None:
    """A questions-only FAQ drew its first question open over an empty body."""
    questions = ["Plans?", "Refunds?"]
    assert "is-open" not in render(type="accordion", items=questions)
    assert "dsl-accordion-body" not in render(type="accordion", items=questions, active=1)
    flagged = render(type="accordion", items=[{"label": "Plans?", "active": True}, QUESTIONS[1]])
    assert "is-open" not in flagged  # opened by its author, but with no answer to show
    answered = render(type="accordion", items=["Plans?", QUESTIONS[1]], active="Refunds?")
    assert answered.count("is-open") == 1 and "Yes." in answered


def test_an_accordions_children_fill_its_open_item() -> None:
    html = render(
        type="accordion", items=["General", "Danger zone"], children=[{"type": "toggle", "label": "Beta"}]
    )
    open_item = html[html.index("is-open") : html.index("Danger zone")]
    assert "dsl-toggle" in open_item


def test_an_accordion_sections_badge_is_a_count_on_its_header_before_the_chevron() -> None:
    """A count on a section's header (settings groups, an inbox's folders) was dropped silently."""
    html = render(
        type="accordion", items=[{"label": "Billing", "badge": 2}, {"label": "Team", "badge": 0}, "Plan"]
    )
    assert (
        '<span class="dsl-accordion-title">Billing</span><span class="dsl-count">2</span><span class="dsl-accordion-chevron">'
        in html
    )
    assert '<span class="dsl-count">0</span>' in html and html.count("dsl-count") == 2


def test_a_timeline_shows_times_icons_and_tones() -> None:
    html = render(
        type="timeline",
        items=[
            {"label": "Delivered", "value": "14:02", "icon": "truck", "variant": "success"},
            {"label": "Shipped", "badge": "Mon", "active": True},
            "Ordered",
        ],
    )
    assert html.count('<li class="dsl-timeline-item') == 3
    assert ">14:02<" in html and ">Mon<" in html
    assert "has-icon dsl-tone-success" in html and "is-dot dsl-tone-primary" in html
    assert "is-dot dsl-tone-neutral" in html  # a plain entry


@pytest.mark.parametrize(
    ("value", "full", "part", "empty", "shown"),
    [
        (4.5, 4, "is-half", 0, "4.5"),
        (4.6, 4, "is-part", 0, "4.6"),
        (3, 3, None, 2, "3"),
        ("4/5", 4, None, 1, "4"),
        (9, 5, None, 0, "5"),
    ],
)
def test_a_rating_fills_whole_stars_then_one_in_part_and_shows_the_score_as_written(
    value: Any, full: int, part: str | None, empty: int, shown: str
) -> None:
    html = render(type="rating", value=value, label="128 reviews")
    assert (html.count("dsl-star is-full"), html.count("dsl-star is-empty")) == (full, empty)
    assert re.findall(r'class="dsl-star (is-half|is-part)"', html) == ([part] if part else [])
    assert f'dsl-rating-score">{shown}<' in html and "128 reviews" in html


@pytest.mark.parametrize(("value", "width"), [(4.8, "80%"), (4.5, "50%"), (2.25, "25%"), (0.01, "1%")])
def test_a_ratings_part_star_is_filled_to_the_exact_share(value: float, width: str) -> None:
    """4.8 draws four stars and 80% of the fifth (not five: the share is not rounded to a half)."""
    html = render(type="rating", value=value)
    fills = re.findall(r'class="dsl-star-fill" style="width:([^"]*)"', html)
    assert fills == [width]
    assert f'data-score="{value:g}"' in html


def test_a_rating_can_hide_its_score_and_have_more_stars() -> None:
    html = render(type="rating", value=7, max=10, text="")
    assert "dsl-rating-score" not in html and html.count("dsl-star ") == 10


def test_a_rating_of_nought_beside_its_label_draws_the_label_alone() -> None:
    """A course not rated yet: "0" stood before "No ratings yet", read as a score of nought."""
    unrated = render(type="rating", value=0, label="No ratings yet", size="sm")
    assert "dsl-rating-score" not in unrated and "No ratings yet" in unrated
    assert unrated.count("dsl-star is-empty") == 5
    assert 'dsl-rating-score">0<' in render(type="rating", value=0)  # nothing else says it
    assert 'dsl-rating-score">0,0<' in render(type="rating", value=0, text="0,0", label="(0)")  # as written
    assert 'dsl-rating-score">4.8<' in render(type="rating", value=4.8, label="(12,408)")


@pytest.mark.parametrize(
    ("source", "lang", "shown"),
    [
        ("value: 4.0", None, "4.0"),  # a YAML float keeps the zero it was written with
        ('value: "4.0"', None, "4.0"),
        ("value: 4.50", None, "4.50"),
        ("value: 4.0", "de", "4,0"),
        ('value: "4.0/5"', None, "4.0"),
        ("value: 4", None, "4"),
        ("value: 7.0", None, "5"),  # more than the stars: the score drawn, not the figure written
    ],
)
def test_a_ratings_score_keeps_the_decimals_it_is_written_with(
    source: str, lang: str | None, shown: str
) -> None:
    """`value: 4.0` drew "4" beside a "4.5" in a list of hotels: the score is drawn as written."""
    document = f"width: 400\nheight: 100\n{f'lang: {lang}' if lang else ''}\nelements:\n  - {{type: rating, {source}}}\n"
    html = prepare_render(document).html
    assert re.findall(r'dsl-rating-score">([^<]*)<', html) == [shown]


def test_an_upload_has_a_drop_zone_and_its_files_with_progress() -> None:
    html = render(
        type="upload",
        label="Attachments",
        hint="PDF up to 10 MB",
        items=[
            {"label": "a.pdf", "description": "248 KB"},
            {"label": "b.png", "value": 40},
            {"label": "c.exe", "variant": "error", "description": "Not allowed"},
        ],
    )
    assert "Drag files here or browse" in html and html.count("PDF up to 10 MB") == 1  # inside the zone only
    assert html.count('<li class="dsl-upload-file') == 3
    assert re.search(r'dsl-upload-bar"><span style="width:40%">', html) and html.count("dsl-upload-bar") == 1
    assert "dsl-upload-file is-failed" in html


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("faq", "did you mean 'accordion'?"),
        ("activity-feed", "did you mean 'timeline'?"),
        ("stars", "did you mean 'rating'?"),
        ("file-upload", "did you mean 'upload'?"),
        ("segmented-control", "use type: tabs with variant: segmented"),
        ("number-input", "use type: input with inputType: number"),
        ("gauge", "use type: progress with variant: circle"),
        ("kanban", "use a row of column elements holding card elements (see `dsl2png examples kanban`)"),
    ],
)
def test_other_names_of_components_point_to_ours(written: str, hint: str) -> None:
    assert element_type_hint(written) == hint
