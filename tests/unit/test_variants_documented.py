"""docs/dsl.md lists the variants the validator knows (KNOWN_VARIANTS), no more and no fewer, in
its table of variants and in each type's own section."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.semantic.variants import KNOWN_VARIANTS, VARIANT_ALIASES
from tests.support.reference import REFERENCE, type_description


def _variants_table() -> dict[str, set[str]]:
    """The `| type | variants |` table: each type and every word in backquotes after it."""
    start = REFERENCE.index("| type | variants |")
    rows = REFERENCE[start:].split("\n\n", 1)[0].splitlines()[2:]
    table: dict[str, set[str]] = {}
    for row in rows:
        kind, variants = row.strip("|").split("|")
        table[kind.strip().strip("`")] = set(re.findall(r"`([a-z]+)`", variants))
    return table


def test_the_table_of_variants_is_the_validators() -> None:
    assert _variants_table() == {kind: set(names) for kind, names in KNOWN_VARIANTS.items()}


@pytest.mark.parametrize("kind", sorted(KNOWN_VARIANTS))
def test_each_types_section_names_its_variants(kind: str) -> None:
    prose = type_description(kind)
    missing = [
        name
        for name in sorted(KNOWN_VARIANTS[kind])
        if f"`{name}`" not in prose and f"variant: {name}" not in prose
    ]
    assert missing == [], f"{kind}: {missing}"


def test_the_documented_aliases_are_the_validators() -> None:
    """Each alias reads "`alias` is `variant`" (or "`a` and `b` are `variant`") in its type's row,
    after a `;` (a row may hold several such groups: a modal's sheet, side and left)."""
    start = REFERENCE.index("| type | variants |")
    rows = REFERENCE[start:].split("\n\n", 1)[0]
    documented: dict[str, dict[str, str]] = {}
    for kind, row in re.findall(r"^\| `(\w+)` \|([^\n]*)", rows, flags=re.MULTILINE):
        for aliases, canonical in re.findall(r"; ((?:`\w+`(?:,| and)? ?)+) (?:is|are) `(\w+)`", row):
            documented.setdefault(kind, {}).update(dict.fromkeys(re.findall(r"`(\w+)`", aliases), canonical))
    assert documented == VARIANT_ALIASES
    for kind, aliases in VARIANT_ALIASES.items():
        assert set(aliases) | set(aliases.values()) <= KNOWN_VARIANTS[kind]


def test_an_unknown_calendar_variant_offers_the_views_drawn() -> None:
    from kernel.dsl.validate import validate_document

    (warning,) = validate_document({"elements": [{"type": "calendar", "variant": "huge"}]}).warnings
    assert warning.suggestion == "use one of day, full, week"
