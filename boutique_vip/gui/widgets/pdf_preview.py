"""Preview a sheet inside the program and print it through the system's print dialog.

Pages are rendered with PDFium (pypdfium2): the same file that was signed is what is shown and printed.
"""

from __future__ import annotations

from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from boutique_vip.gui.widgets import named

SCREEN_SCALE = 1.3  # 72 dpi × 1.3: an A4 landscape page fits a 1366×768 screen's width
PRINT_DPI = 200


def render_page(document: Any, index: int, scale: float) -> QImage:
    bitmap = document[index].render(scale=scale, rev_byteorder=True)  # RGB, as QImage wants it
    image = QImage(
        bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes away with it


class PdfPreview(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.resize(1200, 700)
        self.pdf = pdf
        self.document = pdfium.PdfDocument(pdf)
        self.page = named(QSpinBox(), "previewPage")
        self.page.setRange(1, len(self.document))
        self.page.valueChanged.connect(self._show)
        self.pages = named(QLabel(), "previewPages")
        self.pages.setText(self.tr("of {n}").format(n=len(self.document)))
        print_button = named(QPushButton(self.tr("Print…")), "previewPrint")
        print_button.clicked.connect(self.print_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (print_button, close):  # Enter in the page box turns the page, it does not print
            button.setAutoDefault(False)
            button.setDefault(False)
        self.image = named(QLabel(), "previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page)
        bar.addWidget(self.pages)
        bar.addStretch()
        bar.addWidget(print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._show(1)

    def _show(self, number: int) -> None:
        self.image.setPixmap(QPixmap.fromImage(render_page(self.document, number - 1, SCREEN_SCALE)))

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_to(printer, self.document)


def print_to(printer: QPrinter, document: Any) -> None:
    """Each page rendered at print resolution and scaled to the printer's page, landscape pages kept landscape."""
    first = document[0]
    if first.get_width() > first.get_height():
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter(printer)
    try:
        for index in range(len(document)):
            if index:
                printer.newPage()
            image = render_page(document, index, PRINT_DPI / 72)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()
