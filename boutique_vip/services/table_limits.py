"""How big a file the import reads, checked before it is read (issue 18: a 1.7 MB "zip bomb" workbook
unpacks to gigabytes, and one cell at XFD1048576 makes the reader lay out a grid of 17 billion cells).

An .xlsx is a zip of XML. Before the reader sees it, every part is unpacked as a stream and counted (the
sizes a zip declares can lie), and each sheet's XML is scanned for how many rows and columns its grid spans;
the scan stops at the first limit passed, so a bomb is refused within a second or two whatever it unpacks to.
The figures are far above a shop's files (50,000 cards × 30 columns, or 200,000 sale lines × 16 columns)
and are in the README.
"""

from __future__ import annotations

import operator
import re
import zipfile
import zlib
from pathlib import Path

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError

MAX_FILE_BYTES = 100 * 1024 * 1024  # the file as it lies on the disk (.csv or .xlsx)
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # every part of an .xlsx, unpacked
MAX_PARTS = 1000
MAX_ROWS = 500_000
MAX_COLUMNS = 200
MAX_CELLS = 8_000_000  # rows × columns of the grid the reader lays out

_CHUNK = 1 << 20

TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} is too large to import ({what}; at most {limit}). Split it into smaller files, or remove empty "
    "rows and columns far from the data.",
)


def too_big(name: str, what: str, limit: str) -> BoutiqueError:
    return BoutiqueError(TOO_BIG, name=name, what=what, limit=limit)


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise too_big(path.name, f"{size / 1_048_576:.0f} MB", f"{MAX_FILE_BYTES // 1_048_576} MB")


_CELL_REFS = re.compile(rb'<c(?=[\s/>])(?:[^>]*?\sr="([A-Z]+)\d+")?')
_ROW_NUMBERS = re.compile(rb'<row(?=[\s>])(?:[^>]*?\sr="(\d+)")?')
_CELLS_IN = operator.methodcaller("count", b"<c")  # over-counts <cols>: a bound, never too low
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]*\d*:?([A-Z]+)(\d+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


class _Grid:
    """How far a sheet's cells reach, as the reader will place them: a row or cell without an ``r`` attribute
    follows the one before it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.row = 0
        self.rows = 0
        self.columns = 0

    def feed(self, xml: bytes) -> None:
        dimension = _DIMENSION.search(xml)
        if dimension:  # the size the sheet declares: some readers lay the grid out from it
            self._check(int(dimension[2]), _column_number(dimension[1]))
        numbers = _ROW_NUMBERS.findall(xml)  # b"" for a row without a number: it follows the one before
        height = 0
        if b"" in numbers:
            for number in numbers:
                self.row = int(number) if number else self.row + 1
                height = max(height, self.row)
        elif numbers:
            self.row = int(numbers[-1])
            height = max(map(int, numbers))
        letters = set(
            _CELL_REFS.findall(xml)
        )  # b"" for a cell without a reference: it follows the one before
        width = max(map(_column_number, letters - {b""}), default=0)
        if b"" in letters:  # such a cell is at most one column further: bound by the most cells in a row
            width += max(map(_CELLS_IN, xml.split(b"</row>")), default=0)
        self._check(height, width)

    def _check(self, rows: int, columns: int) -> None:
        self.rows = max(self.rows, rows)
        self.columns = max(self.columns, columns)
        if self.rows > MAX_ROWS:
            raise too_big(self.name, f"{self.rows:,} rows", f"{MAX_ROWS:,}")
        if self.columns > MAX_COLUMNS:
            raise too_big(self.name, f"{self.columns:,} columns", f"{MAX_COLUMNS:,}")
        if self.rows * self.columns > MAX_CELLS:
            raise too_big(self.name, f"{self.rows:,} × {self.columns:,} cells", f"{MAX_CELLS:,} cells")


def check_workbook(path: Path) -> None:
    """Raise a clear error when the .xlsx at ``path`` is beyond the limits; otherwise return quickly enough
    (about as long as unpacking the file once)."""
    check_file_size(path)
    name = path.name
    try:
        with zipfile.ZipFile(path) as book:
            parts = book.infolist()
            if len(parts) > MAX_PARTS:
                raise too_big(name, f"{len(parts):,} parts", f"{MAX_PARTS:,}")
            declared = sum(part.file_size for part in parts)
            if declared > MAX_UNPACKED_BYTES:
                raise too_big(name, _megabytes(declared) + " unpacked", _megabytes(MAX_UNPACKED_BYTES))
            unpacked = 0
            for part in parts:
                sheet = part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml")
                grid = _Grid(name) if sheet else None
                pending = b""
                with book.open(part) as stream:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise too_big(
                                name,
                                "more than " + _megabytes(MAX_UNPACKED_BYTES) + " unpacked",
                                _megabytes(MAX_UNPACKED_BYTES),
                            )
                        if grid is not None:
                            pending = _feed_whole_rows(grid, pending + chunk)
                if grid is not None:
                    grid.feed(pending)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as an Excel file ({detail})."),
            name=name,
            detail=str(exc),
        ) from None


def _feed_whole_rows(grid: _Grid, xml: bytes) -> bytes:
    """Scan up to the last complete row; the rest waits for the next chunk."""
    cut = xml.rfind(b"</row>")
    if cut < 0:
        if len(xml) > 64 * _CHUNK:  # no row ends in 64 MB: not a sheet a shop writes
            grid.feed(xml)
            return b""
        return xml
    cut += len(b"</row>")
    grid.feed(xml[:cut])
    return xml[cut:]


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:,.0f} MB"
