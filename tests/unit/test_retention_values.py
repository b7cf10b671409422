"""`dsl2png retention set VALUE` and the retention's words: seconds or `off`, nothing else."""

from __future__ import annotations

import pytest

from dsl2png.retention import parse_setting, setting_word
from kernel.image_retention import same_ttl, shown_ttl


@pytest.mark.parametrize(
    ("text", "ttl_s"), [("604800", 604800.0), (" 2.5 ", 2.5), ("off", None), ("OFF", None)]
)
def test_seconds_or_off(text: str, ttl_s: float | None) -> None:
    assert same_ttl(parse_setting(text), ttl_s)
    assert same_ttl(parse_setting(setting_word(ttl_s)), ttl_s)  # what the messages suggest parses


@pytest.mark.parametrize("text", ["soon", "0", "-5", "inf", "nan", ""])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="seconds"):
        parse_setting(text)


def test_kept_and_a_ttl_are_never_the_same() -> None:
    assert same_ttl(None, None) and not same_ttl(None, 5.0) and not same_ttl(5.0, None)
    assert shown_ttl(None) == "images kept (no retention)" and shown_ttl(5.0) == "5s after last use"
