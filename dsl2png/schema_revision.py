"""Whether the database schema's Alembic revision is the one this release's code was written for.

A schema older than the code (`migrate --down`, or new code rolled out before `dsl2png migrate`)
made every POST a 500 on a missing column while /readyz said ready; a schema newer than the code
(the code rolled back, the schema not) may hold events and columns the code does not know."""

from __future__ import annotations

import functools
import logging
from typing import Any


@functools.cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(the head revision of migrations/, every revision there)."""
    quiet = logging.getLogger("alembic")  # importing alembic logs its plugins at INFO
    level = quiet.level
    quiet.setLevel(logging.WARNING)
    try:
        from alembic.script import ScriptDirectory

        from dsl2png.migrate import alembic_config

        scripts = ScriptDirectory.from_config(alembic_config(""))
        head = scripts.get_current_head()
        revisions = frozenset(script.revision for script in scripts.walk_revisions())
    finally:
        quiet.setLevel(level)
    assert head is not None
    return head, revisions


def code_head() -> str:
    """The revision this release needs (the newest migration shipped with it)."""
    return _revisions()[0]


def stored_revision(conn: Any, schema: str) -> tuple[bool, str | None]:
    """(whether `schema` has an alembic_version table, the revision in it), read on a psycopg
    connection. No table: the application created its tables itself (CREATE_TABLE, tests)."""
    from psycopg.rows import tuple_row

    table = '"' + schema.replace('"', '""') + '".alembic_version'
    cursor = conn.cursor(row_factory=tuple_row)
    if cursor.execute("SELECT to_regclass(%s)", [table]).fetchone()[0] is None:
        return False, None
    found = cursor.execute(f"SELECT version_num FROM {table}").fetchone()
    return True, None if found is None else str(found[0])


def revision_mismatch(schema: str, found: str | None, *, where: str = "") -> str | None:
    """One line saying what to do when `found` is not this release's head, else None (`where`:
    the database, as in "schema s of host:5432/db")."""
    head, known = _revisions()
    if found == head:
        return None
    subject = f"schema {schema}" + (f" of {where}" if where else "")
    if found is None or found in known:
        at = "has no migration applied" if found is None else f"is at {found}"
        return f"{subject} {at}, this release needs {head}: run `dsl2png migrate`"
    return (
        f"{subject} is at {found}, newer than this release (it needs {head}): the schema was "
        "migrated by a newer release; run that release, or stop every service and run the newer "
        f"release's `dsl2png migrate --down {head}` (events only the newer release writes cannot "
        "be read by this one)"
    )
