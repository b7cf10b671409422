"""The letter standing for a word of a name: past Thai and Lao leading vowels and Arabic's article;
an Arabic compound name (عبد الله) is one part."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.elements.avatars import face_initials
from kernel.dsl.compiler.name_letters import initial_letter, name_parts


@pytest.mark.parametrize(
    ("word", "letter"),
    [("ใจดี", "จ"), ("ไพโรจน์", "พ"), ("เก่งกาจ", "ก"), ("แสงดาว", "ส"), ("โชติ", "ช"), ("สมชาย", "ส"),
     ("ແກ້ວ", "ກ"), ("العلي", "ع"), ("الأحمد", "أ"), ("ال", "ا"), ("Lovelace", "L")],
)  # fmt: skip
def test_a_words_letter_skips_leading_vowels_and_the_article(word: str, letter: str) -> None:
    assert initial_letter(word) == letter


def test_a_first_name_written_with_al_keeps_its_alif() -> None:
    """الياس (Elias) and الهام (Elham) are given names, not the article before a name."""
    assert initial_letter("الياس", first=True) == "ا"


def test_an_arabic_compound_name_is_one_part() -> None:
    assert name_parts(["محمد", "عبد", "الله"]) == ["محمد", "عبد الله"]
    assert name_parts(["أبو", "بكر", "الصديق"]) == ["أبو بكر", "الصديق"]
    assert name_parts(["Ada", "Lovelace"]) == ["Ada", "Lovelace"]


@pytest.mark.parametrize(
    ("name", "letters"),
    [("สมชาย ใจดี", "สจ"), ("ไพโรจน์ เก่งกาจ", "พก"), ("أحمد العلي", "أع"), ("محمد عبد الله", "مع"),
     ("عبد الله", "ع"), ("سارة محمد", "سم"), ("Ada Lovelace", "AL"), ("ada@example.com", "A")],
)  # fmt: skip
def test_a_faces_initials(name: str, letters: str) -> None:
    """Thai took the vowel written first (สมชาย ใจดี was สใ) and Arabic the article's alif
    (أحمد العلي was أا, محمد عبد الله was ما)."""
    assert face_initials(name) == letters
