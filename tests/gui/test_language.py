from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
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
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："


def test_qt_own_chinese_is_shipped_with_the_program(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The installed bundle may not carry Qt's translations folder: the copy in the program's resources is
    what is loaded, wherever Qt's folder is (here: an empty one)."""
    from PySide6.QtCore import QLibraryInfo

    from boutique_vip.app import install_translators

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    translators = install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("requested", "saved", "system", "expected"),
    [
        ("en", "zh_CN", "zh_CN", "en"),
        (None, "en", "zh_CN", "en"),
        (None, "", "zh_TW", "zh_CN"),
        (None, "", "en_GB", "en"),
        (None, "", "de_DE", "zh_CN"),  # a Chinese shop's program: Chinese unless the PC speaks English
        (None, "", "C", "zh_CN"),
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
    assert window.customers.editor.history.ledger_rows.index(0, 1).data() == "积分"


def test_the_language_switches_while_the_program_runs(
    qtbot: QtBot, qapp: QApplication, shop: tuple[Services, Actor]
) -> None:
    from PySide6.QtGui import QAction

    from boutique_vip.app import current_window, show_main_window

    services, manager = shop

    def titles(window: MainWindow) -> list[str]:
        return [window.tabs.tabText(i) for i in range(window.tabs.count())]

    def choose(window: MainWindow, title: str) -> MainWindow:
        next(a for a in window.findChildren(QAction) if a.text() == title).trigger()
        new = current_window()
        assert new is not None and new is not window and new.isVisible() and not window.isVisible()
        return new

    english = show_main_window(services, manager, Preferences(language="en"))
    try:
        counter = english.purchases.counter  # a sale half typed at the counter
        counter.picker.set_customer(services.customers.search("zxy")[0])
        counter.lines.setRowCount(0)
        counter.add_line({"description": "高腰牛仔裤", "size": "L", "qty": "2", "unit_price": "300"})
        english.tabs.setCurrentIndex(2)
        assert titles(english) == ["Customers", "Purchases", "Gifts", "Calls", "Manager's desk"]
        chinese = choose(english, "中文")
        assert titles(chinese) == ["顾客", "消费", "礼品", "电话回访", "经理工作台"]
        assert chinese.tabs.currentIndex() == 2  # where she was
        typed = chinese.purchases.counter  # and the sale is still there, as typed
        assert typed.picker.customer is not None and typed.picker.customer.name == "张晓燕"
        assert [(ln.description, ln.size, ln.qty, ln.unit_price) for ln in typed.sale_lines()] == [
            ("高腰牛仔裤", "L", 2, 300)
        ]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own buttons too
        assert Preferences.load().language == "zh_CN"  # and the next start speaks Chinese too
        back = choose(chinese, "English")
        assert titles(back) == ["Customers", "Purchases", "Gifts", "Calls", "Manager's desk"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        for translator in getattr(qapp, "_translators", []):
            qapp.removeTranslator(translator)
        window = current_window()
        if window is not None:
            window.close()
