"""Manager → Users: a manager issues a colleague's signing certificate with the shop's passphrase."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.users import Role
from boutique_vip.gui.dialogs.users import UsersDialog
from tests.gui.conftest import WindowParts


def test_a_manager_issues_a_colleagues_certificate_from_the_users_dialog(
    parts: WindowParts, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = parts.services
    plan = services.gifts.create_draft("2026-12", parts.actor)
    services.gifts.approve(plan.id or 0, parts.actor.id, "888888", "a long passphrase")  # makes the authority
    colleague = services.users.add("赵敏", Role.MANAGER, "666666")
    services.users.add("李丽", Role.STAFF, "1111")
    dialog = UsersDialog(services, parts.bus, parts.actor, None)
    staff_row = next(i for i, u in enumerate(dialog.users) if u.name == "李丽")
    dialog.table.selectRow(staff_row)
    assert not dialog.certify_button.isEnabled()  # staff do not sign
    dialog.table.selectRow(next(i for i, u in enumerate(dialog.users) if u.name == "赵敏"))
    assert dialog.certify_button.isEnabled()
    errors: list[str] = []
    monkeypatch.setattr("boutique_vip.gui.ops.show_error", lambda _w, exc: errors.append(exc.message))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("wrong passphrase", True))
    dialog.certify()
    assert errors and "passphrase does not open" in errors[0]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("a long passphrase", True))
    dialog.certify()
    assert shown and "赵敏 can now approve" in shown[0]
    card = services.customers.by_card_no("VIP00001")
    gift = services.gifts.create_adhoc(
        card.id,  # type: ignore[union-attr,arg-type]
        "开业",
        dt.date(2026, 12, 1),
        None,
        Delivery.PICKUP,
        None,
        "老顾客",
        colleague,
    )
    assert services.gifts.approve(gift.id or 0, colleague.id, "666666", "a long passphrase")


def test_the_manager_manages_groups_pins_and_leavers_in_the_window(
    qtbot: QtBot, parts: WindowParts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.domain.customer import card_from_form

    services, manager = parts.services, parts.actor
    li = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    hers = services.customers.save(card_from_form({"name": "林雪", "staff_id": str(li.id)}))
    dialog = UsersDialog(services, parts.bus, manager, None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("一组", True))
    dialog.new_group()
    dialog.table.selectRow(next(i for i, u in enumerate(dialog.users) if u.name == "李丽"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("一组", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    dialog.set_group()
    row = next(i for i, u in enumerate(dialog.users) if u.name == "李丽")
    assert dialog.table.item(row, 3).text() == "一组"  # type: ignore[union-attr]
    assert shown == ["1 customer(s) moved."]
    assert services.customers.get(hers.id or 0).group_id is not None
    dialog.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("2468", True))
    dialog.reset_pin()
    assert services.users.sign_in(li.id, "2468").name == "李丽"
    dialog.table.selectRow(row)
    dialog.disable()
    assert "李丽" not in [u.name for u in dialog.users]
