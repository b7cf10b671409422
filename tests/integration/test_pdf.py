"""PdfPrinter on real Chromium: one vector page the canvas' size, the same picture as the PNG, nothing fetched."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pypdfium2
import pytest
import pytest_asyncio
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from kernel.dsl.measured.canvas_cut import CONTENT_CUT, MAX_PDF_PAGE_PX
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.pdf import PdfPrinter
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.integration.network_fixtures import CountingServer
from tests.integration.render_fixtures import decode

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
POINTS_PER_PX = 0.75


@pytest_asyncio.fixture(scope="module")
async def printer() -> AsyncIterator[PdfPrinter]:
    async with PdfPrinter() as warm:
        yield warm


def raster(pdf: bytes) -> Image.Image:
    """The PDF's first page drawn at 96 dpi (1 CSS px = 1 pixel), by PDFium rather than Chromium."""
    page = pypdfium2.PdfDocument(pdf)[0]
    return page.render(scale=1 / POINTS_PER_PX).to_pil().convert("RGB")


async def test_a_pdf_is_one_vector_page_that_looks_like_the_png(printer: PdfPrinter) -> None:
    prepared = prepare_render((ROOT / "examples" / "login.yaml").read_text(encoding="utf-8"), RenderOptions())
    printed = await printer.render(prepared.html, prepared.viewport)
    reader = PdfReader(io.BytesIO(printed.data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(1280 * POINTS_PER_PX, abs=0.5)
    assert float(box.height) == pytest.approx(800 * POINTS_PER_PX, abs=0.5)
    text = reader.pages[0].extract_text()
    assert "Welcome back" in text and "Forgot password?" in text  # text, not a picture of it

    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1)) as pool:
        shot = await pool.render(prepared.html, prepared.viewport)
    difference = ImageChops.difference(raster(printed.data), decode(shot.data).convert("RGB"))
    assert max(ImageStat.Stat(difference).mean) < 3, ImageStat.Stat(difference).mean


async def test_a_full_page_pdf_is_as_tall_as_the_content(printer: PdfPrinter) -> None:
    tall = {"width": 400, "height": 300, "elements": [{"type": "container", "layout": {"height": 1000}}]}
    prepared = prepare_render(tall, RenderOptions(full_page=True))
    printed = await printer.render(prepared.html, prepared.viewport, full_page=True)
    box = PdfReader(io.BytesIO(printed.data)).pages[0].mediabox
    assert float(box.height) >= 1000 * POINTS_PER_PX and printed.height >= 1000
    short = await printer.render(prepared.html, prepared.viewport)
    short_height = float(PdfReader(io.BytesIO(short.data)).pages[0].mediabox.height)
    assert short_height == pytest.approx(300 * POINTS_PER_PX, abs=0.5)  # Chromium rounds to 1/100 inch


async def test_printing_fetches_nothing(printer: PdfPrinter, counting_server: CountingServer) -> None:
    base = f"http://127.0.0.1:{counting_server.port}"
    html = (
        f"<html><head><link rel='stylesheet' href='{base}/s.css'><style>@import url({base}/i.css);"
        f"body{{background:url({base}/bg.png)}}</style></head><body><img src='{base}/x.png'>"
        f"<iframe src='{base}/f'></iframe><p>offline</p></body></html>"
    )
    prepared = prepare_render({"width": 300, "height": 200, "elements": [{"type": "text", "text": "x"}]})
    printed = await printer.render(html, prepared.viewport)
    assert printed.data.startswith(b"%PDF")
    assert counting_server.connections == 0, counting_server.paths


async def test_a_pdf_tells_of_content_below_its_page_as_a_png_does(printer: PdfPrinter) -> None:
    tall = {"width": 400, "height": 300, "elements": [{"type": "container", "layout": {"height": 1000}}]}
    prepared = prepare_render(tall, RenderOptions())
    printed = await printer.render(prepared.html, prepared.viewport)
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1)) as pool:
        shot = await pool.render(prepared.html, prepared.viewport)
    assert printed.cut_px == shot.cut_px > 600


async def test_a_full_page_pdf_past_the_tallest_page_says_where_it_stops(printer: PdfPrinter) -> None:
    sections = [{"type": "text", "text": f"Section {n}", "layout": {"height": 100}} for n in range(300)]
    prepared = prepare_render(
        {"width": 400, "height": 300, "elements": sections}, RenderOptions(full_page=True)
    )
    printed = await printer.render(prepared.html, prepared.viewport, full_page=True)
    assert printed.height == MAX_PDF_PAGE_PX
    text = PdfReader(io.BytesIO(printed.data)).pages[0].extract_text()
    last = max(int(line.split()[1]) for line in text.splitlines() if line.startswith("Section "))
    assert 100 < last < 299
    (warning,) = [issue for issue in printed.measured_warnings if issue.code == CONTENT_CUT]
    assert "19,200 px (200 inches)" in warning.message
    assert f"all of /elements/{last + 1}," in warning.message  # the first section left out is named


async def test_the_same_document_prints_to_the_same_bytes(printer: PdfPrinter) -> None:
    """Chromium stamps the clock's time in /CreationDate and /ModDate: fixed, the bytes repeat."""
    prepared = prepare_render((ROOT / "examples" / "dashboard.yaml").read_text(encoding="utf-8"))
    first = await printer.render(prepared.html, prepared.viewport)
    second = await printer.render(prepared.html, prepared.viewport)
    assert first.data == second.data
    info = PdfReader(io.BytesIO(first.data)).metadata
    assert info is not None and info.creation_date is not None and info.modification_date is not None
    assert (info.creation_date.year, info.modification_date.year) == (2000, 2000)  # not the clock's


async def test_a_pdf_holds_every_note_as_the_png_does(printer: PdfPrinter) -> None:
    fields = [{"type": "input", "id": f"f{n}", "label": f"Field {n}"} for n in range(6)]
    notes = [
        {"target": f"f{n % 6}", "text": f"Note {n}: a long remark that wraps over three lines of the panel."}
        for n in range(1, 13)
    ]
    document = {"width": 400, "height": 300, "elements": fields, "annotations": notes}
    prepared = prepare_render(document, RenderOptions())
    printed = await printer.render(prepared.html, prepared.viewport)
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1)) as pool:
        shot = await pool.render(prepared.html, prepared.viewport)
    assert shot.height > 300 and printed.height == shot.height, (printed.height, shot.height)
    box = PdfReader(io.BytesIO(printed.data)).pages[0].mediabox
    assert float(box.height) == pytest.approx(shot.height * POINTS_PER_PX, abs=0.5)
    text = PdfReader(io.BytesIO(printed.data)).pages[0].extract_text()
    assert "Note 12:" in text and "Note 1:" in text  # the last note too, not cut at the screen
