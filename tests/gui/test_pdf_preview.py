from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from boutique_vip.gui.widgets.pdf_preview import PdfPreview, print_to
from boutique_vip.reports.gift_sheet import GiftSheet, SheetLine, build_gift_sheet
from tests.pdf_tools import poppler


def sheet_pdf(lines: int) -> bytes:
    rows = [
        SheetLine(
            f"VIP{i:05d}",
            "曾小贤",
            "A",
            "birthday",
            dt.date(2027, 2, 2),
            dt.date(2027, 1, 29),
            "丝巾礼盒",
            "pickup",
            "李丽",
        )
        for i in range(lines)
    ]
    return build_gift_sheet(GiftSheet("衣尚精品", "2027-02", 1, rows))


def test_preview_shows_every_page(qtbot: QtBot) -> None:
    preview = PdfPreview(sheet_pdf(40), "2027-02")
    qtbot.addWidget(preview)
    assert preview.page.maximum() >= 2
    first = preview.image.pixmap().toImage()
    assert first.width() > first.height() > 500  # landscape, readable size
    preview.page.setValue(2)
    assert preview.image.pixmap().toImage() != first


def test_printing_sends_every_page_in_landscape(qtbot: QtBot, tmp_path: Path) -> None:
    preview = PdfPreview(sheet_pdf(40), "2027-02")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_to(printer, preview.document)
    info = poppler("pdfinfo", str(tmp_path / "printed.pdf"))
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == preview.page.maximum()
    width, height = (
        float(x)
        for x in next(line for line in info.splitlines() if line.startswith("Page size:")).split()[2:5:2]
    )
    assert width > height
