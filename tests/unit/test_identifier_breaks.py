"""Phone numbers and IBANs in running text are kept whole: marked so no line breaks inside them."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.identifier_breaks import IBAN_CLASS, PHONE_CLASS, identifiers_kept
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport


@pytest.mark.parametrize(
    "phone",
    ["+1 (415) 555-0142", "+44 20 7946 0958", "+49 30 1234567", "+33 1 23 45 67 89", "(415) 555-0142",
     "415-555-0142", "(020) 7946 0958"],
)  # fmt: skip
def test_a_phone_number_is_drawn_unbroken(phone: str) -> None:
    marked = identifiers_kept(f"We sent it to {phone}. It expires in 04:59.")
    assert marked == f'We sent it to <span class="{PHONE_CLASS}">{phone}</span>. It expires in 04:59.'


@pytest.mark.parametrize(
    "text",
    ["2025-07-02", "Due 07/02/2025", "$1,200.50", "04:59", "10-20 users", "+12%", "v2.3.1", "Order 123-456",
     "ID 4821-0042-77", "+5 more", "ISBN 978-3-16-148410-0"],
)  # fmt: skip
def test_dates_amounts_times_and_codes_are_no_phone_numbers(text: str) -> None:
    assert identifiers_kept(text) == text


def test_an_iban_in_groups_moves_whole_and_breaks_only_between_its_groups() -> None:
    text = "maria.g@bank.com · IBAN DE89 3704 0044 0532 0130 00"
    assert identifiers_kept(text) == (
        f'maria.g@bank.com · IBAN <span class="{IBAN_CLASS}">DE89 3704 0044 0532 0130 00</span>'
    )
    assert identifiers_kept("GB29 NWBK 6016 1331 9268 19").startswith(f'<span class="{IBAN_CLASS}">')
    assert identifiers_kept("DE89 is a code") == "DE89 is a code"


def test_a_paragraph_an_avatar_and_a_list_mark_them_and_the_page_keeps_them_whole() -> None:
    document = Document.model_validate(
        {
            "elements": [
                {"type": "paragraph", "text": "Call +1 (415) 555-0142"},
                {"type": "avatar", "name": "Maria", "description": "IBAN DE89 3704 0044 0532 0130 00"},
                {"type": "list", "items": [{"label": "Support", "description": "+44 20 7946 0958"}]},
            ]
        }
    )
    html = compile_html(document, Viewport(390, 600, 1.0))
    assert f'<span class="{PHONE_CLASS}">+1 (415) 555-0142</span>' in html
    assert f'<span class="{IBAN_CLASS}">DE89 3704 0044 0532 0130 00</span>' in html
    assert f'<span class="{PHONE_CLASS}">+44 20 7946 0958</span>' in html
    assert f".{PHONE_CLASS}{{white-space:nowrap}}" in html
    assert f".{IBAN_CLASS}{{display:inline-block;max-width:100%}}" in html
