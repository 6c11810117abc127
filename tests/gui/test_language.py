from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from boutique_vip.app import choose_language
from boutique_vip.domain.users import Actor
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.services import Services
from boutique_vip.settings import Preferences


def test_the_window_speaks_chinese(qtbot: QtBot, chinese: None, shop: tuple[Services, Actor]) -> None:
    services, manager = shop
    window = MainWindow(services, manager, Preferences())
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["顾客", "消费", "礼品", "电话回访", "经理工作台"]
    window.customers.new_card()
    window.customers.editor.widgets["height_cm"].setText("300")  # type: ignore[attr-defined]
    window.customers.save()
    error = window.findChild(QLabel, "error_height_cm")
    assert error is not None and error.text() == "请输入 100 到 220 之间的数字（cm）。"
    assert "顾客姓名" in window.findChild(QLabel, "error_name").text()
    window.customers.editor.dirty = False


def test_qt_own_buttons_are_translated_too(chinese: None) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "en"),
        (None, "en", "zh_CN", "en"),
        (None, "", "zh_TW", "zh_CN"),
        (None, "", "de_DE", "en"),
    ],
)
def test_language_choice(requested: str | None, saved: str, system: str, expected: str) -> None:
    assert choose_language(requested, Preferences(language=saved), system) == expected


def test_stored_codes_are_shown_in_chinese(qtbot: QtBot, chinese: None, shop: tuple[Services, Actor]) -> None:
    import datetime as dt
    from decimal import Decimal

    from boutique_vip.domain.sales import Sale, SaleLine

    services, manager = shop
    card = services.customers.by_card_no("VIP00001")
    services.sales.record_sale(
        Sale(card.id, dt.datetime(2026, 11, 20, 11), [SaleLine(qty=1, unit_price=Decimal(100))]), None
    )
    window = MainWindow(services, manager, Preferences())
    qtbot.addWidget(window)
    assert window.purchases.receipts.model.rowCount() == 0  # nothing read before the page is shown
    window.show()
    window.tabs.setCurrentWidget(window.purchases)
    window.purchases.pages.setCurrentWidget(window.purchases.receipts)
    model = window.purchases.receipts.model
    assert model.index(0, 2).data() == "销售"
    window.customers.show_customer(card.id or 0)
    assert window.customers.editor.history.ledger.item(0, 1).text() == "积分"
