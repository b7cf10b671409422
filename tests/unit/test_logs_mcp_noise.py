"""The MCP SDK's per-request info line is kept out of the service log, unless at debug."""

from __future__ import annotations

import logging

from dsl2png.logs import configure_logging


def test_the_mcp_session_line_is_hidden_at_info_and_shown_at_debug() -> None:
    noisy = logging.getLogger("mcp.server.streamable_http")
    try:
        configure_logging("info", json_lines=True)
        assert not noisy.isEnabledFor(logging.INFO) and noisy.isEnabledFor(logging.WARNING)
        configure_logging("debug", json_lines=True)
        assert noisy.isEnabledFor(logging.INFO)
    finally:
        noisy.setLevel(logging.NOTSET)
        configure_logging("info", json_lines=True)
        noisy.setLevel(logging.NOTSET)
