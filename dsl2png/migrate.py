"""Runs the Alembic migrations shipped in the package (dsl2png/migrations, the top-level
migrations/ in a checkout) programmatically: what `dsl2png migrate` calls."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from dsl2png.bundled import migrations_folder


def alembic_config(database_url: str, schema: str | None = None) -> Config:
    """Configuration in code (no alembic.ini): where the scripts are (the installed package's
    copy, wherever the command runs from), which database and schema. Raises
    BundledFilesMissingError for an installation without them."""
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    config.attributes["database_url"] = database_url
    config.attributes["schema"] = schema
    return config


def sqlalchemy_url(database_url: str) -> str:
    """The URL with psycopg 3 named as SQLAlchemy needs it; `postgres://` (accepted by libpq and by
    every other command) too: SQLAlchemy knows no `postgres` dialect."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if database_url.startswith(prefix):
            return "postgresql+psycopg://" + database_url[len(prefix) :]
    raise ValueError("migrations need a postgresql:// URL")


def upgrade(database_url: str, revision: str = "head", *, schema: str | None = None) -> None:
    """Create or upgrade the tables (in `schema`, created if missing; else the default schema)."""
    command.upgrade(alembic_config(database_url, schema), revision)


def downgrade(database_url: str, revision: str, *, schema: str | None = None) -> None:
    """Undo migrations down to `revision` ('base' drops every table the migrations made, and then
    Alembic's own alembic_version table, which it leaves behind empty)."""
    command.downgrade(alembic_config(database_url, schema), revision)
    if revision == "base":
        engine = create_engine(sqlalchemy_url(database_url), poolclass=NullPool)
        try:
            with engine.begin() as connection:
                if schema:
                    connection.execute(text("SELECT set_config('search_path', :s, true)"), {"s": schema})
                connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        finally:
            engine.dispose()


def current_revision(database_url: str, *, schema: str | None = None) -> str | None:
    """The revision the database is at (None before the first migration)."""
    engine = create_engine(sqlalchemy_url(database_url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if schema:
                connection.execute(text("SELECT set_config('search_path', :s, false)"), {"s": schema})
            context = MigrationContext.configure(connection, opts={"version_table_schema": schema})
            return context.get_current_revision()
    finally:
        engine.dispose()


def reverted_by_downgrade(database_url: str, revision: str, *, schema: str | None = None) -> list[str]:
    """What `downgrade(revision)` would undo, newest first: "0005: <the migration's first line>".
    Raises alembic's CommandError for a revision that does not exist."""
    scripts = ScriptDirectory.from_config(alembic_config(database_url, schema))
    lower = None if revision == "base" else scripts.get_revision(revision).revision
    current = current_revision(database_url, schema=schema)
    if current is None:
        return []
    undone: list[str] = []
    for script in scripts.iterate_revisions(current, "base"):
        if script.revision == lower:
            return undone
        undone.append(f"{script.revision}: {_summary(script.doc)}")
    return undone if lower is None else []  # `lower` comes after the current revision: nothing to undo


def tables_in(database_url: str, *, schema: str | None = None) -> list[str]:
    """The tables in the schema the migrations manage (what a downgrade to base drops)."""
    engine = create_engine(sqlalchemy_url(database_url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    "coalesce(:s, current_schema()) AND table_name <> 'alembic_version' ORDER BY 1"
                ),
                {"s": schema},
            )
            return [str(row[0]) for row in rows]
    finally:
        engine.dispose()


def describe_database(database_url: str, schema: str | None) -> str:
    """`postgresql://user@host:port/db schema s` for messages: never the password."""
    params = conninfo_to_dict(database_url.replace("postgresql+psycopg://", "postgresql://", 1))
    user = f"{params['user']}@" if params.get("user") else ""
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{user}{params.get('host') or 'localhost'}{port}/{params.get('dbname') or ''} schema {schema or 'public'}"


def _summary(doc: str | None) -> str:
    """A migration's first sentence (its docstring's first paragraph, up to the first full stop)."""
    paragraph = " ".join((doc or "").strip().split("\n\n")[0].split())
    return paragraph.split(". ")[0].rstrip(".")
