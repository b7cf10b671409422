"""What the compiler writes for languages and long labels: rows of action buttons with their
estimated width, texts isolated in their own direction, Japanese phrases that may break,
Urdu's Nastaliq, Tibetan pills, and the render's advice for a flow element cut at its start."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.action_rows import action_row, fit_width_css
from kernel.dsl.compiler.bidi import FSI, LRI, PDI, ZWNJ, first_strong_direction, isolate_texts, unjoined
from kernel.dsl.compiler.fonts import NASTALIQ_RANGE, nastaliq_font_css, tall_script_class
from kernel.dsl.compiler.page import PHRASE_OVERFLOW_CSS, lang_css, line_breaking_css
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.measured.canvas_sides import StartOverflow, start_cut_warning
from kernel.dsl.model import Item
from kernel.dsl.prepare import prepare_render

# -- rows of action buttons ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "measured_px"),
    [("Cancel your subscription", 150.5), ("Update payment method", 153.8), ("Save", 28.4),
     ("Zahlungsinformationen aktualisieren", 226.0), ("キャンセルして戻る", 116.6)],
)  # fmt: skip
def test_a_labels_width_is_estimated_within_a_pixel_or_two(label: str, measured_px: float) -> None:
    """Against Chromium's widths of these labels in a small button's 13 px Noto Sans Medium."""
    assert label_em(label) * 13 == pytest.approx(measured_px, abs=2)


def test_a_rows_width_adds_labels_paddings_icons_borders_and_gaps() -> None:
    actions = [Item(label="Cancel"), Item(label="Save", icon="check"), Item(icon="trash-2")]
    fit = fit_width_css(actions, size="sm", gap_px=8)
    ems = label_em("Cancel") + label_em("Save")
    # 2 gaps, 3 x (2 px of borders + 1 px of rounding), Save's icon and its gap (18 px)
    assert (
        fit
        == f"calc({ems:.3f}em + {16 + 9 + 18}px + (var(--control-h-sm) - 8px) + (var(--control-h-sm) - 8px) + var(--control-h-sm))"
    )


def test_a_label_of_another_size_counts_in_the_rows_em() -> None:
    small = fit_width_css([Item(label="Save", size="sm")], size="md", gap_px=8)
    assert small.startswith(f"calc({label_em('Save') * 13 / 14:.3f}em + ")


def test_an_action_row_stacks_its_primary_on_top() -> None:
    row = action_row("dsl-card-actions", "<button></button>", ["Save"], size="sm")
    assert row.startswith(
        '<div class="dsl-card-actions dsl-actions is-primary-last" style="--actions-fit:calc('
    )
    first = action_row("dsl-alert-actions", "<button></button>", ["Retry"], size="sm", primary_last=False)
    assert 'class="dsl-alert-actions dsl-actions"' in first
    assert action_row("dsl-card-actions", "", [], size="sm") == ""


def test_cards_dialogs_forms_alerts_and_empty_states_draw_action_rows_and_sheets_keep_theirs() -> None:
    elements = [
        {"type": "card", "actions": ["A"]},
        {"type": "modal", "actions": ["A"]},
        {"type": "form", "actions": ["A"]},
        {"type": "alert", "actions": ["A"]},
        {"type": "empty", "actions": ["A"]},
        {"type": "modal", "variant": "sheet", "actions": ["A"]},
    ]
    html = prepare_render({"elements": elements}).html
    for row in (
        "dsl-card-actions",
        "dsl-modal-actions",
        "dsl-form-actions",
        "dsl-alert-actions",
        "dsl-empty-actions",
    ):
        assert f'class="{row} dsl-actions' in html, row
    assert html.count('class="dsl-modal-actions dsl-actions') == 1  # the sheet stacks by its own rule
    assert '<div class="dsl-modal-actions"><button' in html


# -- the render's advice -------------------------------------------------------------------------------


def test_a_placed_element_past_the_start_side_is_told_to_move_a_flow_one_to_fit() -> None:
    placed = start_cut_warning(StartOverflow("/elements/0", 10, "left"))
    assert placed.suggestion is not None and "layout.x" in placed.suggestion
    flow = start_cut_warning(StartOverflow("/elements/0", 43, "left", placed=False))
    assert flow.message == "this element runs 43 px past the left side of the image and is cut off there"
    assert (
        flow.suggestion is not None and "layout.x" not in flow.suggestion and "wrap: true" in flow.suggestion
    )


# -- texts in their own direction ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [("10 Jul", "ltr"), ("⌘E", "ltr"), ("(١٢٨ تقييمًا)", "rtl"), ("12 صفحة", "rtl"), ("1,284", None),
     (f"{LRI}-12%{PDI} مرحبا", "rtl"), ("&amp; שלום", "rtl")],
)  # fmt: skip
def test_a_texts_direction_is_its_first_letters(text: str, direction: str | None) -> None:
    assert first_strong_direction(text) == direction


def test_on_a_right_to_left_page_each_latin_text_is_isolated() -> None:
    html = '<td> 10 Jul, 09:15 </td><td>مرحبا</td><span class="dsl-badge-text">3 new</span><p>1,284</p>'
    assert isolate_texts(html, "rtl") == (
        f'<td> {FSI}10 Jul, 09:15{PDI} </td><td>مرحبا</td><span class="dsl-badge-text">{FSI}3 new{PDI}</span><p>1,284</p>'
    )


def test_a_cells_date_span_is_part_of_its_text_and_each_line_is_isolated_apart() -> None:
    cell = '<td>iPhone <span class="dsl-table-code">15 Pro</span></td>'
    assert (
        isolate_texts(cell, "rtl") == f'<td>{FSI}iPhone <span class="dsl-table-code">15 Pro{PDI}</span></td>'
    )
    other = '<td>iPhone <span class="dsl-pill">new</span></td>'  # a pill is a box of its own
    assert (
        isolate_texts(other, "rtl")
        == f'<td>{FSI}iPhone{PDI} <span class="dsl-pill">{FSI}new{PDI}</span></td>'
    )
    assert (
        isolate_texts("<p>Line one\nLine two</p>", "rtl") == f"<p>{FSI}Line one{PDI}\n{FSI}Line two{PDI}</p>"
    )


def test_a_latin_date_inside_arabic_text_is_isolated_left_to_right() -> None:
    html = "<p>آخر مزامنة: 10 Jul, 09:15 من جهاز iPhone 15 Pro.</p><p>رقم الشقة: 12B.</p>"
    assert isolate_texts(html, "rtl") == (
        f"<p>آخر مزامنة: {LRI}10 Jul, 09:15{PDI} من جهاز {LRI}iPhone 15 Pro{PDI}.</p><p>رقم الشقة: 12B.</p>"
    )


def test_a_left_to_right_page_isolates_its_right_to_left_texts_and_is_untouched_without_them() -> None:
    english = '<p class="x">Hello 3 world</p><style>p{}</style>'
    assert isolate_texts(english, "ltr") is english
    assert isolate_texts("<p>3 שלום</p><p>Hi</p>", "ltr") == f"<p>{FSI}3 שלום{PDI}</p><p>Hi</p>"


def test_style_and_svg_blocks_and_attributes_are_left_alone() -> None:
    html = '<div title="Hello"><style>.a::after{content:"x"}</style><svg><text>Jan</text></svg>Hi</div>'
    assert isolate_texts(html, "rtl") == html.replace(">Hi<", f">{FSI}Hi{PDI}<")


def test_arabic_initials_are_kept_apart_latin_ones_untouched() -> None:
    assert unjoined("سم") == f"س{ZWNJ}م"
    assert unjoined("OK") == "OK" and unjoined("山") == "山"


# -- Japanese phrases, Urdu's Nastaliq, Tibetan pills --------------------------------------------------


def test_japanese_phrases_may_break_where_they_must() -> None:
    assert PHRASE_OVERFLOW_CSS in line_breaking_css("ja-JP")
    assert ".dsl-table td{overflow-wrap:anywhere}" in PHRASE_OVERFLOW_CSS.replace(
        ",.dsl-table td", "}.dsl-table td"
    )
    for lang in ("zh", "ko", "en", None):
        assert PHRASE_OVERFLOW_CSS not in line_breaking_css(lang)


def test_urdu_draws_its_arabic_script_in_nastaliq() -> None:
    css = nastaliq_font_css("ur-PK")
    assert (
        f'local("Noto Nastaliq Urdu"),local("NotoNastaliqUrdu-Regular");font-weight:100 550;unicode-range:{NASTALIQ_RANGE}'
        in css
    )
    assert 'font-family:"Noto Sans";src:local("Noto Sans")' in css  # the Latin text keeps Noto Sans
    assert "line-height:2" in css
    aliased = nastaliq_font_css("ur", '@font-face{font-family:"Inter";src:x}')
    assert 'font-family:"Inter";src:local("Noto Nastaliq Urdu")' in aliased
    for lang in ("ar", "fa", None):
        assert nastaliq_font_css(lang) == "" and "Nastaliq" not in lang_css(lang)


def test_a_tibetan_text_marks_its_pill() -> None:
    assert tall_script_class("བཀྲ་ཤིས་") == " has-tall-script"
    assert tall_script_class("Online") == tall_script_class(None) == ""
    html = prepare_render(
        {"elements": [{"type": "badge", "text": "སྒྲུབ་པ"}, {"type": "chip", "text": "བསྒྲུབས"}]}
    ).html
    assert html.count(" has-tall-script") == 2  # in the two pills' class attributes


def test_a_tables_long_compounds_are_hyphenated_in_its_language() -> None:
    """German and Finnish cells break between syllables as card titles do; a URL or an ID of
    the same length still breaks anywhere. A word that long on an English page is marked where
    English breaks words (a hyphen drawn where it must break, never a letter cut off silently)."""
    rows = [["Rechtsschutzversicherungsgesellschaften", "https://example.com/a/very/long/path"]]
    table = {"type": "table", "columns": ["Versicherer", "Link"], "rows": rows}
    german = prepare_render({"lang": "de", "elements": [table]}).html
    assert (
        "Rechts\u00adschutz\u00adver\u00adsi\u00adche\u00adrungs\u00adge\u00adsell\u00adschaf\u00adten"
        in german
    )
    assert '<span class="dsl-table-long">https://<wbr>example.<wbr>com/' in german
    english = prepare_render({"elements": [table]}).html
    assert '<span class="dsl-table-long">Rechtsschutz' not in english
    assert "Rechtss\u00adchutzver\u00adsicher\u00adungs" in english


@pytest.mark.parametrize(
    "text",
    ["iPhone 15 Pro متوفر الآن في جميع المتاجر", "Stripe غير متصل", "Google Pay هي أسرع طريقة للدفع"],
)
def test_arabic_copy_led_by_a_brand_keeps_the_pages_direction(text: str) -> None:
    """Brands lead Arabic copy: the sentence stays right to left, the brand at its start (right)."""
    html = isolate_texts(f"<p>{text}</p>", "rtl")
    assert FSI not in html
    assert isolate_texts("<p>10 Jul, 09:15</p>", "rtl") == f"<p>{FSI}10 Jul, 09:15{PDI}</p>"
