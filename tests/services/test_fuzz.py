"""Bad input everywhere: random text in every form field and random files to the importers. Never a crash:
either it is accepted, or a clear message says what to fix and the database is unchanged."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boutique_vip.domain.customer import CustomerCard, card_from_form
from boutique_vip.domain.errors import BoutiqueError, ValidationFailed
from boutique_vip.domain.file_formats import CUSTOMER_COLUMNS, PURCHASE_COLUMNS
from boutique_vip.domain.sales import SaleLine, check_sale_lines
from boutique_vip.domain.users import Role, check_pin
from boutique_vip.services import Services
from boutique_vip.storage.search_index import not_in_models

# Every field the card editor sends as text, and the calendar choice beside the birthday.
NOT_TYPED = {
    "id",
    "card_no",
    "tier",
    "version",
    "consent_version",
    "family",
    "events",
    "group_id",
    "staff_id",
}
FORM_FIELDS = [f.name for f in dataclasses.fields(CustomerCard) if f.name not in NOT_TYPED] + [
    "birthday_calendar"
]
typed = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
numberish = st.one_of(typed, st.from_regex(r"-?\d{1,12}(\.\d{0,4})?", fullmatch=True), st.dates().map(str))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.dictionaries(st.sampled_from(FORM_FIELDS), st.one_of(typed, numberish)))
def test_the_card_form_accepts_or_says_what_to_fix(form: dict[str, str]) -> None:
    try:
        card = card_from_form(form)
    except ValidationFailed as exc:
        assert exc.errors and all(e.field and e.message for e in exc.errors)
        return
    assert isinstance(card, CustomerCard)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(typed, st.sampled_from(list(Role)))
def test_a_pin_is_checked_without_crashing(pin: str, role: Role) -> None:
    try:
        check_pin(pin, role)
    except BoutiqueError as exc:
        assert "digits" in exc.message


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.integers(-(10**6), 10**6), st.decimals(allow_nan=False, allow_infinity=False, places=3))
def test_sale_lines_are_checked_without_crashing(qty: int, price: object) -> None:
    errors = check_sale_lines([SaleLine(qty=qty, unit_price=price)])  # type: ignore[arg-type]
    assert all(e.message for e in errors)


def test_a_stray_carriage_return_or_nul_in_a_csv_is_explained(services: Services, tmp_path: Path) -> None:
    """Found by the fuzz test below: such files used to crash the import."""
    for raw in (b"name,phone\n\xe5\xbc\xa0\r\xe4\xb8\x89,1\r\n", b"name,phone\n\x00,1\n"):
        file = tmp_path / "odd.csv"
        file.write_bytes(raw)
        try:
            report = services.imports.import_customers(file)
        except BoutiqueError as exc:
            assert "cannot be read as CSV" in exc.message
        else:
            assert report.rejected or report.applied


def _fingerprint(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        tables = [
            t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        digest = hashlib.sha256()
        for table in tables:
            if table != "audit_log" and not_in_models(table, "table", None):  # the search index is derived
                for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                    digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


cells = st.one_of(typed, numberish, st.sampled_from(["", "VIP00001", "2026-02-30", "是", "xx", "-1", "1e9"]))


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    what=st.sampled_from(["customers", "purchases"]),
    header=st.lists(st.sampled_from([*CUSTOMER_COLUMNS, *PURCHASE_COLUMNS, "?"]), min_size=1, max_size=8),
    rows=st.lists(st.lists(cells, max_size=9), max_size=6),
    raw=st.binary(max_size=64),
)
def test_an_import_applies_whole_or_changes_nothing(
    services: Services,
    db_path: Path,
    tmp_path: Path,
    what: str,
    header: list[str],
    rows: list[list[str]],
    raw: bytes,
) -> None:
    file = tmp_path / "in.csv"
    lines = [",".join(header)] + [",".join(c.replace(",", " ").replace("\n", " ") for c in r) for r in rows]
    file.write_bytes("\n".join(lines).encode("utf-8") + (b"\n" + raw if raw else b""))
    before = _fingerprint(db_path)
    run = services.imports.import_customers if what == "customers" else services.imports.import_purchases
    try:
        report = run(file)
    except BoutiqueError as exc:
        assert exc.message
        assert _fingerprint(db_path) == before
        return
    if report.rejected:
        assert not report.applied and all(line and reason for line, reason in report.rejected)
        assert _fingerprint(db_path) == before
