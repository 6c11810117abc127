"""The manager approves a plan: their PIN, and their drawn signature the first time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Role
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.gui.widgets.signature_pad import SignaturePad
from boutique_vip.services import Services


class ApprovePlanDialog(QDialog):
    def __init__(
        self, services: Services, plan_id: int, title: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvePlanDialog")
        self.services = services
        self.plan_id = plan_id
        self.language = language
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Approve {plan}").format(plan=title))
        self.manager = named(QComboBox(), "approveManager")
        for actor in services.users.active_users():
            if actor.role is Role.MANAGER:
                self.manager.addItem(actor.name, actor.id)
        self.pin = named(QLineEdit(), "approvePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pad = SignaturePad()
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        self.error = error_label("approveError")
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("PIN"), self.pin)
        stack(
            self,
            QLabel(self.tr("Once approved, this revision is frozen and its sheet is signed digitally.")),
            form,
            QLabel(self.tr("Signature (drawn once; leave empty to keep the one on file):")),
            self.pad,
            clear,
            self.error,
            ok_cancel(self),
        )

    def accept(self) -> None:
        manager_id = self.manager.currentData()
        try:
            if not self.pad.is_empty():
                # only the manager herself may store her signature: signed in with her PIN
                manager = self.services.users.sign_in(manager_id, self.pin.text())
                self.services.gifts.set_signature(manager_id, self.pad.png(), manager)
            self.pdf = self.services.gifts.approve(self.plan_id, manager_id, self.pin.text(), self.language)
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            self.pin.clear()
            return
        super().accept()
