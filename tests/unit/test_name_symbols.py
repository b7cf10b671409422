"""Emoji and symbols are no letters of a name: a face skips them for its initials (`🔥Blaze🔥` is
B, it was ?), and draws the first emoji, whole, only when no letter is left."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.elements.avatars import face_initials
from kernel.dsl.compiler.name_symbols import first_symbol, is_one_symbol, without_symbols
from tests.support.elements import render_element


@pytest.mark.parametrize(
    ("name", "letters"),
    [("🔥Blaze🔥", "B"), ("💀ReaperX💀", "R"), ("Ice🧊Queen", "IQ"), ("🔥 Ada Lovelace", "AL"),
     ("Dr. 🔥Lena Fischer", "LF"), ("★ 山田 太郎", "山"), ("@viper", "V"), ("_Viper_", "V"),
     ("ada@example.com", "A"), ("Ada Lovelace", "AL")],
)  # fmt: skip
def test_a_faces_initials_skip_emoji_and_symbols(name: str, letters: str) -> None:
    assert face_initials(name) == letters


@pytest.mark.parametrize(
    ("name", "face"),
    [("🔥🔥", "🔥"), ("👩\u200d💻", "👩\u200d💻"), ("👍🏽", "👍🏽"), ("🇫🇷🇩🇪", "🇫🇷"), ("1️⃣", "1️⃣"),
     ("🏳️\u200d🌈 ", "🏳️\u200d🌈"), ("★★★", "★"), ("", "?"), ("- -", "?")],
)  # fmt: skip
def test_a_name_without_letters_draws_its_first_emoji_whole(name: str, face: str) -> None:
    """A sequence of an emoji (a skin tone, a joined emoji, a flag's two letters) is not cut at
    the initials' count, not even a group's single letter."""
    assert face_initials(name) == face
    assert face_initials(name, letters=1) == face


@pytest.mark.parametrize(
    ("name", "letters"),
    [("Acme™ GmbH", "A"), ("Acme GmbH 🚚", "A"), ("🚚 Müller & Söhne Spedition GmbH", "MS"),
     ("Van der Berg Logistiek B.V. ✓", "VL")],
)  # fmt: skip
def test_a_companys_legal_form_goes_with_emoji_beside_it(name: str, letters: str) -> None:
    """The emoji go first, so a legal form after them is still the name's end (`Acme GmbH 🚚` was
    AG: the truck hid the GmbH from `without_legal_form`)."""
    assert face_initials(name) == letters


def test_symbols_are_spaced_out_and_the_first_is_taken_whole() -> None:
    assert without_symbols("🔥Blaze🔥") == " Blaze "
    assert without_symbols("x1️⃣y") == "x y"
    assert first_symbol("Blaze") == "" and first_symbol("a👍🏽b") == "👍🏽"
    assert is_one_symbol("👩\u200d💻") and not is_one_symbol("🔥🔥") and not is_one_symbol("B")


def _faces(html: str) -> list[str]:
    return re.findall(r'class="dsl-avatar-face[^"]*"[^>]*><span>([^<]*)</span>', html)


def test_an_avatar_a_list_rows_face_and_a_cells_face_skip_the_emoji() -> None:
    assert _faces(render_element(type="avatar", name="🔥Blaze🔥", size="lg")) == ["B"]
    assert _faces(render_element(type="list", items=[{"label": "🔥Blaze🔥", "avatar": "🔥Blaze🔥"}])) == ["B"]
    table = render_element(
        type="table", columns=["Player"], rows=[[[{"type": "avatar", "name": "💀ReaperX💀"}, "💀ReaperX💀"]]]
    )
    assert _faces(table) == ["R"]
