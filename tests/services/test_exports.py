"""Exports are safe to open in a spreadsheet and read back unchanged; control characters are refused at input
and never crash an export (issue 19, findings 6 and 7)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import FieldError, ValidationFailed
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.files import quote, read_table, unquote, write_table
from boutique_vip.storage.models import Customer
from tests.services.helpers import at

HOSTILE = {
    "name": '=HYPERLINK("http://example.com/x","点我")',
    "address": "+86 杭州市 @home",
    "job": "-2+3+cmd|' /C calc'!A0",
    "interests": "@SUM(1+1)*cmd|' /C calc'!A0",
    "notes": "'=1+1",  # already starts with an apostrophe: still read back as it was
    "size_top": "-",
}


def _hostile_customer(services: Services) -> int:
    card = services.customers.save(
        card_from_form({**HOSTILE, "phone": "13800000001", "registered_on": "2025-01-01"})
    )
    assert card.id is not None
    line = SaleLine(sku="=J01", description="@牛仔裤", category="-", qty=2, unit_price=Decimal("129.50"))
    receipt = services.sales.record_sale(Sale(card.id, at(5), [line]), None).receipt_no
    returnable = services.sales.returnable_lines(receipt)
    services.sales.record_return(receipt, {returnable[0].line_id: 1}, None, at(2))
    return card.id


@pytest.mark.parametrize(
    "text", ["=1", "+1", "-x", "@x", "\tx", "\rx", "'=1", "''+1", "'x", "x", "", "=", "'"]
)
def test_quoting_is_undone_exactly_by_reading(text: str) -> None:
    assert unquote(quote(text)) == text
    assert not quote(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_export_writes_formula_like_text_as_text_and_numbers_as_numbers(
    services: Services, tmp_path: Path
) -> None:
    _hostile_customer(services)
    customers, purchases = tmp_path / "customers.csv", tmp_path / "purchases.csv"
    services.imports.export_customers(customers)
    services.imports.export_purchases(purchases)
    text = customers.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and "'+86 杭州市" in text and "'-2+3+cmd" in text and "'@SUM" in text
    assert ",=" not in text and ",+" not in text and ",@" not in text
    headers, rows = read_table(purchases)
    qty, amount = headers.index("qty"), headers.index("amount")
    assert [(r[qty], r[amount]) for r in rows] == [("2", "259.00"), ("-1", "-129.50")]  # not quoted
    assert "'=J01" in purchases.read_text(encoding="utf-8-sig")


def test_xlsx_export_writes_text_cells_never_formulas(services: Services, tmp_path: Path) -> None:
    _hostile_customer(services)
    customers, purchases = tmp_path / "customers.xlsx", tmp_path / "purchases.xlsx"
    services.imports.export_customers(customers)
    services.imports.export_purchases(purchases)
    sheet = load_workbook(customers).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    name = sheet.cell(2, header.index("name") + 1)
    assert name.data_type == "s" and name.value == HOSTILE["name"] and name.quotePrefix
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    sheet = load_workbook(purchases).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    amounts = [sheet.cell(r, header.index("amount") + 1) for r in (2, 3)]
    assert [(c.data_type, c.value) for c in amounts] == [("n", 259), ("n", -129.5)]
    assert sheet.cell(3, header.index("qty") + 1).value == -1


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_file_imported_again_changes_nothing(
    services: Services, tmp_path: Path, suffix: str
) -> None:
    cid = _hostile_customer(services)
    before = services.customers.get(cid)
    customers, purchases = tmp_path / f"customers{suffix}", tmp_path / f"purchases{suffix}"
    services.imports.export_customers(customers)
    services.imports.export_purchases(purchases)
    report = services.imports.import_customers(customers)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (0, 0, 1, [])
    report = services.imports.import_purchases(purchases)
    assert (report.added, report.rejected) == (0, [])
    assert report.unchanged == 2  # the sale and its return
    assert services.customers.get(cid) == before


BEL, NUL = "\x07", "\x00"


def test_the_card_refuses_control_characters_naming_the_field() -> None:
    with pytest.raises(ValidationFailed) as failure:
        card_from_form({"name": f"王{BEL}芳", "notes": f"第一行\n第二行{NUL}"})
    errors = failure.value.by_field()
    assert set(errors) == {"name", "notes"}
    assert "U+0007" in errors["name"].message and "U+0000" in errors["notes"].message
    card_from_form({"name": "王芳", "notes": "第一行\n第二行"})  # a note may hold line breaks
    with pytest.raises(ValidationFailed):
        card_from_form({"name": "王\n芳"})  # a name may not


def test_import_refuses_control_characters_with_row_and_reason(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        f"name,phone,group\n周丽,13900000011,一组\n王{BEL}芳,13900000012,\n李娜,13900000013,二{NUL}组\n"
    )
    report = services.imports.import_customers(path, skip_bad=True)
    assert report.added == 1
    assert [row for row, _ in report.rejected] == [3, 4]
    assert "name" in report.rejected[0][1] and "U+0007" in report.rejected[0][1]
    assert "group" in report.rejected[1][1]
    purchases = tmp_path / "purchases.csv"
    purchases.write_text(f"receipt_no,date,qty,amount,description\nR1,2026-11-20,1,100,裙{BEL}子\n")
    report = services.imports.import_purchases(purchases)
    assert report.rejected and report.rejected[0][0] == 2 and "U+0007" in report.rejected[0][1]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_control_character_already_stored_never_crashes_an_export(
    services: Services, tmp_path: Path, suffix: str
) -> None:
    """Finding 7: one BEL in a name ended every .xlsx export with IllegalCharacterError."""
    card = services.customers.save(card_from_form({"name": "王芳", "phone": "13800000001"}))
    stored = f"王{BEL}芳{NUL}" if services.db.is_sqlite else f"王{BEL}芳"  # PostgreSQL refuses NUL itself
    with services.db.session() as s, s.begin():  # stored before input refused it
        s.execute(update(Customer).where(Customer.id == card.id).values(name=stored))
    path = tmp_path / f"customers{suffix}"
    assert services.imports.export_customers(path) == 1
    headers, rows = read_table(path)
    assert rows[0][headers.index("name")] == "王芳"


def test_write_table_keeps_dates_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_table(path, ["a", "b", "c"], [[Decimal("-3.50"), -2, "-2"]])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [(c.data_type, c.value) for c in sheet[2]] == [("n", -3.5), ("n", -2), ("s", "-2")]


def test_user_and_group_names_refuse_control_characters(services: Services) -> None:
    """Both are written into the customer export (the staff and group columns)."""
    with pytest.raises(FieldError, match="U\\+0007"):
        services.users.add(f"李{BEL}丽", Role.STAFF, "1111")
    with pytest.raises(FieldError, match="U\\+0000"):
        services.users.add_group(f"一{NUL}组")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_chinese_export_reads_back_unchanged(services: Services, tmp_path: Path, suffix: str) -> None:
    """Chinese column names and values (是/否, 女/男, 公历/农历) for the shop's own spreadsheets; import reads
    them back as the same cards and receipts."""
    card = services.customers.save(
        card_from_form(
            {
                "name": "林雪",
                "gender": "F",
                "phone": "13800000002",
                "birthday": "1990-03-08",
                "birthday_calendar": "lunar",
                "sms_opt_in": "yes",
                "registered_on": "2025-01-01",
            }
        )
    )
    assert card.id is not None
    before = services.customers.get(card.id)
    services.sales.record_sale(Sale(card.id, at(3), [SaleLine(qty=1, unit_price=Decimal(300))]), None)
    customers, purchases = tmp_path / f"customers{suffix}", tmp_path / f"purchases{suffix}"
    services.imports.export_customers(customers, chinese=True)
    services.imports.export_purchases(purchases, chinese=True)
    headers, rows = read_table(customers)
    assert headers[:6] == ["卡号", "姓名", "性别", "电话", "生日", "历法"]
    row = dict(zip(headers, rows[0], strict=True))
    assert (row["性别"], row["历法"], row["接收短信"], row["不接电话"]) == ("女", "农历", "是", "否")
    purchase_headers, _ = read_table(purchases)
    assert purchase_headers[:3] == ["小票号", "日期", "卡号"]
    report = services.imports.import_customers(customers)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (0, 0, 1, [])
    report = services.imports.import_purchases(purchases)
    assert (report.added, report.unchanged, report.rejected) == (0, 1, [])
    assert services.customers.get(card.id) == before
