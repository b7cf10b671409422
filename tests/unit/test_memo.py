"""remembered_up_to: short arguments computed once, long ones every time."""

from __future__ import annotations

from kernel.dsl.memo import remembered_up_to


def test_short_arguments_are_computed_once_and_long_ones_every_time() -> None:
    calls: list[str] = []

    @remembered_up_to(5, entries=10)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [shout("abc"), shout("abc"), shout("abcdef"), shout("abcdef")] == [
        "ABC",
        "ABC",
        "ABCDEF",
        "ABCDEF",
    ]
    assert calls == ["abc", "abcdef", "abcdef"]


def test_only_the_last_entries_are_remembered() -> None:
    calls: list[str] = []

    @remembered_up_to(5, entries=2)
    def echo(text: str) -> str:
        calls.append(text)
        return text

    for text in ("a", "b", "c", "a"):
        echo(text)
    assert calls == ["a", "b", "c", "a"]  # "a" was pushed out by "b" and "c"
