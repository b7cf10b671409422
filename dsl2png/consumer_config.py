"""Whether the workers' shared JetStream consumer has the settings this worker was started with.

Every worker pulls from one durable consumer, and its ack wait and delivery limit hold for all
of them. JetStream accepts a "create" of an existing durable with other settings as an update,
so a worker started with another DSL2PNG_ACK_WAIT_S or DSL2PNG_MAX_DELIVER used to reconfigure
the consumer for every worker, without a word (the last one started won). A worker whose
settings differ from the consumer's now refuses to start instead, naming both values: it could
not keep its own promise (it counts deliveries against its own DSL2PNG_MAX_DELIVER), and
changing the others' under them is what an operator does on purpose (docs/runbook.md)."""

from __future__ import annotations

from dataclasses import dataclass

from nats.js.api import ConsumerConfig

from dsl2png.startup_checks import StartupError


@dataclass(frozen=True)
class Setting:
    """One consumer setting a worker's environment decides."""

    field: str
    variable: str
    cli_flag: str
    unit: str = ""

    def shown(self, config: ConsumerConfig) -> str:
        value = getattr(config, self.field)
        return f"{float(value):g}{self.unit}" if self.unit else str(value)


SETTINGS = (
    Setting("ack_wait", "DSL2PNG_ACK_WAIT_S", "--wait", unit="s"),
    Setting("max_deliver", "DSL2PNG_MAX_DELIVER", "--max-deliver"),
    Setting("filter_subject", "DSL2PNG_NATS_SUBJECT", "--filter"),
)


def _same(existing: object, wanted: object) -> bool:
    numbers = (int, float)
    if isinstance(existing, numbers) and isinstance(wanted, numbers):
        return abs(existing - wanted) < 1e-3  # the server keeps nanoseconds
    return existing == wanted


def differences(existing: ConsumerConfig, wanted: ConsumerConfig) -> list[Setting]:
    """The settings in which the consumer on the server differs from this worker's."""
    return [s for s in SETTINGS if not _same(getattr(existing, s.field), getattr(wanted, s.field))]


class ConsumerMismatchError(StartupError):
    """The shared consumer exists with other settings than this worker's (one line, exit 1)."""


def mismatch_error(stream: str, existing: ConsumerConfig, wanted: ConsumerConfig) -> ConsumerMismatchError:
    """The refusal: what the consumer has, what this worker was given, and the two ways out."""
    differing = differences(existing, wanted)
    theirs = ", ".join(f"{s.field} {s.shown(existing)}" for s in differing)
    ours = ", ".join(f"{s.field} {s.shown(wanted)} ({s.variable})" for s in differing)
    flags = " ".join(f"{s.cli_flag} {s.shown(wanted)}" for s in differing)
    return ConsumerMismatchError(
        f"the workers' consumer {wanted.durable_name} on stream {stream} has {theirs}, but this worker "
        f"is set to {ours}; every worker shares that consumer, so start this one with the same "
        f"settings, or change the consumer for all of them first (`nats consumer edit {stream} "
        f"{wanted.durable_name} {flags}`, see docs/runbook.md#consumer-settings)"
    )
