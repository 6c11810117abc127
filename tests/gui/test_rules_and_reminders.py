from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.errors import PermissionDenied
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Actor, Role
from boutique_vip.gui.dialogs.rules_dialog import RulesDialog
from boutique_vip.gui.main_window import MainWindow


def test_a_manager_changes_a_rule_and_tiers_follow(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    zhang = services.customers.by_card_no("VIP00002")
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(3000))]), None
    )
    assert services.tiers.of(zhang.id or 0).tier.value == "C"  # type: ignore[union-attr]
    dialog = RulesDialog(services.shop.rules(), services, window.bus, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.edits["tier_a_lifetime_points"].setText("lots")
    dialog.accept()
    assert "A from lifetime points: enter a number from 1 to 10000000." in dialog.error.text()
    dialog.edits["tier_a_lifetime_points"].setText("0")
    dialog.edits["redeem_points_unit"].setText("0")
    dialog.accept()  # refused by the service, each rule named with its range
    assert dialog.error.text().splitlines() == [
        "Points per redemption step: enter a number from 1 to 100000 (points).",
        "A from lifetime points: enter a number from 1 to 10000000 (points).",
    ]
    assert dialog.isVisible() or dialog.result() == 0
    dialog.edits["redeem_points_unit"].setText("1000")
    dialog.edits["tier_a_lifetime_points"].setText("3000")
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.tier_a_lifetime_points == 3000
    window.save_rules(dialog.chosen)  # saved and everyone sorted again off the GUI thread
    qtbot.waitUntil(lambda: services.shop.rules().tier_a_lifetime_points == 3000, timeout=10_000)
    qtbot.waitUntil(lambda: services.customers.search("zxy")[0].tier == "A", timeout=10_000)  # stored tier
    qtbot.waitUntil(lambda: "tiers changed" in window.statusBar().currentMessage(), timeout=10_000)


def test_staff_cannot_change_the_rules(window: MainWindow) -> None:
    staff = Actor(99, "李丽", Role.STAFF)
    try:
        window.services.shop.set_rules(Rules(), staff)
    except PermissionDenied as exc:
        assert "Only a manager" in exc.message
    else:
        raise AssertionError("staff changed the rules")
    window.actor = staff
    window._show_status()
    assert not window.rules_action.isEnabled()


def test_the_manager_is_reminded_to_approve_next_months_plan(window: MainWindow, qtbot: QtBot) -> None:
    services = window.services
    services.gifts.add_category("丝巾礼盒", Decimal(128), None)
    lin = services.customers.save(
        card_from_form({"name": "林雪", "birthday": "1985-12-02", "registered_on": "2025-01-01"})
    )
    services.sales.record_sale(
        Sale(lin.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    window.check_plan_deadlines()  # worked out in the background
    qtbot.waitUntil(lambda: window.plan_label.text() == "Gift plan 2026-12: approve by 2026-11-28")
    plan = services.gifts.create_draft("2026-12", window.actor)
    assert services.gifts.approval_deadline("2026-12") == dt.date(2026, 11, 28)  # the draft's first card
    services.gifts.approve(plan.id or 0, window.actor.id, "888888", "a long passphrase")
    assert services.gifts.approval_deadline("2026-12") is None
    window.check_plan_deadlines()
    qtbot.waitUntil(lambda: window.plan_label.text() == "")


def test_every_rule_has_its_title_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """Finding 9: five of the 33 rules showed their field names."""
    from boutique_vip.domain.rules import RULES

    dialog = RulesDialog(window.services.shop.rules(), window.services, window.bus, window.actor, window)
    qtbot.addWidget(dialog)
    assert set(dialog.labels) == {s.name for s in RULES}
    for name, label in dialog.labels.items():
        assert name not in label.text() and label.text()
    assert dialog.labels["bonus_months"].text() == "… for this many months in a row (months)"


def test_the_catalogue_page_shows_the_rules_figures(window: MainWindow) -> None:
    """Finding 9: the catalogue page said "25/125/100 yuan" whatever the rules said."""
    services = window.services
    page = window.gifts.catalogue
    assert "up to 25.00 yuan" in page.standards.text()
    services.shop.set_rules(
        Rules(gift_a_holiday_max_cost=Decimal(30), gift_b_holiday_voucher=Decimal(150)), window.actor
    )
    page.reload()
    assert "up to 30.00 yuan" in page.standards.text() and "150.00 yuan voucher" in page.standards.text()


def test_the_window_disables_what_staff_may_not_do(window: MainWindow) -> None:
    """Finding 2 and 3: the special check box and the catalogue were enabled for staff."""
    staff = window.services.users.add("李丽", Role.STAFF, "1111", actor=window.actor)
    window._set_actor(staff)
    assert not window.customers.editor.widgets["special"].isEnabled()
    assert not window.gifts.catalogue.add_button.isEnabled()
    assert not window.gifts.adhoc.new_button.isEnabled()
    assert not window.calls.export_button.isEnabled()
    disabled = {a.objectName() for a, _ in window.role_actions if not a.isEnabled()}
    assert disabled == {"actionImport", "actionExportCustomers", "actionExportPurchases"}
    window._set_actor(_manager(window))
    assert window.customers.editor.widgets["special"].isEnabled()
    assert window.gifts.catalogue.add_button.isEnabled()
    assert all(a.isEnabled() for a, _ in window.role_actions)


def _manager(window: MainWindow) -> Actor:
    return next(a for a in window.services.users.active_users() if a.role is Role.MANAGER)


def test_the_desk_headers_show_the_rules_targets(window: MainWindow) -> None:
    window.services.shop.set_rules(Rules(registration_rate_min_percent=90), window.actor)
    window.desk.kpi_headers()
    header = window.desk.kpi_table.horizontalHeaderItem(1)
    assert header is not None and header.text() == "Registration rate (≥90%)"


def test_the_sms_texts_are_set_with_the_rules(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    dialog = RulesDialog(services.shop.rules(), services, window.bus, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.sms_edits["birthday"].setPlainText("")
    dialog.sms_edits["win_back"].setPlainText("{name}，好久不见")
    dialog.accept()
    assert "Write the message for this reason." in dialog.error.text()
    assert services.shop.sms_texts()["win_back"] != "{name}，好久不见"  # nothing saved
    dialog.sms_edits["birthday"].setPlainText("{name}生日快乐")
    dialog.accept()
    texts = services.shop.sms_texts()
    assert (texts["birthday"], texts["win_back"]) == ("{name}生日快乐", "{name}，好久不见")


def test_an_overdue_plan_says_so_opens_first_and_its_reminder_clears_on_approval(
    window: MainWindow, qtbot: QtBot
) -> None:
    from boutique_vip.gui.ops import Change, perform

    services = window.services
    lin = services.customers.by_card_no("VIP00001")
    services.customers.save(card_from_form({"birthday": "1985-12-02"}, base=lin))
    services.sales.record_sale(
        Sale(lin.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    clock.freeze(dt.datetime(2026, 12, 3, 10, 0))  # the December plan should have been approved by 28 Nov
    window.check_plan_deadlines()
    qtbot.waitUntil(lambda: window.plan_label.text() == "Gift plan 2026-12: approval overdue by 5 days")
    page = window.gifts.plan
    assert page.month_text() == "2026-12"  # the page opens on the plan that needs attention
    window.tabs.setCurrentWidget(window.gifts)
    page.reload()
    assert page.reminder.text().startswith("Approval overdue by 5 days")
    plan = services.gifts.create_draft("2026-12", window.actor)
    perform(
        window.bus,
        Change(services.gifts.approve, plan.id or 0, window.actor.id, "888888", "a long passphrase"),
    )
    qtbot.waitUntil(lambda: window.plan_label.text() == "", timeout=10_000)  # no stale red reminder


def test_a_month_picked_by_hand_is_kept(window: MainWindow) -> None:
    page = window.gifts.plan
    page.month.setCurrentText("2027-01")
    page.month.activated.emit(page.month.currentIndex())  # as her click does
    page.needs_attention("2026-12")
    assert page.month_text() == "2027-01"


def test_enter_in_the_previews_page_box_does_not_print(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from boutique_vip.gui.widgets.pdf_preview import PdfPreview

    printed: list[bool] = []
    monkeypatch.setattr(PdfPreview, "print_pdf", lambda _self: printed.append(True))
    preview = PdfPreview(window.services.gifts.sheet("2026-12", "zh_CN"), "2026-12", window)
    qtbot.addWidget(preview)
    preview.show()
    preview.page.setFocus()
    qtbot.keyClick(preview.page, Qt.Key.Key_Return)
    assert printed == [] and preview.isVisible()


def test_switching_on_point_expiry_says_it_is_not_retroactive(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel, QMessageBox

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    services = window.services
    dialog = RulesDialog(services.shop.rules(), services, window.bus, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.edits["points_expiry_years"].setText("1")
    dialog.accept()
    assert asked == [
        "From today (2026-11-23) points earned in a year expire on 31 December 1 year(s) later. Points earned "
        "before today are not affected: they keep the rule they were earned under.\n\nSave?"
    ]
    assert dialog.chosen is None  # No: back to the rules, nothing saved
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.points_expiry_years == 1
    services.shop.set_rules(dialog.chosen, window.actor)
    again = RulesDialog(services.shop.rules(), services, window.bus, window.actor, window)
    qtbot.addWidget(again)
    note = again.findChild(QLabel, "pointsExpiryNote")
    assert "The rule in force was set on 2026-11-23." in note.text()
