"""The Postgres deployment's operator commands: migrate, keys (create, list, revoke, history),
retention (show, set) and erase."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from dsl2png.commands.messages import err, plain
from kernel.times import utc_iso

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from dsl2png.event_store import RenderJobs
    from dsl2png.keys import ApiKey, ApiKeyStore


def migrate(revision: str | None, *, down: bool, drop_everything: bool = False) -> int:
    from alembic.util.exc import CommandError

    from dsl2png import migrate as migrations
    from dsl2png.bundled import BundledFilesMissingError, migrations_folder
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database_reachable

    try:
        scripts = migrations_folder()
    except BundledFilesMissingError as exc:  # a broken install: said before any database is asked
        err.print(f"[red]error[/red] {plain(str(exc))}")
        return 1
    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: migrations are for the Postgres deployment")
        return 1
    url, schema = settings.database_url, settings.database_schema
    check_database_reachable(url, connect_timeout_s=settings.connect_timeout_s)
    where = migrations.describe_database(url, schema)
    if down and revision is None:
        err.print(
            "[red]error[/red] --down needs the revision to go down to (e.g. `dsl2png migrate --down 0004`); "
            "`--down base --yes-drop-everything` drops every table, the event store included"
        )
        return 2
    target = revision or "head"
    try:
        before = migrations.current_revision(url, schema=schema)
        if down:
            undone = migrations.reverted_by_downgrade(url, target, schema=schema)
            if not undone:
                err.print(f"database {plain(where)}: already at {plain(target)} (at {before or 'base'})")
                return 0
            if target == "base":
                tables = migrations.tables_in(url, schema=schema)
                err.print(
                    f"a downgrade to base drops every table of {plain(where)}: {plain(', '.join(tables))}; "
                    "the event store is the only record of every render, and API keys go with it"
                )
                if not drop_everything:
                    err.print("[red]refused[/red]: add --yes-drop-everything to do it")
                    return 2
            for line in undone:
                err.print(f"undoing {plain(line)}")
            migrations.downgrade(url, target, schema=schema)
        else:
            migrations.upgrade(url, target, schema=schema)
        after = migrations.current_revision(url, schema=schema)
    except CommandError as exc:
        err.print(f"[red]error[/red] {plain(str(exc))} (the revisions are in {plain(scripts / 'versions')})")
        return 2
    if after == before:
        err.print(f"database {plain(where)}: already at {plain(target)} ({after or 'base'})")
    else:
        verb = "downgraded" if down else "upgraded"
        err.print(f"database {plain(where)}: {verb} to {after or 'base'} (was {before or 'empty'})")
    return 0


@contextmanager
def _key_store() -> Iterator[ApiKeyStore | None]:
    """The key ring of the configured Postgres deployment (None, said, without DATABASE_URL)."""
    from dsl2png.event_store import render_jobs
    from dsl2png.keys import ApiKeyStore
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: API keys live in the Postgres deployment")
        yield None
        return
    url, schema = settings.database_url, settings.database_schema
    check_database(url, schema, connect_timeout_s=settings.connect_timeout_s)
    with render_jobs(url, settings.data_dir, create_tables=False, schema=schema) as app:
        yield ApiKeyStore(app)


def _operator(option: str, text: str | None, *, prefix: str) -> str | Literal[False] | None:
    """`text` checked for the audit trail and recorded as `prefix` + it (None without it); False,
    said, when it cannot be recorded."""
    if text is None:
        return None
    problem = audit_text_problem(text)
    if problem is not None:
        err.print(f"[red]error[/red] {option}: {problem}; nothing was recorded")
        return False
    return prefix + text.strip()


def keys_create(name: str, *, by: str | None = None) -> int:
    who = _operator("--by", by, prefix="operator:")
    if who is False:
        return 1
    with _key_store() as store:
        if store is None:
            return 1
        namesakes = [key.id for key in store.list() if key.name == name and key.active]
        try:
            key, secret = store.create(name, by=who or "operator")
        except ValueError as exc:
            err.print(f"[red]error[/red] {plain(str(exc))}")
            return 2
    if namesakes:
        # Names are labels, and a second key under one name is how a key is rotated (create the
        # new one, move the callers, revoke the old), so this warns rather than refuses.
        err.print(
            f"[yellow]warning[/yellow] an active key is already named {plain(repr(name))} "
            f"({', '.join(namesakes)}); both now work. Revoke the old one once callers have moved: "
            f"dsl2png keys revoke {namesakes[0]}"
        )
    err.print(f"created key {plain(key.id)} ({plain(key.name)}); its secret is shown only now:")
    print(secret)
    return 0


def keys_list(*, as_json: bool = False) -> int:
    with _key_store() as store:
        if store is None:
            return 1
        keys = store.list()
    if as_json:
        print(json.dumps([_key_json(key) for key in keys], indent=2))
        return 0
    for key in keys:
        state = f"revoked {_utc_minute(key.revoked_at)}" if key.revoked_at else "active"
        print(f"{key.id}  {_utc_minute(key.created_at)}  {state:<28}  {key.name}")
    return 0


def _key_json(key: ApiKey) -> dict[str, object]:
    """A key for scripts: its times in the API's own format (UTC `...Z`), who made and revoked
    it (None where unknown: keys imported from the former table), never its secret."""
    return {
        "id": key.id,
        "name": key.name,
        "created_at": utc_iso(key.created_at),
        "created_by": key.created_by,
        "revoked_at": utc_iso(key.revoked_at) if key.revoked_at else None,
        "revoked_by": key.revoked_by,
        "revoke_reason": key.revoke_reason,
        "imported": key.imported,
        "active": key.active,
    }


def _utc_minute(value: datetime) -> str:
    """A key's time for people: UTC to the minute, zone shown (the session's zone may differ)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def keys_revoke(key_id: str, *, reason: str | None = None, by: str | None = None) -> int:
    why = _operator("--reason", reason, prefix="")
    who = _operator("--by", by, prefix="operator:")
    if why is False or who is False:
        return 1
    with _key_store() as store:
        if store is None:
            return 1
        if not store.revoke(key_id, by=who or "operator", reason=why):
            err.print(f"[red]error[/red] no active key {plain(repr(key_id))}")
            return 1
    err.print(f"revoked {key_id}")
    return 0


def keys_history() -> int:
    with _key_store() as store:
        if store is None:
            return 1
        trail = store.history()
    for record in trail:
        print(json.dumps(record, default=_json_value, ensure_ascii=False))
    return 0


def _json_value(value: object) -> object:
    """Times in the trail as the API gives them (UTC `...Z`)."""
    if isinstance(value, datetime):
        return utc_iso(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def erase(job_ids: list[str], *, reason: str | None = None, by: str | None = None) -> int:
    """`dsl2png erase JOB_ID...`: erase each job's document and image (dsl2png.erasure) in the
    Postgres deployment, as 'operator' (`by`: 'operator:NAME'), with `reason` recorded. Every id,
    the reason and the name are checked first: a bad one stops it with exit 1 before anything is
    erased. Prints one JSON line per job."""
    import json
    import uuid

    from dsl2png.blobs import make_blob_store
    from dsl2png.erasure import erase_job
    from dsl2png.event_store import render_jobs
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database
    from kernel.errors import JobNotFoundError
    from projector.views import view_for

    settings = CommonSettings()
    if settings.database_url is None:
        err.print("[red]error[/red] DATABASE_URL is not set: `erase` is for the Postgres deployment")
        return 1
    for option, given in (("--reason", reason), ("--by", by)):
        problem = None if given is None else audit_text_problem(given)
        if problem is not None:
            err.print(f"[red]error[/red] {option}: {problem}; nothing was erased")
            return 1
    erased_by = "operator" if by is None else f"operator:{by.strip()}"
    why = None if reason is None else reason.strip()
    ids: list[uuid.UUID] = []
    for index, text in enumerate(job_ids):
        try:
            ids.append(uuid.UUID(text))
        except ValueError:
            err.print(f"[red]error[/red] JOB_ID[{index}]: {plain(repr(text))} is not a render id (a UUID)")
            return 1
    url, schema = settings.database_url, settings.database_schema
    check_database(url, schema, connect_timeout_s=settings.connect_timeout_s)
    with render_jobs(url, settings.data_dir, create_tables=False, schema=schema) as jobs:
        for index, job_id in enumerate(ids):
            try:
                jobs.get(job_id)
            except JobNotFoundError:
                err.print(f"[red]error[/red] JOB_ID[{index}]: no render job {job_id}; nothing was erased")
                return 1
        blobs = make_blob_store(url, settings.data_dir, schema=schema)
        try:
            view = view_for(jobs, create_tables=False)
            for job_id in ids:
                erased = erase_job(jobs, blobs, view, job_id, erased_by=erased_by, reason=why)
                print(json.dumps(erased.as_dict()))
        finally:
            blobs.close()
    return 0


MAX_AUDIT_TEXT_CHARS = 500
"""Longest `--reason` or `--by` recorded, as the API's erase and cancel reasons."""


def audit_text_problem(text: str) -> str | None:
    """What is wrong with a `--reason` or `--by` for the audit trail, or None: blank, or longer
    than the API accepts for its reasons."""
    if not text.strip():
        return "is blank: say it in words, or leave the option out"
    if len(text) > MAX_AUDIT_TEXT_CHARS:
        return f"is {len(text)} characters long; at most {MAX_AUDIT_TEXT_CHARS}"
    return None


@contextmanager
def _deployment_events() -> Iterator[RenderJobs | None]:
    """The event store of the configured Postgres deployment (None, said, without DATABASE_URL)."""
    from dsl2png.event_store import render_jobs
    from dsl2png.settings import CommonSettings
    from dsl2png.startup_checks import check_database

    settings = CommonSettings()
    if settings.database_url is None:
        err.print(
            "[red]error[/red] DATABASE_URL is not set: the deployment's image retention is recorded in "
            "its Postgres event store (the embedded `serve` follows its own DSL2PNG_PNG_TTL_S)"
        )
        yield None
        return
    url, schema = settings.database_url, settings.database_schema
    check_database(url, schema, connect_timeout_s=settings.connect_timeout_s)
    with render_jobs(url, settings.data_dir, create_tables=False, schema=schema) as app:
        yield app


def retention_show() -> int:
    """`dsl2png retention show`: the deployment's image retention and every decision, as JSON."""
    from dsl2png.event_store import event_record
    from dsl2png.retention import recorded_retention
    from kernel.image_retention import RETENTION_ID

    with _deployment_events() as events:
        if events is None:
            return 1
        retention = recorded_retention(events)
        trail = [event_record(event) for event in events.events.get(RETENTION_ID)] if retention else []
    answer = {
        "ttl_s": retention.ttl_s if retention else None,
        "decided": retention is not None,
        "decided_by": retention.decided_by if retention else None,
        "decided_at": utc_iso(retention.decided_at) if retention and retention.decided_at else None,
        "history": trail,
    }
    print(json.dumps(answer, indent=2, default=_json_value, ensure_ascii=False))
    if retention is None:
        err.print("no image retention recorded yet: the first deployed API process to start records its own")
    return 0


def retention_set(value: str, *, reason: str | None = None, by: str | None = None) -> int:
    """`dsl2png retention set VALUE`: record the deployment's image retention (seconds, or `off`)."""
    from dsl2png.retention import decide_retention, decided, parse_setting, recorded_retention, setting_word
    from kernel.image_retention import shown_ttl

    try:
        ttl_s = parse_setting(value)
    except ValueError as exc:
        err.print(f"[red]error[/red] VALUE: {plain(str(exc))}; nothing was recorded")
        return 2
    why = _operator("--reason", reason, prefix="")
    who = _operator("--by", by, prefix="operator:")
    if why is False or who is False:
        return 1
    with _deployment_events() as events:
        if events is None:
            return 1
        before = recorded_retention(events)
        was = f"{shown_ttl(before.ttl_s)} ({decided(before)})" if before else "not recorded yet"
        changed, retention = decide_retention(events, ttl_s, by=who or "operator", reason=why)
    now = shown_ttl(retention.ttl_s)
    if not changed:
        err.print(
            f"the deployment's image retention is {now} already ({decided(retention)}); nothing recorded"
        )
        return 0
    variable = "unset" if ttl_s is None else f"DSL2PNG_PNG_TTL_S={setting_word(ttl_s)}"
    err.print(
        f"the deployment's image retention is now {now} (was {was}). Roll every API process out "
        f"with {variable}: until restarted so, an API set otherwise does not remove images, and "
        "does not start again with its old value"
        + (
            "; an API started with it removes the images unused for longer at its next sweep "
            "(they cannot be brought back: their jobs answer 410)"
            if ttl_s is not None
            else ""
        )
    )
    return 0
