"""Runs the Alembic migrations in migrations/ programmatically (what `dsl2png migrate` calls)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str, schema: str | None = None) -> Config:
    """Configuration in code (no alembic.ini): where the scripts are, which database and schema."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_url"] = database_url
    config.attributes["schema"] = schema
    return config


def upgrade(database_url: str, revision: str = "head", *, schema: str | None = None) -> None:
    """Create or upgrade the tables (in `schema`, created if missing; else the default schema)."""
    command.upgrade(alembic_config(database_url, schema), revision)


def downgrade(database_url: str, revision: str = "base", *, schema: str | None = None) -> None:
    """Undo migrations down to `revision` ('base' drops every table the migrations made)."""
    command.downgrade(alembic_config(database_url, schema), revision)


def current_revision(database_url: str, *, schema: str | None = None) -> str | None:
    """The revision the database is at (None before the first migration)."""
    url = database_url.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            if schema:
                connection.execute(text("SELECT set_config('search_path', :s, false)"), {"s": schema})
            context = MigrationContext.configure(connection, opts={"version_table_schema": schema})
            return context.get_current_revision()
    finally:
        engine.dispose()
