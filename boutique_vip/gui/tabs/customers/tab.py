"""The Customers tab: the card list that filters as you type, and the card beside it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boutique_vip.domain.changes import Topic
from boutique_vip.domain.customer import CustomerCard
from boutique_vip.domain.errors import NotFound
from boutique_vip.gui.models.customer_table import CustomerTableModel
from boutique_vip.gui.ops import ChangeBus
from boutique_vip.gui.tabs.customers.card_editor import CardEditor
from boutique_vip.gui.widgets import named
from boutique_vip.services import Services

SEARCH_DELAY_MS = 150


class CustomerList(QTableView):
    """Enter opens the selected card (moves to the editor) instead of editing a cell."""

    def __init__(self, on_enter: object) -> None:
        super().__init__()
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and callable(self._on_enter):
            self._on_enter()
            return
        super().keyPressEvent(event)


class CustomersTab(QWidget):
    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.setObjectName("customersTab")
        bus.watch(self, {Topic.CUSTOMERS, Topic.RECEIPTS, Topic.TIERS, Topic.RULES}, self.refresh)
        self.search = named(QLineEdit(clearButtonEnabled=True), "customerSearch")
        self.search.setPlaceholderText(
            self.tr("Find: name, pinyin or initials (zxy), part of the phone, card number  (Ctrl+F)")
        )
        self.count = named(QLabel(), "customerCount")
        self.new_button = named(QPushButton(self.tr("New card (Ctrl+N)")), "newCard")
        self.model = CustomerTableModel(services.customers)
        self.table = CustomerList(self.open_selected)
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.editor = CardEditor(services, bus, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._shown_id: int | None = None

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now_and_open)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_button.clicked.connect(self.new_card)
        self.editor.saved.connect(self._after_save)
        self.editor.open_other.connect(self.show_customer)
        self.run_search()
        self.table.resizeColumnsToContents()

    # --- the list -----------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        self.model.set_query(self.search.text())
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))
        if self._shown_id is not None:
            self._select(self._shown_id)

    def _search_now_and_open(self) -> None:
        """Enter: her card at once when a whole card number was typed or scanned, else the first match."""
        scanned = (
            self.services.customers.id_of_card(self.search.text()) if self.search.text().strip() else None
        )
        self.run_search()
        if scanned is not None:
            self.show_customer(scanned)
        else:
            self.open_selected()

    def _select(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(row, 0), flags)
        selection.blockSignals(False)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        customer_id = self.model.row_at(current.row()).id
        if customer_id == self._shown_id:
            return
        if not self.editor.may_leave():
            # Stay on the card being edited.
            QTimer.singleShot(0, lambda: self._select(self._shown_id) if self._shown_id else None)
            return
        self._show(customer_id)

    def _show(self, customer_id: int) -> None:
        self._shown_id = customer_id
        self.editor.load(self.services.customers.get(customer_id))

    # --- actions (also in the menu) ----------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_selected(self) -> None:
        """Open the selected card, or the first one listed when none is selected."""
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid() and self.model.row_at(index.row()).id != self._shown_id:
            if not self.editor.may_leave():
                return
            self._show(self.model.row_at(index.row()).id)
        if self._shown_id is not None:
            self.editor.focus_first_field()

    def new_card(self) -> None:
        if not self.editor.may_leave():
            return
        self._shown_id = None
        self.table.selectionModel().clearSelection()
        self.editor.new_card()

    def save(self) -> bool:
        return self.editor.save()

    def show_customer(self, customer_id: int) -> None:
        if not self.editor.may_leave():
            return
        self._show(customer_id)
        self._select(customer_id)

    def refresh(self) -> None:
        """After sales elsewhere: fresh tiers in the list and on the open card (unless it is being edited)."""
        self.model.refresh()
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))
        if self._shown_id is not None:
            try:
                card = self.services.customers.get(self._shown_id)
            except NotFound:  # merged into another card meanwhile: nothing of it is left to show
                self._shown_id = None
                self.editor.load(CustomerCard())
                return
            self._select(self._shown_id)
            if not self.editor.dirty:
                self.editor.load(card)

    def _after_save(self, customer_id: int) -> None:
        self._shown_id = customer_id
        self.model.refresh()
        self.count.setText(self.tr("%n customer(s)", "", self.model.total))
        self._select(customer_id)
