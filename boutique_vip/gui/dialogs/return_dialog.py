"""A return against an original receipt: pick the pieces, see the points taken back and the refund."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, run_operation
from boutique_vip.gui.widgets import error_label, money, named, ok_cancel
from boutique_vip.services import Services


class ReturnDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        actor: Actor,
        receipt_no: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.services, self.bus = services, bus
        self.actor = actor
        self.receipt_no = receipt_no
        self.outcome = ""
        self.returnable = services.sales.returnable_lines(
            receipt_no
        )  # raises NotFound for an unknown receipt
        self.setWindowTitle(self.tr("Return against receipt {receipt_no}").format(receipt_no=receipt_no))
        self.setMinimumWidth(640)
        self.table = named(QTableWidget(len(self.returnable), 5), "returnLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Size / colour"),
                self.tr("Bought"),
                self.tr("Still returnable"),
                self.tr("Return now"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(self.returnable):
            self.table.setItem(row, 0, QTableWidgetItem(line.description or line.sku))
            self.table.setItem(row, 1, QTableWidgetItem(f"{line.size} {line.colour}"))
            self.table.setItem(row, 2, QTableWidgetItem(str(line.qty)))
            self.table.setItem(row, 3, QTableWidgetItem(str(line.returnable)))
            spin = named(QSpinBox(), f"returnQty{row}")
            spin.setRange(0, line.returnable)
            spin.valueChanged.connect(lambda _v: self._update())
            self.spins[line.line_id] = spin
            self.table.setCellWidget(row, 4, spin)
        self.points = named(QLabel(), "returnPoints")
        self.deduction = named(QLabel(), "returnDeduction")
        self.refund = named(QLabel(), "returnRefund")
        self.given_back = named(QLabel(), "returnPointsGivenBack")
        self.error = error_label("returnError")
        figures = QFormLayout()
        figures.addRow(self.tr("Points taken back"), self.points)
        figures.addRow(self.tr("Kept from the refund for missing points"), self.deduction)
        figures.addRow(self.tr("Paid with points, given back"), self.given_back)
        figures.addRow(self.tr("Refund in cash"), self.refund)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(figures)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()

    def quantities(self) -> dict[int, int]:
        return {line_id: spin.value() for line_id, spin in self.spins.items() if spin.value()}

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.error.clear()
        if not self.quantities():
            for label in (self.points, self.deduction, self.refund, self.given_back):
                label.setText("—")
            ok.setEnabled(False)
            return
        try:
            quote = self.services.sales.quote_return(self.receipt_no, self.quantities())
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        self.points.setText(
            self.tr("{due} (balance {balance})").format(due=quote.points_due, balance=quote.balance)
        )
        self.deduction.setText(
            self.tr("{value} yuan for {points} points").format(
                value=money(quote.refund_deduction), points=quote.shortfall_points
            )
            if quote.shortfall_points
            else "0"
        )
        self.refund.setText(self.tr("{amount} yuan").format(amount=money(quote.refund)))
        # The part of these pieces paid with points goes back on her balance, never into the till.
        self.given_back.setText(
            self.tr("{points} points ({value} yuan)").format(
                points=quote.points_returned, value=money(quote.redeemed_value_returned)
            )
            if quote.points_returned
            else "0"
        )

    def accept(self) -> None:
        returned = Change(
            self.services.sales.record_return, self.receipt_no, self.quantities(), self.actor, clock.now()
        )
        if not run_operation(self, self.bus, returned):
            return
        quote = returned.result
        self.outcome = self.tr("Return recorded: refund {amount} yuan, {points} points taken back.").format(
            amount=money(quote.refund), points=quote.points_due
        )
        if quote.points_returned:
            self.outcome += " " + self.tr(
                "{points} points paid for these pieces are back on her balance."
            ).format(points=quote.points_returned)
        super().accept()
