"""Fonts and styles shared by every sheet. Chinese is embedded real text, never empty boxes."""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

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
