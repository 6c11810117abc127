"""The manager approves a plan: her PIN, the shop's passphrase, and her drawn signature the first time.

At the shop's first approval there is no signing authority yet: the dialog then asks for a new passphrase
twice and says what it is for (it is asked at every approval and opens the signing keys).
"""

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
        self.first = not services.gifts.has_authority()
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "approvePassphrase")
        self.passphrase_again = named(
            QLineEdit(echoMode=QLineEdit.EchoMode.Password), "approvePassphraseAgain"
        )
        self.pad = SignaturePad()
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        self.error = error_label("approveError")
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("PIN"), self.pin)
        if self.first:
            form.addRow(self.tr("New shop passphrase"), self.passphrase)
            form.addRow(self.tr("Passphrase again"), self.passphrase_again)
            explanation = self.tr(
                "This is the shop's first approval: choose the shop's passphrase (10 characters or more). It "
                "locks the keys that sign approved sheets, in the database and in every backup, and is asked "
                "at every approval. Keep it somewhere safe: without it no plan can be signed."
            )
        else:
            form.addRow(self.tr("Shop passphrase"), self.passphrase)
            explanation = ""
        intro = QLabel(self.tr("Once approved, this revision is frozen and its sheet is signed digitally."))
        note = QLabel(explanation)
        note.setWordWrap(True)
        note.setVisible(bool(explanation))
        stack(
            self,
            intro,
            note,
            form,
            QLabel(self.tr("Signature (drawn once; leave empty to keep the one on file):")),
            self.pad,
            clear,
            self.error,
            ok_cancel(self),
        )

    def accept(self) -> None:
        manager_id = self.manager.currentData()
        if self.first and self.passphrase.text() != self.passphrase_again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        try:
            self.pdf = self.services.gifts.approve(
                self.plan_id,
                manager_id,
                self.pin.text(),
                self.passphrase.text(),
                self.language,
                signature_png=None if self.pad.is_empty() else self.pad.png(),  # stored as hers, same sign-in
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            self.pin.clear()
            self.passphrase.clear()
            self.passphrase_again.clear()
            return
        super().accept()
