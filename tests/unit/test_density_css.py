"""The theme's density reaches every control and container padding: each size the design system
writes through the density variables is today's exact px at the default (comfortable) density, and
moves with compact and spacious in the same direction as the control height and the padding do."""

from __future__ import annotations

import re

import pytest
import tinycss2

import kernel.dsl.compiler.elements  # noqa: F401  (registers the element stylesheets)
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.elements.forms import textarea_min_height
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.compiler.theme import DENSITY

DENSITIES = ("compact", "comfortable", "spacious")


def _declarations() -> dict[str, dict[str, str]]:
    """Every rule of the built-in sheets, by selector text: its declarations (the last wins)."""
    rules: dict[str, dict[str, str]] = {}
    sheet = tinycss2.parse_stylesheet(
        BASE_CSS + "\n" + "\n".join(element_stylesheets()), skip_comments=True, skip_whitespace=True
    )
    for rule in sheet:
        if rule.type != "qualified-rule":
            continue
        selector = tinycss2.serialize(rule.prelude).strip()
        for decl in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if decl.type == "declaration":
                rules.setdefault(selector, {})[decl.lower_name] = tinycss2.serialize(decl.value).strip()
    return rules


RULES = _declarations()


def evaluate(value: str, density: str) -> str:
    """`value` with the density's variables put in and each calc() worked out, in px (to the
    hundredth: Chromium lays out to 1/64 px)."""
    variables = DENSITY[density]
    text = re.sub(r"var\(--([\w-]+)\)", lambda m: variables[m.group(1)], value)

    def compute(match: re.Match[str]) -> str:
        expression = match.group(1).replace("px", "")
        assert re.fullmatch(r"[\d.+\-*/() ]+", expression), expression
        number = round(eval(expression), 2)  # digits and operators only (checked above)
        return f"{number:g}px"

    while "calc(" in text:
        text = re.sub(r"calc\(([^()]*(?:\([^()]*\)[^()]*)*)\)", compute, text)
    return re.sub(r"\b0px\b", "0", text)


def value_of(selector: str, prop: str) -> str:
    assert selector in RULES, f"no rule {selector!r}"
    return RULES[selector][prop]


CASES = [
    # selector, property, compact, comfortable (today's px), spacious
    (".dsl-page", "height", "32px", "36px", "40px"),
    (".dsl-page", "min-width", "32px", "36px", "40px"),
    (".dsl-page", "padding", "0 8px", "0 10px", "0 12px"),
    (".dsl-page-step", "padding", "0 10px", "0 12px", "0 14px"),
    (".dsl-tabs--pills>.dsl-tabs-list>.dsl-tab", "padding", "6px 12px", "8px 14px", "10px 16px"),
    (".dsl-tabs--underline>.dsl-tabs-list>.dsl-tab", "padding", "8px 2px", "10px 2px", "12px 2px"),
    (".dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab", "padding", "0 12px", "0 14px", "0 16px"),
    (".dsl-menu-item", "padding", "5px 7px", "7px 9px", "9px 11px"),
    (".dsl-menu-title", "padding", "5px 7px 3px", "7px 9px 5px", "9px 11px 7px"),
    (".dsl-accordion-head", "padding", "12px 16px", "14px 18px", "16px 20px"),
    (".dsl-accordion-heading", "padding", "12px 16px", "14px 18px", "16px 20px"),
    (".dsl-accordion-body", "padding", "0 16px 14px", "0 18px 16px", "0 20px 18px"),
    (".dsl-chip", "height", "24px", "28px", "32px"),
    (".dsl-chip", "padding", "0 10px", "0 12px", "0 14px"),
    # A button's sides are its --button-pad (a squeezed text-only button gives some of it up).
    (".dsl-button", "--button-pad", "14px", "16px", "18px"),
    (".dsl-button--sm", "--button-pad", "10px", "12px", "13px"),
    (".dsl-button--lg", "--button-pad", "19px", "22px", "25px"),
    (".dsl-control", "padding", "0 10px", "0 12px", "0 14px"),
    (".dsl-control.is-multiline", "padding", "6px 10px", "8px 12px", "10px 14px"),
    (".dsl-search .dsl-control,.dsl-control.is-search", "padding-inline-start", "8px", "10px", "12px"),
    (".dsl-choice.is-card", "padding", "10px 12px", "12px 14px", "14px 16px"),
    (".dsl-sidebar-item", "height", "32px", "36px", "40px"),
    (".dsl-sidebar-item", "padding", "0 8px", "0 10px", "0 12px"),
    (".dsl-navbar", "height", "56px", "60px", "64px"),
    (".dsl-navbar-link", "padding", "0 10px", "0 12px", "0 14px"),
    (".dsl-upload-file", "padding", "8px 10px", "10px 12px", "12px 14px"),
    (".dsl-alert", "padding", "9.8px 11.2px", "14px 16px", "19.6px 22.4px"),
    (
        ".dsl-toast",
        "padding",
        "9.8px 9.8px 9.8px 11.2px",
        "14px 14px 14px 16px",
        "19.6px 19.6px 19.6px 22.4px",
    ),
    (".dsl-modal", "padding", "16.8px", "24px", "33.6px"),
    (".dsl-modal", "gap", "12px", "16px", "20px"),
    (".dsl-modal-body", "gap", "8px", "12px", "16px"),
    (".dsl-form", "gap", "12px", "16px", "20px"),
    (".dsl-form--card", "padding", "14px", "20px", "28px"),  # a card's, as `.dsl-card`
    (".dsl-skeleton--card", "padding", "12.6px", "18px", "25.2px"),
    (".dsl-empty", "padding", "28px 16.8px", "40px 24px", "56px 33.6px"),
    (".dsl-upload-zone", "padding", "16.8px 11.2px", "24px 16px", "33.6px 22.4px"),
    (".dsl-timeline-item", "padding-bottom", "16px", "20px", "24px"),
    (".dsl-card.is-flush>.dsl-pagination", "padding", "8.4px 14px", "12px 20px", "16.8px 28px"),
    # a stat's side padding is at most a fifth of its card (a five-stat row on a phone)
    (".dsl-stat", "padding", "12.6px min(14px,20%)", "18px min(20px,20%)", "25.2px min(28px,20%)"),
    (
        ".dsl-stat.is-sm",
        "padding",
        "9.8px min(14px * .8,20%)",
        "14px min(20px * .8,20%)",
        "19.6px min(28px * .8,20%)",
    ),
    (
        ".dsl-stat.is-lg",
        "padding",
        "15.4px min(14px * 1.2,20%)",
        "22px min(20px * 1.2,20%)",
        "30.8px min(28px * 1.2,20%)",
    ),
]


@pytest.mark.parametrize(("selector", "prop", "compact", "comfortable", "spacious"), CASES)
def test_density_scales_a_size_and_keeps_todays_px_by_default(
    selector: str, prop: str, compact: str, comfortable: str, spacious: str
) -> None:
    value = value_of(selector, prop)
    assert "var(--" in value, f"{selector} {prop} is a fixed {value}: the density does not reach it"
    assert [evaluate(value, d) for d in DENSITIES] == [compact, comfortable, spacious]


def test_controls_in_a_compact_row_share_the_control_height() -> None:
    """A pagination page, a button, an input, a segmented control and a pill tab are one height
    at every density; chips stay 8 px shorter, as they are by default."""
    for density in DENSITIES:
        control = evaluate("var(--control-h)", density)
        assert evaluate(value_of(".dsl-page", "height"), density) == control
        assert evaluate(value_of(".dsl-button", "height"), density) == control
        assert evaluate(value_of(".dsl-control", "height"), density) == control
        segmented = evaluate(value_of(".dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab", "height"), density)
        assert float(segmented[:-2]) + 2 * 4 == float(control[:-2])  # the strip's 4 px padding
        pill = evaluate(value_of(".dsl-tabs--pills>.dsl-tabs-list>.dsl-tab", "padding"), density).split()[0]
        assert 2 * float(pill[:-2]) + 20 == float(control[:-2])  # a 20 px line
        chip = evaluate(value_of(".dsl-chip", "height"), density)
        assert float(chip[:-2]) == float(control[:-2]) - 8


@pytest.mark.parametrize(("rows", "px"), [(3, (74, 78, 82)), (4, (94, 98, 102)), (1, (34, 38, 42))])
def test_a_textarea_is_its_lines_and_the_densitys_padding(rows: int, px: tuple[int, int, int]) -> None:
    assert [evaluate(textarea_min_height(rows), d) for d in DENSITIES] == [f"{p}px" for p in px]
