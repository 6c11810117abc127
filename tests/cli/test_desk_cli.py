"""report kpi / monthly / top20 and segment from the command line; the PDFs' text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.helpers import run
from tests.pdf_tools import poppler


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "shop.sqlite")
    assert (
        run(capsys, "--db", path, "--date", "2026-11-23", "demo", "--customers", "80", "--seed", "5")[0] == 0
    )
    return path


def pdf_text(path: Path) -> str:
    return poppler("pdftotext", "-layout", str(path), "-")


def test_kpi_csv_has_a_row_per_group_and_one_for_the_shop(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", shop, "--date", "2026-11-23", "report", "kpi", "--month", "2026-10")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert out.splitlines()[0].startswith(
        "group,registration_rate,new_customers,new_customer_target,after_sale_completion,gift_plan_completion,"
        "spend_per_customer,churn_rate"
    )
    assert [r["group"] for r in rows] == ["一组", "二组", "shop"]
    assert int(rows[-1]["new_customers"]) == int(rows[0]["new_customers"]) + int(rows[1]["new_customers"])
    assert rows[-1]["new_customer_target"] == "60"


def test_segment_lists_the_customers_of_a_new_piece(shop: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--db", shop, "segment", "--category", "牛仔裤", "--sizes", "31,32", "--price", "600"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.startswith("card_no,name,phone,tier,size,price_band,last_visit")
    for row in rows:
        low, high = (int(x) for x in row["price_band"].split("–"))
        assert low <= 600 <= high


def test_monthly_report_and_top20_pdfs(shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monthly, top = tmp_path / "m.pdf", tmp_path / "t.pdf"
    assert (
        run(
            capsys,
            "--db",
            shop,
            "--date",
            "2026-11-23",
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--out",
            str(monthly),
        )[0]
        == 0
    )
    text = pdf_text(monthly)
    assert "月度报告 2026-10" in text and "考核指标" in text and "全店" in text
    assert "各组新顾客与目标" in text and "下月礼品计划（2026-11）" in text and "审批截止" in text
    assert (
        "状态：尚未保存（建议）" in text and "proposed" not in text
    )  # the plan's state in Chinese, not its code
    assert "birthday" not in text
    assert run(capsys, "--db", shop, "--lang", "en", "report", "top20", "--out", str(top))[0] == 0
    text = pdf_text(top)
    assert "Top 20 VIP customers" in text and "Lifetime spend" in text
    assert text.count("VIP0") >= 20


def test_the_readmes_own_example_finds_customers_in_the_demo(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "New large jeans at 600 yuan": the demo sells trousers in the sizes the example asks for."""
    code, out, _ = run(
        capsys,
        "--db",
        shop,
        "--date",
        "2026-11-23",
        "segment",
        "--category",
        "牛仔裤",
        "--sizes",
        "XL,XXL",
        "--price",
        "600",
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows
    assert all({"XL", "XXL"} & set(r["size"].split("/")) for r in rows)


def test_cards_print_one_card_or_the_months_new_members(
    shop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    one = tmp_path / "card.pdf"
    code, _, err = run(capsys, "--db", shop, "cards", "print", "--card", "vip00001", "--out", str(one))
    assert code == 0 and "card VIP00001 written" in err
    assert "VIP00001" in pdf_text(one)
    sheet = tmp_path / "sheet.pdf"
    code, _, err = run(
        capsys,
        "--db",
        shop,
        "--date",
        "2026-11-23",
        "cards",
        "print",
        "--month",
        "2026-10",
        "--out",
        str(sheet),
    )
    count = int(err.split()[0])
    assert code == 0 and count > 0 and pdf_text(sheet).count("VIP0") == count
    code, _, err = run(
        capsys, "--db", shop, "cards", "print", "--card", "NOPE", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "there is no card NOPE" in err


def test_receipts_attach_puts_an_anonymous_receipt_on_her_card(
    shop: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    till = tmp_path / "till.csv"
    till.write_text(
        "receipt_no,date,qty,amount,description\nT9001,2026-11-20,1,300,针织衫\n", encoding="utf-8"
    )
    assert run(capsys, "--db", shop, "--date", "2026-11-23", "import", "purchases", str(till))[0] == 0
    code, _, err = run(
        capsys, "--db", shop, "--date", "2026-11-23", "receipts", "attach", "T9001", "--card", "vip00005"
    )
    assert code == 0 and "receipt T9001 is on card VIP00005: 300 points" in err
    code, _, err = run(
        capsys, "--db", shop, "--date", "2026-11-23", "receipts", "attach", "T9001", "--card", "VIP00006"
    )
    assert code == 1 and "already on card VIP00005" in err


def test_points_expire_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With expiry switched on, `points expire --date D` writes the expiry rows of every 31 December up to D
    once and lists them; a second run finds nothing."""
    import sqlite3

    shop = str(tmp_path / "shop.sqlite")
    cards = tmp_path / "cards.csv"
    cards.write_text("card_no,name,registered_on\nVIP00001,张晓燕,2026-01-05\n", encoding="utf-8")
    assert run(capsys, "--db", shop, "--date", "2026-11-23", "import", "customers", str(cards))[0] == 0
    with sqlite3.connect(shop) as conn:  # the rule as the rules dialog saves it, set on 2026-11-23
        conn.execute("INSERT INTO settings (key, value) VALUES ('rules', '{\"points_expiry_years\": 1}')")
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('points_expiry_periods', '[[\"2026-11-23\", 1]]')"
        )
    sales = tmp_path / "sales.csv"
    sales.write_text("receipt_no,date,card_no,qty,amount\nT1,2026-11-25,VIP00001,1,300\n", encoding="utf-8")
    assert run(capsys, "--db", shop, "--date", "2026-11-25", "import", "purchases", str(sales))[0] == 0
    code, out, err = run(capsys, "--db", shop, "points", "expire", "--date", "2027-12-30")
    assert (code, out.splitlines()) == (0, ["day,customers,points"])
    code, out, err = run(capsys, "--db", shop, "points", "expire", "--date", "2028-01-03")
    assert (code, out.splitlines()) == (0, ["day,customers,points", "2027-12-31,1,300"])
    assert "300 points of 1 customers expired" in err
    assert run(capsys, "--db", shop, "--date", "2028-01-03", "points", "expire")[1].splitlines() == [
        "day,customers,points"
    ]
    with sqlite3.connect(shop) as conn:
        assert conn.execute(
            "SELECT day, kind, points FROM points_ledger WHERE kind = 'expiry'"
        ).fetchall() == [("2027-12-31", "expiry", -300)]
