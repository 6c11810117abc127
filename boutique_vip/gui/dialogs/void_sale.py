"""Void the sale just recorded: a manager confirms with her PIN and says why; every piece is returned, the
points reversed, and the audit log keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Role
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.widgets import error_label, money, named, ok_cancel, stack
from boutique_vip.services import Services


class VoidSaleDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, receipt_no: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voidSaleDialog")
        self.setWindowTitle(self.tr("Void receipt {receipt_no}").format(receipt_no=receipt_no))
        self.setMinimumWidth(440)
        self.services, self.bus, self.receipt_no = services, bus, receipt_no
        self.outcome = ""
        self.manager = named(QComboBox(), "voidManager")
        for actor in services.users.active_users():
            if actor.role is Role.MANAGER:
                self.manager.addItem(actor.name, actor.id)
        self.pin = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "voidPin")
        self.reason = named(QLineEdit(), "voidReason")
        self.reason.setPlaceholderText(self.tr("e.g. wrong customer, wrong price"))
        self.error = error_label("voidError")
        note = QLabel(
            self.tr(
                "Every piece of the sale is taken back: the points it earned come off her balance and the points "
                "she paid with go back on it. The sale stays on record with its void."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Manager's PIN"), self.pin)
        stack(self, note, form, self.error, ok_cancel(self))
        self.reason.setFocus()

    def accept(self) -> None:
        try:
            manager = perform(
                self.bus, Change(self.services.users.sign_in, self.manager.currentData(), self.pin.text())
            )
            quote = perform(
                self.bus,
                Change(
                    self.services.sales.void_sale, self.receipt_no, self.reason.text(), manager, clock.now()
                ),
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            self.pin.clear()
            return
        self.outcome = self.tr("Receipt {receipt_no} voided: refund {amount} yuan.").format(
            receipt_no=self.receipt_no, amount=money(quote.refund)
        )
        super().accept()
