"""Did-you-mean suggestions for misspelled names (element types, fields, style properties, icons)."""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import functools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kernel.dsl.close_matches import NameIndex, name_index


def closest(name: str, candidates: Iterable[str], *, n: int = 1, cutoff: float = 0.6) -> list[str]:
    """The `n` candidates most similar to `name` (case-insensitive), best first (difflib's
    `get_close_matches`, on an index made once per pool: pass a frozenset that lives on, such as
    a cached one, and a pool's preparation is not paid again)."""
    pool = candidates if isinstance(candidates, frozenset) else frozenset(candidates)
    by_lower, index = _prepared(pool)
    key = name.lower()
    if key in by_lower and by_lower[key] != name:
        return [by_lower[key]]
    return budgeted(
        ("closest", key, pool, n, cutoff),
        lambda: [by_lower[match] for match in index.close_matches(key, n, cutoff)],
        [],
    )


FUZZY_SEARCHES = 300
"""Close-spelling searches one validation makes (`suggestion_budget`): each costs about a
millisecond over a large pool (2,468 icon names, the CSS properties), and a document within its
limits can misspell 20,000 style properties (20 s of suggestions); a reader acts on a few."""


@dataclass
class _Budget:
    """The searches a validation has left, and the answers of those it made: the same question
    asked again (one misspelt field on 400 elements) is answered alike and costs nothing, so
    the 151st `colour` still hears "did you mean 'color'?" (it heard nothing once 300 searches
    were spent, and its group split from the first 150)."""

    left: int
    answers: dict[Hashable, Any] = field(default_factory=dict)


_budget: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("suggestion_budget", default=None)
T = TypeVar("T")


@contextlib.contextmanager
def suggestion_budget(searches: int = FUZZY_SEARCHES) -> Iterator[None]:
    """Within it, `closest` searches for close spellings `searches` times at most (a question
    asked before is answered again without a search); past them only a name differing in case
    is found. Outside any, searches are not counted."""
    token = _budget.set(_Budget(searches))
    try:
        yield
    finally:
        _budget.reset(token)


def budgeted(question: Hashable, search: Callable[[], T], spent: T) -> T:
    """The answer to `question`: the one given before within this budget, else `search()`
    when one more search fits (counted), else `spent`. Outside any budget, `search()`."""
    budget = _budget.get()
    if budget is None:
        return search()
    if question in budget.answers:
        answer: T = budget.answers[question]
        return answer
    if budget.left <= 0:
        return spent
    budget.left -= 1
    budget.answers[question] = found = search()
    return found


@functools.lru_cache(maxsize=64)
def _prepared(pool: frozenset[str]) -> tuple[dict[str, str], NameIndex]:
    """Each lower-cased name -> the first (sorted) candidate spelling it, and their index."""
    by_lower: dict[str, str] = {}
    for candidate in sorted(pool):
        by_lower.setdefault(candidate.lower(), candidate)
    return by_lower, name_index(frozenset(by_lower))


def did_you_mean(name: str, candidates: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """ "did you mean 'button'?" for the best close match, or None when nothing is close."""
    found = closest(name, candidates, n=1, cutoff=cutoff)
    return f"did you mean '{found[0]}'?" if found else None


def field_did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """ "did you mean 'label'?" for a misspelt field, only when the closest field is plausibly
    what was meant (`like_a_slip`): `teams` shares four letters with `items`, which difflib
    rates close, yet names another thing, and a wrong lead costs an agent more than none."""
    found = closest(name, candidates, n=3)
    meant = next((candidate for candidate in found if like_a_slip(name, candidate)), None)
    return f"did you mean '{meant}'?" if meant else None


def like_a_slip(written: str, name: str) -> bool:
    """Whether `written` reads as a slip of `name` (case aside): one slip of the keys (`colr`);
    starting with the same letter, a few letters off for its length (`placehlder`) or its letters
    in order (`img` for `image`, `selected` for `selectedRows`); or most of it one run of the
    other's letters (`scheme` for `theme`). `teams` is none of these for `items`."""
    a, b = written.lower(), name.lower()
    if a == b or one_slip(a, b):
        return True
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if a[0] == b[0] and (_in_order(short, long) or _edits(a, b) <= max(2, len(long) // 3)):
        return True
    run = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return run.size >= max(3, LONGEST_RUN_SHARE * len(short))


LONGEST_RUN_SHARE = 0.7
"""The share of the shorter name that one run of letters shared with the other must cover for a
field starting with another letter to be offered (`scheme` holds `heme` of `theme`)."""


def _in_order(short: str, long: str) -> bool:
    """Whether `short`'s letters are all in `long`, in order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


def _edits(a: str, b: str) -> int:
    """Letters to add, drop or change to turn `a` into `b` (Levenshtein distance)."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1]


_WORD_BREAKS = re.compile(r"[-_.\s]+")


def _words_of(name: str) -> frozenset[str]:
    return frozenset(_WORD_BREAKS.split(name.lower())) - {""}


@functools.lru_cache(maxsize=8)
def _by_word(pool: frozenset[str]) -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """Each word of `pool`'s names -> the names of two words or more holding it, with their
    words, in a stable order (made once per pool: a suggestion looks only at names it shares a
    word with)."""
    index: dict[str, list[tuple[frozenset[str], str]]] = {}
    for candidate in sorted(pool):
        words = _words_of(candidate)
        for word in words if len(words) >= 2 else ():
            index.setdefault(word, []).append((words, candidate))
    return {word: tuple(names) for word, names in index.items()}


def same_words(name: str, candidates: frozenset[str]) -> str | None:
    """The candidate made of the same words as `name` in another order (`arrow-circle-left` is
    `circle-arrow-left`), else the one made of the most of its words, two at least
    (`ios-arrow-circle-left` is `circle-arrow-left` too), or None. Words say what is meant better
    than letters do: `ellipsis-circle` is one edit from no name, many from `circle-ellipsis`."""
    words = _words_of(name)
    index = _by_word(candidates)
    best: tuple[int, int, str] | None = None  # (words shared, -length, candidate)
    for word in sorted(words):
        for theirs, candidate in index.get(word, ()):
            if theirs == words and candidate.lower() != name.lower():
                return candidate
            if theirs < words:
                ranked = (len(theirs), -len(candidate), candidate)
                best = ranked if best is None or ranked > best else best
    return best[2] if best is not None else None


def nearby_or_all(name: str, candidates: Iterable[str], *, what: str) -> str:
    """A did-you-mean for one close match, a short list for several, else every valid name."""
    pool = sorted(set(candidates))
    found = closest(name, pool, n=3, cutoff=0.6)
    if len(found) == 1:
        return f"did you mean '{found[0]}'?"
    if found:
        return "did you mean " + _quoted_or(found) + "?"
    return f"valid {what}: " + ", ".join(pool)


def _quoted_or(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def one_slip(written: str, name: str) -> bool:
    """Whether `written` is `name` with one slip of the keys (case aside): a letter left out,
    added, changed, or two neighbours swapped (`colr`, `chekced`, `paddng`). `delta` is no slip of
    `data`, nor `range` of `change`: spelling distance beyond one slip is another word."""
    a, b = written.lower(), name.lower()
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        differ = [index for index in range(len(a)) if a[index] != b[index]]
        swapped = (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]]
            and a[differ[1]] == b[differ[0]]
        )
        return len(differ) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:index] + long[index + 1 :] == short for index in range(len(long)))
