"""Both image stores (a folder, Postgres tables): content addressing, the render cache, retention."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dsl2png.blobs import BlobStore, FileBlobStore, PostgresBlobStore

pytestmark = pytest.mark.integration

META = {
    "width": 640, "height": 480, "bytes": 5, "format": "png", "cut_px": 0, "measured_warnings": [],
    "drawn_by": {"dsl2png_version": "1.0", "renderer_version": "34", "chromium_version": "131.0", "worker_id": "w-1"},
}  # fmt: skip


@pytest.fixture(params=["file", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BlobStore]:
    blobs: BlobStore
    if request.param == "file":
        blobs = FileBlobStore(tmp_path / "images")
    else:
        url = request.getfixturevalue("database_url")
        blobs = PostgresBlobStore(url, request.getfixturevalue("pg_schema"), create_tables=True)
    yield blobs
    blobs.close()


def age(store: BlobStore, sha256: str, seconds: float) -> None:
    """Make one stored image look `seconds` old."""
    if isinstance(store, FileBlobStore):
        then = time.time() - seconds
        os.utime(store._blob_path(sha256), (then, then))
    else:
        assert isinstance(store, PostgresBlobStore)
        with store.pool.connection() as conn:
            conn.execute(
                psycopg.sql.SQL(
                    "UPDATE {} SET created_at = now() - make_interval(secs => %s) WHERE sha256 = %s"
                ).format(store.blobs),
                (seconds, sha256),
            )


def test_store_is_content_addressed_and_idempotent(store: BlobStore) -> None:
    data = b"\x89PNG fake image"
    digest = store.store(data, media_type="image/png", cache_key="key-1", meta=META)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.store(data, media_type="image/png", cache_key="key-1", meta=META) == digest
    assert store.get(digest) == data
    assert store.get("0" * 64) is None


def test_stored_names_which_images_are_there_in_one_look(store: BlobStore) -> None:
    """A page of the listing asks once, not once per job."""
    kept = store.store(b"kept", media_type="image/png", cache_key="key-kept", meta=META)
    gone = store.store(b"gone", media_type="image/png", cache_key="key-gone", meta=META)
    assert store.delete(gone)
    assert store.stored({kept, gone, "0" * 64}) == {kept}
    assert store.stored(set()) == set()


def test_the_cache_maps_a_key_to_the_image_stored_last(store: BlobStore) -> None:
    assert store.lookup("key-1") is None
    digest = store.store(b"image", media_type="image/png", cache_key="key-1", meta=META)
    assert store.lookup("key-1") == (digest, META)
    webp = {**META, "format": "webp"}
    other = store.store(b"other", media_type="image/webp", cache_key="key-1", meta=webp)
    assert store.lookup("key-1") == (other, webp)
    assert store.get(digest) == b"image", "the first image stays stored until retention"


def test_store_writes_the_image_and_its_cache_entry_together(store: BlobStore) -> None:
    digest = store.store(b"rendered", media_type="image/png", cache_key="key-2", meta=META)
    assert digest == hashlib.sha256(b"rendered").hexdigest()
    assert store.get(digest) == b"rendered"
    assert store.lookup("key-2") == (digest, META)
    age(store, digest, 7200)
    again = store.store(b"rendered", media_type="image/png", cache_key="key-3", meta=META)
    assert again == digest and store.lookup("key-3") == (digest, META)
    assert store.delete_older_than(3600) == [], "storing an image again restarts its retention"
    newer = store.store(b"re-rendered", media_type="image/png", cache_key="key-2", meta=META)
    assert store.lookup("key-2") == (newer, META)


def test_bad_meta_fails_before_anything_is_written(store: BlobStore) -> None:
    with pytest.raises(KeyError):
        store.store(b"no size", media_type="image/png", cache_key="key-5", meta={"format": "png"})
    assert store.get(hashlib.sha256(b"no size").hexdigest()) is None
    assert store.lookup("key-5") is None


def test_a_cache_entry_that_cannot_be_written_leaves_none_pointing_anywhere(store: BlobStore) -> None:
    # Postgres: one statement, so the image is rolled back with the cache row it could not write.
    # Folder: the image is written first and may stay, unreferenced, until retention.
    digest = hashlib.sha256(b"half stored").hexdigest()
    meta = META
    if isinstance(store, FileBlobStore):
        store.cache.parent.mkdir(parents=True, exist_ok=True)
        store.cache.write_bytes(b"a file where the cache folder should be")
    else:
        meta = {**META, "width": 2**31}  # too big for the cache row's integer column
    with pytest.raises((OSError, psycopg.Error)):
        store.store(b"half stored", media_type="image/png", cache_key="key-6", meta=meta)
    if isinstance(store, FileBlobStore):
        store.cache.unlink()
    assert store.lookup("key-6") is None
    if isinstance(store, PostgresBlobStore):
        assert store.get(digest) is None


def test_retention_removes_old_images_and_their_cache_entries(store: BlobStore) -> None:
    old = store.store(b"old image", media_type="image/png", cache_key="old-key", meta=META)
    new = store.store(b"new image", media_type="image/png", cache_key="new-key", meta=META)
    age(store, old, 7200)
    assert store.delete_older_than(3600) == [old], "the sha256 of each image removed"
    assert store.get(old) is None and store.get(new) == b"new image"
    assert store.lookup("old-key") is None
    assert store.lookup("new-key") == (new, META)
    assert store.delete_older_than(3600) == []


def test_file_store_writes_atomically_into_sharded_folders(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    digest = store.store(b"x" * 1000, media_type="image/png", cache_key="k", meta=META)
    path = tmp_path / "blobs" / digest[:2] / digest
    assert path.read_bytes() == b"x" * 1000
    assert not [p for p in tmp_path.rglob(".tmp-*")]
    with pytest.raises(ValueError):
        store._blob_path("../../etc/passwd")


def test_a_cache_hit_keeps_the_image_a_whole_retention_period_from_the_hit(store: BlobStore) -> None:
    # the image was stored for an earlier job long ago; a new job reuses it from the cache now:
    # it must not be removed with the age of the first copy (a render job 24 s old lost its
    # image under a 30 s retention)
    digest = store.store(b"shared image", media_type="image/png", cache_key="shared", meta=META)
    age(store, digest, 7200)
    assert store.lookup("shared") == (digest, META)
    assert store.delete_older_than(3600) == []
    assert store.get(digest) == b"shared image" and store.lookup("shared") == (digest, META)
    age(store, digest, 7200)
    assert store.delete_older_than(3600) == [digest], "unused since, it goes a period after the last hit"
    assert store.lookup("shared") is None
