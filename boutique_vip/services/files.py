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

ENCODINGS = ("utf-8-sig", "gb18030")


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """Headers and rows as text. Dates from Excel become ISO text, whole numbers lose their '.0'."""
    if not path.exists():
        raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(path))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(path)
    else:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "Choose a .csv or .xlsx file (not {suffix})."),
            suffix=suffix or path.name,
        )
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=path.name)
    return [h.strip() for h in rows[0]], rows[1:]


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            # newline="": the csv module itself handles \r\n, a lone \r and line breaks inside quotes
            return list(csv.reader(io.StringIO(text, newline="")))
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


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as an Excel file ({detail})."),
            name=path.name,
            detail=str(exc),
        ) from None
    sheet = book.worksheets[0]
    rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
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

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(list(headers))
        for row in rows:
            sheet.append([_plain(v) for v in row])
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
    return str(value)
