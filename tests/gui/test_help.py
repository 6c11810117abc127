"""F1 opens the guide to the shop's day in the window's language, with its screenshots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from boutique_vip.gui.dialogs.help import HelpDialog
from boutique_vip.gui.main_window import MainWindow


def test_f1_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window._help.isVisible()
    text = window._help.browser.toPlainText()
    assert "15:00" in text and "Backups" in text and "Approve" in text


def test_the_chinese_guide_shows_its_screenshots(qtbot: QtBot) -> None:
    dialog = HelpDialog("zh_CN")
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    assert "电话回访" in document.toPlainText() and "恢复所选备份" in document.toPlainText()
    image = document.resource(
        QTextDocument.ResourceType.ImageResource,
        dialog.browser.source().resolved(
            dialog.browser.source().resolved(__import__("PySide6.QtCore").QtCore.QUrl("images/calls.png"))
        ),
    )
    assert image is not None and not image.isNull()
