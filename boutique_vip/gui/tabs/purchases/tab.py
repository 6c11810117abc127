"""The Purchases tab: the counter, the shop's receipts and the lost-customer list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from boutique_vip.domain.changes import Topic
from boutique_vip.domain.users import Actor
from boutique_vip.gui.ops import ChangeBus
from boutique_vip.gui.tabs.purchases.counter import CounterPage
from boutique_vip.gui.tabs.purchases.lost import LostPage
from boutique_vip.gui.tabs.purchases.receipts import ReceiptsPage
from boutique_vip.gui.widgets import named
from boutique_vip.services import Services


class PurchasesTab(QWidget):
    def __init__(
        self, services: Services, actor: Actor, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.setObjectName("purchasesTab")
        self.counter = CounterPage(services, bus, actor)
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
        bus.watch(self.receipts, {Topic.RECEIPTS}, self.receipts.reload_soon)
        bus.watch(self.lost, {Topic.TIERS, Topic.RECEIPTS, Topic.RULES}, self.lost.reload)

    def set_actor(self, actor: Actor) -> None:
        self.counter.actor = actor

    def _saved(self, message: str) -> None:
        self.message.setText(message)
