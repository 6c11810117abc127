"""Data safety in the window: restoring yesterday's backup, locking when idle, users and the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import WrongPin
from boutique_vip.domain.users import Role
from boutique_vip.gui.dialogs.audit_log import AuditLogDialog
from boutique_vip.gui.dialogs.backups import BackupsDialog
from boutique_vip.gui.dialogs.sign_in import SignInDialog
from boutique_vip.gui.dialogs.users import UsersDialog
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.settings import Preferences
from tests.conftest import sqlite_only
from tests.gui.conftest import WindowParts


@pytest.fixture(autouse=True)
def quiet_information(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    return told


@sqlite_only
def test_yesterdays_backup_is_restored_after_a_mistake(
    window: MainWindow,
    tmp_path: Path,
    answer: Callable[[QMessageBox.StandardButton], list[str]],
    quiet_information: list[str],
) -> None:
    services = window.services
    clock.freeze(dt.datetime(2026, 11, 22, 9, 0))
    assert services.backups.daily_if_due() is not None  # yesterday's first start
    clock.freeze(dt.datetime(2026, 11, 23, 10, 30))
    services.customers.save(card_from_form({"name": "误录顾客", "phone": "13700000000"}))
    dialog = BackupsDialog(services, window.bus, window.actor, Preferences(), window)
    restarted: list[bool] = []
    dialog.restart = lambda: restarted.append(True)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "2026-11-22 09:00"  # type: ignore[union-attr]
    asked = answer(QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    assert "2026-11-22 09:00" in asked[0] and "kept aside" in asked[0]
    assert restarted == [True] and "set-aside" in quiet_information[-1]
    assert [r.name for r in services.customers.search("")] == ["曾小贤", "张晓燕", "单丽华"]


@sqlite_only
def test_a_garbled_backup_is_refused_and_the_older_sound_one_offered(
    window: MainWindow,
    answer: Callable[[QMessageBox.StandardButton], list[str]],
    quiet_information: list[str],
) -> None:
    """Issue 18, finding 4: the window never restores a garbled copy; it offers the sound one before it."""
    services = window.services
    clock.freeze(dt.datetime(2026, 11, 22, 9, 0))
    assert services.backups.daily_if_due() is not None
    clock.freeze(dt.datetime(2026, 11, 23, 10, 30))
    services.customers.save(card_from_form({"name": "误录顾客", "phone": "13700000000"}))
    garbled = services.backups.backup_now(window.actor)
    data = bytearray(garbled.read_bytes())
    data[len(data) // 2] ^= 0x10
    garbled.write_bytes(bytes(data))
    dialog = BackupsDialog(services, window.bus, window.actor, Preferences(), window)
    dialog.restart = lambda: None
    asked = answer(QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert "checksum does not match" in asked[1] and "2026-11-22 09:00" in asked[1]
    assert "set-aside" in quiet_information[-1]
    assert "误录顾客" not in [r.name for r in services.customers.search("")]


def test_staff_cannot_restore_or_see_the_managers_menu(window: MainWindow) -> None:
    staff = window.services.users.add("李丽", Role.STAFF, "1111")
    window._set_actor(staff)
    assert not window.findChild(type(window.rules_action), "actionAuditLog").isEnabled()  # type: ignore[union-attr]
    assert not any(a.isEnabled() for a in window.manager_actions)
    if window.services.db.is_sqlite:
        dialog = BackupsDialog(window.services, window.bus, staff, Preferences(), window)
        assert not dialog.restore_button.isEnabled()


def test_the_window_locks_when_idle_and_a_card_being_typed_survives(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.customers.editor
    editor.new_card()
    name = editor.widgets["name"]
    name.setText("林小姐")  # type: ignore[attr-defined]
    name.textEdited.emit("林小姐")  # type: ignore[attr-defined]  # as typed (QTest types ASCII only)
    assert editor.dirty
    staff = window.services.users.add("李丽", Role.STAFF, "1111")
    tries = iter([False, True])  # the first attempt is cancelled: the lock stays

    def exec_(dialog: SignInDialog) -> int:
        assert dialog.windowTitle().startswith("Locked")
        if next(tries):
            dialog.actor = staff
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    window.last_use -= 11 * 60  # ten minutes is the default idle time
    window.lock_if_idle()
    assert window.actor.name == "李丽" and window.tabs.isVisible()
    assert editor.dirty and editor.form_values()["name"] == "林小姐"


def test_a_manager_unlocks_a_locked_user(window: MainWindow) -> None:
    services = window.services
    staff = services.users.add("李丽", Role.STAFF, "1111")
    clock.freeze_wall(clock.wall_now())
    for _n in range(10):  # the back-off counts real time: the wall clock moves on
        clock.freeze_wall(clock.wall_now() + dt.timedelta(minutes=10))
        with pytest.raises(Exception):  # noqa: B017 - wrong PIN, then locked
            services.users.sign_in(staff.id, "0000")
    dialog = UsersDialog(services, window.bus, window.actor, window)
    row = next(i for i, u in enumerate(dialog.users) if u.name == "李丽")
    assert dialog.table.item(row, 2).text() == "locked"  # type: ignore[union-attr]
    dialog.table.selectRow(row)
    dialog.unlock()
    assert services.users.sign_in(staff.id, "1111").name == "李丽"
    with pytest.raises(WrongPin):
        services.users.sign_in(staff.id, "0000")


def test_the_audit_log_shows_who_did_what_and_checks_its_chain(window: MainWindow) -> None:
    services = window.services
    card = services.customers.by_card_no("VIP00001")
    services.sales.correct_points(card.id, 100, "开业赠送", window.actor)  # type: ignore[arg-type]
    dialog = AuditLogDialog(services, window.actor, window)
    actions = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert actions[0] == "points corrected" and "user added" in actions
    assert dialog.verify() and "intact" in dialog.outcome.text()


def test_audit_details_are_words_not_json(qtbot: QtBot, chinese: None, parts: WindowParts) -> None:
    """What changed, in the manager's words: translated names of fields and rules, no braces, no "T"."""
    from dataclasses import replace

    services = parts.services
    services.shop.set_rules(replace(services.shop.rules(), tier_a_lifetime_points=2000), parts.actor)
    services.users.add("李丽", Role.STAFF, "1111", actor=parts.actor)
    dialog = AuditLogDialog(services, parts.actor, None)
    qtbot.addWidget(dialog)
    details = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert details[0] == "角色：店员"
    assert "{" not in details[1] and "→ 2000" in details[1] and "A" in details[1]
    from boutique_vip.gui.labels import audit_details

    assert (
        audit_details('{"at": "2026-11-23T15:04:05", "special": true}')
        == "at：2026-11-23 15:04；特殊顾客：是"
    )


def test_erasing_her_data_needs_the_card_number(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    services = window.services
    card = services.customers.by_card_no("VIP00003")
    window.customers.show_customer(card.id)  # type: ignore[arg-type]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("VIP00001", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    window.erase_her_data()
    assert services.customers.get(card.id).name == "单丽华"  # type: ignore[arg-type]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("vip00003", True))
    window.erase_her_data()
    assert services.customers.get(card.id).phone == ""  # type: ignore[arg-type]
    assert window.customers.editor.card.name == "（已删除）"


def test_erase_is_refused_to_staff_in_the_services(qtbot: QtBot, window: MainWindow) -> None:
    staff = window.services.users.add("李丽", Role.STAFF, "1111")
    card = window.services.customers.by_card_no("VIP00001")
    with pytest.raises(Exception, match="Only a manager can erase"):
        window.services.customers.erase(card.id, staff)  # type: ignore[arg-type]


def test_a_card_saved_meanwhile_on_another_till_is_not_overwritten(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.services import Services
    from boutique_vip.storage.engine import Database

    services = window.services
    card = services.customers.by_card_no("VIP00002")
    window.customers.show_customer(card.id)  # type: ignore[arg-type]
    till_two = Services.create(Database(services.db.url.render_as_string(hide_password=False)), clock.now)
    till_two.customers.save(card_from_form({"size_top": "M"}, base=till_two.customers.get(card.id)))  # type: ignore[arg-type]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    editor = window.customers.editor
    size = editor.widgets["size_top"]
    size.setText("XL")  # type: ignore[attr-defined]
    size.textEdited.emit("XL")  # type: ignore[attr-defined]
    assert not editor.save()
    assert "changed on another till" in warned[0]
    assert editor.form_values()["size_top"] == "M" and not editor.dirty  # the saved values, shown
    assert services.customers.get(card.id).size_top == "M"  # type: ignore[arg-type]
    till_two.db.close()
