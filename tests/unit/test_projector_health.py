"""What the projector's probes and metrics say: following or not, alive or stuck, its counts."""

from __future__ import annotations

from types import SimpleNamespace

from projector.health import ProjectorHealth


def running_projector(projected: int = 0, reached: int = 0) -> SimpleNamespace:
    """What the health reads of a projector: its last pass, position reached and events written."""
    return SimpleNamespace(last_pass=0.0, reached=reached, projection=SimpleNamespace(projected=projected))


def test_a_projector_that_follows_the_store_is_ready_and_alive() -> None:
    health = ProjectorHealth()
    assert health.status()[0] is False  # not started yet
    health.following(running_projector())
    ready, detail = health.status()
    assert ready is True and health.alive() and detail["following"] is True


def test_one_that_lost_the_store_is_not_ready_and_says_why_but_is_alive() -> None:
    health = ProjectorHealth()
    health.following(running_projector())
    health.lost(ConnectionError("connection refused\nmore"))
    ready, detail = health.status()
    assert ready is False and health.alive()
    assert detail["error"] == "connection refused" and detail["following"] is False


def test_one_with_no_sign_of_life_for_too_long_is_not_alive() -> None:
    health = ProjectorHealth(stale_s=0.0)
    health.following(running_projector())
    assert not health.alive() and health.status()[0] is False


def test_counts_are_the_process_s_across_the_projectors_it_started() -> None:
    health = ProjectorHealth()
    assert (health.events_projected(), health.position(), health.failures) == (0, 0, 0)
    first = running_projector(projected=7, reached=7)
    health.following(first)
    health.lost(ConnectionError("gone"))
    assert (health.events_projected(), health.position(), health.failures) == (7, 7, 1)
    second = running_projector()  # starts again: it has read nothing yet
    health.following(second)
    assert (health.events_projected(), health.position()) == (7, 7)
    second.projection.projected, second.reached = 2, 9
    assert (health.events_projected(), health.position(), health.failures) == (9, 9, 1)
