import csv
import io
import json
from pathlib import Path

import pytest

from boutique_vip.cli import main
from tests.cli.helpers import run
from tests.pdf_tools import poppler


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "demo.sqlite")
    assert run(capsys, "--db", path, "demo", "--customers", "60", "--seed", "7")[0] == 0
    return path


def test_find_by_initials_as_csv(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "customers", "find", "zxx")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert out.splitlines()[0].startswith("card_no,name,phone,tier")
    assert [r["name"] for r in rows if r["name"] == "曾小贤"] == ["曾小贤"]


def test_find_by_phone_part_as_json(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "customers", "find", "0013800", "--format", "json")
    assert code == 0
    assert [r["name"] for r in json.loads(out)] == ["张晓燕"]


def test_demo_refuses_a_database_with_customers(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", demo_db, "demo")
    assert code == 1
    assert "already has customers" in err and len(err.strip().splitlines()) == 1


def test_users_add_reads_the_pin_twice_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "shop.sqlite")
    monkeypatch.setattr("sys.stdin", io.StringIO("654321\n654321\n"))
    assert run(capsys, "--db", path, "users", "add", "--name", "王芳", "--role", "manager")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n654321\n4321\n9999\n"))
    code, _, err = run(capsys, "--db", path, "users", "add", "--name", "李丽", "--role", "staff")
    assert code == 1 and "differ" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n654321\n12\n12\n"))
    code, _, err = run(capsys, "--db", path, "users", "add", "--name", "李丽", "--role", "staff")
    assert code == 1 and "4 to 8 digits" in err


@pytest.mark.parametrize(
    "args",
    [
        ["customers"],
        ["customers", "find", "x", "--format", "xml"],
        ["users", "add", "--name", "x", "--role", "boss"],
        ["--date", "2027-02-30", "customers", "find", "x"],
        ["demo", "--customers", "0"],
    ],
)
def test_bad_usage_exits_2(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.sqlite"), *args])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.strip()


def test_database_url_opens_the_same_kind_of_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'via-url.sqlite'}"
    assert run(capsys, "--database-url", url, "customers", "find", "x")[0] == 0
    assert (tmp_path / "via-url.sqlite").exists()


CARDS = "card_no,name,phone,registered_on\nVIP10001,林雪,13511112222,2026-01-05\n"
SALES = (
    "receipt_no,date,card_no,qty,unit_price,amount\n"
    "T1,2026-03-01,VIP10001,1,3000,3000\nT2,2026-03-02,VIP10001,1,2000,2000\nT3,2026-11-20,VIP10001,1,10,10\n"
)


def test_import_then_tiers_as_of_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "shop.sqlite")
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    (tmp_path / "sales.csv").write_text(SALES, encoding="utf-8")
    assert run(capsys, "--db", db, "import", "customers", str(tmp_path / "cards.csv"))[0] == 0
    code, _, err = run(capsys, "--db", db, "import", "purchases", str(tmp_path / "sales.csv"), "--dry-run")
    assert code == 0 and "dry run, nothing written" in err
    assert run(capsys, "--db", db, "import", "purchases", str(tmp_path / "sales.csv"))[0] == 0
    code, out, _ = run(capsys, "--db", db, "--date", "2026-03-01", "tiers")
    assert out.splitlines()[0] == "card_no,tier,status,lifetime_points,balance,base_tier,reason"
    assert out.splitlines()[1].startswith("VIP10001,C,active,3000,3000,C,")
    code, out, _ = run(capsys, "--db", db, "--date", "2026-03-02", "tiers", "--format", "json")
    row = json.loads(out)[0]
    assert (row["tier"], row["lifetime_points"], row["reason"]) == (
        "A",
        5000,
        "A: 5000 lifetime points (A from 5000)",
    )
    code, out, _ = run(capsys, "--db", db, "--date", "2025-12-31", "tiers")
    assert out.splitlines() == ["card_no,tier,status,lifetime_points,balance,base_tier,reason"]


def test_import_with_bad_rows_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "shop.sqlite")
    (tmp_path / "cards.csv").write_text(CARDS + "VIP10002,周敏,123,2026-01-05\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "--db",
        db,
        "import",
        "customers",
        str(tmp_path / "cards.csv"),
        "--report",
        str(tmp_path / "r.txt"),
    )
    assert code == 1
    assert "row 3: rejected: A mobile number has 11 digits" in err
    assert "row 3" in (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert run(capsys, "--db", db, "customers", "find", "")[1].count("\n") == 1  # only the header


def test_export_writes_the_documented_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "shop.sqlite")
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    run(capsys, "--db", db, "import", "customers", str(tmp_path / "cards.csv"))
    assert run(capsys, "--db", db, "export", "customers", str(tmp_path / "out.csv"))[0] == 0
    header = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("card_no,name,gender,phone,birthday,birthday_calendar,height_cm,waist_cm")
    assert header.endswith("manual_tier,opening_points,notes,referrer")  # new columns come at the end
    code, _, err = run(capsys, "--db", db, "export", "customers", str(tmp_path / "out.pdf"))
    assert code == 1 and ".csv or .xlsx" in err
    assert run(capsys, "--db", db, "export", "customers", str(tmp_path / "zh.csv"), "--chinese")[0] == 0
    header = (tmp_path / "zh.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("卡号,姓名,性别,电话,生日,历法,身高,腰围")


def test_gift_plan_csv_approve_and_signed_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(capsys, "--db", db, "--date", "2026-11-23", "demo", "--customers", "80", "--seed", "3")[0] == 0
    code, out, _ = run(capsys, "--db", db, "--date", "2026-11-23", "gift-plan", "--month", "2026-12")
    assert code == 0
    header, *rows = out.splitlines()
    assert (
        header
        == "card_no,name,tier,occasion,occasion_date,card_mail_date,gift_category,delivery,min_cost,max_cost,status"
    )
    assert rows and all(r.endswith(",proposed") for r in rows)
    monkeypatch.setattr("sys.stdin", io.StringIO("111111\n"))
    code, _, err = run(
        capsys,
        "--db",
        db,
        "gift-plan",
        "approve",
        "--month",
        "2026-12",
        "--user",
        "王芳",
        "--out",
        str(tmp_path / "p.pdf"),
    )
    assert code == 1 and "Wrong PIN" in err and not (tmp_path / "p.pdf").exists()
    # Her PIN, then (the shop's first approval) the new shop passphrase twice.
    monkeypatch.setattr("sys.stdin", io.StringIO("888888\na long passphrase\na long passphrase\n"))
    code, _, _ = run(
        capsys,
        "--db",
        db,
        "--date",
        "2026-11-23",
        "gift-plan",
        "approve",
        "--month",
        "2026-12",
        "--user",
        "王芳",
        "--out",
        str(tmp_path / "p.pdf"),
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "gift-plan", "--month", "2026-12", "--format", "json")
    assert {r["status"] for r in json.loads(out)} == {"approved"}
    assert "Signature is Valid" in poppler("pdfsig", str(tmp_path / "p.pdf"), check=False)


def test_gift_plan_bad_month_is_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.sqlite"), "gift-plan", "--month", "2026-13"])
    assert exit_.value.code == 2


def test_call_list_csv_and_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(capsys, "--db", db, "--date", "2026-11-23", "demo", "--customers", "80", "--seed", "3")[0] == 0
    code, out, _ = run(capsys, "--db", db, "--date", "2026-11-23", "call-list")
    header, *rows = out.splitlines()
    assert code == 0 and header.startswith("card_no,name,phone,tier,reasons,priority,preferred_contact")
    assert rows and all(row.split(",")[3] in ("A", "B", "C") for row in rows)
    code, _, _ = run(
        capsys,
        "--db",
        db,
        "--date",
        "2026-11-23",
        "call-list",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "c.pdf"),
    )
    assert code == 0 and (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("day", ["2026-12-24", "2027-03-05"])
def test_documented_date_forms_give_the_rules_answer_for_the_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    """`tiers --date D` and `call-list --date D`, as documented, on a shop where nothing ran on D: the call
    list equals the one worked out the slow way (every customer evaluated as of D, from the day before),
    and its tiers are those `tiers --date D` gives."""
    import datetime as dt

    from boutique_vip import clock
    from boutique_vip.services import Services
    from boutique_vip.storage.engine import Database, sqlite_url

    db = str(tmp_path / "demo.sqlite")
    assert (
        run(capsys, "--db", db, "--date", "2026-11-23", "demo", "--customers", "150", "--seed", "5")[0] == 0
    )
    when = dt.date.fromisoformat(day)
    clock.freeze(dt.datetime.combine(when - dt.timedelta(days=1), dt.time(9)))
    database = Database(sqlite_url(Path(db)))
    try:
        listing = Services.create(database, clock.now).calls.call_list(when)
        expected = {(r.card_no, r.tier, ";".join(r.reasons)) for r in listing.calls}
    finally:
        database.close()
    code, out, err = run(capsys, "--db", db, "call-list", "--date", day, "--format", "csv")
    assert code == 0, err
    listed = list(csv.DictReader(io.StringIO(out)))
    assert {(r["card_no"], r["tier"], r["reasons"]) for r in listed} == expected and expected
    code, out, err = run(capsys, "--db", db, "tiers", "--date", day, "--format", "csv")
    assert code == 0, err
    tiers = {r["card_no"]: r["tier"] for r in csv.DictReader(io.StringIO(out))}
    assert all(tiers[r["card_no"]] == r["tier"] for r in listed)
    code, before, _ = run(capsys, "--db", db, "--date", day, "tiers", "--format", "csv")
    assert before == out


def test_tiers_recompute_all_stores_every_tier_anew(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The daily run evaluates only whom the days can move; `tiers --recompute-all` evaluates everyone."""
    import sqlite3

    shop = str(tmp_path / "shop.sqlite")
    cards = tmp_path / "cards.csv"
    cards.write_text("card_no,name,registered_on\nVIP00001,张晓燕,2026-01-05\n", encoding="utf-8")
    assert run(capsys, "--db", shop, "--date", "2026-11-23", "import", "customers", str(cards))[0] == 0
    with sqlite3.connect(shop) as conn:
        conn.execute("UPDATE customers SET tier = 'A'")  # as if written wrongly by hand
    code, out, err = run(capsys, "--db", shop, "--date", "2026-11-23", "tiers", "--recompute-all")
    assert code == 0 and "every customer's tier stored anew: 1 changed" in err
    assert out.splitlines()[1].startswith("VIP00001,C,active,")
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT tier FROM customers").fetchall() == [("C",)]
