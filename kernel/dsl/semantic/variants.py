"""The variants each element type draws, and the check of an element's `variant`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import DRAWN_FIELDS
from kernel.dsl.hints.charts import undrawn_chart_hint
from kernel.dsl.hints.element_fields import CALENDAR_VIEW_WORDS, CALENDAR_VIEWS
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.variants import STEPPER_AS_BAR, STEPPER_BAR_WORDS, no_variant_hint, variant_synonym
from kernel.dsl.hints.wording import flow_item
from kernel.dsl.semantic.findings import Findings, Key

_TONES = "info success warning danger neutral"


_VARIANTS = {
    "button": "primary secondary outline ghost danger link success",
    "badge": "neutral primary secondary success warning danger info outline solid",
    "chip": "primary outline",
    "alert": _TONES,
    "toast": _TONES,
    "skeleton": "text circle rect card avatar row",
    "list": "bullet plain checklist divided",
    "map": "plain",
    "video": "plain",
    "progress": "bar circle ring radial success warning danger info",
    "tabs": "underline pills segmented bottom",
    "accordion": "bordered plain flush ghost",
    "card": "flat muted elevated outline danger warning success info",
    "modal": "danger sheet bottomsheet actionsheet bottom drawer side sidesheet sidepanel panel offcanvas right "
    "left drawerleft",
    "link": "underline muted",
    "icon": "soft solid circle",
    "stat": "success danger warning neutral",
    "calendar": "full large month week day",
    "tooltip": "top bottom left right",
    "empty": "bordered",
    "form": "card",
    "toggle": "end",
    "checkbox": "success danger",
    "radio": "cards",
    "code": "block",
    "breadcrumb": "slash",
    "stepper": "dots dot indicator",
    "pagination": "dots dot indicator",
    "avatar": "square rounded",
    "image": "logo",
}


KNOWN_VARIANTS: dict[str, frozenset[str]] = {
    kind: frozenset(names.split()) for kind, names in _VARIANTS.items()
}
"""Variants each type draws (read from the compiler's renderers); an unknown one falls back to
the default look (a warning). Types missing here (and not chart) have no variants at all."""


VARIANT_ALIASES: dict[str, dict[str, str]] = {
    "accordion": {"flush": "plain", "ghost": "plain"},
    "avatar": {"rounded": "square"},
    "badge": {"secondary": "neutral"},
    "calendar": {"large": "full", "month": "full"},
    "modal": {
        "bottomsheet": "sheet",
        "actionsheet": "sheet",
        "bottom": "sheet",
        "sidesheet": "side",
        "sidepanel": "side",
        "panel": "side",
        "offcanvas": "side",
        "right": "side",
        "drawerleft": "left",
    },
    "progress": {"ring": "circle", "radial": "circle"},
    "skeleton": {"avatar": "circle"},
    "stepper": {"dot": "dots", "indicator": "dots"},
    "pagination": {"dot": "dots", "indicator": "dots"},
}
"""Variants in KNOWN_VARIANTS that draw as another one does (accepted; not offered as choices)."""


CHART_VARIANTS = ("bar", "line", "area", "pie", "donut")
"""A chart's `variant` must be one of these (an error: there is no sensible fallback drawing)."""


CHART_VARIANT_ALIASES = {"doughnut": "donut", "ring": "donut", "column": "bar", "bars": "bar", "spline": "line"}  # fmt: skip
"""Other libraries' words for a drawn chart (Chart.js's `doughnut`), drawn as that chart (the
compiler's aliases; a unit test keeps the two equal). They and the variants are read in any case."""


CHART_KINDS = frozenset({*CHART_VARIANTS, *CHART_VARIANT_ALIASES})
"""Every word a chart's `variant` is read from (in lower case)."""


DONUT_VARIANTS = frozenset({"donut", "doughnut", "ring"})
"""A chart's variants that draw a ring, whose hole holds the chart's `label`."""


def check_variant(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    variant = element.get("variant")
    if not isinstance(variant, str):
        return
    if kind == "chart":
        word = variant.strip().lower()
        if word in CHART_VARIANTS or word in CHART_VARIANT_ALIASES:
            return
        undrawn = undrawn_chart_hint(variant)
        if undrawn is not None:
            message, hint = f"chart variant '{variant}' is not drawn", undrawn
        else:
            message = f"unknown chart variant '{variant}'"
            hint = did_you_mean(variant, CHART_VARIANTS) or "use 'bar', 'line', 'area', 'pie' or 'donut'"
        findings.error((*path, "variant"), message, "invalid_value", hint)
        return
    known = KNOWN_VARIANTS.get(kind)
    if kind == "modal":
        variant = _modal_variant(variant)
    if known is None:
        findings.warn(
            (*path, "variant"),
            f"'{kind}' has no variants; '{variant}' is ignored",
            "unknown_variant",
            no_variant_hint(kind, variant),
        )
    elif variant.strip().lower() not in known:  # the model reads it in lower case
        synonym = variant_synonym(variant, known)
        if synonym is not None:  # another library's word: say which of ours it is
            message, hint = f"'{variant}' is not a variant of '{kind}'", f"did you mean '{synonym}'?"
        elif variant.lower() in ("vertical", "horizontal") and "direction" in DRAWN_FIELDS[kind]:
            message = f"'{variant}' is not a variant of '{kind}'"
            hint = f"did you mean direction: {variant.lower()}?"
        elif kind == "stepper" and variant.lower() in STEPPER_BAR_WORDS:
            message = f"'{variant}' is not a variant of '{kind}'"
            hint = STEPPER_AS_BAR
        elif kind == "calendar" and re.sub(r"[\s_-]", "", variant.lower()) in CALENDAR_VIEW_WORDS:
            message, hint = f"a calendar has no '{variant}' view; a month is drawn", CALENDAR_VIEWS
        else:
            message = f"unknown {kind} variant '{variant}'; the default look is used"
            offered = sorted(known - VARIANT_ALIASES.get(kind, {}).keys())
            edge = joined_modal_variant(variant) if kind == "modal" else None
            hint = (
                f"did you mean '{edge}'?"
                if edge
                else did_you_mean(variant, known) or "use one of " + ", ".join(offered)
            )
        findings.warn((*path, "variant"), message, "unknown_variant", hint)


def check_badge_tone(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A badge written with its tone (`badge: {text: LIVE, variant: danger}`): on a card, its
    variant is checked as a badge element's; a button's badge is always its red count, so a tone
    there is told it is not drawn."""
    badge = element.get("badge")
    if not isinstance(badge, Mapping) or not isinstance(badge.get("variant"), str):
        return
    if kind == "card":
        check_variant("badge", badge, (*path, "badge"), findings)
    elif kind == "button":
        findings.warn(
            (*path, "badge", "variant"),
            "a button's badge is always drawn as a red count; its variant is not drawn",
            "field_ignored",
            f"write the count alone: badge: {flow_item(badge.get('text', 3))}, or put a badge element "
            "beside the button",
        )


def _modal_variant(variant: str) -> str:
    """A modal's variant as the compiler reads it when it is a word drawn: in any case and with
    no `-`, `_` or space (`Bottom-Sheet` is `bottomsheet`, a sheet); else as written."""
    word = re.sub(r"[\s_-]", "", variant.lower())
    return word if word in KNOWN_VARIANTS["modal"] else variant


_MODAL_EDGES = {"left": "left", "start": "left", "bottom": "sheet"}
"""An edge a modal's variant may name beside its shape, and the variant drawn on that edge."""


_MODAL_SHAPE_WORDS = frozenset({"drawer", "panel", "sheet", "side", "sidepanel", "sidesheet", "offcanvas", "modal", "dialog"})  # fmt: skip
"""Words for a modal's shape that an edge is joined to in other kits' names (MUI's anchor, Chakra's placement)."""


def joined_modal_variant(variant: str) -> str | None:
    """The variant a modal's `variant` of joined words means by the edge it names: `left-drawer`,
    `leftdrawer`, `drawer_start` are `left` (close to `drawer` letter by letter, they were offered
    it, which draws on the other edge), `bottom-drawer` is `sheet`. None for any other word."""
    word = re.sub(r"[\s_-]", "", variant.lower())
    for edge, drawn in _MODAL_EDGES.items():
        rests = (
            word[len(edge) :] if word.startswith(edge) else "",
            word[: -len(edge)] if word.endswith(edge) else "",
        )
        if any(rest in _MODAL_SHAPE_WORDS for rest in rests):
            return drawn
    return None
