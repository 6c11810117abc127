"""The floor of each benchmark figure: the least the same work can cost on this machine, measured in the same
run, so that a figure is judged by its ratio to its floor and not by the machine it ran on.

- reads and writes: the SQL statements the program sent while doing it, recorded once and sent again over
  the same file with the plain ``sqlite3`` module (a write inside a transaction that is rolled back);
- start-up: a bare PySide6 main window importing the same Qt modules, shown and idle (``bare-window``);
- the gift sheet: ReportLab drawing the sheet's table (its columns, font and row height) with as many lines
  and pyHanko signing it;
- the import: calamine reading the workbook and one ``executemany`` of its rows into the cards' table.

    .venv/bin/python benchmarks/floors.py bare-window   # prints {"ready_at": …} once the window is shown
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")


@contextmanager
def recorded_sql(engine: Any) -> Iterator[list[tuple[str, Any, bool]]]:
    """The statements (with their parameters) the engine sends while the block runs."""
    from sqlalchemy import event

    statements: list[tuple[str, Any, bool]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        if not statement.lstrip().upper().startswith(TRANSACTION_CONTROL):
            statements.append((statement, parameters, many))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def replay_seconds(
    db_path: Path, statements: list[tuple[str, Any, bool]], runs: int, write: bool = False
) -> float:
    """Median seconds to send the statements again with plain sqlite3 and read every row they return; a write
    runs in a transaction rolled back afterwards, so every run finds the same file."""
    timings = []
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        for _ in range(runs):
            started = time.perf_counter()
            if write:
                raw.execute("BEGIN IMMEDIATE")
            for statement, parameters, many in statements:
                if many and isinstance(parameters, list):  # (SQLAlchemy's insertmanyvalues sends one tuple)
                    raw.executemany(statement, parameters)
                else:
                    raw.execute(statement, parameters).fetchall()
            elapsed = time.perf_counter() - started
            if write:
                raw.execute("ROLLBACK")
            timings.append(elapsed)
    return statistics.median(timings)


def sql_floor(engine: Any, db_path: Path, action: Callable[[], Any], runs: int, write: bool = False) -> float:
    """Do ``action`` once, recording its SQL; the floor is that SQL alone. A write is sent again over a copy
    of the file as it was before the action (its rows would now be there twice)."""
    if not write:
        with recorded_sql(engine) as statements:
            action()
        return replay_seconds(db_path, statements, runs)
    with tempfile.TemporaryDirectory(prefix="floor-") as folder:
        before = Path(folder) / "before.sqlite"
        with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(before)) as copy:
            source.backup(copy)
        with recorded_sql(engine) as statements:
            action()
        return replay_seconds(before, statements, runs, write=True)


def pdf_floor_seconds(lines: int, runs: int) -> float:
    """ReportLab drawing the gift sheet's table with ``lines`` rows of Chinese text and pyHanko signing it: the
    same eleven columns and widths on landscape A4, the same embedded TrueType font (the CID font where the
    machine has none), the same grid, padding and header row on every page; no title, footer or wrapping."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from boutique_vip.reports.styles import CANDIDATES  # the font files the sheet looks for, in its order

    font = "STSong-Light"
    for path, index in CANDIDATES:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("FloorCJK", path, subfontIndex=index))
            font = "FloorCJK"
            break
    else:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "floor")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    folder = Path(tempfile.mkdtemp(prefix="floor-pdf-"))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(folder / "key.pem"), str(folder / "cert.pem"))
    rows = [
        [
            "顾客编号",
            "顾客姓名",
            "级别",
            "赠送事宜",
            "日期",
            "寄卡日期",
            "礼品",
            "送达方式",
            "执行人",
            "店长签字",
            "顾客签字",
        ]
    ]
    rows += [
        [
            f"VIP{n:05d}",
            "张晓燕",
            "A",
            "生日",
            "2026-12-08",
            "2026-12-04",
            "丝巾礼盒",
            "到店自取",
            "李丽",
            "",
            "",
        ]
        for n in range(lines)
    ]
    widths = [w * mm for w in (22, 22, 12, 22, 21, 21, 34, 22, 20, 32, 32)]

    def sheet() -> bytes:
        out = io.BytesIO()
        table = LongTable(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 1), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
                ]
            )
        )
        SimpleDocTemplate(
            out,
            pagesize=landscape(A4),
            leftMargin=10 * mm,
            rightMargin=10 * mm,
            topMargin=12 * mm,
            bottomMargin=15 * mm,
        ).build([table])
        writer = IncrementalPdfFileWriter(io.BytesIO(out.getvalue()))
        append_signature_field(writer, SigFieldSpec("Signature"))
        signed = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Signature"), signer=signer)
        return signed.getvalue()

    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        sheet()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def import_floor_seconds(sheet: Path, template_db: Path, runs: int) -> float:
    """calamine reading the workbook, and one executemany of its rows into an empty copy of the cards' table."""
    from python_calamine import CalamineWorkbook

    with closing(sqlite3.connect(template_db)) as source:
        ddl = source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'customers'"
        ).fetchone()[0]
    timings = []
    for _ in range(runs):
        with (
            tempfile.TemporaryDirectory() as folder,
            closing(sqlite3.connect(Path(folder) / "floor.sqlite")) as raw,
        ):
            raw.execute(_without_references(ddl))
            started = time.perf_counter()
            workbook = CalamineWorkbook.from_path(str(sheet))
            data = workbook.get_sheet_by_index(0).to_python()
            header, body = data[0], data[1:]
            column = {str(name): i for i, name in enumerate(header)}
            now = dt.datetime(2026, 11, 23).isoformat(" ")
            rows = [
                (
                    str(r[column["card_no"]]),
                    str(r[column["name"]]),
                    str(r[column["phone"]] or "") or None,
                    now,
                    now,
                    now[:10],
                )
                for r in body
            ]
            raw.executemany(
                "INSERT INTO customers (card_no, name, phone, created_at, updated_at, registered_on, gender, "
                "birth_leap_month, size_top, size_bottom, size_shoe, address, favourite_colours, favourite_cuts, "
                "favourite_styles, job, interests, habits, contact_time, contact_channel, sms_opt_in, no_calls, "
                "referrer, consent_version, version, notes, special, manual_tier_reason, status, search_key) "
                "VALUES (?, ?, ?, ?, ?, ?, '', 0, '', '', '', '', '', '', '', '', '', '', '', 'phone', 0, 0, '', '', "
                "1, '', 0, '', 'active', '')",
                rows,
            )
            raw.commit()
            timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _without_references(ddl: str) -> str:
    """The cards' table without its foreign keys (the floor writes the cards alone)."""
    import re

    ddl = re.sub(
        r",\s*CONSTRAINT \w+ FOREIGN KEY\([^)]*\) REFERENCES \w+ \([^)]*\)( ON DELETE \w+)?", "", ddl
    )
    return re.sub(r",\s*FOREIGN KEY\([^)]*\) REFERENCES \w+ \([^)]*\)", "", ddl)


def bare_window() -> None:
    """A new process: import the Qt modules the program's window imports, show a main window, print the
    moment it is shown and has handled its first events."""
    from PySide6 import QtCharts, QtCore, QtGui, QtWidgets  # noqa: F401 - the program's window imports these

    app = QtWidgets.QApplication(sys.argv)
    window = QtWidgets.QMainWindow()
    window.setCentralWidget(QtWidgets.QTableView())
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    print(json.dumps({"ready_at": time.time()}), flush=True)


if __name__ == "__main__" and sys.argv[1:] == ["bare-window"]:
    bare_window()
