"""A table on a phone, compiled: drawn tight (headers that wrap, addresses that break at their
joints, a crowded table's smaller text), and its note when it still scrolls sideways."""

from __future__ import annotations

import re
from typing import Any

from kernel.dsl.compiler.elements.table_cells import cell_text
from kernel.dsl.measured.tabs_and_tables import TABLE_SCROLLS, CutTable, cut_table_warning
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from kernel.warning_kinds import NOTE, fails_strict, warning_kind
from tests.support.documents import payments_on_phone


def table_tag(document: dict[str, Any], **options: Any) -> str:
    """The compiled page's table box: its opening tag, with its classes."""
    html = prepare_render(document, RenderOptions(**options)).html
    match = re.search(r'<div class="dsl-table[^"]*"[^>]*>', html)
    assert match is not None
    return match.group()


def test_a_phones_table_is_drawn_tight_and_a_desktops_as_before() -> None:
    assert "is-on-phone is-crowded" in table_tag(payments_on_phone(4))
    assert "is-on-phone" in table_tag(payments_on_phone(4, in_card=True))
    assert "is-crowded" not in table_tag(payments_on_phone(3))  # three columns keep their size
    assert "is-on-phone" in table_tag({**payments_on_phone(4), "frame": "phone"})  # the screen, not the frame
    assert "is-on-phone" in table_tag({**payments_on_phone(4), "device": None, "width": 360})
    desktop = table_tag({**payments_on_phone(4), "device": "desktop"})
    assert "is-on-phone" not in desktop and "is-crowded" not in desktop


def test_a_phone_breaks_an_address_at_its_joints_and_keeps_figures_codes_and_dates_whole() -> None:
    assert cell_text("sophia.williams@acme.io", phone=True) == "sophia.<wbr>williams@<wbr>acme.io"
    assert cell_text("sophia.williams@acme.io") == "sophia.williams@acme.io"  # a desktop keeps it whole
    assert cell_text("noah@brown.dev", phone=True) == "noah@<wbr>brown.dev"  # the domain stays whole
    # a long address breaks after its @ rather than inside its domain ("example." / "com")
    assert cell_text("olivia.martinez@example.com", phone=True).endswith("martinez@<wbr>example.com</span>")
    assert cell_text("/var/log/nginx/a", phone=True) == "/<wbr>var/<wbr>log/<wbr>nginx/<wbr>a"
    for whole in ("$12,345,678.00", "1.2.10.4455", "Olivia Martinez"):
        assert "<wbr>" not in cell_text(whole, phone=True), whole
    assert cell_text("BRG-6204-2RS", phone=True) == '<span class="dsl-table-code">BRG-6204-2RS</span>'


def test_the_compiled_phone_page_breaks_its_emails_and_the_desktops_does_not() -> None:
    phone = prepare_render(payments_on_phone(4), RenderOptions()).html
    desktop = prepare_render({**payments_on_phone(4), "device": "desktop"}, RenderOptions()).html
    assert "sophia.<wbr>williams@<wbr>acme.io" in phone
    assert "sophia.williams@acme.io</td>" in desktop


def test_a_scrolling_tables_note_counts_and_names_its_hidden_columns() -> None:
    table = CutTable("/elements/1", 118, ("Date", "Region"), scrolls=True, total=6, in_part=1)
    note = cut_table_warning(table)
    assert (note.code, note.path, warning_kind(note.code)) == (TABLE_SCROLLS, "/elements/1", NOTE)
    assert note.message.endswith("2 of its 6 columns run past its edge: 'Date' in part, 'Region'")
    assert "118 px wider" in note.message and "scrolling sideways" in note.message
    assert note.suggestion is not None
    for advice in ("fewer columns", "size: sm", "no field hides a column on phones only"):
        assert advice in note.suggestion
    one = cut_table_warning(CutTable("/elements/0", 30, ("Status",), scrolls=True, total=4))
    assert one.message.endswith("1 of its 4 columns runs past its edge: 'Status'")


def test_a_scrolling_table_is_a_note_strict_lets_pass_and_a_cut_desktop_table_is_not() -> None:
    assert not fails_strict(TABLE_SCROLLS, True) and fails_strict(TABLE_SCROLLS, "all")
    cut = cut_table_warning(CutTable("/elements/0", 30, ("Status",)))
    assert cut.code == "content_cut" and "cut off at its edge" in cut.message
