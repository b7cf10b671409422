"""A long file name is cut in its middle: its extension and the end of its name stay drawn."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.file_names import split_file_name
from tests.support.elements import render_element


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("quarterly-report-final-v3.pdf", ("quarterly-report-final", "-v3.pdf")),
        ("IMG_20240512_103045_panorama_edit.jpg", ("IMG_20240512_103045_panorama", "_edit.jpg")),
        ("Board meeting minutes and appendices.docx", ("Board meeting minutes and ", "appendices.docx")),
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
    assert (
        '<span class="dsl-upload-name is-split" dir="ltr"><span class="dsl-upload-name-head">quarterly-report-final'
        '</span><span class="dsl-upload-name-tail">-v3.pdf</span></span>'
    ) in html
    assert '<span class="dsl-upload-name">README</span>' in html
