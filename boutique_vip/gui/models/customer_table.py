"""The card list: a lazy model that asks the service for one page at a time as the view scrolls.

Only the card ids of the rows fetched so far are kept for the whole list; the rows themselves are kept for the
last few pages looked at and read again (by their ids) when the view comes back to them. Scrolling 50,000
cards end to end so holds 400 kB of ids instead of 50,000 rows.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from boutique_vip.services.customers import CustomerRow, CustomerService

PAGE_SIZE = 200
PAGES_KEPT = 12  # rows kept: several screens above and below the visible ones
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
        self._ids = array("q")  # every fetched row's card id, ascending (the list is in card order)
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()  # page number → rows, last used last
        self._more = False

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        first = self.service.search(query, limit=PAGE_SIZE)
        self._ids = array("q", (r.id for r in first))
        self._pages = OrderedDict({0: first})
        self._more = len(first) == PAGE_SIZE
        self.total = self.service.count(query) if self._more else len(first)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def row_at(self, row: int) -> CustomerRow:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        else:
            self._pages.move_to_end(number)
        return page[row - number * PAGE_SIZE]

    def row_of(self, customer_id: int) -> int | None:
        row = bisect_left(self._ids, customer_id)
        return row if row < len(self._ids) and self._ids[row] == customer_id else None

    def _keep(self, number: int, page: list[CustomerRow]) -> None:
        self._pages[number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)

    def _read_page(self, number: int) -> list[CustomerRow]:
        """A page read again by its card ids; a card that no longer matches the search keeps its place with
        its card number alone until the list is refreshed."""
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        found = {
            r.id: r
            for r in self.service.search(self.query, after_id=ids[0] - 1, limit=len(ids), until_id=ids[-1])
        }
        page = [found.get(cid) or CustomerRow(cid, "", "", "", "", "", "", "", "", None) for cid in ids]
        self._keep(number, page)
        return page

    # --- Qt model protocol ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._ids:
            return
        page = self.service.search(self.query, after_id=self._ids[-1], limit=PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._ids.extend(r.id for r in page)
            self._keep(first // PAGE_SIZE, page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = getattr(self.row_at(index.row()), self.columns[index.column()][0])
        return str(value) if value is not None else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None
