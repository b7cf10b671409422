"""Which letter stands for a word of a name on a face, in scripts where it is not the first one.

Thai and Lao write some vowels before the consonant they follow in speech (สมชาย ใจดี is
Somchai Jaidee: ใ is the vowel of "jai", จ its initial), so a word's initial is its first
consonant. Arabic family names carry the article ال ("al-", أحمد العلي is Ahmad al-Ali: ع), and
a name of two words, عبد الله (Abdullah) or أبو بكر (Abu Bakr), is one name with one initial.
"""

from __future__ import annotations

from collections.abc import Sequence

LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
"""Thai and Lao vowels written before their consonant (U+0E40-0E44, U+0EC0-0EC4)."""
ARABIC_ARTICLE = "ال"
COMPOUND_HEADS = frozenset({"عبد", "أبو", "ابو", "أبي"})
"""Arabic words that make one name with the word after them: عبد (servant of: عبد الرحمن) and
أبو (father of: أبو بكر)."""


def name_parts(words: Sequence[str]) -> list[str]:
    """The words of a name, each Arabic compound (`COMPOUND_HEADS` and the word after it) one
    part: ["محمد", "عبد", "الله"] -> ["محمد", "عبد الله"]."""
    parts: list[str] = []
    joined = False
    for word in words:
        if joined:
            parts[-1] += f" {word}"
        else:
            parts.append(word)
        joined = not joined and word in COMPOUND_HEADS
    return parts


def initial_letter(word: str, *, first: bool = False) -> str:
    """The letter that stands for `word` (a part of a name): its first consonant past the Thai
    and Lao vowels written before it; past the Arabic article of a part after the `first` (a
    given name written ال... is no article: الياس, الهام)."""
    if not first and word.startswith(ARABIC_ARTICLE) and len(word) > len(ARABIC_ARTICLE) + 1:
        word = word[len(ARABIC_ARTICLE) :]
    return next((char for char in word if char not in LEADING_VOWELS), word[:1])
