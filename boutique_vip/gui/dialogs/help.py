"""F1: the guide to the shop's day, in the window's language, with screenshots (resources/help)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from boutique_vip import paths
from boutique_vip.gui.widgets import named, stack


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Boutique VIP guide"))
        self.resize(760, 640)
        self.browser = named(QTextBrowser(), "helpText")
        page = paths.resource("help", f"{language}.html")
        if not page.exists():
            page = paths.resource("help", "en.html")
        self.browser.setSource(QUrl.fromLocalFile(str(page)))  # images load relative to the page
        stack(self, self.browser)
