"""`image_available` in the JSON answers of POST /v1/renders (with and without ?wait) says what
GET /v1/renders/{id} says, on the embedded service with a real Chromium: true while the image is
stored, false once it is gone, null while the render is not completed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings

pytestmark = pytest.mark.integration

DOCUMENT = {"width": 220, "height": 110, "elements": [{"type": "heading", "text": "image available"}]}
AS_JSON = {"accept": "application/json", "Idempotency-Key": "available-1"}


def test_post_answers_say_whether_the_image_is_stored_as_get_does(tmp_path: Path) -> None:
    app = build_app(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None))
    with TestClient(app, base_url="http://localhost") as client:
        waited = client.post("/v1/renders?wait=30", json={"dsl": DOCUMENT}, headers=AS_JSON)
        assert waited.status_code == 200 and waited.json()["status"] == "completed", waited.text
        job_id = waited.json()["id"]
        got = client.get(f"/v1/renders/{job_id}").json()
        assert waited.json()["image_available"] is True and got["image_available"] is True
        cached = client.post("/v1/renders", json={"dsl": DOCUMENT})  # a cache hit: 200 at once
        assert cached.status_code == 200 and cached.json()["cache_hit"] is True, cached.text
        assert cached.json()["image_available"] is True

        assert app.state.gateway.blobs.delete(waited.json()["sha256"])  # as retention removes it
        for query in ("", "?wait=5"):  # the key's job, answered again
            again = client.post(f"/v1/renders{query}", json={"dsl": DOCUMENT}, headers=AS_JSON)
            assert again.status_code == 200 and again.json()["id"] == job_id, again.text
            assert again.json()["image_available"] is False
        assert client.get(f"/v1/renders/{job_id}").json()["image_available"] is False

        queued = client.post("/v1/renders", json={"dsl": dict(DOCUMENT, width=230)})  # answered as recorded
        assert queued.status_code == 202 and queued.json()["image_available"] is None  # as GET says then
