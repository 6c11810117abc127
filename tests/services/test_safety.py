"""Users and PINs, the audit chain, backups and restores, erasure, and database problems told apart."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from boutique_vip import clock
from boutique_vip.domain.customer import CONSENT_TEXT_VERSION, FamilyMember, card_from_form
from boutique_vip.domain.errors import AccountLocked, BoutiqueError, FieldError, WrongPin
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.database_errors import DatabaseDamaged, DatabaseProblem, explain
from boutique_vip.services.sales import ReceiptFilter
from boutique_vip.storage import health
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.models import User
from tests.conftest import sqlite_only
from tests.services.helpers import buy, customer

# --- PINs ---------------------------------------------------------------------------------


def test_wrong_pins_slow_down_then_lock_until_a_manager_unlocks(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111")
    start = clock.wall_now()
    clock.freeze_wall(start)  # the back-off counts real seconds (the wall clock), never the business day
    for _attempt in range(1, 5):
        with pytest.raises(WrongPin, match="Wrong PIN"):
            services.users.sign_in(staff.id, "9999")
    with pytest.raises(WrongPin, match="Wrong PIN"):
        services.users.sign_in(staff.id, "9999")  # the fifth: from now on she waits
    with pytest.raises(WrongPin, match="Wait 5 seconds"):
        services.users.sign_in(staff.id, "1111")  # even the right PIN waits
    for n in range(5, 10):  # 5 s, 10 s, 20 s … each wait passes, and the PIN is wrong again
        clock.freeze_wall(clock.wall_now() + dt.timedelta(seconds=5 * 2 ** (n - 5)))
        with pytest.raises((WrongPin, AccountLocked)):
            services.users.sign_in(staff.id, "9999")
    clock.freeze_wall(start + dt.timedelta(hours=5))
    with pytest.raises(AccountLocked, match="A manager can unlock her"):
        services.users.sign_in(staff.id, "1111")  # locked: hours later, the right PIN still does not open
    services.users.unlock(staff.id, manager)
    assert services.users.sign_in(staff.id, "1111").name == "李丽"
    actions = [e.action for e in services.audit.entries(manager)]
    assert actions.count("sign_in_failed") == 10 and "user_locked" in actions and "user_unlocked" in actions
    assert not any("9999" in e.details or "1111" in e.details for e in services.audit.entries(manager))


def test_a_pin_hashed_with_older_parameters_is_rehashed_at_sign_in(services: Services) -> None:
    staff = services.users.add("李丽", Role.STAFF, "1111")
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("1111")
    with services.db.session() as s, s.begin():
        user = s.get(User, staff.id)
        assert user is not None
        user.pin_hash = old
    services.users.sign_in(staff.id, "1111")
    with services.db.session() as s:
        user = s.get(User, staff.id)
        assert user is not None and user.pin_hash != old and "m=19456,t=2,p=1" in user.pin_hash


# --- audit --------------------------------------------------------------------------------


def test_the_audit_chain_names_the_first_changed_row(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services, phone="13800000001")
    buy(services, cid, 30)
    services.sales.correct_points(cid, 40, "收银漏记", manager)
    services.tiers.set_manual(cid, None, "", manager)
    rows, broken = services.audit.verify()
    assert broken is None and rows == services.audit.count() >= 3
    with services.db.session() as s, s.begin():
        s.execute(text("UPDATE audit_log SET details = '{}' WHERE action = 'point_correction'"))
    _rows, broken = services.audit.verify()
    changed = next(e for e in reversed(services.audit.entries(manager)) if e.action == "point_correction")
    assert broken is not None and broken.entry_id == changed.id and broken.why == "content"


def test_point_corrections_are_ledger_rows_with_a_reason(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    cid = customer(services, phone="13800000001")
    buy(services, cid, 30, amount="300")
    with pytest.raises(FieldError, match="Say why"):
        services.sales.correct_points(cid, 10, " ", manager)
    with pytest.raises(FieldError, match="only 300 points"):
        services.sales.correct_points(cid, -400, "退货", manager)
    assert services.sales.correct_points(cid, -100, "重复积分", manager) == 200
    assert ("correction", -100) in [(r.kind, r.points) for r in services.sales.ledger(cid)]


# --- backups ------------------------------------------------------------------------------


@sqlite_only
def test_backup_is_verified_pruned_and_restored_with_the_current_file_kept(
    services: Services, tmp_path: Path
) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    folder = tmp_path / "usb"
    cid = customer(services, "张晓燕", phone="13800000001")
    first = services.backups.backup_now(None, folder)
    assert sqlite3.connect(first).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    customer(services, "错误录入", phone="13800000002")  # the mistake made after the backup
    aside = services.backups.restore(first, manager)
    names = [r.name for r in services.customers.search("")]
    assert names == ["张晓燕"] and services.customers.get(cid).phone == "13800000001"
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM customers").fetchone() == (2,)  # nothing was lost
    assert services.audit.entries(manager)[0].action == "restore"
    # daily copies over a year: only 7 daily, 4 weekly, 12 monthly stay
    for n in range(60):
        clock.freeze(dt.datetime(2026, 9, 1, 9) + dt.timedelta(days=n))
        services.backups.backup_now(None, folder)
    assert len(services.backups.backups(folder)) <= 7 + 4 + 12


@sqlite_only
def test_daily_backup_once_a_day(services: Services) -> None:
    customer(services, phone="13800000001")
    assert services.backups.daily_if_due() is not None
    assert services.backups.daily_if_due() is None
    clock.freeze(clock.now() + dt.timedelta(days=1))
    assert services.backups.daily_if_due() is not None


@sqlite_only
def test_restore_refuses_a_damaged_or_foreign_file(services: Services, tmp_path: Path) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    foreign = tmp_path / "notes.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (x)")
    with pytest.raises(BoutiqueError, match="not a Boutique VIP backup"):
        services.backups.restore(foreign, manager)
    assert services.customers.count() == 0 and services.users.has_users()  # the current file is untouched


def test_check_reports_a_broken_foreign_key(services: Services, db_path: Path) -> None:
    cid = customer(services, phone="13800000001")
    buy(services, cid, 3)
    assert services.backups.check().ok
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE receipts SET customer_id = 999")
    conn.commit()
    conn.close()
    result = services.backups.check()
    assert not result.ok and "foreign key: receipts" in result.problems[0]


# --- privacy ------------------------------------------------------------------------------


def test_erasure_leaves_her_phone_in_neither_the_file_nor_the_wal(services: Services, db_path: Path) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    card = card_from_form({"name": "单丽华", "phone": "13912345678", "consent_on": "2026-11-01"})
    card.family.append(FamilyMember("女儿", "小美", dt.date(2015, 5, 1)))
    cid = services.customers.save(card).id
    assert cid is not None
    assert services.customers.get(cid).consent_version == CONSENT_TEXT_VERSION
    buy(services, cid, 5)
    exported = services.customers.export_personal_data(cid, manager)
    assert exported["card"]["phone"] == "13912345678" and len(exported["receipts"]) == 1
    services.customers.erase(cid, manager)
    for path in db_path.parent.glob(db_path.name + "*"):
        assert b"13912345678" not in path.read_bytes(), path
        assert "单丽华".encode() not in path.read_bytes(), path
    assert services.customers.count("1391234") == 0
    assert [r.card_no for r in services.sales.receipts(ReceiptFilter())] == [
        services.customers.get(cid).card_no
    ]  # kept
    with pytest.raises(BoutiqueError, match="erased"):
        services.customers.save(services.customers.get(cid))


# --- database problems told apart -------------------------------------------------------------


@sqlite_only
def test_disk_full_is_a_clear_message_and_leaves_no_half_written_rows(services: Services) -> None:
    cid = customer(services, phone="13800000001")
    with services.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # a size-limited file: SQLite answers SQLITE_FULL as a full disk would
    from sqlalchemy import event

    @event.listens_for(services.db.engine, "connect")
    def _limit(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]

    services.db.engine.dispose()
    receipts_before = len(services.sales.history(cid))
    with pytest.raises(Exception) as caught:
        for n in range(50):
            buy(services, cid, 1, amount=str(100 + n))
            customer(services, f"顾客{n}", phone=f"139000{n:05d}", notes="备注" * 500)
    problem = explain(caught.value)
    assert isinstance(problem, DatabaseProblem), repr(caught.value)
    assert "disk is full" in problem.message
    event.remove(services.db.engine, "connect", _limit)
    services.db.engine.dispose()
    history = services.sales.history(cid)
    assert len(history) >= receipts_before
    assert services.backups.check().ok


def test_read_only_busy_and_damage_each_get_their_own_message(
    tmp_path: Path, db_path: Path, db: Database
) -> None:
    services = Services.create(db, clock.now)
    customer(services, phone="13800000001")
    read_only = Services.create(Database(sqlite_url(db_path), read_only=True), clock.now)
    assert read_only.customers.count() == 1  # it reads
    with pytest.raises(Exception) as caught:
        customer(read_only, "李娜", phone="13800000002")
    assert "read" in explain(caught.value).message  # type: ignore[union-attr]
    assert services.customers.count() == 1
    busy = sqlite3.OperationalError("database is locked")
    assert "busy" in explain(busy).message  # type: ignore[union-attr]
    damaged = tmp_path / "damaged.sqlite"
    services.db.checkpoint()
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 4] = b"garbage!" * (4096 * 3 // 8)  # pages 2 to 4 overwritten
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        health.quick_check(damaged)
    with pytest.raises(DatabaseProblem):
        health.quick_check(tmp_path)  # a folder, not a file: cannot open, not damage
