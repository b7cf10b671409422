"""A long file name is cut in its middle: its extension and the end of its name stay drawn."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.file_names import SOFT_HYPHEN, breakable_head, split_file_name
from tests.support.elements import render_element


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("quarterly-report-final-v3.pdf", ("quarterly-report-final", "-v3.pdf")),
        ("IMG_20240512_103045_panorama_edit.jpg", ("IMG_20240512_103045_panorama", "_edit.jpg")),
        ("Board meeting minutes and appendices.docx", ("Board meeting minutes and", " appendices.docx")),
        ("Invoice2024Q3ACMECorp.pdf", ("Invoice2024Q3ACME", "Corp.pdf")),  # no separator: 4 characters
        ("Screenshot 2024-05-12 at 10.30.45.png", ("Screenshot 2024-05-12 at 10.30", ".45.png")),
        ("notes.txt", ("n", "otes.txt")),
        ("-v3.pdf", None),  # nothing before the tail
        ("README", None),  # no extension
        ("release notes.final draft", None),  # "final draft" is no extension
        ("דוח-רבעוני-סופי.pdf", None),  # right to left: drawn whole, as before
    ],
)
def test_a_file_name_splits_before_its_last_part(name: str, parts: tuple[str, str] | None) -> None:
    assert split_file_name(name) == parts


def test_an_uploaded_files_name_is_drawn_as_a_head_that_may_be_cut_and_a_whole_tail() -> None:
    html = render_element(
        type="upload", items=[{"label": "quarterly-report-final-v3.pdf"}, {"label": "README"}]
    )
    head = SOFT_HYPHEN.join("quarterly-report-final")
    assert (
        f'<span class="dsl-upload-name is-split" dir="ltr"><span class="dsl-upload-name-head">{head}'
        '</span><span class="dsl-upload-name-tail">-v3.pdf</span></span>'
    ) in html
    assert '<span class="dsl-upload-name">README</span>' in html


@pytest.mark.parametrize(
    ("head", "breakable"),
    [
        ("Q3_fin", "Q\u00ad3\u00ad_\u00adf\u00adi\u00adn"),
        ("a b", "a\u00ad\u00a0\u00adb"),  # a space is drawn at the cut, and no break is made after it
        ("Cafe\u0301s", "C\u00ada\u00adf\u00ade\u0301\u00ads"),  # an accent apart (NFD) stays on its letter
        ("ok\U0001f44d\U0001f3fd", "o\u00adk\u00ad\U0001f44d\U0001f3fd"),  # a thumb keeps its skin tone
        ("\U0001f1eb\U0001f1f7x", "\U0001f1eb\U0001f1f7\u00adx"),  # a flag's two letters stay together
        ("\u1112\u1161\u11ab\u1100", "\u1112\u1161\u11ab\u00ad\u1100"),  # a decomposed Hangul syllable too
    ],
)
def test_a_files_head_may_break_between_any_two_characters_and_only_there(head: str, breakable: str) -> None:
    """The head breaks where the browser then draws its ellipsis, right after the last character
    that fits (not with up to a character's width left empty before the tail, as text-overflow
    did): at a soft hyphen between each two characters, never inside one drawn character."""
    assert breakable_head(head) == breakable
