"""Pages learn of changes from the change bus: a page on screen reloads at once, a hidden one when shown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.gui.main_window import MainWindow
from tests.gui.test_purchases_tab import choose, counter


def test_a_customer_sent_from_the_desk_appears_on_the_calls_tab(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 16:30 the manager sends a targeted list to the call list: the Calls tab shows her without waiting
    for a new day (its timer used to recompute the list only then)."""
    her = window.services.customers.search("单丽华")[0]
    for day in (10, 12):  # two receipts: a B customer, who is phoned (C customers get an SMS)
        window.services.sales.record_sale(
            Sale(her.id, dt.datetime(2026, 11, day, 11), [SaleLine(qty=1, unit_price=Decimal(560))]), None
        )
    clock.freeze(dt.datetime(2026, 11, 23, 16, 30))
    calls = window.calls
    window.tabs.setCurrentWidget(calls)
    calls.tick()
    qtbot.waitUntil(lambda: calls.listing is not None, timeout=10_000)
    before = {row.name for row in calls.model.calls}
    assert "单丽华" not in before
    window.desk.segment_rows = [SimpleNamespace(customer_id=her.id)]  # type: ignore[list-item]
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    assert window.desk.send_to_calls() == 1
    qtbot.waitUntil(lambda: "单丽华" in {row.name for row in calls.model.calls}, timeout=10_000)
    calls.tick()  # and the minute's tick keeps her there
    assert "单丽华" in {row.name for row in calls.model.calls}


def test_a_sale_at_the_counter_marks_the_gift_plan_stale(qtbot: QtBot, window: MainWindow) -> None:
    """The counter knows nothing of the gift plan page: it says receipts changed, and the plan page, which
    is drawn from tiers, goes stale and is drawn again when she next looks at it."""
    services = window.services
    card = services.customers.by_card_no("VIP00001")
    services.customers.save(card_from_form({"birthday": "1990-12-20"}, base=card))
    gifts = window.gifts
    window.tabs.setCurrentWidget(gifts)
    gifts.plan.month.setCurrentText("2026-12")
    gifts.plan.reload()
    assert "曾小贤" not in {ln.name for ln in gifts.plan.view.lines}  # no purchases: not an A or B customer
    page = counter(window)
    choose(page, "zxx")
    page.lines.setRowCount(0)
    page.add_line({"description": "大衣", "qty": "1", "unit_price": "6000"})
    assert page.save()
    qtbot.waitUntil(lambda: gifts.plan_watch.stale, timeout=5_000)
    window.tabs.setCurrentWidget(gifts)  # drawn again, read off the GUI thread
    assert not gifts.plan_watch.stale
    qtbot.waitUntil(  # now an A customer with a December birthday
        lambda: gifts.plan.view is not None and "曾小贤" in {ln.name for ln in gifts.plan.view.lines},
        timeout=10_000,
    )


def test_new_rules_resort_everyone_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manager lowers the A threshold: everyone's tier is worked out again in the background, and the
    pages that show tiers follow."""
    from dataclasses import replace

    from boutique_vip.gui.dialogs.rules_dialog import RulesDialog

    services = window.services
    zhang = services.customers.search("zxy")[0]
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(3000))]), None
    )
    assert services.customers.search("zxy")[0].tier == "C"
    lower = replace(services.shop.rules(), tier_a_lifetime_points=2000)

    def choose(dialog: RulesDialog) -> int:
        dialog.edits["tier_a_lifetime_points"].setText("2000")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RulesDialog, "exec", choose)
    window.tabs.setCurrentWidget(window.customers)
    window.edit_rules()
    qtbot.waitUntil(lambda: services.shop.rules() == lower, timeout=10_000)
    qtbot.waitUntil(lambda: services.customers.search("zxy")[0].tier == "A", timeout=10_000)
    qtbot.waitUntil(lambda: window.gifts.plan_watch.stale, timeout=5_000)  # the plans are drawn from tiers


def test_an_operation_publishes_what_its_service_method_declares(qtbot: QtBot, window: MainWindow) -> None:
    """The window never names topics for a call: a sale says receipts, cards and tiers changed because
    ``record_sale`` declares it."""
    from boutique_vip.domain.changes import SALE
    from boutique_vip.gui.ops import Change, perform

    her = window.services.customers.search("单丽华")[0]
    sale = Sale(her.id, dt.datetime(2026, 11, 23, 10), [SaleLine(qty=1, unit_price=Decimal(100))])
    with qtbot.waitSignal(window.bus.changed, timeout=2_000) as heard:
        result = perform(window.bus, Change(window.services.sales.record_sale, sale, window.actor))
    assert result.receipt_no
    assert heard.args is not None and heard.args[0] == SALE


def test_the_page_that_shows_a_change_itself_is_not_reloaded_for_it(qtbot: QtBot) -> None:
    """A logged call is marked on the call list where it is (no reload under the manager's cursor); every
    other page showing calls is told."""
    from PySide6.QtWidgets import QWidget

    from boutique_vip.domain.changes import Topic
    from boutique_vip.gui.ops import ChangeBus

    bus = ChangeBus()
    calls_page, desk_page = QWidget(), QWidget()
    for page in (calls_page, desk_page):
        qtbot.addWidget(page)
        page.show()
    reloaded: list[str] = []
    bus.watch(calls_page, {Topic.CALLS}, lambda: reloaded.append("calls"))
    bus.watch(desk_page, {Topic.CALLS}, lambda: reloaded.append("desk"))
    bus.publish({Topic.CALLS}, shown_by=calls_page)
    qtbot.waitUntil(lambda: reloaded == ["desk"], timeout=2_000)
    reloaded.clear()
    bus.publish({Topic.CALLS}, shown_by=calls_page)  # in the same turn, a change from elsewhere
    bus.publish({Topic.CALLS})
    qtbot.waitUntil(lambda: sorted(reloaded) == ["calls", "desk"], timeout=2_000)
