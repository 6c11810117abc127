"""The counter: a sale with its lines, the points it earns (and why), redeeming points; a return; a visit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.points import Multiplier
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import show_error
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_operation
from boutique_vip.gui.tabs.purchases.sale_lines import SaleLinesTable
from boutique_vip.gui.widgets import error_label, money, named
from boutique_vip.gui.widgets.customer_picker import CustomerPicker
from boutique_vip.services import Services
from boutique_vip.services.customers import CustomerRow

# Line table columns: (key, is a checkbox)
COLUMNS = (
    "sku",
    "description",
    "category",
    "size",
    "colour",
    "style",
    "qty",
    "unit_price",
    "discount",
    "on_sale",
    "points",
    "split",
)


@dataclass
class CounterDraft:
    customer: CustomerRow | None
    lines: list[dict[str, str]]
    redeem: int


class CounterPage(QWidget):
    saved = Signal(str)  # receipt number

    def __init__(
        self, services: Services, bus: ChangeBus, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterPage")
        self.services, self.bus = services, bus
        self.actor = actor
        self.picker = CustomerPicker(services.customers, "counterCustomer")
        self.lines = named(SaleLinesTable(0, len(COLUMNS), COLUMNS.index("on_sale")), "saleLines")
        self.lines.new_line_wanted.connect(self.add_line)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Description"),
                self.tr("Category"),
                self.tr("Size"),
                self.tr("Colour"),
                self.tr("Style"),
                self.tr("Qty"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Sale item"),
                self.tr("Points"),
                self.tr("Cash / points"),
            ]
        )
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # A barcode scanner types the code and Enter: here each scan is a line (the same piece again: one
        # more of it), filled from the last sale of that SKU.
        self.scan = named(QLineEdit(), "scanSku")
        self.scan.setPlaceholderText(self.tr("Scan or type a SKU, then Enter (F2)"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self._scanned)
        add = named(QPushButton(self.tr("Add line")), "addSaleLine")
        remove = named(QPushButton(self.tr("Remove line")), "removeSaleLine")
        add.clicked.connect(self.add_line)
        remove.clicked.connect(self._remove_line)
        self.redeem = named(QSpinBox(), "redeemPoints")
        self.redeem.setSingleStep(services.shop.rules().redeem_points_unit)
        self.redeem.setSuffix(self.tr(" points"))
        self.total = named(QLabel(), "saleTotal")
        self.points = named(QLabel(), "salePoints")
        self.balance = named(QLabel(), "saleBalance")
        self.to_pay = named(QLabel(), "saleToPay")
        self.error = error_label("saleError")
        self.save_button = named(QPushButton(self.tr("Save sale (F12)")), "saveSale")
        self.save_button.clicked.connect(self.save)
        return_button = named(QPushButton(self.tr("Return against a receipt…")), "startReturn")
        return_button.clicked.connect(self.start_return)
        self.last_receipt_no = ""  # the sale just recorded: it may be voided (a manager's word)
        self._filled: dict[int, dict[str, str]] = {}  # per line, what its SKU filled in
        self.void_button = named(QPushButton(self.tr("Void the last sale…")), "voidLastSale")
        self.void_button.clicked.connect(self.void_last_sale)
        self.void_button.setEnabled(False)
        self.visit_button = named(QPushButton(self.tr("Log a store visit (no purchase)")), "logVisit")
        self.visit_button.clicked.connect(self.log_visit)
        self.attach_button = named(
            QPushButton(self.tr("Put a past receipt on her card (补登)…")), "attachReceipt"
        )
        self.attach_button.clicked.connect(self.attach_receipt)

        sums = QFormLayout()
        sums.addRow(self.tr("Total"), self.total)
        sums.addRow(self.tr("Points earned"), self.points)
        sums.addRow(self.tr("Points balance"), self.balance)
        sums.addRow(self.tr("Redeem (F8)"), self.redeem)
        sums.addRow(self.tr("To pay"), self.to_pay)
        who = QGroupBox(self.tr("Customer"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.picker)
        who_buttons = QHBoxLayout()
        who_buttons.addWidget(self.visit_button)
        who_buttons.addWidget(self.attach_button)
        who_layout.addLayout(who_buttons)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.scan, 1)
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch()
        line_buttons.addWidget(return_button)
        line_buttons.addWidget(self.void_button)
        bottom = QHBoxLayout()
        bottom.addLayout(sums, 1)
        right = QVBoxLayout()
        right.addStretch()
        right.addWidget(self.error)
        right.addWidget(self.save_button)
        bottom.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.lines, 1)
        layout.addLayout(line_buttons)
        layout.addLayout(bottom)

        self.picker.chosen.connect(self._customer_chosen)
        self.lines.itemChanged.connect(self._line_typed)
        for keys, slot in (
            (("F2",), self.scan.setFocus),
            (("F3",), self.picker.setFocus),
            (("F8",), self._to_redemption),
            (("F12", "Ctrl+Return", "Ctrl+Enter"), self.save),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.redeem.valueChanged.connect(lambda _v: self.update_quote())
        self.clear()

    # --- lines -----------------------------------------------------------------------------

    def add_line(self, values: dict[str, str] | None = None) -> None:
        values = values or {}
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        for col, key in enumerate(COLUMNS):
            if key == "on_sale":
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Checked if values.get(key) else Qt.CheckState.Unchecked)
                self.lines.setItem(row, col, box)
            else:
                item = QTableWidgetItem(values.get(key, {"qty": "1", "discount": "0"}.get(key, "")))
                if key in ("points", "split"):  # worked out, not typed
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.lines.setItem(row, col, item)
        self.lines.blockSignals(False)
        self.update_quote()

    def _line_typed(self, item: QTableWidgetItem) -> None:
        if item.column() == COLUMNS.index("sku"):
            self._fill_from_sku(item.row())
        self.update_quote()

    def _fill_from_sku(self, row: int) -> None:
        """A SKU typed into an empty line brings its description, category, size, colour, style and price
        from its last sale; whatever was typed already stays."""
        known = self.services.sales.last_sold(self._cell(row, "sku"))
        filled_before = self._filled.pop(row, {})
        if known is None:
            return
        values = {
            "description": known.description,
            "category": known.category,
            "size": known.size,
            "colour": known.colour,
            "style": known.style,
            "unit_price": money(known.unit_price),
        }
        self.lines.blockSignals(True)
        for key, value in values.items():
            item = self.lines.item(row, COLUMNS.index(key))
            # An empty cell, or one an earlier SKU of this line filled in (a mis-keyed SKU corrected).
            if item is not None and (not item.text().strip() or item.text() == filled_before.get(key)):
                item.setText(value)
        self.lines.blockSignals(False)
        self._filled[row] = values

    def _scanned(self) -> None:
        sku = self.scan.text().strip()
        self.scan.clear()
        if not sku:
            return
        filled = [
            r
            for r in range(self.lines.rowCount())
            if any(self._cell(r, k) for k in ("sku", "description", "unit_price"))
        ]
        last = filled[-1] if filled else None
        if last is not None and self._cell(last, "sku") == sku:  # the same piece scanned again
            qty = self.lines.item(last, COLUMNS.index("qty"))
            count = self._cell(last, "qty")
            if qty is not None and count.isdigit():
                qty.setText(str(int(count) + 1))
            return
        row = next((r for r in range(self.lines.rowCount()) if r not in filled), None)
        if row is None:
            self.add_line()
            row = self.lines.rowCount() - 1
        sku_item = self.lines.item(row, COLUMNS.index("sku"))
        if sku_item is not None:
            sku_item.setText(sku)  # fills the rest from its last sale (itemChanged)

    def _to_redemption(self) -> None:
        self.redeem.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.redeem.selectAll()

    def _remove_line(self) -> None:
        if self.lines.currentRow() >= 0:
            self.lines.removeRow(self.lines.currentRow())
            self._filled.clear()  # the lines below moved up
            self.update_quote()

    def _cell(self, row: int, key: str) -> str:
        item = self.lines.item(row, COLUMNS.index(key))
        return item.text().strip() if item else ""

    def sale_lines(self) -> list[SaleLine]:
        """The typed lines; a line whose numbers cannot be read raises a clear error naming it."""
        lines = []
        for row in range(self.lines.rowCount()):
            if not any(self._cell(row, k) for k in ("sku", "description", "unit_price")):
                continue
            try:
                qty = int(self._cell(row, "qty") or "0")
                price = Decimal(self._cell(row, "unit_price") or "0")
                discount = Decimal(self._cell(row, "discount") or "0")
            except (ValueError, InvalidOperation):
                raise BoutiqueError(
                    self.tr("Line {line}: quantity, price and discount must be numbers.").format(line=row + 1)
                ) from None
            on_sale = self.lines.item(row, COLUMNS.index("on_sale"))
            lines.append(
                SaleLine(
                    self._cell(row, "sku"),
                    self._cell(row, "description"),
                    self._cell(row, "category"),
                    self._cell(row, "size"),
                    self._cell(row, "colour"),
                    self._cell(row, "style"),
                    qty,
                    price,
                    discount,
                    None,
                    bool(on_sale and on_sale.checkState() == Qt.CheckState.Checked),
                )
            )
        return lines

    # --- figures ---------------------------------------------------------------------------

    def _customer_chosen(self, row: CustomerRow | None) -> None:
        self.visit_button.setEnabled(row is not None)
        self.attach_button.setEnabled(row is not None)
        self.redeem.setEnabled(row is not None)
        self.update_quote()

    def update_quote(self) -> None:
        self.error.clear()
        customer = self.picker.customer
        try:
            lines = self.sale_lines()
            quote = self.services.sales.quote(
                customer.id if customer else None, lines, self.redeem.value(), clock.today()
            )
        except BoutiqueError as exc:
            self.error.setText(exc.message)
            return
        unit = self.services.shop.rules().redeem_points_unit
        self.redeem.setMaximum(quote.balance // unit * unit)
        self.lines.blockSignals(True)
        row_of_line = [
            r
            for r in range(self.lines.rowCount())
            if any(self._cell(r, k) for k in ("sku", "description", "unit_price"))
        ]
        for line, (row, points) in enumerate(zip(row_of_line, quote.line_points, strict=True)):
            cell = self.lines.item(row, COLUMNS.index("points"))
            if cell is not None:
                cell.setText(str(points))
            split = self.lines.item(row, COLUMNS.index("split"))
            if split is not None:  # the redemption spread over the lines: each earns points on its cash
                value = quote.shares[line].value
                split.setText(f"{money(quote.cash(line))} / {money(value)}" if value else "")
        self.lines.blockSignals(False)
        self.total.setText(self.tr("{amount} yuan").format(amount=money(quote.total)))
        why = {
            Multiplier.BIRTHDAY: self.tr(" (×{n}: her birthday today)"),
            Multiplier.HOLIDAY: self.tr(" (×{n}: first day of a gift holiday)"),
            Multiplier.NONE: "",
        }[quote.rule.why].format(n=quote.rule.multiplier)
        self.points.setText(str(quote.points) + why if customer else self.tr("none: no customer card"))
        self.balance.setText(str(quote.balance) if customer else "—")
        self.to_pay.setText(
            self.tr("{amount} yuan (−{value} yuan for points)").format(
                amount=money(quote.to_pay), value=money(quote.redeem_value)
            )
            if quote.redeem_value
            else self.tr("{amount} yuan").format(amount=money(quote.to_pay))
        )

    # --- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        self.lines.commit_open_cell()  # F12 while a price is being typed: the typed price counts
        customer = self.picker.customer
        try:
            sale = Sale(
                customer.id if customer else None, clock.now(), self.sale_lines(), self.redeem.value()
            )
            result = perform(self.bus, Change(self.services.sales.record_sale, sale, self.actor))
        except BoutiqueError as exc:
            show_error(self, exc)
            return False
        self.last_receipt_no = result.receipt_no
        self.void_button.setEnabled(True)
        message = self.tr("Receipt {receipt_no} saved: {points} points.").format(
            receipt_no=result.receipt_no, points=result.quote.points
        )
        if result.tier_before != result.tier_after:
            message += " " + self.tr("Her tier is now {tier}.").format(tier=result.tier_after)
        self.clear()
        self.error.setText("")
        self.saved.emit(message)
        return True

    def clear(self) -> None:
        self._filled.clear()
        self.lines.setRowCount(0)
        self.add_line()
        self.redeem.setValue(0)
        self.picker.set_customer(None)

    def typed(self) -> CounterDraft:
        """What is typed and not yet saved: carried into the window rebuilt in another language."""
        rows = [
            {
                key: ("yes" if item.checkState() == Qt.CheckState.Checked else "")
                if key == "on_sale" and item is not None
                else (item.text() if item is not None else "")
                for key, item in ((k, self.lines.item(row, COLUMNS.index(k))) for k in COLUMNS)
            }
            for row in range(self.lines.rowCount())
        ]
        return CounterDraft(self.picker.customer, rows, self.redeem.value())

    def carry_on(self, draft: CounterDraft) -> None:
        """The sale as it was typed in the window this one replaces."""
        self.picker.set_customer(draft.customer)
        self.lines.setRowCount(0)
        for values in draft.lines:
            self.add_line(values)
        if not draft.lines:
            self.add_line()
        self.redeem.setValue(draft.redeem)

    def start_return(self) -> None:
        """From her recent sales (or the shop's), picked from a list; then the pieces to take back."""
        from boutique_vip.gui.dialogs.return_dialog import ReturnDialog
        from boutique_vip.gui.tabs.purchases.pick_receipt import PickReceiptDialog

        picker = PickReceiptDialog(self.services, self.picker.customer, self)
        if not picker.exec() or not picker.receipt_no():
            return
        try:
            dialog = ReturnDialog(self.services, self.bus, self.actor, picker.receipt_no(), self)
        except BoutiqueError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
            self.saved.emit(dialog.outcome)

    def attach_receipt(self) -> None:
        """补登: a sale of the last days made without her card goes on it, points as of its day."""
        from boutique_vip.gui.tabs.purchases.pick_receipt import PickReceiptDialog

        customer = self.picker.customer
        if customer is None:
            return
        days = self.services.shop.rules().back_registration_days
        picker = PickReceiptDialog(self.services, customer, self, anonymous_within=days)
        if not picker.exec() or not picker.receipt_no():
            return
        attached = Change(self.services.sales.attach_receipt, picker.receipt_no(), customer.id, self.actor)
        if run_operation(self, self.bus, attached):
            self.saved.emit(
                self.tr("Receipt {receipt_no} is on the card of {name}: {points} points.").format(
                    receipt_no=picker.receipt_no(), name=customer.name, points=attached.result
                )
            )

    def void_last_sale(self) -> None:
        from boutique_vip.gui.dialogs.void_sale import VoidSaleDialog

        if not self.last_receipt_no:
            return
        dialog = VoidSaleDialog(self.services, self.bus, self.last_receipt_no, self)
        if dialog.exec():
            self.last_receipt_no = ""
            self.void_button.setEnabled(False)
            self.saved.emit(dialog.outcome)

    def log_visit(self) -> None:
        customer = self.picker.customer
        if customer is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Store visit"), self.tr("Note (what she looked at, tried on…):")
        )
        if not ok:
            return
        logged = Change(self.services.sales.log_visit, customer.id, clock.today(), note, self.actor)
        if not run_operation(self, self.bus, logged):
            return
        QMessageBox.information(
            self, self.tr("Store visit"), self.tr("Visit of {name} logged.").format(name=customer.name)
        )
