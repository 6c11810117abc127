import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.services import Services
from boutique_vip.services.sales import ReceiptFilter
from boutique_vip.storage.engine import Database

CARDS = """卡号,姓名,电话,生日,历法,腰围,小组,登记日期,期初积分,特殊客户,备注列外
VIP10001,林雪,135-1111-2222,1985-03-08,公历,68,一组,2024-01-05,1200,否,x
VIP10002,周敏,13511113333,1990-12-29,农历,70,二组,2024-02-01,,是,y
"""

PURCHASES = """receipt_no,date,card_no,phone,sku,description,category,size,colour,style,qty,unit_price,discount,amount,on_sale,return_of
T001,2026-10-01 11:00,VIP10001,,J01,牛仔裤,牛仔裤,XL,蓝,休闲,2,600,0,1200,no,
T001,2026-10-01 11:00,VIP10001,,C01,大衣,大衣,L,黑,通勤,1,3000,200,2800,no,
T002,2026-10-05,,,J01,牛仔裤,牛仔裤,M,蓝,休闲,1,600,0,600,yes,
T003,2026-10-08,,13511113333,S01,衬衫,衬衫,M,白,通勤,1,399,0,399,no,
T004,2026-10-09,VIP10001,,J01,牛仔裤,牛仔裤,XL,蓝,休闲,-1,600,0,-600,no,T001
"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_card_file_with_chinese_headers_in_any_encoding(
    services: Services, tmp_path: Path, encoding: str
) -> None:
    report = services.imports.import_customers(write(tmp_path, "cards.csv", CARDS, encoding))
    assert (report.added, report.rejected, report.unknown_columns) == (2, [], ["备注列外"])
    zhou = services.customers.by_card_no("VIP10002")
    assert zhou.birthday is not None and zhou.birthday.calendar.value == "lunar" and zhou.special
    assert services.customers.by_card_no("VIP10001").phone == "13511112222"
    assert services.tiers.of(zhou.id or 0) is not None


def test_importing_the_same_files_twice_changes_nothing(services: Services, tmp_path: Path) -> None:
    cards, sales = write(tmp_path, "cards.csv", CARDS), write(tmp_path, "sales.csv", PURCHASES)
    services.imports.import_customers(cards)
    first = services.imports.import_purchases(sales)
    assert (first.added, first.rejected) == (4, [])
    ledger = services.sales.ledger(services.customers.by_card_no("VIP10001").id or 0)
    again_cards = services.imports.import_customers(cards)
    again = services.imports.import_purchases(sales)
    assert (again_cards.added, again_cards.updated, again_cards.unchanged) == (0, 0, 2)
    assert (again.added, again.unchanged) == (0, 4)
    assert services.sales.ledger(services.customers.by_card_no("VIP10001").id or 0) == ledger


def test_imported_history_earns_points_by_the_same_rules(services: Services, tmp_path: Path) -> None:
    services.imports.import_customers(write(tmp_path, "cards.csv", CARDS))
    services.imports.import_purchases(write(tmp_path, "sales.csv", PURCHASES))
    lin = services.tiers.of(services.customers.by_card_no("VIP10001").id or 0)
    assert lin is not None
    # 1200 opening + (1200 + 2800) × 2 on National Day − 1200 for the returned pair of jeans.
    assert lin.lifetime_points == 1200 + 8000 - 1200
    anonymous = [r for r in services.sales.receipts(ReceiptFilter()) if r.receipt_no == "T002"]
    assert anonymous[0].card_no == ""


def test_excel_file_with_real_dates(services: Services, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "电话", "登记日期", "生日"])
    sheet.append(["林雪", 13511112222, dt.datetime(2024, 1, 5), dt.datetime(1985, 3, 8)])
    path = tmp_path / "cards.xlsx"
    book.save(path)
    report = services.imports.import_customers(path)
    assert report.added == 1, report.lines()
    card = services.customers.search("林雪")[0]
    assert card.registered_on == dt.date(2024, 1, 5)


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("T9,2026-10-01,VIP10001,,J01,x,裤,L,蓝,,1,abc,0,abc,no,", "is not an amount in yuan"),
        ("T9,2026-10-01,VIP10001,,J01,x,裤,L,蓝,,1e30,100,0,100,no,", "at most 9999 pieces"),
        ("T9,2026-10-01,VIP10001,,J01,x,裤,L,蓝,,1,2000000,0,2000000,no,", "above 1000000 yuan"),
        ("T9,2099-01-01,VIP10001,,J01,x,裤,L,蓝,,1,100,0,100,no,", "after today"),
        ("T9,0001-01-01,VIP10001,,J01,x,裤,L,蓝,,1,100,0,100,no,", "from 1990-01-01 on"),
        (
            f"T9,2026-10-01,VIP10001,,J01,{'长' * 101},裤,L,蓝,,1,100,0,100,no,",
            "description has more than 100",
        ),
        (f"{'T' * 41},2026-10-01,VIP10001,,J01,x,裤,L,蓝,,1,100,0,100,no,", "at most 40 characters"),
        ("T9,2027-02-30,VIP10001,,J01,x,裤,L,蓝,,1,100,0,100,no,", "is not a date"),
        ("T9,2026-10-01,VIP10001,,J01,x,裤,L,蓝,,-1,100,0,-100,no,", "negative quantity needs return_of"),
        (
            "T9,2026-10-02,VIP10001,,J01,x,裤,XL,蓝,,-3,600,0,-1800,no,T001",
            "larger than what receipt T001 sold",
        ),
        ("T9,2026-10-01,VIP99999,,J01,x,裤,L,蓝,,1,100,0,100,no,", "unknown card number VIP99999"),
        ("T001,2026-10-01 11:00,VIP10001,,J01,牛仔裤,牛仔裤,XL,蓝,休闲,5,600,0,3000,no,", "different lines"),
    ],
)
def test_bad_purchase_rows_are_rejected_with_their_row_number_and_nothing_is_written(
    services: Services, tmp_path: Path, row: str, reason: str
) -> None:
    services.imports.import_customers(write(tmp_path, "cards.csv", CARDS))
    services.imports.import_purchases(
        write(tmp_path, "sales.csv", PURCHASES.split("T002")[0].rsplit("\n", 1)[0] + "\n")
    )
    before = services.sales.receipts(ReceiptFilter())
    header = PURCHASES.splitlines()[0]
    bad = write(
        tmp_path, "bad.csv", f"{header}\nT8,2026-10-03,VIP10001,,S01,衬衫,衬衫,M,白,,1,399,0,399,no,\n{row}\n"
    )
    report = services.imports.import_purchases(bad)
    assert [row_no for row_no, _ in report.rejected] == [3]
    assert reason in report.rejected[0][1]
    assert not report.applied
    assert services.sales.receipts(ReceiptFilter()) == before  # the good row T8 was not written either
    skipped = services.imports.import_purchases(bad, skip_bad=True)
    assert skipped.applied and skipped.added == 1


def test_dry_run_writes_nothing(services: Services, tmp_path: Path) -> None:
    report = services.imports.import_customers(write(tmp_path, "cards.csv", CARDS), dry_run=True)
    assert report.added == 2 and not report.applied
    assert services.customers.count() == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "is empty"), ("\n\n", "is empty"), ("foo,bar\n1,2\n", "no column this program knows")],
)
def test_files_that_cannot_be_imported(services: Services, tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BoutiqueError, match=message):
        services.imports.import_customers(write(tmp_path, "cards.csv", text))


def test_export_then_import_round_trips(services: Services, tmp_path: Path) -> None:
    services.imports.import_customers(write(tmp_path, "cards.csv", CARDS))
    services.imports.import_purchases(write(tmp_path, "sales.csv", PURCHASES))
    for suffix in (".csv", ".xlsx"):
        services.imports.export_customers(tmp_path / f"out{suffix}")
        services.imports.export_purchases(tmp_path / f"buys{suffix}")
        cards = services.imports.import_customers(tmp_path / f"out{suffix}")
        buys = services.imports.import_purchases(tmp_path / f"buys{suffix}")
        assert (cards.added, cards.updated, cards.rejected) == (0, 0, []), cards.lines()
        assert (buys.added, buys.rejected) == (0, []), buys.lines()


amounts = st.decimals(min_value=1, max_value=5000, places=2)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.integers(1, 3), amounts, st.booleans(), st.integers(0, 3)), min_size=1, max_size=6)
)
def test_balance_is_the_ledger_sum_and_never_negative(
    services: Services, steps: list[tuple[int, object, bool, int]]
) -> None:
    from decimal import Decimal

    from boutique_vip.domain.customer import card_from_form
    from boutique_vip.domain.sales import Sale, SaleLine

    cid = services.customers.save(card_from_form({"name": f"顾客{len(steps)}{id(steps)}"})).id or 0
    for i, (qty, amount, give_back, redeem_units) in enumerate(steps):
        row = services.tiers.of(cid)
        assert row is not None
        redeem = min(redeem_units * 1000, row.balance // 1000 * 1000)
        price = Decimal(str(amount))
        if redeem // 1000 * 20 > price * qty:
            redeem = 0
        sale = services.sales.record_sale(
            Sale(cid, dt.datetime(2026, 11, 23, 10, i), [SaleLine(qty=qty, unit_price=price)], redeem), None
        )
        if give_back:
            line = services.sales.returnable_lines(sale.receipt_no)[0]
            services.sales.record_return(sale.receipt_no, {line.line_id: line.returnable}, None)
        row = services.tiers.of(cid)
        assert row is not None
        assert row.balance == sum(entry.points for entry in services.sales.ledger(cid))
        assert row.balance >= 0


purchase_rows = st.lists(
    st.tuples(
        st.integers(1, 6),  # receipt number
        st.sampled_from(["VIP10001", "VIP10002", ""]),
        st.sampled_from(["J01", "C01", "S01"]),
        st.integers(1, 3),
        st.sampled_from(["99.50", "300", "1280"]),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=purchase_rows)
def test_importing_any_till_file_twice_is_idempotent(
    tmp_path_factory: pytest.TempPathFactory,
    new_database: Callable[[Path], Database],
    rows: list[tuple[int, str, str, int, str]],
) -> None:
    from boutique_vip import clock

    folder = tmp_path_factory.mktemp("idem")
    db = new_database(folder / "shop.sqlite")
    services = Services.create(db, clock.now)
    services.imports.import_customers(write(folder, "cards.csv", CARDS))
    header = PURCHASES.splitlines()[0]
    # All rows of one receipt share its date and customer, as a till writes them.
    customer_of: dict[int, str] = {}
    lines = [header]
    for receipt, card, sku, qty, price in rows:
        card = customer_of.setdefault(receipt, card)
        amount = (Decimal(price) * qty).quantize(Decimal("0.01"))
        lines.append(
            f"T{receipt},2026-10-0{receipt} 10:00,{card},,{sku},x,上衣,M,黑,,{qty},{price},0,{amount},no,"
        )
    path = write(folder, "sales.csv", "\n".join(lines) + "\n")
    first = services.imports.import_purchases(path)
    state = (
        services.sales.receipts(ReceiptFilter()),
        [services.sales.ledger(c.id) for c in services.customers.search("")],
    )
    second = services.imports.import_purchases(path)
    assert (second.added, second.updated, second.rejected) == (0, 0, [])
    assert second.unchanged == first.added
    assert (
        services.sales.receipts(ReceiptFilter()),
        [services.sales.ledger(c.id) for c in services.customers.search("")],
    ) == state
    db.close()


def test_new_cards_are_written_together_with_numbers_and_opening_points(
    services: Services, tmp_path: Path
) -> None:
    """Most of a large card file is new cards: they are written together, and a row about a card of the file
    above, a phone already on file however it is written, and cards without a number all come out as a
    card-by-card save would have them."""
    services.customers.save(card_from_form({"name": "老顾客", "phone": "13900000001"}))  # VIP00001
    cards = """card_no,name,phone,opening_points
,王一,13900000002,300
VIP00002,王二,13900000003,
,王二改,13900000003,
,王三,+86 139 0000 0001,
,王四,13900000004,50
"""
    report = services.imports.import_customers(write(tmp_path, "cards.csv", cards), skip_bad=True)
    assert (report.added, report.updated, report.unchanged) == (5, 0, 0)
    assert report.rejected == []
    # A row without a card number whose phone is on a card of another name is a family's shared phone,
    # however the phone is written: a card of its own, said in the report (never a rename of hers).
    assert [(row, str(said)) for row, said in report.warnings] == [
        (4, "the phone 13900000003 is also on card VIP00002 (王二): shared"),
        (5, "the phone 13900000001 is also on card VIP00001 (老顾客): shared"),
    ]
    found = {row.name: row.card_no for row in services.customers.search("")}
    # VIP00002 is the file's own number: the cards without one get the next free numbers.
    assert found == {
        "老顾客": "VIP00001",
        "王一": "VIP00003",
        "王二": "VIP00002",
        "王二改": "VIP00004",
        "王三": "VIP00005",
        "王四": "VIP00006",
    }
    wang_yi = services.customers.by_card_no("VIP00003")
    assert [(r.kind, r.points) for r in services.sales.ledger(wang_yi.id or 0)] == [("opening", 300)]
    assert [r.points for r in services.sales.ledger(services.customers.by_card_no("VIP00006").id or 0)] == [
        50
    ]
    assert services.customers.search("wy")[0].name == "王一"  # the search key is written too
    assert services.tiers.of(wang_yi.id or 0) is not None


def test_a_rejected_row_leaves_no_new_card_written(services: Services, tmp_path: Path) -> None:
    cards = "name,phone,waist_cm\n" + "".join(f"顾客{n},1390000{n:04d},68\n" for n in range(2500))
    cards += "坏行,12345,68\n"
    report = services.imports.import_customers(write(tmp_path, "cards.csv", cards))
    assert (report.applied, len(report.rejected), report.rejected[0][0]) == (False, 1, 2502)
    assert services.customers.count() == 0


def test_a_card_number_twice_in_one_file_is_rejected_not_overwritten(
    services: Services, tmp_path: Path
) -> None:
    twice = CARDS + "VIP10001,林雪二,13599990000,,,,,2024-01-05,,否,z\n"
    report = services.imports.import_customers(write(tmp_path, "cards.csv", twice))
    assert report.rejected == [(4, "card_no VIP10001 is also on row 2 of this file")] and not report.applied
    report = services.imports.import_customers(write(tmp_path, "cards.csv", twice), skip_bad=True)
    assert report.applied and [c.name for c in services.customers.search("VIP10001")] == ["林雪"]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (f"VIP10009,{'林' * 100000},,,,,,2024-01-05,,否,", "name: at most 40 characters"),
        ("VIP10009,林雪,,0001-03-08,公历,,,2024-01-05,,否,", "is not plausible"),
        ("VIP10009,林雪,,,,,,0001-01-05,,否,", "registered_on: a date from 1990-01-01 on"),
    ],
)
def test_customer_rows_out_of_bounds_are_rejected_with_their_row(
    services: Services, tmp_path: Path, row: str, reason: str
) -> None:
    report = services.imports.import_customers(write(tmp_path, "cards.csv", CARDS + row + "\n"))
    assert [(n, reason in why) for n, why in report.rejected] == [(4, True)], report.rejected
    assert not report.applied and services.customers.count() == 0


def test_a_family_phone_in_the_card_file(services: Services, tmp_path: Path) -> None:
    """A card number or a name not on file with a phone on file is a family member sharing it (said in the
    report); a row without a card number is the card of its phone and name; a card number from an old system
    with her phone and name is her card (which keeps its number); a purchase named only by a shared phone is
    refused, asking for the card number."""
    services.customers.save(card_from_form({"name": "张晓燕", "phone": "13800138000"}))  # VIP00001
    cards = """card_no,name,phone,waist_cm
VIP00009,张小美,13800138000,
,张小美,13800138000,62
,张大伟,13800138000,80
OLD001,张晓燕,138 0013 8000,70
"""
    report = services.imports.import_customers(write(tmp_path, "cards.csv", cards), skip_bad=True)
    assert (report.added, report.updated, report.rejected) == (2, 2, [])
    assert [(row, str(said)) for row, said in report.warnings] == [
        (2, "the phone 13800138000 is also on card VIP00001 (张晓燕): shared"),
        (4, "the phone 13800138000 is also on card VIP00001 (张晓燕): shared"),
        (4, "the phone 13800138000 is also on card VIP00009 (张小美): shared"),
        (5, "张晓燕 found by her phone: her card stays VIP00001, not OLD001"),
    ]
    assert services.customers.by_card_no("VIP00009").waist_cm == 62
    assert services.customers.by_card_no("VIP00001").waist_cm == 70
    assert sorted(r.name for r in services.customers.search("13800138000")) == ["张大伟", "张小美", "张晓燕"]
    purchases = PURCHASES.splitlines()[0] + "\nR1,2026-11-20,,13800138000,,裙,,,,,1,300,0,300,no,\n"
    sales = services.imports.import_purchases(write(tmp_path, "sales.csv", purchases), skip_bad=True)
    assert [str(said) for _, said in sales.rejected] == [
        "receipt R1: the phone 13800138000 is on 3 cards (VIP00001, VIP00009, VIP00002): give the card_no"
    ]
