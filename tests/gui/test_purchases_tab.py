from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.gui.dialogs.return_dialog import ReturnDialog
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.gui.tabs.purchases.counter import COLUMNS, CounterPage
from boutique_vip.services.sales import ReceiptFilter

Answer = Callable[[QMessageBox.StandardButton], list[str]]


def counter(window: MainWindow) -> CounterPage:
    window.tabs.setCurrentWidget(window.purchases)
    return window.purchases.counter


def choose(page: CounterPage, query: str) -> None:
    page.picker.search.setText(query)
    page.picker._find(query)
    page.picker._take_first()


def test_sale_with_partial_redemption(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    zhang = services.customers.search("zxy")[0]
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 1, 11), [SaleLine(qty=1, unit_price=Decimal(2500))]), None
    )
    page = counter(window)
    choose(page, "zxy")
    assert page.picker.customer is not None and page.picker.customer.name == "张晓燕"
    page.lines.setRowCount(0)
    page.add_line(
        {
            "sku": "J201",
            "description": "高腰牛仔裤",
            "category": "牛仔裤",
            "size": "L",
            "qty": "2",
            "unit_price": "300",
        }
    )
    assert page.balance.text() == "2500"
    assert page.redeem.maximum() == 2000
    page.redeem.setValue(1000)
    assert page.points.text() == "580"  # points are earned on the part paid in money
    assert page.to_pay.text() == "580.00 yuan (−20.00 yuan for points)"
    assert page.lines.item(0, COLUMNS.index("split")).text() == "580.00 / 20.00"  # shown before saving
    assert page.save()
    message = window.purchases.findChild(QLabel, "purchasesMessage")
    assert message is not None and "580 points" in message.text()
    row = services.tiers.of(zhang.id)
    assert row is not None and (row.balance, row.lifetime_points) == (2500 - 1000 + 580, 2500 + 580)
    assert page.picker.customer is None and page.redeem.value() == 0  # ready for the next sale


def test_birthday_double_points_are_explained_at_the_counter(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    card = services.customers.by_card_no("VIP00001")
    from boutique_vip.domain.customer import card_from_form

    services.customers.save(card_from_form({"birthday": "1990-11-23"}, base=card))
    page = counter(window)
    choose(page, "zxx")
    page.lines.setRowCount(0)
    page.add_line({"description": "大衣", "qty": "1", "unit_price": "1000"})
    assert page.points.text() == "2000 (×2: her birthday today)"


def test_bad_numbers_in_a_line_are_explained(qtbot: QtBot, window: MainWindow) -> None:
    page = counter(window)
    page.lines.setRowCount(0)
    page.add_line({"description": "大衣", "qty": "one", "unit_price": "1000"})
    assert "Line 1: quantity, price and discount must be numbers." in page.error.text()


def test_return_takes_points_back_and_shows_the_refund(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    zhang = services.customers.search("zxy")[0]
    sale = services.sales.record_sale(
        Sale(
            zhang.id,
            dt.datetime(2026, 11, 20, 11),
            [SaleLine(description="衬衫", qty=3, unit_price=Decimal(300))],
        ),
        None,
    )
    dialog = ReturnDialog(services, window.bus, window.actor, sale.receipt_no, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    next(iter(dialog.spins.values())).setValue(2)
    assert dialog.points.text() == "600 (balance 900)"
    assert dialog.refund.text() == "600.00 yuan"
    dialog.accept()
    assert "refund 600.00 yuan, 600 points taken back" in dialog.outcome
    assert services.tiers.of(zhang.id).balance == 300  # type: ignore[union-attr]


def test_return_after_a_redemption_refunds_the_cash_and_gives_the_points_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The manual's example: 300 yuan paid with 2,000 points (40 yuan) and 260 yuan cash, then returned."""
    services = window.services
    zhang = services.customers.search("zxy")[0]
    services.sales.correct_points(zhang.id, 2000, "开卡赠送", None)
    sale = services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 23, 10, 30), [SaleLine(description="大衣", qty=1, unit_price=Decimal(300))], 2000),
        None,
    )  # fmt: skip
    assert sale.quote.points == 260
    dialog = ReturnDialog(services, window.bus, window.actor, sale.receipt_no, window)
    qtbot.addWidget(dialog)
    next(iter(dialog.spins.values())).setValue(1)
    assert dialog.refund.text() == "260.00 yuan"
    assert dialog.given_back.text() == "2000 points (40.00 yuan)"
    assert dialog.points.text() == "260 (balance 260)"
    dialog.accept()
    assert "refund 260.00 yuan, 260 points taken back" in dialog.outcome
    assert "2000 points paid for these pieces are back on her balance" in dialog.outcome
    assert services.tiers.of(zhang.id).balance == 2000  # type: ignore[union-attr]
    history = {e.kind: e for e in services.sales.history(zhang.id) if e.receipt_no}
    assert (history["sale"].cash, history["return"].cash) == (Decimal(260), Decimal(-260))


def test_return_of_an_unknown_receipt_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.gui.tabs.purchases.pick_receipt import PickReceiptDialog

    shown: list[str] = []

    def typed(dialog: PickReceiptDialog) -> int:
        dialog.number.setText("X999")  # a number typed from a paper receipt
        return 1

    monkeypatch.setattr(PickReceiptDialog, "exec", typed)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    counter(window).start_return()
    assert shown and "There is no sale with receipt number X999." in shown[0]


def test_store_visit_is_logged(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("试了两件大衣", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    page = counter(window)
    choose(page, "shan")
    page.log_visit()
    history = window.services.sales.history(page.picker.customer.id if page.picker.customer else 0)
    assert [(e.kind, e.note) for e in history] == [("visit", "试了两件大衣")]


def test_card_shows_tier_reason_and_history(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    zhang = services.customers.search("zxy")[0]
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    window.customers.search.setText("zxy")
    window.customers.run_search()
    window.customers.open_selected()
    tier = window.findChild(QLabel, "cardTier")
    assert tier is not None and tier.text() == "A — A: 6000 lifetime points (A from 5000)"
    timeline = window.customers.editor.history.timeline
    assert timeline.topLevelItemCount() == 1
    receipt = timeline.topLevelItem(0)
    assert receipt.childCount() == 0  # her receipts' lines are made when one is opened
    timeline.expandItem(receipt)
    assert [receipt.child(i).text(3) for i in range(receipt.childCount())] == ["6000.00"]
    timeline.collapseItem(receipt)
    timeline.expandItem(receipt)  # opened again: the same lines, not twice
    assert receipt.childCount() == 1


def test_a_sale_lifts_her_from_b_to_a_and_a_partial_return_drops_her_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    zhang = services.customers.search("zxy")[0]
    for day in (3, 5):
        services.sales.record_sale(
            Sale(zhang.id, dt.datetime(2026, 11, day, 11), [SaleLine(qty=1, unit_price=Decimal(500))]), None
        )
    assert services.tiers.of(zhang.id).tier.value == "B"  # type: ignore[union-attr]
    page = counter(window)
    choose(page, "zxy")
    page.lines.setRowCount(0)
    page.add_line({"description": "羊绒大衣", "qty": "2", "unit_price": "2000"})
    assert page.save()
    message = window.purchases.findChild(QLabel, "purchasesMessage")
    assert message is not None and message.text().endswith("Her tier is now A.")
    window.tabs.setCurrentWidget(window.purchases)
    window.purchases.pages.setCurrentWidget(window.purchases.receipts)  # read when shown
    receipt = window.purchases.receipts.model.rows[0]
    dialog = ReturnDialog(services, window.bus, window.actor, receipt.receipt_no, window)
    qtbot.addWidget(dialog)
    next(iter(dialog.spins.values())).setValue(1)
    dialog.accept()
    assert services.tiers.of(zhang.id).tier.value == "B"  # type: ignore[union-attr]


def test_a_return_starts_from_her_recent_sales(qtbot: QtBot, window: MainWindow) -> None:
    from boutique_vip.gui.tabs.purchases.pick_receipt import PickReceiptDialog

    services = window.services
    zhang, shan = services.customers.search("zxy")[0], services.customers.search("shan")[0]
    mine = [
        services.sales.record_sale(
            Sale(zhang.id, dt.datetime(2026, 11, day, 11), [SaleLine(qty=1, unit_price=Decimal(100))]), None
        ).receipt_no
        for day in (3, 9)
    ]
    services.sales.record_sale(
        Sale(shan.id, dt.datetime(2026, 11, 10, 11), [SaleLine(qty=1, unit_price=Decimal(100))]), None
    )
    page = counter(window)
    choose(page, "zxy")
    dialog = PickReceiptDialog(services, page.picker.customer, page)
    qtbot.addWidget(dialog)
    listed = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert listed == mine[::-1]  # hers only, newest first
    assert dialog.receipt_no() == mine[1]
    dialog.table.selectRow(1)
    assert dialog.receipt_no() == mine[0]
    anyone = PickReceiptDialog(services, None, page)
    qtbot.addWidget(anyone)
    assert anyone.table.rowCount() == 3


def test_the_counter_is_keyed_without_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    """A SKU brings its last sale's details; a scanner's code and Enter add a line (the same piece again:
    one more); Tab from the last cell starts a new line; F12 saves."""
    from PySide6.QtCore import Qt

    services = window.services
    services.sales.record_sale(
        Sale(
            None,
            dt.datetime(2026, 11, 20, 11),
            [
                SaleLine(
                    sku="K7",
                    description="针织衫",
                    category="上衣",
                    size="M",
                    colour="米白",
                    qty=1,
                    unit_price=Decimal(399),
                )
            ],
        ),
        None,
    )
    page = counter(window)
    page.clear()
    qtbot.keyClicks(page.scan, "K7")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert [page._cell(0, k) for k in ("sku", "description", "size", "colour", "unit_price", "qty")] == [
        "K7",
        "针织衫",
        "M",
        "米白",
        "399.00",
        "1",
    ]
    qtbot.keyClicks(page.scan, "K7")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page._cell(0, "qty") == "2" and page.lines.rowCount() == 1
    page.lines.setCurrentCell(0, COLUMNS.index("on_sale"))
    page.lines.setFocus()
    qtbot.keyClick(page.lines, Qt.Key.Key_Tab)
    assert page.lines.rowCount() == 2 and page.lines.currentRow() == 1 and page.lines.currentColumn() == 0
    page.lines.item(1, COLUMNS.index("sku")).setText("K7")  # typed into the new line
    assert page._cell(1, "description") == "针织衫"
    assert page.total.text() == "1197.00 yuan"
    choose(page, "zxy")
    qtbot.keyClick(page.lines, Qt.Key.Key_F8)
    assert page.redeem.hasFocus()
    qtbot.keyClick(page.redeem, Qt.Key.Key_F12)
    assert page.last_receipt_no and page._cell(0, "sku") == ""  # saved, the counter cleared


def test_the_sale_just_recorded_is_voided_with_a_managers_pin(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.gui.dialogs.void_sale import VoidSaleDialog

    services = window.services
    page = counter(window)
    choose(page, "zxy")
    zhang = page.picker.customer
    assert zhang is not None and not page.void_button.isEnabled()
    page.lines.setRowCount(0)
    page.add_line({"description": "大衣", "qty": "1", "unit_price": "800"})
    assert page.save() and page.void_button.isEnabled()
    assert services.tiers.of(zhang.id).balance == 800  # type: ignore[union-attr]
    receipt = page.last_receipt_no
    dialog = VoidSaleDialog(services, window.bus, receipt, page)
    qtbot.addWidget(dialog)
    dialog.reason.setText("按错了顾客")
    dialog.pin.setText("000000")
    dialog.accept()
    assert "Wrong PIN" in dialog.error.text() and services.tiers.of(zhang.id).balance == 800  # type: ignore[union-attr]
    dialog.pin.setText("888888")
    dialog.accept()
    assert dialog.result() == 1 and "refund 800.00 yuan" in dialog.outcome
    assert services.tiers.of(zhang.id).balance == 0  # type: ignore[union-attr]
    entry = services.audit.entries(window.actor, limit=5, action="sale_voided")[0]
    assert entry.subject == receipt and "按错了顾客" in entry.details
    monkeypatch.setattr(VoidSaleDialog, "exec", lambda _self: 1)
    page.void_last_sale()  # (the counter forgets the receipt once voided)
    assert not page.void_button.isEnabled()


def test_a_scanned_member_card_picks_her_at_the_counter(qtbot: QtBot, window: MainWindow) -> None:
    page = counter(window)
    page.picker.search.setFocus()
    qtbot.keyClicks(page.picker.search, "VIP00003")
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert page.picker.customer is not None and page.picker.customer.card_no == "VIP00003"


def test_a_receipt_bought_without_her_card_is_put_on_it_at_the_counter(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.gui.tabs.purchases.pick_receipt import PickReceiptDialog

    services = window.services
    anonymous = services.sales.record_sale(
        Sale(None, dt.datetime(2026, 11, 21, 11), [SaleLine(qty=1, unit_price=Decimal(400))]), None
    ).receipt_no
    services.sales.record_sale(  # on a card already: not offered
        Sale(
            services.customers.search("shan")[0].id,
            dt.datetime(2026, 11, 21, 12),
            [SaleLine(qty=1, unit_price=Decimal(100))],
        ),
        None,
    )
    page = counter(window)
    assert not page.attach_button.isEnabled()
    choose(page, "zxy")
    offered: list[list[str]] = []

    def pick(dialog: PickReceiptDialog) -> int:
        offered.append([r.receipt_no for r in dialog.receipts])
        return 1  # the first, selected

    monkeypatch.setattr(PickReceiptDialog, "exec", pick)
    page.attach_receipt()
    assert offered == [[anonymous]]
    message = window.purchases.findChild(QLabel, "purchasesMessage")
    assert (
        message is not None and f"Receipt {anonymous} is on the card of 张晓燕: 400 points." in message.text()
    )
    zhang = services.customers.search("zxy")[0]
    assert services.tiers.of(zhang.id).balance == 400  # type: ignore[union-attr]


def test_f12_keeps_the_price_being_typed_and_a_corrected_sku_refills_its_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    services = window.services
    for sku, name, price in (("K7", "针织衫", 399), ("K8", "羊绒衫", 899)):
        services.sales.record_sale(
            Sale(
                None,
                dt.datetime(2026, 11, 20, 11),
                [SaleLine(sku=sku, description=name, qty=1, unit_price=Decimal(price))],
            ),
            None,
        )
    page = counter(window)
    page.clear()
    page.lines.item(0, COLUMNS.index("sku")).setText("K7")  # mis-keyed
    page.lines.item(0, COLUMNS.index("sku")).setText("K8")  # corrected: the line is K8's
    assert (page._cell(0, "description"), page._cell(0, "unit_price")) == ("羊绒衫", "899.00")
    page.lines.setFocus()
    page.lines.setCurrentCell(0, COLUMNS.index("unit_price"))
    page.lines.editItem(page.lines.item(0, COLUMNS.index("unit_price")))
    editor = page.lines.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "850")
    qtbot.keyClick(editor, Qt.Key.Key_F12)  # saved while the price is still being typed
    assert page.last_receipt_no
    sold = services.sales.receipts(ReceiptFilter(kind="sale"))[0]
    assert sold.receipt_no == page.last_receipt_no and sold.total == Decimal(850)


def test_a_familys_phone_at_the_counter_asks_whose_card(qtbot: QtBot, window: MainWindow) -> None:
    """Review finding: Enter on a phone two cards share took the first card (the mother's), silently."""
    from boutique_vip.domain.customer import card_from_form

    window.services.customers.save(
        card_from_form({"name": "张小美", "phone": "13800138000"}), share_phone=True
    )
    page = counter(window)
    choose(page, "13800138000")
    assert page.picker.customer is None
    assert page.picker.current.text() == "This phone is on 2 cards (a family's): choose hers."
    page.picker._take(page.picker.matches.item(1))
    assert page.picker.customer is not None and page.picker.customer.name == "张小美"
    choose(page, "VIP00002")  # a card number still takes her at once
    assert page.picker.customer is not None and page.picker.customer.card_no == "VIP00002"
