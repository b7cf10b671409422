"""The element types' groups are named type by type, and the README and the reference count and
list the types the catalog knows: a new type cannot land in the wrong group or go uncounted."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kernel.dsl.catalog import CATEGORIES, ELEMENT_TYPES
from tests.support.reference import REFERENCE

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
_NUMBER_WORDS = {5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def test_every_type_is_in_exactly_one_group() -> None:
    grouped = Counter(kind for members in CATEGORIES.values() for kind in members)
    assert {kind: count for kind, count in grouped.items() if count != 1} == {}
    assert set(grouped) == set(ELEMENT_TYPES)


def test_the_groups_follow_the_catalogs_order() -> None:
    # The schema's enum and the reference list the types in ElementType's order, group by group.
    assert tuple(kind for members in CATEGORIES.values() for kind in members) == ELEMENT_TYPES


def test_the_reference_counts_the_types_and_groups() -> None:
    counted = re.search(r"^(\d+) types in (\w+) groups\.", REFERENCE, flags=re.MULTILINE)
    assert counted, "docs/dsl.md's Elements section starts '<N> types in <n> groups.'"
    assert int(counted.group(1)) == len(ELEMENT_TYPES)
    assert counted.group(2) == _NUMBER_WORDS[len(CATEGORIES)]


def test_the_reference_lists_each_group_under_its_heading() -> None:
    elements = REFERENCE.split("\n## Elements\n", 1)[1].split("\n## ", 1)[0]
    sections = re.split(r"^### (.+)$", elements, flags=re.MULTILINE)[1:]
    listed = {
        heading.lower(): tuple(re.findall(r"^#### `(\w+)`", body, flags=re.MULTILINE))
        for heading, body in zip(sections[::2], sections[1::2], strict=True)
    }
    assert listed == CATEGORIES


def test_the_readme_counts_and_names_every_type() -> None:
    bullet = re.search(r"^- (\d+) element types: (.*?)(?=^- )", README, flags=re.MULTILINE | re.DOTALL)
    assert bullet, "README's features list has a '- <N> element types: ...' bullet"
    assert int(bullet.group(1)) == len(ELEMENT_TYPES)
    named = Counter(
        word for quoted in re.findall(r"`([a-z\s]+)`", bullet.group(2)) for word in quoted.split()
    )
    # The bullet's backquotes also name the chart variants (`bar`, `line`...): only types count.
    assert {kind: named[kind] for kind in ELEMENT_TYPES if named[kind] != 1} == {}


def test_the_readme_groups_the_types_as_the_reference_does() -> None:
    bullet = re.search(r"^- (\d+) element types:(.*?)(?=^- )", README, flags=re.MULTILINE | re.DOTALL)
    assert bullet
    text = " ".join(bullet.group(2).split())
    for group, members in CATEGORIES.items():
        listed = re.search(rf"(?:^|[,:)] ){group}\b[^(`]*\(`([a-z\s]+)`", text)
        assert listed, f"README names the group {group!r} with its types in backquotes"
        assert tuple(listed.group(1).split()) == members, group
