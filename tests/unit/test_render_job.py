"""The RenderJob aggregate's rules, with no database: lifecycle, terminal states, event versions."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import pytest
from eventsourcing.persistence import JSONTranscoder, Mapper
from eventsourcing.utils import get_topic

from kernel.render_job import DRAWN_BY_FIELDS, EVENT_CLASSES, VERSION_FIELDS, RenderJob

RESULT: dict[str, Any] = dict(
    sha256="a" * 64, bytes=10, width=200, height=100, render_ms=12.5, format="png", cache_hit=False
)


def new_job(**options: Any) -> RenderJob:
    return RenderJob.request(
        uuid.uuid4(), source='{"elements": []}', options=options, cache_key="k" * 64, body_hash="b",
        owner="key-1", warnings=[{"path": "/x", "message": "m", "code": "c"}],
    )  # fmt: skip


def names(job: RenderJob) -> list[str]:
    return [type(e).__name__ for e in job.collect_events()]


def test_a_new_job_is_queued_with_the_request_as_submitted() -> None:
    job = new_job(format="webp")
    assert job.status == "queued"
    assert (job.source, job.owner, job.format, job.attempt) == ('{"elements": []}', "key-1", "webp", 0)
    assert job.warnings == [{"path": "/x", "message": "m", "code": "c"}]
    assert names(job) == ["RenderRequested"]


def test_lifecycle_queued_rendering_completed() -> None:
    job = new_job()
    assert job.start("worker-1", 1)
    assert (job.status, job.worker_id, job.attempt) == ("rendering", "worker-1", 1)
    assert job.started_at is not None
    assert job.complete(**RESULT)
    assert job.status == "completed" and job.terminal
    assert (job.sha256, job.width, job.height, job.bytes, job.render_ms) == ("a" * 64, 200, 100, 10, 12.5)
    assert job.finished_at is not None and job.finished_at >= job.started_at
    assert names(job) == ["RenderRequested", "RenderStarted", "RenderCompleted"]


def test_a_redelivered_job_starts_again_with_the_next_attempt() -> None:
    job = new_job()
    job.start("worker-1", 1)
    job.start("worker-2", 2)
    assert (job.status, job.worker_id, job.attempt) == ("rendering", "worker-2", 2)


def test_failure_records_code_message_and_retryable() -> None:
    job = new_job()
    job.start("w", 3)
    assert job.fail("render_timeout", "too slow", True, 3)
    assert (job.status, job.error_code, job.error_message, job.error_retryable) == (
        "failed", "render_timeout", "too slow", True,
    )  # fmt: skip


@pytest.mark.parametrize("end", ["complete", "fail", "cancel"])
def test_nothing_happens_after_a_terminal_event(end: str) -> None:
    job = new_job()
    {"complete": lambda: job.complete(**RESULT), "fail": lambda: job.fail("x", "y", False, 1),
     "cancel": lambda: job.cancel("client")}[end]()  # fmt: skip
    status, version = job.status, job.version
    assert not job.start("late", 2)
    assert not job.complete(**RESULT)
    assert not job.fail("late", "late", False, 2)
    assert not job.cancel("late")
    assert not job.fail_attempt("late", "late", 2)
    assert (job.status, job.version) == (status, version)


def test_a_failed_attempt_puts_the_job_back_in_the_queue_with_its_reason_in_the_trail() -> None:
    """A timeout on attempt 1 then a retry: the trail says why attempt 2 happened, and the job
    is queued again, not failed."""
    job = new_job()
    job.start("w", 1)
    assert job.fail_attempt("render_timeout", "render did not finish within 15 s", 1)
    assert (job.status, job.attempt, job.terminal, job.error_code) == ("queued", 1, False, None)
    events = job.collect_events()
    assert [type(e).__name__ for e in events][-1] == "RenderAttemptFailed"
    assert (events[-1].code, events[-1].attempt) == ("render_timeout", 1)  # type: ignore[attr-defined]
    job.start("w", 2)
    job.fail("render_timeout", "too heavy", False, 2)
    assert (job.status, job.attempt) == ("failed", 2)


def test_a_failed_attempt_of_a_cancelled_job_is_not_recorded() -> None:
    """Cancelled while it rendered: there is nothing to retry, and the worker is told so."""
    job = new_job()
    job.start("w", 1)
    job.cancel("customer asked", "key-1")
    version = job.version
    assert not job.fail_attempt("render_timeout", "slow", 1)
    assert (job.status, job.version) == ("cancelled", version)


def test_a_cancel_records_the_reason_given_and_who_cancelled() -> None:
    job = new_job()
    assert job.cancel("customer asked", "key-7")
    assert (job.cancel_reason, job.cancelled_by) == ("customer asked", "key-7")


def test_a_v1_render_cancelled_in_the_store_reads_back_with_nobody_recorded() -> None:
    """RenderCancelled v2 added `cancelled_by`; a v1 event loads through upcast_v1_v2."""
    mapper: Mapper[uuid.UUID] = Mapper(transcoder=_transcoder())
    job = new_job()
    job.cancel("client", "key-1")
    stored = [mapper.to_stored_event(e) for e in job.collect_events()]
    state = json.loads(stored[-1].state)
    assert (state["cancelled_by"], state["class_version"]) == ("key-1", 2)
    del state["cancelled_by"], state["class_version"]
    stored[-1] = dataclasses.replace(stored[-1], state=json.dumps(state).encode())
    rebuilt: Any = None
    for item in stored:
        rebuilt = mapper.to_domain_event(item).mutate(rebuilt)  # type: ignore[attr-defined]
    assert (rebuilt.status, rebuilt.cancel_reason, rebuilt.cancelled_by) == ("cancelled", "client", None)


def test_erasing_a_completed_job_forgets_its_document_and_keeps_its_outcome() -> None:
    job = new_job()
    job.complete(**RESULT)
    assert job.erase("key-1")
    assert (job.erased, job.source, job.warnings, job.status) == (True, "", [], "completed")
    assert not job.erase("key-1")  # once
    assert names(job)[-1] == "RenderErased"


def test_erasing_an_unfinished_job_cancels_it_so_no_worker_renders_it() -> None:
    job = new_job()
    job.start("w", 1)
    assert job.erase(None)
    assert (job.status, job.cancel_reason, job.terminal) == ("cancelled", "erased", True)
    assert not job.start("w", 2)


def test_completing_a_cancelled_job_is_ignored_not_an_error() -> None:
    job = new_job()
    job.start("w", 1)
    job.cancel("client changed their mind")
    assert job.complete(**RESULT) is False
    assert job.status == "cancelled" and job.cancel_reason == "client changed their mind"
    assert names(job)[-1] == "RenderCancelled"


def test_an_expired_image_is_recorded_once_and_only_for_the_jobs_own_image() -> None:
    unfinished = new_job()
    assert unfinished.expire_image("a" * 64, 30) is False, "no image yet"
    job = new_job()
    job.complete(**RESULT)
    assert job.expire_image("b" * 64, 30) is False, "another image"
    assert job.image_expired_at is None
    assert job.expire_image("a" * 64, 30)
    assert job.status == "completed" and job.image_expired_at is not None
    assert job.expire_image("a" * 64, 30) is False, "already expired: a second sweep records nothing"
    events = job.collect_events()
    assert [type(e).__name__ for e in events][-1] == "ImageExpired"
    expired = events[-1]
    assert isinstance(expired, RenderJob.ImageExpired)
    assert (expired.sha256, expired.ttl_s, expired.timestamp) == ("a" * 64, 30.0, job.image_expired_at)
    erased = new_job()
    erased.complete(**RESULT)
    erased.erase("operator")
    assert erased.expire_image("a" * 64, 30) is False, "erased: its image is gone already"


def test_events_are_past_tense_and_versioned() -> None:
    assert [c.__name__ for c in EVENT_CLASSES] == [
        "RenderRequested", "RenderStarted", "RenderAttemptFailed", "RenderCompleted", "RenderFailed",
        "RenderCancelled", "RenderErased", "ImageExpired",
    ]  # fmt: skip
    versions = {c.__name__: getattr(c, "class_version", None) for c in EVENT_CLASSES}
    assert versions == {
        "RenderRequested": 2, "RenderStarted": 1, "RenderAttemptFailed": 1, "RenderCompleted": 4,
        "RenderFailed": 2, "RenderCancelled": 2, "RenderErased": 2, "ImageExpired": 1,
    }  # fmt: skip


SIDE = {"path": "/elements/0", "message": "runs past", "code": "content_cut"}
"""A warning the render measured (kernel.dsl.measured), as an event carries it."""


def _stored_as(version: int, dropped: tuple[str, ...]) -> Any:
    """A completed job rebuilt from its events, RenderCompleted stored as at `version`: the
    fields added since (`dropped`) are removed, and with v1 the version itself, as it was then."""
    mapper: Mapper[uuid.UUID] = Mapper(transcoder=_transcoder())
    job = new_job()
    job.start("w", 1)
    job.complete(**RESULT, cut_px=120, measured_warnings=[SIDE])
    stored = [mapper.to_stored_event(e) for e in job.collect_events()]
    state = json.loads(stored[-1].state)
    assert (state["cut_px"], state["measured_warnings"], state["class_version"]) == (120, [SIDE], 4)
    for name in dropped:
        del state[name]
    if version == 1:
        del state["class_version"]
    else:
        state["class_version"] = version
    stored[-1] = dataclasses.replace(stored[-1], state=json.dumps(state).encode())
    rebuilt: Any = None
    for item in stored:
        rebuilt = mapper.to_domain_event(item).mutate(rebuilt)  # type: ignore[attr-defined]
    return rebuilt


def test_a_v1_render_completed_in_the_store_reads_back_as_not_cut() -> None:
    """RenderCompleted v2 added `cut_px` and v3 `measured_warnings`; events stored before them load
    through upcast_v1_v2 and upcast_v2_v3 as images with nothing cut off."""
    rebuilt = _stored_as(1, ("cut_px", "measured_warnings", *DRAWN_BY_FIELDS))
    assert rebuilt.status == "completed" and rebuilt.cut_px == 0
    assert rebuilt.warnings == [{"path": "/x", "message": "m", "code": "c"}]  # the request's only


def test_a_v2_render_completed_keeps_its_cut_and_reads_back_as_not_cut_at_the_side() -> None:
    rebuilt = _stored_as(2, ("measured_warnings", *DRAWN_BY_FIELDS))
    assert rebuilt.cut_px == 120
    assert [w["path"] for w in rebuilt.warnings] == ["/x", "/height"]  # nothing more was measured


def test_a_v3_render_completed_reads_back_with_what_drew_it_unknown() -> None:
    """RenderCompleted v4 added the versions and worker that drew the image (upcast_v3_v4)."""
    rebuilt = _stored_as(3, DRAWN_BY_FIELDS)
    assert rebuilt.status == "completed" and rebuilt.cut_px == 120
    assert rebuilt.versions == dict.fromkeys(VERSION_FIELDS)
    assert rebuilt.worker_id == "w"  # the RenderStarted's, as before v4


def test_a_finished_job_keeps_what_drew_it_and_its_worker() -> None:
    drawn = {
        "dsl2png_version": "1.2",
        "renderer_version": "34",
        "chromium_version": "131.0",
        "worker_id": "w-9",
    }
    job = new_job()
    job.start("w", 1)
    job.complete(**RESULT, drawn_by=drawn)
    assert job.versions == {name: drawn[name] for name in VERSION_FIELDS} and job.worker_id == "w-9"
    failed = new_job()
    failed.start("w", 1)
    failed.fail("render_error", "broke", False, 1, {"worker_id": "w-2", "dsl2png_version": "1.2"})
    assert failed.versions == {"dsl2png_version": "1.2", "renderer_version": None, "chromium_version": None}
    assert failed.worker_id == "w-2"


def test_a_completed_job_whose_content_was_cut_says_so_among_its_warnings() -> None:
    job = new_job()
    job.complete(**RESULT, cut_px=144)
    requested, warning = job.warnings
    assert requested["code"] == "c"
    assert warning["code"] == "content_cut" and "144 px" in str(warning["message"])
    assert "--full-page" in str(warning["suggestion"])


def test_a_completed_job_lists_what_else_its_render_saw_cut_after_the_content_below() -> None:
    job = new_job()
    job.complete(**RESULT, cut_px=10, measured_warnings=[SIDE])
    _requested, below, beside = job.warnings
    assert (below["path"], beside) == ("/height", {**SIDE, "kind": "drawn_wrong"})


def test_stored_events_rebuild_the_same_job() -> None:
    mapper: Mapper[uuid.UUID] = Mapper(transcoder=_transcoder())
    job = new_job()
    job.start("w", 1)
    job.complete(**RESULT)
    stored = [mapper.to_stored_event(e) for e in job.collect_events()]
    rebuilt: Any = None
    for item in stored:
        rebuilt = mapper.to_domain_event(item).mutate(rebuilt)  # type: ignore[attr-defined]
    assert rebuilt.status == "completed" and rebuilt.sha256 == job.sha256 and rebuilt.id == job.id


def test_an_old_event_version_is_upcast_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The v2 path: once RenderStarted is at class_version 2, a v1 event in the store goes
    through upcast_v1_v2 when read back."""
    mapper: Mapper[uuid.UUID] = Mapper(transcoder=_transcoder())
    job = new_job()
    job.start("w", 1)
    v1 = mapper.to_stored_event(job.collect_events()[-1])

    def upcast_v1_v2(state: dict[str, Any]) -> None:
        state["host"] = "unknown"

    started = RenderJob.RenderStarted
    assert get_topic(started).endswith("RenderJob.RenderStarted")
    monkeypatch.setattr(started, "class_version", 2)
    monkeypatch.setattr(started, "upcast_v1_v2", staticmethod(upcast_v1_v2), raising=False)
    event = mapper.to_domain_event(v1)
    assert vars(event)["host"] == "unknown" and vars(event)["worker_id"] == "w"


def _transcoder() -> JSONTranscoder:
    from eventsourcing.persistence import DatetimeAsISO, UUIDAsHex

    transcoder = JSONTranscoder()
    transcoder.register(UUIDAsHex())
    transcoder.register(DatetimeAsISO())
    return transcoder
