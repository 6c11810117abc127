"""A return starts from a receipt picked from a list (her recent sales, or the shop's of the last weeks),
not from a number typed from memory; a number can still be typed (a receipt she brought)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.gui.widgets import money, named, ok_cancel, stack
from boutique_vip.services import Services
from boutique_vip.services.customers import CustomerRow
from boutique_vip.services.sales import ReceiptFilter

RECENT_DAYS = 60  # without a customer: the shop's sales of these last days
SHOWN = 50


class PickReceiptDialog(QDialog):
    def __init__(
        self,
        services: Services,
        customer: CustomerRow | None,
        parent: QWidget | None = None,
        anonymous_within: int | None = None,
    ) -> None:
        """``anonymous_within``: pick an anonymous sale of those last days (to put it on her card, 补登)."""
        super().__init__(parent)
        self.setObjectName("pickReceiptDialog")
        self.resize(620, 420)
        if anonymous_within is not None:
            self.setWindowTitle(self.tr("Put a receipt on her card"))
            intro = self.tr("Sales without a card of the last {days} days:").format(days=anonymous_within)
            since = clock.today() - dt.timedelta(days=anonymous_within)
            filters = ReceiptFilter(day_from=since, kind="sale", anonymous=True)
        elif customer is not None:
            self.setWindowTitle(self.tr("Return: which sale?"))
            intro = self.tr("Recent sales of {name}:").format(name=customer.name)
            filters = ReceiptFilter(customer_id=customer.id, kind="sale")
        else:
            self.setWindowTitle(self.tr("Return: which sale?"))
            intro = self.tr("The shop's sales of the last {days} days:").format(days=RECENT_DAYS)
            filters = ReceiptFilter(day_from=clock.today() - dt.timedelta(days=RECENT_DAYS), kind="sale")
        self.receipts = services.sales.receipts(filters, limit=SHOWN)
        self.table = named(QTableWidget(len(self.receipts), 4), "recentReceipts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Receipt"), self.tr("Date"), self.tr("Customer"), self.tr("Total (yuan)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, receipt in enumerate(self.receipts):
            who = f"{receipt.card_no} {receipt.customer}".strip()
            for col, text in enumerate(
                (receipt.receipt_no, receipt.day.isoformat(), who, money(receipt.total))
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.number = named(QLineEdit(), "typedReceiptNo")
        self.number.setPlaceholderText(self.tr("or type the number on her receipt"))
        self.table.currentCellChanged.connect(self._picked)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        if self.receipts:
            self.table.selectRow(0)
        form = QFormLayout()
        form.addRow(self.tr("Receipt number"), self.number)
        stack(self, QLabel(intro), self.table, form, ok_cancel(self))
        self.table.setFocus()

    def _picked(self, row: int, *_rest: int) -> None:
        if 0 <= row < len(self.receipts):
            self.number.setText(self.receipts[row].receipt_no)

    def receipt_no(self) -> str:
        return self.number.text().strip()
