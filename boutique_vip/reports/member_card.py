"""Member cards that scan: credit-card size (85.6 × 54 mm, ISO/IEC 7810 ID-1) with the shop's name, her
name, her card number as a Code128 barcode and as a QR code, and her tier's colour. One card is a page of
its own size (a card printer); the month's new members are a sheet of A4 with cut marks, eight to a page.
A USB scanner or a phone showing the QR code gives back exactly the card number."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP
from boutique_vip.reports.styles import cjk_font
from boutique_vip.reports.words import sheet_labels

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 4  # cards on an A4 sheet
GUTTER = 8 * mm  # between cards: room for each card's own cut marks
MARK = 3 * mm  # cut marks' length, outside the cards
TIER_COLOURS = {"A": "#c62828", "B": "#1565c0", "C": "#757575"}

ENGLISH: dict[str, Any] = {
    "member": QT_TRANSLATE_NOOP("Sheets", "VIP member"),
    "title": QT_TRANSLATE_NOOP("Sheets", "Member cards"),
}


@dataclass(frozen=True)
class MemberCard:
    card_no: str
    name: str
    tier: str  # A, B, C ("" before her first tier)


def build_member_card(shop: str, card: MemberCard, language: str = "zh_CN") -> bytes:
    """One card, on a page of the card's own size."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CARD_W, CARD_H))
    labels = sheet_labels(ENGLISH, language)
    canvas.setTitle(f"{labels['title']} {card.card_no}")
    _draw_card(canvas, 0, 0, shop, card, labels)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_card_sheet(shop: str, cards: list[MemberCard], language: str = "zh_CN") -> bytes:
    """Eight cards to an A4 page, each with cut marks at its corners."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    labels = sheet_labels(ENGLISH, language)
    canvas.setTitle(f"{labels['title']} {shop}")
    page_w, page_h = A4
    left = (page_w - COLUMNS * CARD_W - (COLUMNS - 1) * GUTTER) / 2
    top = (page_h + ROWS * CARD_H + (ROWS - 1) * GUTTER) / 2
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(cards), 1), per_page):
        for index, card in enumerate(cards[start : start + per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x, y = left + column * (CARD_W + GUTTER), top - (row + 1) * CARD_H - row * GUTTER
            _draw_card(canvas, x, y, shop, card, labels)
            _cut_marks(canvas, x, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_card(
    canvas: Canvas, x: float, y: float, shop: str, card: MemberCard, labels: dict[str, Any]
) -> None:
    font = cjk_font()
    colour = colors.HexColor(TIER_COLOURS.get(card.tier, "#9e9e9e"))
    canvas.saveState()
    canvas.setStrokeColor(colors.lightgrey)
    canvas.setLineWidth(0.3)
    canvas.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
    canvas.setFillColor(colour)  # the tier's colour, a band across the top
    canvas.rect(x, y + CARD_H - 11 * mm, CARD_W, 11 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(font, 11)
    canvas.drawString(x + 5 * mm, y + CARD_H - 7.5 * mm, shop)
    canvas.setFont(font, 8)
    tier = f"{labels['member']} {card.tier}".strip()
    canvas.drawRightString(x + CARD_W - 5 * mm, y + CARD_H - 7.5 * mm, tier)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 13)
    canvas.drawString(x + 5 * mm, y + CARD_H - 19 * mm, card.name)
    canvas.setFont(font, 9)
    canvas.drawString(x + 5 * mm, y + CARD_H - 25 * mm, card.card_no)
    barcode = code128.Code128(card.card_no, barHeight=11 * mm, barWidth=0.33 * mm, humanReadable=False)
    barcode.drawOn(canvas, x + 2 * mm, y + 6 * mm)
    qr = QrCodeWidget(card.card_no, barLevel="M")
    left, bottom, right, top = qr.getBounds()
    size = 24 * mm
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, canvas, x + CARD_W - size - 3 * mm, y + 3 * mm)
    canvas.restoreState()


def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
    """Short lines outside each corner, along the card's edges: where the guillotine cuts."""
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    gap = 1 * mm
    for cx, sx in ((x, -1), (x + CARD_W, 1)):
        for cy, sy in ((y, -1), (y + CARD_H, 1)):
            canvas.line(cx + sx * gap, cy, cx + sx * (gap + MARK), cy)
            canvas.line(cx, cy + sy * gap, cx, cy + sy * (gap + MARK))
    canvas.restoreState()
