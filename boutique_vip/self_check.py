"""`boutique-vip self-check`: is this installation whole? Run after installing on a shop PC, and by CI against
the built bundle. Opens (or creates) a database and brings its schema up to date, loads the Chinese
translation, makes a signed gift sheet in Chinese and draws its first page offscreen, writes an Excel card file
and reads it back. Exit 0 when all works.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from boutique_vip import __version__, clock, paths
from boutique_vip.bootstrap import open_services


def run(args: argparse.Namespace) -> int:
    steps: list[tuple[str, Callable[[], str]]] = [
        ("translations", _translations),
        ("database", lambda: _database(args)),
        ("signed sheet", _signed_sheet),
        ("member card", _member_card),
        ("excel", _excel),
    ]
    print(f"Boutique VIP {__version__} ({'bundle' if getattr(sys, 'frozen', False) else 'source'})")
    for name, step in steps:
        try:
            detail = step()
        except Exception as exc:  # any failure is the answer this command exists to give
            print(f"FAILED {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        print(f"ok {name}: {detail}")
    print("self-check passed")
    return 0


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    _qt()
    translator = QTranslator()
    qm = paths.resource("i18n", "boutique_vip_zh_CN.qm")
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    title = translator.translate("MainWindow", "Customers")
    if title != "顾客":
        raise RuntimeError(f"'Customers' translates as {title!r}")
    qt = QTranslator()  # Qt's own dialogs: the file dialog's "Look in" in Chinese
    qtbase = paths.resource("i18n", "qtbase_zh_CN.qm")
    source = "Look in:"  # a name, not a literal: the program's own catalogue must not collect Qt's words
    look_in = qt.translate("QFileDialog", source) if qt.load(str(qtbase)) else ""
    if not look_in or look_in == source:
        raise RuntimeError(f"cannot load Qt's Chinese from {qtbase}")
    return f"{qm.name} (Customers → {title}), {qtbase.name} (Look in: → {look_in})"


def _member_card() -> str:
    """A member card with its Code128 barcode and QR code (ReportLab loads its barcode kinds by name)."""
    from boutique_vip.reports.member_card import MemberCard, build_member_card

    pdf = build_member_card("衣尚精品", MemberCard("VIP00001", "曾小贤", "A"))
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the member card is not a PDF")
    return f"{len(pdf)} bytes"


def _database(args: argparse.Namespace) -> str:
    """The given database, else a new one in a temporary folder: checking never touches the shop's data."""
    from boutique_vip.storage.migrate import current_revision, head_revision

    if not (args.db or args.database_url):
        args.db = str(Path(tempfile.mkdtemp(prefix="boutique-vip-check-")) / "check.sqlite")
    services = open_services(args)
    db = services.db
    try:
        revision = current_revision(db)
        if revision != head_revision(db):
            raise RuntimeError(f"schema at {revision}, expected {head_revision(db)}")
        return f"{db.describe()} at revision {revision}"
    finally:
        db.close()


def _excel() -> str:
    """A card file written as the export writes it and read back as the import reads it (two libraries)."""
    from boutique_vip.services.files import read_table, write_table

    path = Path(tempfile.mkdtemp(prefix="boutique-vip-check-")) / "cards.xlsx"
    write_table(path, ["card_no", "name", "registered_on"], [["VIP00001", "林雪", dt.date(2024, 1, 5)]])
    headers, rows = read_table(path)
    if rows != [["VIP00001", "林雪", "2024-01-05"]]:
        raise RuntimeError(f"{path.name} read back as {headers} {rows}")
    return f"{path.name} written and read back"


def _signed_sheet() -> str:
    """A gift sheet with Chinese text, signed as an approval is, then its first page drawn offscreen."""
    from boutique_vip.reports import signing
    from boutique_vip.reports.gift_sheet import GiftSheet, SheetLine, build_gift_sheet
    from boutique_vip.services import signing_keys

    now = clock.now()
    day = now.date()
    line = SheetLine(
        "VIP00001", "张晓燕", "A", "birthday", day, day - dt.timedelta(days=4), "丝巾礼盒", "pickup", "李丽"
    )
    pdf = build_gift_sheet(GiftSheet("衣尚精品女装", day.strftime("%Y-%m"), 1, [line], "王芳", now))
    authority = signing_keys.make_authority("衣尚精品女装", now)
    signer = signing_keys.issue_signer(authority, "王芳", "衣尚精品女装", now)
    signed = signing.sign_pdf(pdf, signer, authority.cert_pem, "王芳", "self-check", "shop")
    problem = signing.signature_problem(signed, [authority.cert_pem])
    if problem is not None:
        raise RuntimeError(f"the signed sheet does not check: {problem}")
    text, pixels = _first_page(signed)
    if "张晓燕" not in text or "丝巾礼盒" not in text:
        raise RuntimeError("the sheet's Chinese text did not come out of the PDF")
    if pixels == 0:
        raise RuntimeError("the sheet's first page drew nothing")
    return f"{len(signed) // 1024} KiB, Chinese text found, first page drawn"


def _first_page(pdf: bytes) -> tuple[str, int]:
    """The text of the first page and how many of its pixels are not white (drawn with Qt, offscreen)."""
    import pypdfium2

    from boutique_vip.gui.widgets.pdf_preview import render_page

    _qt()
    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage().get_text_range()
    image = render_page(document, 0, 0.5)
    step = max(1, image.width() // 100)
    inked = sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).lightness() < 200
    )
    return text, inked


def _qt() -> None:
    """Qt without a window on screen (the check also runs on a PC nobody is looking at, and in CI)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # the widgets' kind: the window may come after it in the same process
        _qt.app = QApplication([])  # type: ignore[attr-defined]  # kept alive for the rest of the check
