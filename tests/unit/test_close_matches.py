"""The indexed close matches: difflib's own answers, from an index made once per pool."""

from __future__ import annotations

import difflib

from kernel.dsl.close_matches import name_index
from kernel.dsl.hints.suggest import closest
from kernel.dsl.semantic.icons import _icon_suggestion, known_icon_names


def test_the_index_gives_difflibs_matches_in_difflibs_order() -> None:
    names = sorted({name.lower() for name in known_icon_names()})
    index = name_index(frozenset(names))
    words = ["notanicon7", "acount", "arow-left", "chekc", "x", "", "settngs-2", "ciircle", "zz"]
    for word in words:
        for n, cutoff in ((1, 0.6), (3, 0.6), (1, 0.75), (3, 0.3), (2, 0.0)):
            expected = difflib.get_close_matches(word, names, n=n, cutoff=cutoff)
            assert index.close_matches(word, n, cutoff) == expected, (word, n, cutoff)


def test_a_pool_is_indexed_once_and_an_icon_suggestion_kept_per_name() -> None:
    pool = frozenset({"button", "badge", "banner", "table"})
    assert closest("buton", pool) == ["button"]
    before = name_index.cache_info()
    assert closest("tabel", pool) == ["table"]
    assert name_index.cache_info().misses == before.misses  # the pool's index was made once
    first = _icon_suggestion("circel-never-an-icon")
    hits = _icon_suggestion.cache_info().hits
    assert _icon_suggestion("circel-never-an-icon") == first
    assert _icon_suggestion.cache_info().hits == hits + 1
