"""How a failed Chromium launch is worded when the browser did not exit (`launch_failure`)."""

from __future__ import annotations

from render_worker.launch_failure import launch_failure


def test_a_launch_that_timed_out_keeps_playwrights_line_without_its_call_log() -> None:
    exc = Exception(
        "BrowserType.launch: Timeout 30000ms exceeded.\nCall log:\n"
        "  - <launching> /usr/bin/chromium --headless --no-sandbox\n  - <launched> pid=12\n"
        "  - [pid=12][err] Fontconfig error: No writable cache directories\n"
        "  - [pid=12][err] Fontconfig error: No writable cache directories\n"
    )
    assert launch_failure(exc) == (
        "Timeout 30000ms exceeded.\n  Fontconfig error: No writable cache directories"
    )


def test_an_exception_without_words_is_told_by_its_type() -> None:
    assert launch_failure(TimeoutError()) == "TimeoutError"
