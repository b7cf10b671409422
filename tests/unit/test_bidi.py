"""Numbers keep their order on a right-to-left screen: signed and spaced numbers are isolated."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.bidi import LRI, PDI, RTL_CSS, isolate_numbers
from kernel.dsl.prepare import prepare_render


@pytest.mark.parametrize(
    ("text", "isolated"),
    [("-18.50", "-18.50"), ("+3.2%", "+3.2%"), ("−$12", "−$12"), ("-1,250 ر.س", "-1,250"),
     ("+966 50 123 4567", "+966 50 123 4567"), ("DE89 3704 0044 0532", "DE89 3704 0044 0532"),
     ("+972 52-123-4567", "+972 52-123-4567"), ("052-123-4567", "052-123-4567"), ("-₪54.90", "-₪54.90"),
     ("IL62 0108 0000 0009 9999 999", "IL62 0108 0000 0009 9999 999"), ("IL620108000000099999999", "IL620108000000099999999"),
     ("1 240,00 د.م.", "1 240,00"), ("12\u202f480,56", "12\u202f480,56"), ("1\u00a0240,00 ₽", "1\u00a0240,00"),
     ("1&#x27;240.50", "1&#x27;240.50"), ("1’240.50 CHF", "1’240.50"), ("-1 240,5 €", "-1 240,5"),
     ("1 240 000,00", "1 240 000,00"), ("12 500%", "12 500%"), ("12 %", "12 %"), ("12,5\u00a0%", "12,5\u00a0%"),
     ("+5 %", "+5 %"), ("-3.5\u202f%", "-3.5\u202f%"), ("12 500 %", "12 500 %"), ("40 ٪", "40 ٪")],
)  # fmt: skip
def test_signed_and_spaced_numbers_are_isolated(text: str, isolated: str) -> None:
    assert f"{LRI}{isolated}{PDI}" in isolate_numbers(f"<span>{text}</span>")


@pytest.mark.parametrize(
    ("text", "isolated"),
    [("-١٠٤٫٠٠ ر.س", "-١٠٤٫٠٠"), ("-١٬٢٣٤٫٥٠", "-١٬٢٣٤٫٥٠"), ("+٣٫٢٪", "+٣٫٢٪"),
     ("-۱۰۴٫۰۰", "-۱۰۴٫۰۰"), ("-۱٬۲۳۴٫۵۰ ریال", "-۱٬۲۳۴٫۵۰"), ("الخصم: -١٠٤٫٠٠ ر.س", "-١٠٤٫٠٠")],
)  # fmt: skip
def test_a_signed_arabic_indic_figure_is_isolated_whole(text: str, isolated: str) -> None:
    """The isolate stopped at the Arabic decimal or thousands separator (U+066B, U+066C): the
    sign went to the middle of the figure ("ر.س ٠٠٫-١٠٤")."""
    assert f"{LRI}{isolated}{PDI}" in isolate_numbers(f"<span>{text}</span>")


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-02",
        "13-06-2025",
        "10-20",
        "12.50",
        "3 items",
        "A-1",
        "x+1",
        "1,250 ر.س",
        "OK 1234",
        "12 34",
        "1 2345",
        "12%",
        "%12",
        "12 percent",
    ],
)
def test_what_reads_right_already_is_left_alone(text: str) -> None:
    assert isolate_numbers(f"<span>{text}</span>") == f"<span>{text}</span>"


def test_a_figure_is_isolated_across_the_room_that_lines_its_column_up() -> None:
    """A table writes blank digits between "+3.20" and its "%" to line the points up: the "%"
    was left out of the isolate and drawn first ("%+3.20"); a span of another kind still ends
    the text."""
    room = '<span class="dsl-table-room" aria-hidden="true">00</span>'
    assert isolate_numbers(f"<td>+3.20{room}%</td>") == f"<td>{LRI}+3.20{room}%{PDI}</td>"
    assert isolate_numbers(f"<td>1 240,50{room} €</td>") == f"<td>{LRI}1 240,50{room}{PDI} €</td>"
    other = "<td><b>-1</b>5</td>"
    assert isolate_numbers(other) == f"<td><b>{LRI}-1{PDI}</b>5</td>"


def test_attributes_styles_and_drawings_are_left_alone() -> None:
    html = '<div style="margin:-12px"><style>.a{top:-4px}</style><svg><path d="M-1 -2"/></svg>-5</div>'
    assert isolate_numbers(html) == html.replace(">-5<", f">{LRI}-5{PDI}<")


def test_directional_icons_mirror_on_a_right_to_left_page_only() -> None:
    assert RTL_CSS.startswith("[dir=rtl] svg:is(") and '[data-icon="arrow-right"]' in RTL_CSS
    assert '[data-icon="play"]' not in RTL_CSS  # media controls keep their direction


def test_texts_read_back_from_the_page_lose_the_isolation_marks() -> None:
    """A warning quoting a measured text ('the button label ...') showed the compiler's marks."""
    from kernel.dsl.compiler.bidi import FSI, PDI, without_isolation_marks

    assert without_isolation_marks(f"{FSI}Save 12{PDI} \u2066x\u2067y") == "Save 12 xy"


def test_an_arabic_indic_amount_in_a_table_and_a_text_keeps_its_sign_with_its_figure() -> None:
    """On an Arabic page a cell's "-١٠٤٫٠٠ ر.س" was cut at its decimal separator into a figure and
    a figure with its unit, and the isolate ended there; it is one whole amount now, isolated
    from its sign to its last digit, as "-104.00 ر.س" is."""
    html = prepare_render(
        {
            "lang": "ar",
            "elements": [
                {"type": "table", "columns": ["البند", "المبلغ"], "rows": [["الخصم", "-١٠٤٫٠٠ ر.س"]]},
                {"type": "text", "text": "الخصم: -١٬٢٣٤٫٥٠ ر.س"},
            ],
        }
    ).html
    assert f'<span class="dsl-table-code">{LRI}-١٠٤٫٠٠{PDI} ر.س</span>' in html
    assert f"الخصم: {LRI}-١٬٢٣٤٫٥٠{PDI} ر.س" in html
