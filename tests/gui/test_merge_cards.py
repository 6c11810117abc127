"""Duplicate cards and merging them, as a manager does it in the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip.domain.customer import card_from_form
from boutique_vip.gui.dialogs.merge_cards import MergeCardsDialog
from boutique_vip.gui.main_window import MainWindow
from tests.gui.conftest import WindowParts

Answer = Callable[[QMessageBox.StandardButton], list[str]]


def test_a_pair_is_listed_previewed_and_merged(qtbot: QtBot, parts: WindowParts, answer: Answer) -> None:
    services = parts.services
    services.customers.save(card_from_form({"name": "张小燕", "birthday": "1985-03-02", "size_top": "L"}))
    services.customers.save(card_from_form({"name": "张晓燕", "birthday": "1985-03-02", "notes": "老顾客"}))
    dialog = MergeCardsDialog(services, parts.bus, parts.actor)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [dialog.table.item(0, c).text() for c in range(5)] == [
        "same pinyin and birthday",
        "VIP00004",
        "张小燕",
        "VIP00005",
        "张晓燕",
    ]
    assert dialog.status.text() == "1 pair(s) of cards may be one customer."
    dialog.table.selectRow(0)
    assert (dialog.kept.text(), dialog.merged.text()) == ("VIP00004", "VIP00005")
    assert "VIP00005 张晓燕 goes into VIP00004 张小燕" in dialog.preview.text()
    assert "notes" in dialog.preview.text() and dialog.merge_button.isEnabled()
    dialog.merged.setText("VIP09999")
    assert dialog.preview.text() == "No card has this number." and not dialog.merge_button.isEnabled()
    dialog.merged.setText("VIP00005")

    asked = answer(QMessageBox.StandardButton.Yes)
    dialog.merge_button.click()
    assert "Merge card VIP00005 into card VIP00004?" in asked[0]
    assert "was merged into VIP00004" in dialog.preview.text()
    qtbot.waitUntil(lambda: dialog.status.text() == "No cards look alike.")
    assert services.customers.by_card_no("VIP00004").notes == "老顾客"
    assert dialog.last_kept == services.customers.id_of_card("VIP00004")


def test_the_window_leaves_a_merged_card_it_was_showing(qtbot: QtBot, window: MainWindow) -> None:
    """The card on screen was merged into another (here by a second till): the page shows no stale card."""
    services = window.services
    kept = services.customers.by_card_no("VIP00001")
    window.customers.show_customer(services.customers.id_of_card("VIP00002") or 0)
    services.merging.merge(kept.id or 0, services.customers.id_of_card("VIP00002") or 0, None)
    window.customers.refresh()
    assert window.customers.editor.card.id is None
    assert window.customers.model.total == 2
