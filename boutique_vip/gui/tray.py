"""The program's icon beside the clock: it stays while the window is closed, so the call list still comes
forward at 15:00; during the call hour its tooltip says how many calls wait."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from boutique_vip.gui.widgets import named


class ShopTray(QSystemTrayIcon):
    def __init__(self, icon: QIcon, window: QWidget) -> None:
        super().__init__(icon, window)
        self.setObjectName("shopTray")
        self.menu = QMenu(window)
        self.open_action = named(QAction(self.tr("Open Boutique VIP"), self), "trayOpen")
        self.calls_action = named(QAction(self.tr("Today's calls"), self), "trayCalls")
        self.quit_action = named(QAction(self.tr("Quit"), self), "trayQuit")
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.calls_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.setContextMenu(self.menu)
        self.show_waiting(None)

    def show_waiting(self, calls: int | None) -> None:
        """``calls``: how many calls wait during the call hour; None outside it."""
        text = self.tr("Boutique VIP")
        if calls is not None:
            text += "\n" + self.tr("%n call(s) waiting", "", calls)
        self.setToolTip(text)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()
