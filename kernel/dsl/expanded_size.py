"""The size of a parsed document written out as JSON, each YAML alias expanded, measured without
writing it out: the check that runs on a document right after it is parsed, before anything else.

A YAML alias is one node however long the text it repeats, so the node count (MAX_YAML_NODES)
lets a 300 KB text hold 99,000 aliases of a 10,000-character string: 1 GB once expanded, which
the cache key's JSON, the model and every check then built or walked (2.8 GB and a minute for one
request). JSON has no aliases, but an object handed over in Python may share its values alike.

The walk measures the compact JSON (`separators=(",", ":")`, `ensure_ascii=False`, UTF-8) a
document stands for. Each container and long string is measured once and its size remembered by
identity, so a value repeated through aliases costs one addition a use; every value adds at least
a byte, so the walk stops within MAX_EXPANDED_BYTES steps of the start whatever it is given
(cycles included), and at the value where the count passes the limit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from json.encoder import encode_basestring
from typing import Any

from kernel.dsl.limits import MAX_DATA_DEPTH, MAX_DOCUMENT_BYTES, MAX_EXPANDED_BYTES, pointer
from kernel.errors import Issue

_REMEMBERED_STRING = 64
"""Strings at least this long have their measure remembered by identity (shorter ones cost less
to measure again than to look up)."""
_EXACT_INT = 10**18
"""Integers below this size are measured by writing them; larger ones by their bit length (the
text of a huge one takes quadratic time, and past 4,300 digits Python refuses to write it)."""

Path = tuple[str | int, ...]


def check_expanded_size(data: Any, limit: int = MAX_EXPANDED_BYTES) -> list[Issue]:
    """The error for `data` past `limit` bytes written out as JSON (aliases expanded), at the
    value where the count passed it; none within it."""
    _, passed_at = expanded_size(data, limit)
    if passed_at is None:
        return []
    mib = f" ({limit / MAX_DOCUMENT_BYTES:g} MiB)" if limit % (MAX_DOCUMENT_BYTES // 4) == 0 else ""
    if not _repeats_a_value(data):  # no alias: a document simply too large (a JSON object of 1.2 MB)
        return [
            Issue(
                path=pointer(passed_at),
                message=(
                    f"the document is larger than the limit of {limit:,} bytes{mib} written out as JSON: "
                    "it passes it at this value"
                ),
                code="limit_expanded_size",
                suggestion="shorten long texts, or split the screen into several documents",
            )
        ]
    return [
        Issue(
            path=pointer(passed_at),
            message=(
                f"the document written out as JSON, each YAML alias in full, exceeds the limit of "
                f"{limit:,} bytes{mib}: it passes it at this value"
            ),
            code="limit_expanded_size",
            suggestion=(
                "each use of an alias (*name) counts as the value it repeats: repeat long texts "
                "less, or split the screen into several documents"
            ),
        )
    ]


def _repeats_a_value(data: Any) -> bool:
    """Whether `data` holds one container or long string at two places (what a YAML alias makes,
    or an object handed over whose values are shared): what makes its expanded size more than
    the text it was written in. Asked only of a document past the limit; each value is visited
    once, so a cycle or an alias ends the walk at once."""
    seen: set[int] = set()
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, Mapping | list | tuple) or (
            type(value) is str and len(value) >= _REMEMBERED_STRING
        ):
            if id(value) in seen:
                return True
            seen.add(id(value))
        if isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return False


def expanded_size(data: Any, limit: int) -> tuple[int, Path | None]:
    """The bytes of `data` as compact JSON and None, or, once past `limit`, the bytes counted so
    far (more than `limit`) and the path of the value being counted then. Containers nested past
    MAX_DATA_DEPTH count as empty (the depth limit refuses them; it also ends a cycle's walk)."""
    sizes: dict[int, int] = {}  # id -> bytes, of containers and long strings measured already
    total = 0
    # The containers being counted, outermost first: each with its path, the total before it,
    # its entries left ((key, value) or (index, value)) and whether it is an object (keys count).
    frames: list[tuple[Any, Path, int, Iterator[tuple[Any, Any]], bool]] = []
    value: Any = data
    path: Path = ()
    while True:
        known = sizes.get(id(value))
        kind = type(value)
        if known is not None:
            total += known
        elif kind is str:
            size = _string_size(value, limit - total)
            if len(value) >= _REMEMBERED_STRING:
                sizes[id(value)] = size
            total += size
        elif kind is dict or kind is list or isinstance(value, Mapping | list | tuple):
            is_object = isinstance(value, Mapping)
            if len(path) > MAX_DATA_DEPTH:
                total += 2
            elif (4 if is_object else 2) * len(value) > limit - total:  # `"":0,` and `0,` at least
                return total + 2 * len(value), path
            else:
                entries = iter(value.items()) if is_object else enumerate(value)
                frames.append((value, path, total, entries, is_object))
                total += 1 + max(len(value), 1)  # the brackets, and a comma between entries
        else:
            total += _scalar_size(value)
        if total > limit:
            return total, path
        while frames:  # the next value: the innermost container's next entry
            container, where, before, entries, is_object = frames[-1]
            entry = next(entries, None)
            if entry is None:
                frames.pop()
                sizes[id(container)] = total - before
                continue
            key, value = entry
            path = (*where, key)
            if is_object:
                total += _key_size(key, limit - total) + 1  # and its colon
            break
        else:
            return total, None


def _string_size(text: str, budget: int) -> int:
    """`text` as a JSON string (quoted, escaped) in UTF-8 bytes; when even its characters are
    more than `budget`, that lower bound, without reading it."""
    if len(text) + 2 > budget:
        return len(text) + 2
    written = encode_basestring(text)
    return len(written) if written.isascii() else len(written.encode("utf-8", "surrogatepass"))


def _key_size(key: object, budget: int) -> int:
    """An object's key as JSON writes it: a text as a string, a number or a constant quoted."""
    if type(key) is str:
        return _string_size(key, budget)
    return _scalar_size(key) + 2


def _scalar_size(value: object) -> int:
    """A number, boolean or null as JSON writes it; anything else as its text (as `str`)."""
    if value is None or value is True:
        return 4
    if value is False:
        return 5
    if isinstance(value, int):
        if -_EXACT_INT < value < _EXACT_INT:
            return len(str(int(value)))
        return int(value.bit_length() * 0.30103) + 1 + (value < 0)
    if isinstance(value, float):
        return len(float.__repr__(value))
    return len(str(value)) + 2
