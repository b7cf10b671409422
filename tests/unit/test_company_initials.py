"""A company's avatar shows the initials of its name, not of its legal form: `Müller & Söhne
Spedition GmbH` is MS (it was MG), `Van der Berg Logistiek B.V.` VL (it was VV, the B and V of
B.V.). The rule is a person's, first and last word, once the legal form is gone."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.company_names import without_legal_form
from tests.support.elements import render_element

COMPANIES = {
    "Van der Berg Logistiek B.V.": "VL",
    "Müller & Söhne Spedition GmbH": "MS",
    "Schmidt Kühllogistik GmbH & Co. KG": "SK",
    "Établissements Dupont-Lefèvre SARL": "ÉD",
    "Nordic Cold Chain AB": "NC",
    "Maersk Line A/S": "ML",
    "Fratelli Rossi S.p.A.": "FR",
    "Acme Freight, Inc.": "AF",
    "Kowalski Transport Sp. z o.o.": "KT",
    "Cemex Logística S.A. de C.V.": "CL",
    "ООО Северный Путь": "СП",
    "ACME Corp": "A",
}
"""Company names and the letters on their face (a name of one word has one letter, as `Acme` has)."""
PEOPLE = {
    "Vincent van Gogh": "VG",
    "Dr. Lena Fischer, MD": "LF",
    "Kim Sa": "KS",  # a surname that is no legal form as written (SA, S.A.)
    "Lee Ag": "LA",
    "Ada Lovelace": "AL",
}
"""People's names, drawn as before."""


def face_letters(name: str) -> str:
    html = render_element(type="avatar", name=name)
    match = re.search(r'class="dsl-avatar-face[^"]*"[^>]*><span>([^<]*)</span>', html)
    assert match, html
    return match.group(1)


@pytest.mark.parametrize(("name", "letters"), [*COMPANIES.items(), *PEOPLE.items()])
def test_an_avatar_shows_the_initials_of_the_name_without_its_legal_form(name: str, letters: str) -> None:
    assert face_letters(name) == letters


def test_a_name_that_is_only_a_legal_form_is_left_as_it_is() -> None:
    assert without_legal_form("GmbH") == "GmbH" and without_legal_form("Inc.") == "Inc."
    assert without_legal_form("Fischer, Lena") == "Fischer, Lena"  # nothing removed: as written
    assert face_letters("GmbH") == "G"


def test_a_list_rows_face_drops_the_legal_form_too() -> None:
    html = render_element(
        type="list", items=[{"label": "Consignee", "avatar": "Müller & Söhne Spedition GmbH"}]
    )
    assert ">MS</span>" in html and ">MG<" not in html
