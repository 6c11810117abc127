"""The card list: a lazy model that asks the service for one page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from boutique_vip.services.customers import CustomerRow, CustomerService

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def _columns() -> list[tuple[str, str]]:
    return [
        ("card_no", QCoreApplication.translate("CustomerTable", "Card")),
        ("name", QCoreApplication.translate("CustomerTable", "Name")),
        ("phone", QCoreApplication.translate("CustomerTable", "Phone")),
        ("tier", QCoreApplication.translate("CustomerTable", "Tier")),
        ("size_top", QCoreApplication.translate("CustomerTable", "Top")),
        ("size_bottom", QCoreApplication.translate("CustomerTable", "Bottom")),
        ("group", QCoreApplication.translate("CustomerTable", "Group")),
        ("staff", QCoreApplication.translate("CustomerTable", "Staff")),
        ("registered_on", QCoreApplication.translate("CustomerTable", "Registered")),
    ]


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, service: CustomerService) -> None:
        super().__init__()
        self.service = service
        self.columns = _columns()
        self.query = ""
        self.total = 0
        self._rows: list[CustomerRow] = []
        self._more = False

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        self._rows = self.service.search(query, limit=PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.total = self.service.count(query) if self._more else len(self._rows)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def row_at(self, row: int) -> CustomerRow:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == customer_id), None)

    # --- Qt model protocol ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._rows:
            return
        page = self.service.search(self.query, after_id=self._rows[-1].id, limit=PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = getattr(self._rows[index.row()], self.columns[index.column()][0])
        return str(value) if value is not None else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None
