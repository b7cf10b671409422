"""A render out of time says what would make it finish, naming the setting that gives it longer."""

from __future__ import annotations

import pytest

from render_worker.pool_settings import PoolSettings
from render_worker.timeouts import TIMEOUT_SETTING, timed_out


def test_a_webp_out_of_time_is_sent_to_png_a_lower_scale_or_the_setting() -> None:
    """The tester's 200-row table as a 2,560 x 15,625 WebP: within the format's 16,383 px a side,
    but slow to encode on a loaded machine, and told only "did not finish within 15 s"."""
    assert timed_out(15, format="webp", scale=2, full_page=True) == (
        "render did not finish within 15 s: render it as png or jpeg (a large WebP image is slow to "
        "encode), or at a lower scale than 2, or make the page shorter; or give renders longer with the "
        "DSL2PNG_RENDER_TIMEOUT_S setting (the machine may also be busy: try again)"
    )


def test_every_timeout_names_the_setting_and_only_what_applies() -> None:
    plain = timed_out(15, format="png")
    assert "webp" not in plain.lower() and "scale" not in plain and TIMEOUT_SETTING in plain
    printed = timed_out(20, format="pdf", full_page=True)
    assert printed.startswith("printing did not finish within 20 s: make the page shorter;")


def test_the_setting_named_is_the_one_the_pool_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TIMEOUT_SETTING, "42")
    assert PoolSettings().render_timeout_s == 42
