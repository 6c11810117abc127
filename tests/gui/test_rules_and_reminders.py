from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

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
    dialog = RulesDialog(services.shop.rules(), services.shop.set_rules, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.edits["tier_a_lifetime_points"].setText("lots")
    dialog.accept()
    assert "A from lifetime points: enter a number of 0 or more." in dialog.error.text()
    dialog.edits["tier_a_lifetime_points"].setText("3000")
    dialog.accept()
    assert services.shop.rules().tier_a_lifetime_points == 3000
    assert services.tiers.of(zhang.id or 0).tier.value == "A"  # type: ignore[union-attr]


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
    services.gifts.add_category("丝巾礼盒", Decimal(128))
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
