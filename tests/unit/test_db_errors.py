"""Telling a database outage from a bug: outages are logged in one line, bugs keep their traceback."""

from __future__ import annotations

import psycopg
import pytest

from dsl2png.db_errors import is_database_outage, traceback_unless_outage
from kernel.errors import first_line


def refused_connection() -> psycopg.OperationalError:
    """What psycopg really raises when nothing listens on the port (port 1: never a Postgres)."""
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect("postgresql://postgres@127.0.0.1:1/test", connect_timeout=2)
    return caught.value


def test_a_refused_connection_is_an_outage_also_when_raised_from_another_error() -> None:
    refused = refused_connection()
    assert is_database_outage(refused)
    try:
        try:
            raise refused
        except psycopg.OperationalError as exc:
            raise RuntimeError("the projector stopped") from exc
    except RuntimeError as wrapped:
        assert is_database_outage(wrapped)
        assert traceback_unless_outage(wrapped) is None


def test_other_errors_keep_their_traceback() -> None:
    bug = KeyError("status")
    assert not is_database_outage(bug)
    assert traceback_unless_outage(bug) is bug


def test_first_line_keeps_one_line_of_a_multi_line_message() -> None:
    assert "\n" not in first_line(refused_connection())
    assert first_line(psycopg.OperationalError("server closed the connection\n\tThis probably means")) == (
        "server closed the connection"
    )
    assert first_line(ValueError()) == "ValueError"
