import csv
import io
import json
from pathlib import Path

import pytest

from boutique_vip.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


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
    monkeypatch.setattr("sys.stdin", io.StringIO("4321\n4321\n"))
    assert run(capsys, "--db", path, "users", "add", "--name", "王芳", "--role", "manager")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("4321\n9999\n"))
    code, _, err = run(capsys, "--db", path, "users", "add", "--name", "李丽", "--role", "staff")
    assert code == 1 and "differ" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n12\n"))
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
