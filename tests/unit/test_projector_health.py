"""What the projector's probes say: following or not, alive or stuck."""

from __future__ import annotations

from types import SimpleNamespace

from projector.health import ProjectorHealth


def test_a_projector_that_follows_the_store_is_ready_and_alive() -> None:
    health = ProjectorHealth()
    assert health.status()[0] is False  # not started yet
    health.following(SimpleNamespace(last_pass=0.0))
    ready, detail = health.status()
    assert ready is True and health.alive() and detail["following"] is True


def test_one_that_lost_the_store_is_not_ready_and_says_why_but_is_alive() -> None:
    health = ProjectorHealth()
    health.following(SimpleNamespace(last_pass=0.0))
    health.lost(ConnectionError("connection refused\nmore"))
    ready, detail = health.status()
    assert ready is False and health.alive()
    assert detail["error"] == "connection refused" and detail["following"] is False


def test_one_with_no_sign_of_life_for_too_long_is_not_alive() -> None:
    health = ProjectorHealth(stale_s=0.0)
    health.following(SimpleNamespace(last_pass=0.0))
    assert not health.alive() and health.status()[0] is False
