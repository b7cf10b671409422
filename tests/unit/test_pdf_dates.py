"""A printed PDF's dates are fixed, in place, so its bytes repeat and its offsets stay right."""

from __future__ import annotations

from render_worker.pdf import fixed_dates

PRINTED = (
    b"<</Creator (Chromium)\n/CreationDate (D:20261130211319+00'00')\n/ModDate (D:20261130211344+02'00')>>"
)


def test_both_dates_become_the_fixed_one_in_utc_at_the_same_length() -> None:
    fixed = fixed_dates(PRINTED)
    assert fixed == (
        b"<</Creator (Chromium)\n/CreationDate (D:20000101000000+00'00')\n/ModDate (D:20000101000000+00'00')>>"
    )
    assert len(fixed) == len(PRINTED)


def test_a_pdf_without_dates_is_left_as_it_is() -> None:
    assert fixed_dates(b"%PDF-1.4 no info") == b"%PDF-1.4 no info"
