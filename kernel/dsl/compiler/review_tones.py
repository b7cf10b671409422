"""A quiz's marked answers: a radio option's or a checkbox's review tone (`variant: success` or
`danger`), its class, the check or cross drawn at its end, and their CSS."""

from __future__ import annotations

from kernel.dsl.compiler.html import icon

REVIEW_TONES = ("success", "danger")
"""The tones a marked answer takes: the right answer, and a wrong one chosen."""

_VERDICT_ICONS = {"success": "circle-check", "danger": "circle-x"}


def review_tone(variant: str | None) -> str | None:
    """`variant` when it is a review tone, else None (a checkbox's other words draw nothing)."""
    return variant if variant in REVIEW_TONES else None


def tone_class(tone: str | None) -> str:
    """The class a choice takes for its review `tone` (with its leading space), or ""."""
    return f" is-{tone}" if tone else ""


def verdict(tone: str | None) -> str:
    """The check (right) or cross (wrong) a marked answer ends with, or "" without a tone."""
    if not tone:
        return ""
    return icon(_VERDICT_ICONS[tone], 18, classes="dsl-i dsl-choice-verdict")


REVIEW_CSS = """
/* A quiz's marked answers, as a quiz's review draws them: the right answer in the success tone,
   a wrong one chosen in the danger tone. The mark's outline takes the tone, and when chosen its
   fill (the solid tone, which holds white); a card option its outline, ring and a faint tint; a
   check or a cross ends the row, after the label, at a card's far end (its start in right to
   left, as the row runs). */
.dsl-choice.is-success{--review:var(--success);--review-solid:var(--success-solid)}
.dsl-choice.is-danger{--review:var(--danger);--review-solid:var(--danger-solid)}
.dsl-choice:is(.is-success,.is-danger)>:is(.dsl-checkmark,.dsl-radiomark){border-color:var(--review)}
.dsl-choice.is-checked:is(.is-success,.is-danger)>.dsl-checkmark{background:var(--review-solid);border-color:var(--review-solid);color:#fff}
.dsl-choice.is-checked:is(.is-success,.is-danger)>.dsl-radiomark{border-color:var(--review-solid);background:#fff}
.dsl-choice.is-card:is(.is-success,.is-danger){border-color:var(--review);box-shadow:0 0 0 1px var(--review);background:color-mix(in srgb,var(--review) 6%,var(--surface))}
.dsl-choice-verdict{line-height:inherit;margin-top:calc((1lh - 18px) / 2);color:var(--review)}
.dsl-choice.is-card>.dsl-choice-verdict{margin-inline-start:auto}
"""
