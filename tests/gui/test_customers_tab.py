from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.gui.tabs.customers import CustomersTab

Answer = Callable[[QMessageBox.StandardButton], list[str]]


def tab(window: MainWindow) -> CustomersTab:
    found = window.findChild(CustomersTab, "customersTab")
    assert found is not None
    return found


def search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    box = window.findChild(QLineEdit, "customerSearch")
    assert box is not None
    box.clear()
    qtbot.keyClicks(box, text)
    table = window.findChild(QTableView, "customerTable")
    assert table is not None
    model = table.model()
    qtbot.waitUntil(lambda: tab(window).model.query == text)
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def field(window: MainWindow, name: str) -> QLineEdit:
    widget = window.findChild(QLineEdit, f"field_{name}")
    assert widget is not None
    return widget


def error_text(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, f"error_{name}")
    assert label is not None
    return label.text() if not label.isHidden() else ""


def type_into(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    widget = field(window, name)
    # QTest cannot type Chinese characters, so the text is inserted as an input method would.
    widget.selectAll()
    widget.insert(text)
    widget.textEdited.emit(widget.text())


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("zxx", ["曾小贤"]),
        ("cengxiaoxian", ["曾小贤"]),
        ("zxy", ["张晓燕"]),
        ("shan", ["单丽华"]),
        ("dan", ["单丽华"]),
        ("8886", ["单丽华"]),
        ("VIP00002", ["张晓燕"]),
        ("", ["曾小贤", "张晓燕", "单丽华"]),
    ],
)
def test_list_filters_as_you_type(qtbot: QtBot, window: MainWindow, query: str, names: list[str]) -> None:
    assert search(qtbot, window, query) == names


def test_enter_in_search_opens_the_first_match(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "zxx")
    box = window.findChild(QLineEdit, "customerSearch")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert field(window, "name").text() == "曾小贤"
    assert tab(window).editor.card_no.text() == "VIP00001"


def test_create_a_card_with_keyboard_shortcuts(qtbot: QtBot, window: MainWindow, answer: Answer) -> None:
    answer(QMessageBox.StandardButton.Yes)  # she agreed to the consent text
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, window, "name", "林雪")
    type_into(qtbot, window, "phone", "135 1111 2222")
    type_into(qtbot, window, "birthday", "1988-02-29")
    combo = window.findChild(QComboBox, "field_birthday_calendar")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("lunar"))
    family = window.findChild(QTableWidget, "field_family")
    assert family is not None
    tab(window).editor._add_row(family, ("女儿", "小雨", "2016-09-01"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    services = window.services
    assert services.customers.count() == 4
    saved = services.customers.by_card_no("VIP00004")
    assert (saved.name, saved.phone, saved.birthday and saved.birthday.calendar) == (
        "林雪",
        "13511112222",
        "lunar",
    )
    assert [f.name for f in saved.family] == ["小雨"]
    assert search(qtbot, window, "lx") == ["林雪"]
    assert not tab(window).editor.dirty


def test_edit_a_card_and_it_stays_changed(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "zxx")
    tab(window).open_selected()
    type_into(qtbot, window, "waist_cm", "72")
    assert tab(window).editor.dirty
    qtbot.mouseClick(tab(window).editor.save_button, Qt.MouseButton.LeftButton)
    assert window.services.customers.by_card_no("VIP00001").waist_cm == 72


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("birthday", "2027-02-30", "There is no day 30 in month 2 of 2027."),
        ("phone", "138001", "A mobile number has 11 digits"),
        ("height_cm", "300", "Enter a number between 100 and 220"),
        ("waist_cm", "20", "Enter a number between 40 and 150"),
        ("price_min", "abc", "is not an amount in yuan"),
        ("registered_on", "2026-13-40", "is not a date"),
        ("name", "", "The customer's name is required."),
    ],
)
def test_each_bad_value_is_explained_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, name: str, value: str, message: str
) -> None:
    search(qtbot, window, "zxx")
    tab(window).open_selected()
    type_into(qtbot, window, name, value)
    assert not tab(window).save()
    assert message in error_text(window, name)
    assert "nothing was saved" in window.findChild(QLabel, "cardErrors").text()
    assert field(window, name).text() == value  # what was typed is kept
    assert window.services.customers.by_card_no("VIP00001").waist_cm == 68


def test_lunar_day_the_month_does_not_have(qtbot: QtBot, window: MainWindow) -> None:
    tab(window).new_card()
    type_into(qtbot, window, "name", "林雪")
    combo = window.findChild(QComboBox, "field_birthday_calendar")
    combo.setCurrentIndex(combo.findData("lunar"))
    type_into(qtbot, window, "birthday", "2026-12-30")
    assert not tab(window).save()
    assert "Lunar month 12 of 2026 has only 29 days." in error_text(window, "birthday")


def test_price_band_upside_down(qtbot: QtBot, window: MainWindow) -> None:
    tab(window).new_card()
    type_into(qtbot, window, "name", "林雪")
    type_into(qtbot, window, "price_min", "800")
    type_into(qtbot, window, "price_max", "300")
    assert not tab(window).save()
    assert "must not be below the lowest price" in error_text(window, "price_max")


def test_duplicate_phone_offers_to_open_the_other_card(
    qtbot: QtBot, window: MainWindow, answer: Answer
) -> None:
    asked = answer(QMessageBox.StandardButton.No)
    tab(window).new_card()
    type_into(qtbot, window, "name", "林雪")
    type_into(qtbot, window, "phone", "13800138000")
    assert not tab(window).save()
    assert any("No: open her card instead (this one is not saved)." in text for text in asked)
    # Her existing card opens at once: the duplicate being typed is let go, not asked about again (asking
    # would offer to save it, which asks about the phone again).
    assert field(window, "name").text() == "张晓燕"
    assert len(asked) == 2  # her consent, then the phone


def test_switching_cards_asks_about_unsaved_changes(qtbot: QtBot, window: MainWindow, answer: Answer) -> None:
    table = window.findChild(QTableView, "customerTable")
    table.setCurrentIndex(table.model().index(0, 0))
    type_into(qtbot, window, "waist_cm", "75")

    asked = answer(QMessageBox.StandardButton.Cancel)
    table.setCurrentIndex(table.model().index(1, 0))
    assert "曾小贤" in asked[0]
    assert field(window, "waist_cm").text() == "75"  # still her card, still the typed value
    qtbot.waitUntil(lambda: table.currentIndex().row() == 0)

    answer(QMessageBox.StandardButton.Save)
    table.setCurrentIndex(table.model().index(1, 0))
    assert field(window, "name").text() == "张晓燕"
    assert window.services.customers.by_card_no("VIP00001").waist_cm == 75


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow, answer: Answer) -> None:
    search(qtbot, window, "zxy")
    tab(window).open_selected()
    type_into(qtbot, window, "size_top", "L")
    answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    answer(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert window.services.customers.by_card_no("VIP00002").size_top == ""


def test_check_boxes_and_combos_mark_the_card_changed(qtbot: QtBot, window: MainWindow) -> None:
    table = window.findChild(QTableView, "customerTable")
    table.setCurrentIndex(table.model().index(0, 0))
    box = window.findChild(QCheckBox, "field_no_calls")
    assert box is not None
    box.setChecked(True)
    assert tab(window).editor.dirty


def test_the_tabs_are_found_by_their_object_names(window: MainWindow) -> None:
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["customersTab", "purchasesTab", "giftsTab", "callsTab", "deskTab"]


def test_status_bar_names_user_and_database(window: MainWindow) -> None:
    assert "王芳" in window.user_label.text()
    assert (
        window.services.db.describe() == window.db_label.toolTip()
    )  # the file, or the server without password


def test_column_widths_are_remembered(qtbot: QtBot, window: MainWindow) -> None:
    from boutique_vip.settings import Preferences

    window.customers.table.horizontalHeader().resizeSection(1, 321)  # she widened the name column
    window.close()
    again = MainWindow(window.services, window.actor, Preferences.load())
    qtbot.addWidget(again)
    assert again.customers.table.horizontalHeader().sectionSize(1) == 321


def test_a_new_card_opens_on_its_first_page_and_asks_for_her_consent(
    qtbot: QtBot, window: MainWindow, answer: Answer
) -> None:
    editor = tab(window).editor
    editor.pages.setCurrentIndex(2)  # the last card was left on another page
    tab(window).new_card()
    assert editor.pages.currentIndex() == 0 and editor.widgets["name"].hasFocus()
    type_into(qtbot, window, "name", "林雪")
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert not tab(window).save() and "consent text" in asked[0]  # back to the card, nothing saved
    assert window.services.customers.count("林雪") == 0
    answer(QMessageBox.StandardButton.Yes)
    assert tab(window).save()
    saved = window.services.customers.search("林雪")[0]
    assert window.services.customers.get(saved.id).consent_on == clock.today()
    tab(window).new_card()
    type_into(qtbot, window, "name", "周敏")
    answer(QMessageBox.StandardButton.No)
    assert tab(window).save()
    assert window.services.customers.get(window.services.customers.search("周敏")[0].id).consent_on is None


def test_a_scanned_card_number_opens_her_card(qtbot: QtBot, window: MainWindow) -> None:
    """A USB scanner types the card number and Enter: the search box opens her card at once."""
    search = tab(window).search
    search.setFocus()
    qtbot.keyClicks(search, "vip00003")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert tab(window).editor.card.card_no == "VIP00003"


def test_print_her_member_card(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from boutique_vip.gui.widgets.pdf_preview import PdfPreview

    shown: list[str] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    tab(window).show_customer(window.services.customers.by_card_no("VIP00002").id or 0)
    window.print_member_card()
    assert shown == ["Member card VIP00002"]


def test_her_card_shows_whom_she_brought(qtbot: QtBot, window: MainWindow) -> None:
    from boutique_vip.domain.customer import card_from_form

    services = window.services
    lin = services.customers.by_card_no("VIP00001")
    services.customers.save(card_from_form({"name": "周敏", "referrer": "VIP00001"}))
    tab(window).show_customer(lin.id or 0)
    label = tab(window).editor.history.referrals.text()
    assert "周敏" in label and "0 referral points" in label


def test_a_daughter_may_share_her_mothers_phone(qtbot: QtBot, window: MainWindow, answer: Answer) -> None:
    """Yes to the shared-phone question saves the new card with the same phone; both cards are found by it."""
    asked = answer(QMessageBox.StandardButton.Yes)
    tab(window).new_card()
    type_into(qtbot, window, "name", "张小美")
    type_into(qtbot, window, "phone", "13800138000")
    assert tab(window).save()
    assert any("A mother and daughter may share one phone." in text for text in asked)
    assert sorted(c.name for c in window.services.customers.search("13800138000")) == ["张小美", "张晓燕"]
    assert field(window, "name").text() == "张小美"


def test_her_card_says_which_points_expire_and_when(qtbot: QtBot, window: MainWindow) -> None:
    import dataclasses
    import datetime as dt
    from decimal import Decimal

    from boutique_vip.domain.sales import Sale, SaleLine

    services = window.services
    services.shop.set_rules(dataclasses.replace(services.shop.rules(), points_expiry_years=1), None)
    lin = services.customers.by_card_no("VIP00001")
    line = SaleLine(description="大衣", qty=1, unit_price=Decimal(680))
    services.sales.record_sale(Sale(lin.id, clock.now(), [line]), None)
    tab(window).show_customer(lin.id or 0)
    text = tab(window).editor.history.points.text()
    assert text == "Points balance 680, lifetime points 680; 680 expire on 2027-12-31"
    assert dt.date(2027, 12, 31) == services.sales.points_expiring(lin.id or 0)[0][0]


def test_remembered_column_widths_keep_the_ledgers_quick_measure(qtbot: QtBot) -> None:
    """Column widths this PC remembers come back as they were left; how many rows the program measures a
    column on (her ledger: the newest 50 of hundreds, so the card opens quickly) is not a remembered choice."""
    from PySide6.QtGui import QStandardItemModel

    from boutique_vip.gui.widgets.headers import restore_header

    saved = QTableView()
    saved.setModel(QStandardItemModel(3, 3))
    saved.horizontalHeader().resizeSection(1, 123)
    state = saved.horizontalHeader().saveState()  # measured on 1,000 rows, Qt's default
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 3))
    table.horizontalHeader().setResizeContentsPrecision(50)
    assert restore_header(table.horizontalHeader(), state)
    assert table.horizontalHeader().sectionSize(1) == 123
    assert table.horizontalHeader().resizeContentsPrecision() == 50
