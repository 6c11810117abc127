"""The day's call list on paper, with room for notes: A4 portrait."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP
from boutique_vip.reports.styles import cjk_font, grid_table, numbered_document
from boutique_vip.reports.words import sheet_labels

# The sheet's words in English; the catalogue (context "Sheets") gives them in the sheet's language.
ENGLISH: dict[str, Any] = {
    "title": QT_TRANSLATE_NOOP("Sheets", "Call list"),
    "columns": (
        QT_TRANSLATE_NOOP("Sheets", "Customer no."),
        QT_TRANSLATE_NOOP("Sheets", "Customer"),
        QT_TRANSLATE_NOOP("Sheets", "Phone"),
        QT_TRANSLATE_NOOP("Sheets", "Tier"),
        QT_TRANSLATE_NOOP("Sheets", "Why"),
        QT_TRANSLATE_NOOP("Sheets", "Talking points"),
        QT_TRANSLATE_NOOP("Sheets", "Outcome and notes"),
    ),
    "reasons": {
        "birthday": QT_TRANSLATE_NOOP("Sheets", "birthday"),
        "holiday": QT_TRANSLATE_NOOP("Sheets", "holiday"),
        "callback": QT_TRANSLATE_NOOP("Sheets", "call back"),
        "after_sale": QT_TRANSLATE_NOOP("Sheets", "after sale"),
        "gift_pickup": QT_TRANSLATE_NOOP("Sheets", "gift waiting"),
        "win_back": QT_TRANSLATE_NOOP("Sheets", "win back"),
    },
    "overdue": QT_TRANSLATE_NOOP("Sheets", " (overdue)"),
    "tomorrow": QT_TRANSLATE_NOOP("Sheets", " (tomorrow)"),
    "page": QT_TRANSLATE_NOOP("Sheets", "Page {page}"),
}


@dataclass(frozen=True)
class CallSheetRow:
    card_no: str
    name: str
    phone: str
    tier: str
    reasons: tuple[str, ...]
    points: str
    overdue: bool
    deferred: bool


@dataclass(frozen=True)
class CallSheet:
    shop: str
    day: dt.date
    rows: list[CallSheetRow]


def sheet_of(shop: str, listing: Any) -> CallSheet:
    rows = [
        CallSheetRow(
            r.card_no,
            r.name,
            r.phone,
            r.tier,
            tuple(r.reasons),
            " ".join(v for v in r.talking_points.values() if v),
            r.overdue,
            r.deferred,
        )
        for r in listing.calls
        if not r.done
    ]
    return CallSheet(shop, listing.day, rows)


def build_call_sheet(sheet: CallSheet, language: str = "zh_CN") -> bytes:
    labels: dict[str, Any] = sheet_labels(ENGLISH, language)
    font = cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, alignment=1)
    rows: list[list[Any]] = [[Paragraph(c, cell) for c in labels["columns"]]]
    for r in sheet.rows:
        why = "、".join(labels["reasons"].get(x, x) for x in r.reasons)
        why += labels["overdue"] if r.overdue else ""
        why += labels["tomorrow"] if r.deferred else ""
        rows.append(
            [
                r.card_no,
                Paragraph(r.name, cell),
                r.phone,
                r.tier,
                Paragraph(why, cell),
                Paragraph(r.points, cell),
                "",
            ]
        )
    widths = [21 * mm, 18 * mm, 25 * mm, 9 * mm, 27 * mm, 45 * mm, 45 * mm]
    table = grid_table(rows, widths, font, row_padding=9)  # room for notes
    buffer = io.BytesIO()
    doc, footer = numbered_document(buffer, A4, labels["title"], sheet.shop, labels["page"])
    story = [
        Paragraph(f"{labels['title']}　{sheet.shop}　{sheet.day.isoformat()}", title),
        Spacer(1, 4 * mm),
        table,
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
