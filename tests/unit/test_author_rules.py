"""`author_rules`: which classes of the document's `css` set a size or a position, read from
the element a rule styles (the last compound of its selector)."""

from __future__ import annotations

from kernel.dsl.compiler.author_rules import author_classes


def test_a_height_or_maximum_marks_the_subject_class_only() -> None:
    found = author_classes(".card .tw{max-height:200px} .a>.b{height:10px} .c:not(.d){block-size:4px}")
    assert found.sized_height == {"tw", "b", "c"}


def test_a_width_counts_unless_the_rule_sizes_by_flex() -> None:
    found = author_classes(".w{width:300px} .f{width:300px;flex:1}")
    assert found.sized_width == {"w"}


def test_absolute_and_fixed_positions_count_inside_media_rules_too() -> None:
    css = "@media (min-width:1px){.backdrop{position:absolute;inset:0}} .r{position:relative} .f{position:FIXED}"
    assert author_classes(css).positioned == {"backdrop", "f"}


def test_no_css_and_broken_css_give_no_classes() -> None:
    assert author_classes(None).positioned == frozenset()
    assert author_classes(".x{height:").sized_height == {"x"}
    assert author_classes("}{ .y").sized_height == frozenset()
