"""Every DSL2PNG_* environment variable dsl2png knows, and the start-up check that refuses a misspelt one."""

from __future__ import annotations

import difflib
import logging
from collections.abc import Mapping

log = logging.getLogger("dsl2png.settings")

SETTINGS_VARIABLES = frozenset(
    {
        "DSL2PNG_ACK_WAIT_S", "DSL2PNG_ACQUIRE_TIMEOUT_S", "DSL2PNG_ALLOWED_HOSTS", "DSL2PNG_AUTH",
        "DSL2PNG_BATCH_SIZE", "DSL2PNG_BREAKER_COOLDOWN_S", "DSL2PNG_BREAKER_FAILURES", "DSL2PNG_BROWSERS",
        "DSL2PNG_CHROMIUM_PATH", "DSL2PNG_CHROMIUM_SANDBOX", "DSL2PNG_CONCURRENCY", "DSL2PNG_CONNECT_TIMEOUT_S",
        "DSL2PNG_CORS_ORIGINS",
        "DSL2PNG_CREATE_TABLES", "DSL2PNG_DATABASE_KEEPALIVE_S", "DSL2PNG_DATABASE_SCHEMA",
        "DSL2PNG_DATABASE_STATEMENT_TIMEOUT_S", "DSL2PNG_DATABASE_URL", "DSL2PNG_DATABASE_WAIT_S",
        "DSL2PNG_DATA_DIR",
        "DSL2PNG_DEDUP_WINDOW_S", "DSL2PNG_DRAIN_TIMEOUT_S", "DSL2PNG_FAST_PNG", "DSL2PNG_FETCH_TIMEOUT_S",
        "DSL2PNG_HEALTH_HOST", "DSL2PNG_HEALTH_PORT", "DSL2PNG_HEARTBEAT_S", "DSL2PNG_HOST",
        "DSL2PNG_LAUNCH_TIMEOUT_S", "DSL2PNG_LOG_JSON", "DSL2PNG_LOG_LEVEL", "DSL2PNG_MAX_BODY_BYTES",
        "DSL2PNG_MAX_DELIVER", "DSL2PNG_MAX_QUEUE_DEPTH", "DSL2PNG_MAX_UNFINISHED_PER_KEY",
        "DSL2PNG_MAX_WAIT_S", "DSL2PNG_MCP_ALLOWED_ORIGINS", "DSL2PNG_METRICS_PORT", "DSL2PNG_NATS_DURABLE",
        "DSL2PNG_NATS_STREAM", "DSL2PNG_NATS_SUBJECT", "DSL2PNG_NATS_URL", "DSL2PNG_PAGES_PER_BROWSER",
        "DSL2PNG_PNG_TTL_S", "DSL2PNG_PORT", "DSL2PNG_PROJECTION_INTERVAL_S", "DSL2PNG_RATE_LIMIT_BURST",
        "DSL2PNG_RATE_LIMIT_PER_S", "DSL2PNG_RECYCLE_AFTER", "DSL2PNG_RENDER_TIMEOUT_S",
        "DSL2PNG_REPLAY_LIVE_TIMEOUT_S", "DSL2PNG_RETRY_BASE_S", "DSL2PNG_RETRY_MAX_S",
        "DSL2PNG_STARTUP_TIMEOUT_S", "DSL2PNG_TRACK_EVERY_S", "DSL2PNG_WORKER_ID",
    }
)  # fmt: skip
"""The variables the settings classes read (a unit test keeps this in step with their fields)."""

OTHER_VARIABLES = frozenset(
    {
        "DSL2PNG_OTLP_ENDPOINT",  # telemetry.py
        "DSL2PNG_POSTGRES_CONNECT_OPTIONS",  # the event store's environment, passed to other processes
        "DSL2PNG_POOL_WAIT_S",  # the same
        "DSL2PNG_TEST_DATABASE_URL", "DSL2PNG_TEST_NATS_URL",  # the tests' services
        "DSL2PNG_IMAGE", "DSL2PNG_HTTP_PORT", "DSL2PNG_PROMETHEUS_PORT",  # deploy/compose.yaml
    }
)  # fmt: skip

KNOWN_VARIABLES = SETTINGS_VARIABLES | OTHER_VARIABLES

_warned: set[str] = set()


class UnknownSettingError(ValueError):
    """A DSL2PNG_* variable close to a known name: a typo, which would silently leave the setting
    it meant at its default (a misspelt DSL2PNG_DATABASE_SCHEMA migrated into schema public)."""


MAX_SHORTENED_MATCHES = 2
"""A name that is a shortening of more known names than this (DSL2PNG_TIMEOUT_S) is no typo of one."""


def near_misses(name: str) -> list[str]:
    """The known names `name` probably meant: one spelt almost alike (DSL2PNG_DATABSE_SCHEMA), or
    those it shortens by leaving out leading or trailing words (DSL2PNG_SCHEMA for
    DSL2PNG_DATABASE_SCHEMA, DSL2PNG_URL for DSL2PNG_DATABASE_URL or DSL2PNG_NATS_URL,
    DSL2PNG_DRAIN_TIMEOUT for DSL2PNG_DRAIN_TIMEOUT_S), when they are few."""
    upper = name.upper()
    words = _words(upper)
    if any(len(word) >= 3 for word in words):  # not DSL2PNG_S: too little to go on
        shortened = sorted(
            known
            for known in SETTINGS_VARIABLES
            if (theirs := _words(known)) != words
            and (theirs[-len(words) :] == words or theirs[: len(words)] == words)
        )
        if 0 < len(shortened) <= MAX_SHORTENED_MATCHES:
            return shortened
    return difflib.get_close_matches(upper, KNOWN_VARIABLES, n=1, cutoff=0.8)


def _words(name: str) -> list[str]:
    return [word for word in name.removeprefix("DSL2PNG_").split("_") if word]


def check_environment(environ: Mapping[str, str]) -> None:
    """Refuse a DSL2PNG_* variable no part of dsl2png reads when it looks like a misspelt known one
    (did-you-mean); warn, once per process, about any other unknown one."""
    typos: list[str] = []
    for name in sorted(n for n in environ if n.upper().startswith("DSL2PNG_") and n not in KNOWN_VARIABLES):
        close = near_misses(name)
        if close:
            typos.append(f"{name} is not a dsl2png setting: did you mean {' or '.join(close)}?")
        elif name not in _warned:
            _warned.add(name)
            log.warning("ignoring %s: no dsl2png setting has this name", name)
    if typos:
        raise UnknownSettingError("; ".join(typos))
