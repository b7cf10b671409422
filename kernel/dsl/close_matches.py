"""`difflib.get_close_matches` over a fixed pool of names, with an index made once per pool.

`get_close_matches` runs `quick_ratio` (the letters two names share, counted with repeats) on
every candidate, some 5 ms over the 2,468 icon names: a document of 400 unknown icons took 2-3 s
of CPU. The index keeps, for each letter and each count of it, the names holding at least that
many; the letters a name shares with each candidate are then one C-level count over the postings
of its own letters, and only the candidates whose bound reaches the cutoff get the exact (and
costly) `ratio`. `quick_ratio` is an upper bound of `ratio`, so the answers are
`get_close_matches`' own, in its order.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain


@dataclass(frozen=True, eq=False)
class NameIndex:
    """One pool's names (lower-cased) and the postings of their letters."""

    names: tuple[str, ...]
    postings: dict[tuple[str, int], tuple[int, ...]]
    """(letter, k) -> the numbers of the names holding `letter` at least k times."""

    def close_matches(self, word: str, n: int, cutoff: float) -> list[str]:
        """`difflib.get_close_matches(word, names, n, cutoff)`, the same names in the same order."""
        if not word or cutoff <= 0:  # a name sharing no letter can still match: ask difflib
            return difflib.get_close_matches(word, self.names, n=n, cutoff=cutoff)
        shared = Counter(
            chain.from_iterable(
                self.postings.get((letter, k), ())
                for letter, count in Counter(word).items()
                for k in range(1, count + 1)
            )
        )
        need = self._letters_needed(len(word), cutoff)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(word)
        scored: list[tuple[float, str]] = []
        for number in [number for number, letters in shared.items() if letters >= need[number]]:
            name = self.names[number]
            matcher.set_seq1(name)
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((score, name))
        return [name for _, name in heapq.nlargest(n, scored)]

    @functools.lru_cache(maxsize=256)  # noqa: B019 (an index lives as long as its pool's cache)
    def _letters_needed(self, length: int, cutoff: float) -> tuple[int, ...]:
        """For each name, the fewest letters a word of `length` must share with it for
        `quick_ratio` (difflib's `2.0 * matches / total length`, the same float) to reach `cutoff`."""
        return tuple(_fewest(length + len(name), cutoff) for name in self.names)


def _fewest(total: int, cutoff: float) -> int:
    """The least `matches` with `2.0 * matches / total >= cutoff` (one past `total` if none)."""
    matches = max(0, math.floor(cutoff * total / 2) - 1)
    while matches <= total and 2.0 * matches / total < cutoff:
        matches += 1
    return matches


@functools.lru_cache(maxsize=64)
def name_index(names: frozenset[str]) -> NameIndex:
    """The index of `names` (each already lower-cased), made once per pool."""
    ordered = tuple(sorted(names))
    postings: dict[tuple[str, int], list[int]] = {}
    for number, name in enumerate(ordered):
        for letter, count in Counter(name).items():
            for k in range(1, count + 1):
                postings.setdefault((letter, k), []).append(number)
    return NameIndex(ordered, {key: tuple(numbers) for key, numbers in postings.items()})
