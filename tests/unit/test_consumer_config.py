"""A worker's consumer settings against the consumer every worker shares: what differs, and the refusal."""

from __future__ import annotations

from nats.js.api import ConsumerConfig

from dsl2png.consumer_config import differences, mismatch_error


def consumer(ack_wait: float = 30.0, max_deliver: int = 5, subject: str = "dsl2png.jobs") -> ConsumerConfig:
    return ConsumerConfig(
        durable_name="render-workers", ack_wait=ack_wait, max_deliver=max_deliver, filter_subject=subject
    )


def test_the_same_settings_differ_in_nothing_even_as_the_server_rounds_them() -> None:
    assert differences(consumer(ack_wait=30.000000001), consumer(ack_wait=30)) == []


def test_each_differing_setting_is_named_with_both_values_and_its_variable() -> None:
    error = mismatch_error("DSL2PNG_JOBS", consumer(), consumer(ack_wait=10, max_deliver=3))
    assert str(error).startswith(
        "the workers' consumer render-workers on stream DSL2PNG_JOBS has ack_wait 30s, max_deliver 5, "
        "but this worker is set to ack_wait 10s (DSL2PNG_ACK_WAIT_S), max_deliver 3 (DSL2PNG_MAX_DELIVER); "
    )
    assert "`nats consumer edit DSL2PNG_JOBS render-workers --wait 10s --max-deliver 3`" in str(error)


def test_another_subject_is_a_difference_too() -> None:
    (differing,) = differences(consumer(), consumer(subject="other.jobs"))
    assert differing.variable == "DSL2PNG_NATS_SUBJECT"
