"""The lost-customer list (流失顾客名录): no calls, no gifts; kept for reference until she buys again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from boutique_vip.gui.widgets import LazyPage, named
from boutique_vip.services import Services


class LostPage(LazyPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostPage")
        self.services = services
        note = QLabel(
            self.tr(
                "Customers without a receipt for a year leave the care file: no calls and no gifts. "
                "They come back by themselves with their next purchase."
            )
        )
        note.setWordWrap(True)
        headers = [
            self.tr("Card"),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Last receipt"),
            self.tr("Lost since"),
            self.tr("Spent in all"),
        ]
        self.table = named(QTableWidget(0, len(headers)), "lostTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = named(QLabel(), "lostCount")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

    def reload(self) -> None:
        rows = self.services.tiers.lost_customers()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (
                r.card_no,
                r.name,
                r.phone,
                r.last_receipt.isoformat() if r.last_receipt else "—",
                r.lost_since.isoformat() if r.lost_since else "",
                f"{r.lifetime_spend:.2f}",
            )
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.count.setText(self.tr("%n lost customer(s)", "", len(rows)))
