from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.gui.dialogs.approve_plan import ApprovePlanDialog
from boutique_vip.gui.main_window import MainWindow
from tests.pdf_tools import poppler


def test_draft_approve_with_pin_and_signature_then_record_a_delivery(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    services = window.services
    services.gifts.add_category("丝巾礼盒", Decimal(128), None)
    services.gifts.add_category("香薰蜡烛", Decimal(25), None)
    zhang = services.customers.by_card_no("VIP00002")
    services.customers.save(card_from_form({"birthday": "1985-12-08"}, base=zhang))
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    window.tabs.setCurrentWidget(window.gifts)  # she works on the page she sees
    page = window.gifts.plan
    page.reload()
    assert page.month_text() == "2026-12"
    assert page.model.rowCount() == 1 and page.model.text(0, 1) == "张晓燕"
    reminder = window.findChild(QLabel, "planReminder")
    assert reminder is not None and "Approve this plan by 2026-12-04" in reminder.text()
    page.create_draft()  # worked out off the GUI thread, then drawn again
    qtbot.waitUntil(lambda: "draft" in page.status.text(), timeout=10_000)
    dialog = ApprovePlanDialog(services, window.bus, page.view.id or 0, "2026-12", "zh_CN", window)  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    assert dialog.first  # the shop's first approval: a new passphrase, twice
    dialog.pin.setText("888888")
    dialog.passphrase.setText("a long passphrase")
    dialog.passphrase_again.setText("another passphrase")
    dialog.accept()
    assert "passphrases differ" in dialog.error.text()
    dialog.pin.setText("123456")
    dialog.passphrase.setText("a long passphrase")
    dialog.passphrase_again.setText("a long passphrase")
    dialog.accept()  # signed off the GUI thread
    qtbot.waitUntil(lambda: "Wrong PIN" in dialog.error.text(), timeout=10_000)
    dialog.pad._start(dialog.pad.rect().center().toPointF())
    dialog.pad._extend(dialog.pad.rect().bottomRight().toPointF())
    dialog.pin.setText("888888")
    dialog.passphrase.setText("a long passphrase")
    dialog.passphrase_again.setText("a long passphrase")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")
    path = tmp_path / "plan.pdf"  # the drawn signature is printed at the foot
    path.write_bytes(dialog.pdf)
    assert len(poppler("pdfimages", "-list", str(path)).splitlines()) >= 3
    page.reload()
    assert "approved by 王芳" in page.status.text()
    page.table.selectRow(0)
    page.record("delivered")  # the bus says the plans changed: the page reads them again
    qtbot.waitUntil(lambda: page.model.text(0, 11) == clock.today().isoformat(), timeout=10_000)
    assert "100.0% delivered" in page.status.text()
    line = page.view.lines[0]  # type: ignore[union-attr]
    services.gifts.edit_line(
        line.id or 0,
        window.actor,
        gift_category_id=line.gift_category_id,
        executor_id=line.executor_id,
        delivery=Delivery.HOME_DELIVERY,
        reason="送到家",
    )
    page.reload()
    assert "Revisions: 1 approved (王芳" in page.status.text() and ", 2 draft" in page.status.text()


def test_adhoc_gift_dialog_creates_a_draft_listed_for_approval(qtbot: QtBot, window: MainWindow) -> None:
    from boutique_vip.gui.tabs.gifts.adhoc import AdhocGiftDialog

    window.services.gifts.add_category("羊绒围巾", Decimal(168), None)
    dialog = AdhocGiftDialog(window.services, window.bus, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.text() == "Choose the customer."
    dialog.picker.search.setText("shan")
    dialog.picker._find("shan")
    dialog.picker._take_first()
    dialog.occasion.setText("乔迁之喜")
    dialog.accept()
    assert "Say why this gift is given outside the plan." in dialog.error.text()
    dialog.reason.setText("老客户搬新家")
    dialog.accept()
    assert dialog.created is not None and dialog.created.status == "draft"
    page = window.gifts.adhoc
    page.reload()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text().endswith("单丽华")


def test_changing_a_gift_outside_the_standard_needs_a_reason(qtbot: QtBot, window: MainWindow) -> None:
    from boutique_vip.gui.tabs.gifts.tab import EditLineDialog

    services = window.services
    services.gifts.add_category("丝巾礼盒", Decimal(128), None)
    cream = services.gifts.add_category("护手霜", Decimal(22), None)
    zhang = services.customers.by_card_no("VIP00002")
    services.customers.save(card_from_form({"birthday": "1985-12-08"}, base=zhang))
    services.sales.record_sale(
        Sale(zhang.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(6000))]), None
    )
    window.tabs.setCurrentWidget(window.gifts)  # she works on the page she sees
    page = window.gifts.plan
    page.reload()
    page.create_draft()
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "draft", timeout=10_000)
    line = page.view.lines[0]  # type: ignore[union-attr]
    dialog = EditLineDialog(services, window.bus, window.actor, line, window)
    qtbot.addWidget(dialog)
    assert dialog.gift.currentText().startswith("丝巾礼盒")
    dialog.gift.setCurrentIndex(dialog.gift.findData(cream))
    dialog.accept()
    assert "outside the care standard" in dialog.error.text()
    dialog.reason.setText("她只要护手霜")
    dialog.accept()
    page.reload()
    assert page.model.text(0, 6) == "护手霜"
    assert (
        page.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "Outside the care standard for this tier"
    )
