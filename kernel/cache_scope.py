"""Whose render-cache entries a request may hit: each API key has its own, so a cache hit never
tells one key that another rendered the same document."""

from __future__ import annotations


def owned_cache_key(cache_key: str, owner: str | None) -> str:
    """The render-cache entry of `cache_key` (canonical document + options + renderer version)
    for `owner`, the API key that asked. A hit is answered at once as `cache_hit: true` with no
    start time: shared between keys, it told key B that key A had rendered that very document,
    although a key sees only its own jobs. Another key's request renders anew, as any new one
    (the image, stored by its content, is stored once). Without keys (owner None, the embedded
    mode) there is one cache, under the plain key, as before."""
    return cache_key if owner is None else f"owner:{owner}/{cache_key}"
