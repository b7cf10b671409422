"""Phone numbers and IBANs in running text kept whole: never "555-" / "0142" across two lines.

A browser breaks a line at a space and after a hyphen, so a phone number in a centred paragraph
broke as "+1 (415) 555-" / "0142", and an IBAN in an avatar's description left its first groups
at the end of one line and the rest on the next, though the whole of it fitted the next line.
Neither is read in pieces on a bank's screen: a phone number is drawn unbroken (`PHONE_CLASS`,
no break inside it); an IBAN written in groups of four moves whole to the next line where it fits
there, and only in a box too narrow for it breaks between its groups (`IBAN_CLASS`, an inline
block, which wraps at its own spaces only when it is wider than the line).
"""

from __future__ import annotations

import re

PHONE_CLASS = "dsl-phone"
IBAN_CLASS = "dsl-iban"
PHONE_DIGITS_MIN = 7
"""The fewest digits of a phone number: fewer is a code, a count or a time."""

_PHONE = re.compile(
    r"(?<![\w+\-/.,:])"
    r"(?:"
    r"\+\d{1,3}(?:[ .\-]?\(\d{1,5}\))?(?:[ .\-]?\d{1,5}){1,6}"  # +1 (415) 555-0142, +44 20 7946 0958
    r"|\(\d{2,5}\)[ .\-]?\d{2,5}(?:[ .\-]\d{2,5}){1,3}"  # (415) 555-0142, (020) 7946 0958
    r"|\d{3}[.\-]\d{3}[.\-]\d{4}"  # 415-555-0142
    r")"
    r"(?![\w\-/]|[.,:]\d)"
)
"""A phone number: an international one (`+` and the country code), one with its area code in
brackets, or the North American 3-3-4 with hyphens or points. Dates (2025-07-02), amounts
(1,200.50), times (04:59) and ranges (10-20) are none of these."""
_IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![\w-])")
"""An IBAN written in groups of four (`DE89 3704 0044 0532 0130 00`): the country, two check
digits, then up to 30 letters and digits in fours."""

IDENTIFIER_CSS = f""".{PHONE_CLASS}{{white-space:nowrap}}
.{IBAN_CLASS}{{display:inline-block;max-width:100%}}
"""


def identifiers_kept(markup: str) -> str:
    """`markup` (escaped text, no tags) with its phone numbers in a `PHONE_CLASS` span and its
    IBANs in an `IBAN_CLASS` span (see the module); text without either as it is."""
    if not any(char.isdigit() for char in markup):
        return markup
    marked = _IBAN.sub(lambda found: f'<span class="{IBAN_CLASS}">{found.group()}</span>', markup)
    return _PHONE.sub(_phone_span, marked)


def _phone_span(found: re.Match[str]) -> str:
    number = found.group()
    if sum(char.isdigit() for char in number) < PHONE_DIGITS_MIN:
        return number
    return f'<span class="{PHONE_CLASS}">{number}</span>'
