"""The worker's circuit breaker: closed -> open after N failures -> half-open probe -> closed/open."""

from __future__ import annotations

from render_worker.breaker import CircuitBreaker


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_opens_after_consecutive_failures_only() -> None:
    breaker = CircuitBreaker(failure_threshold=3, cooldown_s=10, clock=FakeClock())
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # a success in between resets the count
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed"
    assert breaker.capacity(4) == 4
    breaker.record_failure()
    assert breaker.state == "open"
    assert breaker.capacity(4) == 0
    assert breaker.times_opened == 1


def test_half_open_lets_one_probe_through_and_success_closes() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=10, clock=clock)
    breaker.record_failure()
    assert breaker.seconds_until_probe() == 10
    clock.now += 10
    assert breaker.state == "half_open"
    assert breaker.capacity(4) == 1
    breaker.begin_probe()
    assert breaker.capacity(4) == 0
    breaker.record_success()
    assert breaker.state == "closed"
    assert breaker.capacity(4) == 4


def test_failed_probe_reopens_for_a_new_cooldown() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=2, cooldown_s=5, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 6
    breaker.begin_probe()
    breaker.record_failure()
    assert breaker.state == "open"
    assert breaker.seconds_until_probe() == 5
    assert breaker.times_opened == 2
    assert breaker.snapshot()["state"] == "open"
