"""Tables on real Chromium, as a design review found them: a Total row that no longer widens the
"#" column nor turns an Order column left, an invoice's Subtotal, VAT and Total without dashes,
selected rows that stand out from stripes and the header on light, dark and brand themes, a
labelled checkbox kept on one line beside a column of long notes, and a `size: sm` table's radio
labels at the cells' size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    colour_mask,
    column_runs,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
    runs,
)

pytestmark = pytest.mark.integration


async def _picture(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> Image.Image:
    page = {"width": 700, "height": 300, "scale": 1, **document, "elements": elements}
    prepared, image = await render_dsl(pool, page)
    assert prepared.warnings == [] and image.measured_warnings == (), (prepared.warnings, image)
    return rgb(image.data)


def _frame(picture: Image.Image, light: bool = True) -> Box:
    """The table's box: its border and everything inside (on a light page)."""
    found = box_where(picture, lambda c: luminance(c) < 245 if light else luminance(c) > 14)
    assert found is not None
    return found


def _words(picture: Image.Image, band: Box, keep: Callable[[RGB], bool] = is_text) -> list[tuple[int, int]]:
    """The words in `band`, left to right: runs of columns holding a pixel `keep` accepts (text)
    less than 8 px apart joined (a header's spaced letters; "VAT 19%" is one)."""
    words: list[tuple[int, int]] = []
    for left, right in column_runs(picture, keep, band):
        if words and left - words[-1][1] < 8:
            words[-1] = (words[-1][0], right)
        else:
            words.append((left, right))
    return words


def _lines(picture: Image.Image, frame: Box) -> list[tuple[int, int]]:
    """The lines of text inside the table, top to bottom: the header's, then one a row."""
    return row_runs(picture, is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))


# -- a Total row judged apart from the columns -----------------------------------------------------


INDEXED = {"type": "table", "columns": ["#", "Item", "Amount"],
           "rows": [[1, "Design retainer", "$4,000.00"], [2, "Revisions", "$720.00"]]}  # fmt: skip
ORDERS = {"type": "table", "columns": [{"key": "order", "label": "Order"}, "Customer", "Date", "Total"],
          "rows": [[1042, "Lumen Health", "2025-07-10", "$1,200.00"],
                   [1043, "Acme Commerce", "2025-07-11", "$860.00"]]}  # fmt: skip


@pytest.mark.parametrize(
    ("table", "total"), [(INDEXED, ["Total", "", "$4,720.00"]), (ORDERS, ["Total", "", "", "$2,060.00"])]
)
async def test_a_total_row_changes_neither_the_columns_widths_nor_their_alignment(
    pool: ChromiumPool, table: dict[str, Any], total: list[str]
) -> None:
    """With a Total row, the "#" column grew to ~150 px (its label's share of the table) and the
    Order column's numbers moved to the left: now the header's and the rows' words are where
    they are without it (within a pixel: the bold total is wider than the amounts above it, and
    the columns share the room a fraction of a pixel otherwise), and "Total" starts where the
    first column's text does."""
    plain = await _picture(pool, [table])
    summed = await _picture(pool, [{**table, "rows": [*table["rows"], total]}])
    frame = _frame(plain)
    lines = _lines(plain, frame)
    assert len(lines) == 3 and _lines(summed, _frame(summed))[:3] == lines, lines
    for top, bottom in lines:
        band = (frame[0] + 2, top, frame[2] - 2, bottom)
        words, summed_words = _words(plain, band), _words(summed, band)
        assert len(words) == len(summed_words), (words, summed_words)
        for word, summed_word in zip(words, summed_words, strict=True):
            assert abs(word[0] - summed_word[0]) <= 1 and abs(word[1] - summed_word[1]) <= 1, (
                words,
                summed_words,
            )
    *_, total_line = _lines(summed, _frame(summed))
    label = _words(summed, (frame[0] + 2, total_line[0], frame[2] - 2, total_line[1]))[0]
    assert abs(label[0] - (frame[0] + 17)) <= 2, (label, frame)  # 16 px in, as a first column's text
    if table is ORDERS:  # the order numbers end where their header does: aligned right
        header, first, _ = lines
        heads = _words(plain, (frame[0] + 2, header[0], frame[2] - 2, header[1]))
        numbers = _words(plain, (frame[0] + 2, first[0], frame[2] - 2, first[1]))
        assert abs(numbers[0][1] - heads[0][1]) <= 1 and numbers[0][0] > frame[0] + 20, (numbers, heads)


INVOICE_COLUMNS = [{"key": "n", "label": "#"}, {"key": "item", "label": "Item"}, {"key": "qty", "label": "Qty"},
                   {"key": "price", "label": "Unit price"}, {"key": "amount", "label": "Amount"},
                   {"key": "x", "label": "Del"}]  # fmt: skip
INVOICE = {
    "type": "table",
    "columns": INVOICE_COLUMNS,
    "rows": [
        {"n": 1, "item": "Design retainer", "qty": 1, "price": "$4,000.00", "amount": "$4,000.00",
         "x": {"type": "button", "icon": "x", "variant": "ghost"}},
        {"n": 2, "item": "Revisions", "qty": 6, "price": "$120.00", "amount": "$720.00",
         "x": {"type": "button", "icon": "x", "variant": "ghost"}},
        {"n": "", "item": "Subtotal", "amount": "$4,720.00"},
        {"n": "", "item": "VAT 19%", "amount": "$896.80"},
        {"n": "Total", "item": "", "amount": "$5,616.80"},
    ],
}  # fmt: skip


async def test_an_invoices_totals_draw_no_dashes_under_the_columns_they_leave_out(pool: ChromiumPool) -> None:
    """Subtotal, VAT and Total leave out the quantity, the price and the delete button: each drew
    a grey "—" there. Now those cells are blank: each totals line holds its label and its amount
    only, the label under Item (Subtotal, VAT) or "#" (Total), the amount under Amount."""
    picture = await _picture(pool, [INVOICE], width=900, height=340)
    frame = _frame(picture)
    lines = row_runs(
        picture, lambda c: luminance(c) < 200, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
    )
    header, *rows = lines
    assert len(rows) == 5, lines
    heads = _words(picture, (frame[0] + 2, header[0], frame[2] - 2, header[1]))
    assert len(heads) == 6, heads  # #, ITEM, QTY, UNIT PRICE, AMOUNT, DEL
    number, item, _qty, _price, amount, _delete = heads
    for index, (top, bottom) in enumerate(rows[2:]):
        band = (frame[0] + 2, top - 2, frame[2] - 2, bottom + 2)
        # a dash ("—", in the placeholder's grey) is lighter than text, darker than the surface
        words = _words(picture, band, keep=lambda c: luminance(c) < 200)
        assert len(words) == 2, (index, words, heads)  # the label and the amount, nothing between
        label_start = (item if index < 2 else number)[0]
        assert abs(words[0][0] - label_start) <= 2, (index, words, heads)
        assert abs(words[1][1] - amount[1]) <= 2, (index, words, heads)  # the amount ends under AMOUNT


CHECKOUT_ROWS = [["Base fare", "$1,248.00"], ["Checked bag", "$60.00"], ["Subtotal", "$1,308.00"],
                 ["Taxes & fees", "$71.40"], ["Total", "$1,379.40"]]  # fmt: skip


def _rules(picture: Image.Image, frame: Box) -> list[tuple[int, int]]:
    """The horizontal rules inside the table, top to bottom: rows of pixels darker than the white
    surface across the whole width between its borders (a line of text leaves gaps)."""
    inside = (frame[0] + 20, frame[1] + 2, frame[2] - 20, frame[3] - 2)
    mask = colour_mask(picture, lambda c: c != (255, 255, 255), inside)
    return [(inside[1] + start, inside[1] + end) for start, end in runs(mask.all(axis=1).tolist())]


@pytest.mark.parametrize(
    "columns",
    [["Item", "Amount"], ["Item", "Qty", "Amount"]],
    ids=["two-columns", "three-columns"],
)
async def test_a_checkouts_subtotal_is_under_the_strong_rule_whatever_its_columns(
    pool: ChromiumPool, columns: list[str]
) -> None:
    """A two-column breakdown (Item, Amount) drew its strong rule above Total only, a three-column
    one above Subtotal: both now draw it (2 px, the only rule that thick) between the items and
    Subtotal, and plain hairlines between Subtotal, Taxes and Total."""
    rows = [[row[0], *([""] if len(columns) == 3 else []), row[1]] for row in CHECKOUT_ROWS]
    if len(columns) == 3:
        rows[0][1], rows[1][1] = "2", "1"
    picture = await _picture(pool, [{"type": "table", "columns": columns, "rows": rows}], height=400)
    frame = _frame(picture)
    header, *lines = _lines(picture, frame)
    assert len(lines) == 5, lines
    thick = [rule for rule in _rules(picture, frame) if rule[1] - rule[0] >= 2 and rule[0] > header[1]]
    assert len(thick) == 1, _rules(picture, frame)
    assert lines[1][1] < thick[0][0] and thick[0][1] <= lines[2][0], (thick, lines)


SCORECARD = {"type": "table", "columns": ["Interviewer", "Phase", "Bewertung", "Empfehlung", "Datum"],
             "rows": [["Zoë O'Connor-Smith", "Telefoninterview", {"type": "rating", "value": 4, "size": "sm"},
                       "Einstellen", "12.02.2026"],
                      ["Jürgen Großmann", "Programmieraufgabe", {"type": "rating", "value": 2, "size": "sm"},
                       "Nicht einstellen", "20.02.2026"],
                      ["Durchschnitt", "", {"type": "rating", "value": 3.5, "size": "sm"}, "", ""]]}  # fmt: skip


def _is_star(colour: RGB) -> bool:
    """The filled stars' amber (#f59e0b) and its soft edges."""
    r, g, b = colour
    return r > 200 and 110 < g < 190 and b < 90


async def test_a_scorecards_average_keeps_its_score_beside_its_stars_as_the_rows_do(
    pool: ChromiumPool,
) -> None:
    """At 720 px the "Durchschnitt" row drew "3,5" under its stars while the rows above kept "4"
    and "2" beside theirs: its bold, wider score did not fit the column shared out by the browser.
    Now each row's score is on its stars' line, just after them."""
    picture = await _picture(pool, [SCORECARD], width=720, height=300, lang="de")
    frame = _frame(picture)
    stars = row_runs(picture, _is_star, frame)
    assert len(stars) == 3, stars
    for top, bottom in stars:
        first = box_where(picture, _is_star, (frame[0], top, frame[2], bottom))
        assert first is not None
        # five 14 px stars, 2 px apart, end 78 px after the first one starts; the score follows
        score = box_where(picture, is_text, (first[0] + 78, top - 1, first[0] + 130, bottom + 1))
        assert score is not None, (top, bottom, first)


# -- selected rows ----------------------------------------------------------------------------------


SELECTED = {"type": "table", "striped": True, "selectedRows": [0, 1, 2], "columns": ["Name", "Role", "Seats"],
            "rows": [["Ana", "Admin", 3], ["Ben", "Member", 4], ["Cai", "Member", 5], ["Dee", "Guest", 6],
                     ["Eli", "Guest", 7]]}  # fmt: skip


def _relative_luminance(colour: RGB) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: RGB, b: RGB) -> float:
    low, high = sorted((_relative_luminance(a), _relative_luminance(b)))
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "theme",
    ["light", "dark", {"primary": "#facc15"}, {"primary": "#facc15", "base": "dark"},
     {"primary": "#0f172a", "base": "dark"}, {"primary": "#e11d48"}],
    ids=["light", "dark", "yellow", "yellow-dark", "navy-dark", "rose"],
)  # fmt: skip
async def test_selected_rows_stand_out_from_the_stripes_and_the_header(
    pool: ChromiumPool, theme: Any
) -> None:
    """Selected rows were (28, 29, 40) beside (32, 32, 35) stripes on dark, and (244, 244, 253)
    on light, the header's grey: now the selection's fill stands out from the surface more than
    the header does, is told from the stripe, is tinted (not grey) where the brand has a hue,
    has a 2 px bar in the brand's colour at its start, and its text reads at 7:1 at least."""
    dark = theme == "dark" or (isinstance(theme, dict) and theme.get("base") == "dark")
    picture = await _picture(pool, [SELECTED], width=600, height=330, theme=theme)
    page = picture.getpixel((300, 3))
    text_ink = (lambda c: luminance(c) > 150) if dark else is_text
    lines = row_runs(picture, text_ink, (70, 30, 200, 310))
    assert len(lines) == 6, lines  # the header, five rows
    fills: list[RGB] = [picture.getpixel((400, (top + bottom) // 2)) for top, bottom in lines]  # type: ignore[misc]
    header, ana, ben, cai, dee, eli = fills
    assert ana == ben == cai, fills  # selected, striped or not
    stripe, plain = dee, eli
    assert _contrast(ana, plain) > _contrast(header, plain) + 0.04, fills  # more than the header's grey
    assert _contrast(ana, stripe) > 1.1 or max(ana) - min(ana) > 20, fills
    if theme != {"primary": "#0f172a", "base": "dark"}:  # a navy drawn near-white on dark: a grey
        assert max(ana) - min(ana) >= 15, fills  # tinted in the brand's hue
    middle = (lines[1][0] + lines[1][1]) // 2
    edge = next(x for x in range(0, 60) if picture.getpixel((x, middle)) != page)  # the frame's border
    bar = [picture.getpixel((x, middle)) for x in range(edge + 1, edge + 4)]
    assert bar[0] == bar[1] != ana and bar[2] == ana, (bar, ana)  # 2 px, then the fill
    assert _contrast(bar[0], ana) >= 1.5, (bar, ana)  # type: ignore[arg-type]
    text = box_where(picture, text_ink, (70, lines[1][0], 200, lines[1][1]))
    assert text is not None
    pixels = [picture.getpixel((x, y)) for x in range(text[0], text[2]) for y in range(text[1], text[3])]
    ink = max(pixels, key=luminance) if dark else min(pixels, key=luminance)  # type: ignore[arg-type]
    assert _contrast(ink, ana) >= 7, (ink, ana)  # type: ignore[arg-type]


async def test_a_list_views_selected_row_is_tinted_without_checkboxes(pool: ChromiumPool) -> None:
    """`selectable: false` with `selectedRows: [1]` drew no highlight at all: now the second row
    is tinted with its bar at the start, and no row has a checkbox (its name starts where the
    header's does, 12 to 20 px inside the frame)."""
    table = {"type": "table", "size": "sm", "selectable": False, "selectedRows": [1],
             "columns": ["Name", "Size", "Kind"],
             "rows": [["Invoices", "--", "Folder"], ["Q3 roadmap.pdf", "2.4 MB", "PDF Document"],
                      ["deploy.sh", "2 KB", "Shell script"]]}  # fmt: skip
    picture = await _picture(pool, [table], width=600, height=220)
    frame = _frame(picture)
    lines = _lines(picture, frame)
    assert len(lines) == 4, lines  # the header, three rows
    fills = [picture.getpixel((frame[2] - 20, (top + bottom) // 2)) for top, bottom in lines[1:]]
    plain = picture.getpixel((frame[0] + 40, frame[3] - 3))
    assert fills[0] == fills[2] == plain != fills[1], fills
    assert max(fills[1]) - min(fills[1]) >= 15, fills  # tinted in the primary's hue
    middle = (lines[2][0] + lines[2][1]) // 2
    bar = [picture.getpixel((x, middle)) for x in range(frame[0] + 1, frame[0] + 4)]
    assert bar[0] == bar[1] != fills[1] and bar[2] == fills[1], bar
    for top, bottom in lines:
        words = _words(picture, (frame[0] + 4, top, frame[2] - 2, bottom))
        assert 12 <= words[0][0] - frame[0] <= 20, (words, frame)  # no checkbox before the name


# -- choices in cells -------------------------------------------------------------------------------


NOTE = "A long note that wraps onto several lines in this column, beside the column of checkboxes"


async def test_a_labelled_checkbox_keeps_its_label_on_one_line_beside_long_notes(pool: ChromiumPool) -> None:
    """ "Email digest" broke after "Email" while the column of notes beside it took the room: the
    label is one line, the note still wraps."""
    table = {
        "type": "table",
        "columns": ["Member", "Notify", "Notes", "Team"],
        "rows": [
            ["Ana Souza", {"type": "checkbox", "label": "Email digest", "checked": True}, NOTE, "Design"],
            ["Ben Li", {"type": "checkbox", "label": "Email digest"}, "Short", "Engineering"],
        ],
    }
    picture = await _picture(pool, [table], width=640, height=300)
    frame = _frame(picture)
    header = _lines(picture, frame)[0]
    heads = _words(picture, (frame[0] + 2, header[0], frame[2] - 2, header[1]))
    assert len(heads) == 4, heads
    _, notify, notes, team = heads
    body = (header[1] + 4, frame[3] - 2)
    label_lines = row_runs(picture, is_text, (notify[0] + 26, body[0], notes[0] - 8, body[1]))
    note_lines = row_runs(picture, is_text, (notes[0], body[0], team[0] - 8, body[1]))
    assert len(label_lines) == 2, label_lines  # one line a row
    assert len(note_lines) >= 3, note_lines  # the note wraps (and "Short")


async def test_a_small_tables_radio_labels_are_the_cells_size(pool: ChromiumPool) -> None:
    """In `size: sm` (13 px) a radio group's options were 14 px, a checkbox's label 13: the same
    words are now as wide in both."""
    words = "Weekly digest"
    widths = []
    for control in (
        {"type": "checkbox", "label": words},
        {"type": "radio", "options": [words]},
    ):
        # no header (an unlabelled column): the row's label is the only text
        table = {"type": "table", "size": "sm", "columns": [""], "rows": [[control]]}
        picture = await _picture(pool, [table], width=400, height=160)
        frame = _frame(picture)
        inside = (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
        text = box_where(picture, lambda c: luminance(c) < 110, inside)  # not the box's grey border
        assert text is not None
        widths.append(text[2] - text[0])
    assert abs(widths[0] - widths[1]) <= 1 and widths[0] > 70, widths
