"""Helpers for the relay and worker tests: documents, and recording a request like the API does."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from dsl2png.event_store import RenderJobs
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render

RED_BUTTON: dict[str, Any] = {
    "width": 200,
    "height": 120,
    "elements": [
        {
            "type": "button",
            "text": "Go",
            "layout": {"x": 20, "y": 20, "width": 80, "height": 40},
            "style": {"backgroundColor": "#ff0000"},
        }
    ],
}


def red_button(title: str) -> dict[str, Any]:
    """A distinct document per call (the title changes the cache key) unless `title` repeats."""
    return {**RED_BUTTON, "title": title}


def record_request(jobs: RenderJobs, source: Mapping[str, Any] | str, **options: Any) -> uuid.UUID:
    """Record RenderRequested the way the command API does (validated, with its cache key)."""
    parsed = RenderOptions(**options)
    prepared = prepare_render(source, parsed)
    job_id = uuid.uuid4()
    jobs.request(
        job_id=job_id,
        source=source if isinstance(source, str) else json.dumps(source),
        options=parsed.model_dump(mode="json", exclude_none=True),
        cache_key=prepared.cache_key,
        body_hash=prepared.cache_key,
        owner=None,
        warnings=[],
    )
    return job_id
