"""Fonts and styles shared by every sheet. Chinese is embedded real text, never empty boxes."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

log = logging.getLogger(__name__)

# TrueType CJK fonts commonly present: Windows, Linux (Debian fonts-wqy-microhei / Noto CJK), macOS.
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/System/Library/Fonts/PingFang.ttc", 0),
)
FALLBACK_CID = "STSong-Light"


@cache
def cjk_font() -> str:
    """Register and return the name of a font that shows Chinese, embedded in the PDF when possible."""
    for path, index in CANDIDATES:
        if Path(path).exists():
            try:
                pdfmetrics.registerFont(TTFont("BoutiqueCJK", path, subfontIndex=index))
                return "BoutiqueCJK"
            except Exception as exc:  # a damaged or unsupported font file: try the next one
                log.warning("Cannot use font %s: %s", path, exc)
    log.warning("No TrueType CJK font found on %s; using the CID font %s", sys.platform, FALLBACK_CID)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return FALLBACK_CID


def numbered_document(
    buffer: io.BytesIO, page: tuple[float, float], title: str, author: str, page_label: str
) -> tuple[SimpleDocTemplate, Callable[[Any, Any], None]]:
    """A document with the margins every sheet uses, and the footer that numbers its pages
    (``page_label`` like "第 {page} 页")."""
    font = cjk_font()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(page[0] - 12 * mm, 8 * mm, page_label.format(page=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=15 * mm,
        title=title,
        author=author,
        creator="Boutique VIP",
    )
    return doc, footer


def grid_table(
    rows: list[list[Any]], widths: list[float], font: str, *extra: tuple[Any, ...], row_padding: float = 3
) -> LongTable:
    """The sheets' table: a grid, a grey header row repeated on every page, ``row_padding`` points above and
    below each other row (room to write on a printed sheet), and ``extra`` style commands."""
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), row_padding),
                ("BOTTOMPADDING", (0, 1), (-1, -1), row_padding),
                *extra,
            ]
        )
    )
    return table
