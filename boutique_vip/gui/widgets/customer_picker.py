"""Find the customer at the counter: by phone, card number, name or pinyin, as on the card list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from boutique_vip.gui.widgets import named
from boutique_vip.services.customers import CustomerRow, CustomerService

MATCHES_SHOWN = 8


class CustomerPicker(QWidget):
    chosen = Signal(object)  # CustomerRow or None

    def __init__(self, customers: CustomerService, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customers = customers
        self.customer: CustomerRow | None = None
        self.search = named(QLineEdit(), f"{name}Search")
        self.search.setPlaceholderText(self.tr("Phone, card number, name or pinyin initials"))
        self.search.setClearButtonEnabled(True)
        self.matches = named(QListWidget(), f"{name}Matches")
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        self.current = named(QLabel(), f"{name}Chosen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.current)
        self.search.textEdited.connect(self._find)
        self.search.returnPressed.connect(self._take_first)
        self.matches.itemActivated.connect(self._take)
        self.matches.itemClicked.connect(self._take)
        self.set_customer(None)

    def _find(self, text: str) -> None:
        self.matches.clear()
        if not text.strip():
            self.matches.hide()
            return
        for row in self.customers.search(text, limit=MATCHES_SHOWN):
            item = QListWidgetItem(f"{row.card_no}  {row.name}  {row.phone}  {row.tier}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.matches.addItem(item)
        self.matches.setVisible(self.matches.count() > 0)

    def _take_first(self) -> None:
        """Enter: a card number typed in full (a scanner types the card's barcode and Enter) takes her card,
        whatever else matches; otherwise the first match."""
        typed = self.search.text().strip().upper()
        items = [self.matches.item(i) for i in range(self.matches.count())]
        exact = next((it for it in items if it.data(Qt.ItemDataRole.UserRole).card_no == typed), None)
        digits = "".join(ch for ch in typed if ch.isdigit())
        family = [it for it in items if digits and it.data(Qt.ItemDataRole.UserRole).phone == digits]
        if exact is None and len(family) > 1:  # a family's phone: which of them is the one at the counter
            self.current.setText(
                self.tr("This phone is on {count} cards (a family's): choose hers.").format(count=len(family))
            )
            self.matches.setCurrentRow(0)
            self.matches.setFocus()
            return
        if exact is not None or items:
            self._take(exact or items[0])

    def _take(self, item: QListWidgetItem) -> None:
        self.set_customer(item.data(Qt.ItemDataRole.UserRole))

    def set_customer(self, row: CustomerRow | None) -> None:
        self.customer = row
        self.matches.hide()
        self.search.clear()
        if row is None:
            self.current.setText(self.tr("No customer chosen: an anonymous sale."))
        else:
            self.current.setText(f"<b>{row.card_no} {row.name}</b>  {row.phone}")
        self.chosen.emit(row)
