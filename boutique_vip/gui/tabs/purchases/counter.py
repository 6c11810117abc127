"""The counter: a sale with its lines, the points it earns (and why), redeeming points; a return; a visit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
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
        self.lines = named(QTableWidget(0, len(COLUMNS)), "saleLines")
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
        self.save_button = named(QPushButton(self.tr("Save sale")), "saveSale")
        self.save_button.clicked.connect(self.save)
        return_button = named(QPushButton(self.tr("Return against a receipt…")), "startReturn")
        return_button.clicked.connect(self.start_return)
        self.visit_button = named(QPushButton(self.tr("Log a store visit (no purchase)")), "logVisit")
        self.visit_button.clicked.connect(self.log_visit)

        sums = QFormLayout()
        sums.addRow(self.tr("Total"), self.total)
        sums.addRow(self.tr("Points earned"), self.points)
        sums.addRow(self.tr("Points balance"), self.balance)
        sums.addRow(self.tr("Redeem"), self.redeem)
        sums.addRow(self.tr("To pay"), self.to_pay)
        who = QGroupBox(self.tr("Customer"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.picker)
        who_layout.addWidget(self.visit_button)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add)
        line_buttons.addWidget(remove)
        line_buttons.addStretch()
        line_buttons.addWidget(return_button)
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
        self.lines.itemChanged.connect(lambda _item: self.update_quote())
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

    def _remove_line(self) -> None:
        if self.lines.currentRow() >= 0:
            self.lines.removeRow(self.lines.currentRow())
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
        customer = self.picker.customer
        try:
            sale = Sale(
                customer.id if customer else None, clock.now(), self.sale_lines(), self.redeem.value()
            )
            result = perform(self.bus, Change(self.services.sales.record_sale, sale, self.actor))
        except BoutiqueError as exc:
            show_error(self, exc)
            return False
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
        from boutique_vip.gui.dialogs.return_dialog import ReturnDialog

        receipt_no, ok = QInputDialog.getText(
            self, self.tr("Return"), self.tr("Receipt number of the original sale:")
        )
        if not ok or not receipt_no.strip():
            return
        try:
            dialog = ReturnDialog(self.services, self.bus, self.actor, receipt_no.strip(), self)
        except BoutiqueError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
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
