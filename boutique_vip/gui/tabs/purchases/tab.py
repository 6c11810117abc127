"""The Purchases tab: the counter, the shop's receipts and the lost-customer list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from boutique_vip.domain.users import Actor
from boutique_vip.gui.tabs.purchases.counter import CounterPage
from boutique_vip.gui.tabs.purchases.lost import LostPage
from boutique_vip.gui.tabs.purchases.receipts import ReceiptsPage
from boutique_vip.gui.widgets import named
from boutique_vip.services import Services


class PurchasesTab(QWidget):
    changed = Signal()  # a sale, return or visit was saved: other views refresh

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasesTab")
        self.counter = CounterPage(services, actor)
        self.receipts = ReceiptsPage(services)
        self.lost = LostPage(services)
        self.pages = named(QTabWidget(), "purchasesPages")
        self.pages.addTab(self.counter, self.tr("Counter"))
        self.pages.addTab(self.receipts, self.tr("Receipts"))
        self.pages.addTab(self.lost, self.tr("Lost customers"))
        self.message = named(QLabel(), "purchasesMessage")
        self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        self.counter.saved.connect(self._saved)

    def set_actor(self, actor: Actor) -> None:
        self.counter.actor = actor

    def _saved(self, message: str) -> None:
        self.message.setText(message)
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.receipts.reload_soon()
        self.lost.reload_soon()
