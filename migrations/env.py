"""Alembic environment: runs the migrations on one database (and schema) given in code, not an ini file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from dsl2png.migrate import sqlalchemy_url

config = context.config


def run_migrations_online() -> None:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL: use dsl2png.migrate.upgrade(database_url) or `dsl2png migrate`")
    schema: str | None = config.attributes.get("schema")
    engine = create_engine(sqlalchemy_url(url), poolclass=NullPool)
    with engine.connect() as connection:
        if schema:
            quoted = '"' + schema.replace('"', '""') + '"'
            connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {quoted}"))
            # migrations read current_schema() to qualify every name they create
            connection.execute(text(f"SET search_path TO {quoted}"))
            connection.commit()
        context.configure(connection=connection, version_table_schema=schema, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) mode is not supported: the migrations need current_schema()")
run_migrations_online()
