"""The shop's receipts, newest first, filtered by date range, sales group and staff; loaded page by page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.gui.labels import receipt_kind_names
from boutique_vip.gui.widgets import LazyPage, named
from boutique_vip.services import Services
from boutique_vip.services.sales import ReceiptFilter, ReceiptSummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ReceiptTableModel(QAbstractTableModel):
    def __init__(self, services: Services, headers: list[str]) -> None:
        super().__init__()
        self.services = services
        self.headers = headers
        self.kinds = receipt_kind_names()
        self.filters = ReceiptFilter()
        self.rows: list[ReceiptSummary] = []
        self.more = False

    def load(self, filters: ReceiptFilter) -> None:
        self.beginResetModel()
        self.filters = filters
        self.rows = self.services.sales.receipts(filters, limit=PAGE)
        self.more = len(self.rows) == PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self.rows:
            return
        page = self.services.sales.receipts(self.filters, after_id=self.rows[-1].id, limit=PAGE)
        self.more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        values = (
            r.receipt_no,
            r.day.isoformat(),
            self.kinds.get(r.kind, r.kind),
            r.card_no,
            r.customer,
            f"{r.total:.2f}",
            r.points,
            r.group,
            r.staff,
        )
        return str(values[index.column()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ReceiptsPage(LazyPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptsPage")
        self.services = services
        today = clock.today()
        self.day_from = named(QDateEdit(_qdate(today - dt.timedelta(days=30))), "receiptsFrom")
        self.day_to = named(QDateEdit(_qdate(today)), "receiptsTo")
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group = named(QComboBox(), "receiptsGroup")
        self.group.addItem(self.tr("all groups"), None)
        for gid, name in services.users.groups():
            self.group.addItem(name, gid)
        self.staff = named(QComboBox(), "receiptsStaff")
        self.staff.addItem(self.tr("all staff"), None)
        for uid, name in services.users.staff():
            self.staff.addItem(name, uid)
        show = named(QPushButton(self.tr("Show")), "receiptsShow")
        show.clicked.connect(self.reload)
        self.model = ReceiptTableModel(
            services,
            [
                self.tr("Receipt"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Card"),
                self.tr("Customer"),
                self.tr("Amount"),
                self.tr("Points"),
                self.tr("Group"),
                self.tr("Staff"),
            ],
        )
        self.table = named(QTableView(), "receiptsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.day_from), (self.tr("to"), self.day_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.group)
        bar.addWidget(self.staff)
        bar.addWidget(show)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self.model.load(
            ReceiptFilter(
                _day(self.day_from.date()),
                _day(self.day_to.date()),
                self.group.currentData(),
                self.staff.currentData(),
            )
        )


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
