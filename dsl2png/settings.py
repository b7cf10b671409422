"""Settings shared by every dsl2png process; each service's own class extends `CommonSettings`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from dsl2png.env_names import check_environment
from dsl2png.pg_session_limits import DEFAULT_KEEPALIVE_S, DEFAULT_STATEMENT_TIMEOUT_S, SessionLimits


def default_data_dir() -> Path:
    """Embedded state lives under XDG_DATA_HOME (or ~/.local/share) unless DSL2PNG_DATA_DIR says."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "dsl2png"


class CommonSettings(BaseSettings):
    """Where state lives. No DATABASE_URL/NATS_URL means the embedded mode (SQLite, in-process queue)."""

    model_config = SettingsConfigDict(env_prefix="DSL2PNG_", extra="ignore", populate_by_name=True)

    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DSL2PNG_DATABASE_URL", "DATABASE_URL")
    )
    nats_url: str | None = Field(default=None, validation_alias=AliasChoices("DSL2PNG_NATS_URL", "NATS_URL"))
    database_schema: str | None = Field(
        default=None,
        description="the Postgres schema of the tables; unset: the connection's default schema "
        "(the first of its search_path, normally public)",
    )
    nats_stream: str = "DSL2PNG_JOBS"
    nats_subject: str = "dsl2png.jobs"
    data_dir: Path = Field(default_factory=default_data_dir)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_json: bool | None = Field(
        default=None, description="JSON lines with trace ids; default: JSON unless logging to a terminal"
    )
    startup_timeout_s: float = Field(
        default=60.0,
        gt=0,
        description="how long a process retries an unreachable NATS at start-up before it exits 1",
    )
    connect_timeout_s: float = Field(
        default=5.0, gt=0, le=60, description="longest wait for the database's first connection at start-up"
    )
    database_statement_timeout_s: float = Field(
        default=DEFAULT_STATEMENT_TIMEOUT_S,
        ge=0,
        description="Postgres cancels a statement of this process that runs longer, waiting for a "
        "lock included (0: no limit)",
    )
    database_keepalive_s: float = Field(
        default=DEFAULT_KEEPALIVE_S,
        ge=0,
        description="probe a database connection silent this long and drop it after three "
        "unanswered probes, a third of this apart (a half-open connection); 0: the system's default",
    )

    @model_validator(mode="before")
    @classmethod
    def _no_misspelt_variables(cls, data: Any) -> Any:
        """A misspelt DSL2PNG_* variable is an error at start-up, not a setting silently left at
        its default; every process builds its settings from this class."""
        check_environment(os.environ)
        return data

    @field_validator("database_url", "nats_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        """`NATS_URL=` (set, but to nothing) means what leaving it out means."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _any_case(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: str | None) -> str | None:
        if value and not value.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            raise ValueError(
                "DATABASE_URL must be a postgresql:// URL, e.g. postgresql://user@host:5432/dsl2png"
            )
        return _with_valid_port(value, "DATABASE_URL")

    @field_validator("nats_url")
    @classmethod
    def _nats_only(cls, value: str | None) -> str | None:
        if value and not value.startswith(("nats://", "tls://", "ws://", "wss://")):
            raise ValueError(
                "NATS_URL must be a nats:// URL (or tls://, ws://, wss://), e.g. nats://host:4222"
            )
        return _with_valid_port(value, "NATS_URL")

    @property
    def embedded(self) -> bool:
        return self.database_url is None

    @property
    def session_limits(self) -> SessionLimits:
        """The statement timeout and keepalives of every Postgres connection the process pools."""
        return SessionLimits(self.database_statement_timeout_s, self.database_keepalive_s)

    def check_mode(self) -> None:
        """Postgres and NATS go together: one without the other is a configuration error, which
        names the one missing (the relay, a worker and the projector have no embedded mode to offer;
        `serve` says how to get it)."""
        if (self.database_url is None) == (self.nats_url is None):
            return
        given, missing = (
            ("DATABASE_URL", "NATS_URL") if self.nats_url is None else ("NATS_URL", "DATABASE_URL")
        )
        raise ValueError(
            f"{given} is set but {missing} is not: the deployed service needs both; set {missing} "
            f"(or DSL2PNG_{missing}){self.without_both_hint}"
        )

    without_both_hint: ClassVar[str] = ""
    """What leaving both unset would do, for the processes that have such a mode (`serve`)."""


def _with_valid_port(value: str | None, name: str) -> str | None:
    """`value` when each of its URLs has a port that can be (0 to 65535) or none: a port out of
    range raised deep in the start-up checks, a traceback instead of a setting error."""
    for url in (value or "").split(","):
        try:
            _ = urlsplit(url.strip()).port  # raises for a port out of range
        except ValueError:
            raise ValueError(f"{name} has a port out of range: a port is a number from 1 to 65535") from None
    return value


class ProbedSettings(CommonSettings):
    """A process that serves its own probes and metrics (a worker, the relay): the API serves them
    on its own port, these on `DSL2PNG_METRICS_PORT` (or `DSL2PNG_HEALTH_PORT`) when it is set."""

    health_host: str = "0.0.0.0"
    health_port: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        validation_alias=AliasChoices("DSL2PNG_HEALTH_PORT", "DSL2PNG_METRICS_PORT"),
        description="serve /healthz, /readyz (what the process last reached) and /metrics on this port",
    )


class ServeSettings(CommonSettings):
    """`dsl2png serve`: the command and query APIs (and /mcp) on one port."""

    without_both_hint: ClassVar[str] = (
        "; or leave both unset for the embedded mode (SQLite and an in-process queue, one process)"
    )

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_wait_s: float = Field(default=60.0, gt=0, le=300)
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    dedup_window_s: float = Field(default=120.0, gt=0)
    max_queue_depth: int = Field(default=5000, ge=1, description="past this, new renders get 503")
    database_wait_s: float = Field(
        default=3.0,
        gt=0,
        le=60,
        description="longest a request waits for a database connection before it answers 503 "
        "database_unavailable; while Postgres is unreachable it answers at once",
    )
    max_unfinished_per_key: int = Field(
        default=50, ge=1, description="renders one API key may have queued or rendering at once (429 past it)"
    )
    auth: Literal["auto", "on", "off"] = Field(
        default="auto", description="auto: on with Postgres (deployed), off in the embedded mode"
    )
    rate_limit_per_s: float = Field(default=50.0, gt=0, description="requests per second per API key")
    rate_limit_burst: int = Field(default=100, ge=1)
    png_ttl_s: float | None = Field(
        default=None,
        gt=0,
        description="remove a stored image this many seconds after the last job that used it (events stay)",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="CORS is off unless origins are listed (comma-separated or a JSON list)",
    )
    mcp_allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    allowed_hosts: Annotated[list[str] | None, NoDecode] = Field(
        default=None,
        description="Host names the service answers to besides localhost (comma-separated, '*': any); "
        "default: only localhost when bound to loopback, any otherwise",
    )

    @field_validator("cors_origins", "mcp_allowed_origins", mode="before")
    @classmethod
    def _origin_list(cls, value: Any) -> Any:
        return origin_list(value)

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _host_list(cls, value: Any) -> Any:
        """Comma-separated like the origins; set to nothing, it is unset (the default applies)."""
        return None if isinstance(value, str) and not value.strip() else origin_list(value)

    @model_validator(mode="after")
    def _consistent(self) -> ServeSettings:
        self.check_mode()
        if self.auth == "on" and self.database_url is None:
            raise ValueError("DSL2PNG_AUTH=on needs DATABASE_URL: API keys are stored in Postgres")
        return self

    @property
    def auth_enabled(self) -> bool:
        return self.auth == "on" or (self.auth == "auto" and not self.embedded)

    @property
    def trusted_hosts(self) -> list[str]:
        """The Host names requests may carry besides localhost's: `allowed_hosts` when set; else
        none when bound to loopback (a DNS-rebound page's name is refused), any otherwise."""
        from dsl2png.caller_checks import is_loopback

        if self.allowed_hosts is not None:
            return self.allowed_hosts
        return [] if is_loopback(self.host) else ["*"]


def origin_list(value: Any) -> Any:
    """Origins as the environment gives them: a JSON list, or `https://a.example, https://b.example`."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            raise ValueError(
                "not a JSON list of origins; write them comma-separated or as a JSON list"
            ) from None
    return [origin.strip() for origin in text.split(",") if origin.strip()]
