"""Reading and writing the shop's tables: .csv (UTF-8 with or without BOM, or GB18030) and .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.text import CONTROL_CHARACTERS
from boutique_vip.services import table_limits

ENCODINGS = ("utf-8-sig", "gb18030")


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Headers and rows as text. Dates from Excel become ISO text, whole numbers lose their '.0'."""
    if not path.exists():
        raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table_limits.check_workbook(path)  # before the reader sees it: a zip bomb is refused in seconds
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(path)
    else:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "Choose a .csv or .xlsx file (not {suffix})."),
            suffix=suffix or path.name,
        )
    rows = [[unquote(cell) for cell in row] for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=path.name)
    return [h.strip() for h in rows[0]], rows[1:]


def _read_csv(path: Path) -> list[list[str]]:
    table_limits.check_file_size(path)
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            # newline="": the csv module itself handles \r\n, a lone \r and line breaks inside quotes
            return _limited(csv.reader(io.StringIO(text, newline="")), path.name)
        except csv.Error as exc:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} cannot be read as CSV ({detail}): save it again from Excel."
                ),
                name=path.name,
                detail=str(exc),
            ) from None
    raise BoutiqueError(
        QT_TRANSLATE_NOOP(
            "Errors", "{name} is neither UTF-8 nor GB18030 text: save it again as CSV from Excel."
        ),
        name=path.name,
    )


def _limited(rows: Iterable[list[str]], name: str) -> list[list[str]]:
    """The rows of a CSV file within the same limits as a workbook's."""
    kept: list[list[str]] = []
    for row in rows:
        if len(row) > table_limits.MAX_COLUMNS:
            raise table_limits.too_big(name, f"{len(row):,} columns", f"{table_limits.MAX_COLUMNS:,}")
        kept.append(row)
        if len(kept) > table_limits.MAX_ROWS:
            raise table_limits.too_big(
                name, f"more than {table_limits.MAX_ROWS:,} rows", f"{table_limits.MAX_ROWS:,}"
            )
    return kept


def _read_xlsx(path: Path) -> list[list[str]]:
    # calamine (Rust) reads a 50,000-card sheet in about 2 s; openpyxl took 16 s, and twice that for a sheet
    # without a size record (as openpyxl itself writes them), which it reads through once to find the size.
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            values = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
        finally:
            book.close()
    except Exception as exc:  # calamine raises several kinds for a broken file
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as an Excel file ({detail})."),
            name=path.name,
            detail=str(exc),
        ) from None
    return [[_cell_text(v) for v in row] for row in values]


def _cell_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%Y-%m-%d %H:%M")
            if (value.hour, value.minute) != (0, 0)
            else value.date().isoformat()
        )
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    return str(value)


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write to a temporary file and rename, so a failure never leaves half a file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "Choose a .csv or .xlsx file (not {suffix})."),
            suffix=suffix or path.name,
        )
    tmp = path.with_name(path.name + ".part")
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        book = Workbook(write_only=True)
        sheet = book.create_sheet()

        def cell(value: Any) -> Any:
            value = _plain(value)
            if not isinstance(value, str):
                return value  # numbers stay numbers, dates dates
            value = without_control_characters(value)
            if not needs_quote(value):
                return value
            # A text cell, never a formula (openpyxl makes one of any text starting with "="), marked as
            # typed with a leading apostrophe: the spreadsheet shows the text and keeps it text when edited.
            # Only a text already starting with an apostrophe gets one more, which reading takes off.
            text = WriteOnlyCell(sheet, quote(value) if value.startswith("'") else value)
            text.data_type = "s"
            text.quotePrefix = True
            return text

        sheet.append(list(headers))
        for row in rows:
            sheet.append([cell(v) for v in row])
        book.save(tmp)
    else:
        # UTF-8 with BOM: Excel in China opens it with the right characters.
        with tmp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows([[_text(v) for v in row] for row in rows])
    tmp.replace(path)


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return quote(without_control_characters(value))
    return str(value)  # a number: "-5" stays the number it is


# --- files that are safe to open in a spreadsheet ---------------------------------------------------------
#
# A text cell beginning with one of these is taken by Excel, WPS or LibreOffice for a formula (or DDE
# command), so a customer named =HYPERLINK(…) would run on the manager's PC. OWASP's rule: such a cell is
# written with a leading apostrophe, which the spreadsheet shows as text. Reading a file back removes the
# apostrophe again, so an export imported again changes nothing. A text that already begins with an
# apostrophe before such a character gets one more, so the round trip is exact for every text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or (text.startswith("'") and needs_quote(text[1:]))


def quote(text: str) -> str:
    return "'" + text if needs_quote(text) else text


def unquote(text: str) -> str:
    return text[1:] if text.startswith("'") and needs_quote(text[1:]) else text


def without_control_characters(text: str) -> str:
    """Input refuses them (``domain.text``); anything stored before that is written without them rather than
    crashing the export."""
    return CONTROL_CHARACTERS.sub("", text)
