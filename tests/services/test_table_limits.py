"""Finding 7 of issue 18: a workbook too large to import (a zip bomb, a cell far from the data, thousands of
columns) is refused with a message in well under two seconds, before the reader lays out its grid."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.services import table_limits
from boutique_vip.services.files import read_table

SHEET = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, extra_rows: str = "", repeat: int = 1) -> Path:
    """A real workbook (written by openpyxl) with ``extra_rows`` (× ``repeat``) added to its sheet."""
    base = path.with_name("base.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "phone"])
    sheet.append(["张晓燕", "13800138000"])
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == SHEET:
                text = data.decode("utf-8")
                cut = text.index("</sheetData>")
                data = b"".join((text[:cut].encode(), extra_rows.encode() * repeat, text[cut:].encode()))
            target.writestr(name, data)
    return path


def _refused_quickly(path: Path, match: str) -> None:
    start = time.perf_counter()
    with pytest.raises(BoutiqueError, match=match):
        read_table(path)
    assert time.perf_counter() - start < 2


def test_a_sound_workbook_is_read(tmp_path: Path) -> None:
    headers, rows = read_table(_workbook(tmp_path / "cards.xlsx"))
    assert headers == ["name", "phone"] and rows == [["张晓燕", "13800138000"]]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 40 MB of rows packed into a few dozen kilobytes; the limit is lowered so the test stays small.
    monkeypatch.setattr(table_limits, "MAX_UNPACKED_BYTES", 20 * 1024 * 1024)
    bomb = _workbook(tmp_path / "bomb.xlsx", "<row><c><v>1</v></c></row>", 1_600_000)
    assert bomb.stat().st_size < 1_000_000
    _refused_quickly(bomb, "too large to import.*unpacked")


def test_one_cell_far_from_the_data_is_refused(tmp_path: Path) -> None:
    far = _workbook(tmp_path / "far.xlsx", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    _refused_quickly(far, "too large to import")


def test_a_row_of_cells_without_references_counts_its_columns(tmp_path: Path) -> None:
    wide = _workbook(tmp_path / "wide.xlsx", '<row r="3">' + "<c><v>1</v></c>" * 300 + "</row>")
    _refused_quickly(wide, r"\d+ columns; at most 200")


def test_rows_times_columns_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_limits, "MAX_CELLS", 1000)
    sparse = _workbook(tmp_path / "sparse.xlsx", '<row r="400"><c r="B400"><v>1</v></c></row>')
    assert len(read_table(sparse)[1]) == 2  # 400 × 2 cells: within the limit, empty rows left out
    diagonal = _workbook(tmp_path / "diagonal.xlsx", '<row r="400"><c r="E400"><v>1</v></c></row>')
    _refused_quickly(diagonal, "400 × 5 cells")


def test_a_csv_with_too_many_columns_is_refused(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{n}" for n in range(250)) + "\n" + "1," * 249 + "1\n", encoding="utf-8")
    _refused_quickly(wide, "250 columns")


def test_a_file_larger_than_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_limits, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_text("name,phone\n" + "张晓燕,13800138000\n" * 100, encoding="utf-8")
    _refused_quickly(big, "too large to import")
