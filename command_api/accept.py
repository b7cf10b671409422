"""Whether a request's Accept header asks for the job's JSON rather than its image."""

from __future__ import annotations


def _ranges(accept: str) -> list[tuple[str, float]]:
    """(media range, q) of each part of an Accept header; a q that is no number counts as 0."""
    ranges = []
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(ranges: list[tuple[str, float]], media_type: str) -> float:
    """How much `media_type` is wanted: the q of the most specific range that matches it."""
    kind = media_type.split("/")[0] + "/*"
    for wanted in (media_type, kind, "*/*"):
        found = [q for media, q in ranges if media == wanted]
        if found:
            return max(found)
    return 0.0


def prefers_json(accept: str | None, image_type: str) -> bool:
    """True when the client wants application/json more than the image (`Accept:
    application/json`, as a client polling jobs sends); no header, `*/*` or an image type
    first is the image, as `?wait` answers by default."""
    if not accept:
        return False
    ranges = _ranges(accept)
    return _quality(ranges, "application/json") > _quality(ranges, image_type)
