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
from boutique_vip.gui.ops import Change, ChangeBus, Worker, run_in_pool
from boutique_vip.gui.widgets import busy_bar, error_label, named, ok_cancel, stack
from boutique_vip.gui.widgets.signature_pad import SignaturePad
from boutique_vip.services import Services


class ApprovePlanDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        plan_id: int,
        title: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvePlanDialog")
        self.services, self.bus = services, bus
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
        self.buttons = ok_cancel(self)
        self._worker: Worker | None = None  # the approval being signed, off the GUI thread
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
        # Signing a large month takes seconds: a moving bar says it is working.
        self.busy = busy_bar("approveBusy", self.tr("Signing the sheet…"), width=10_000)
        stack(
            self,
            intro,
            note,
            form,
            QLabel(self.tr("Signature (drawn once; leave empty to keep the one on file):")),
            self.pad,
            clear,
            self.error,
            self.busy,
            self.buttons,
        )

    def accept(self) -> None:
        """Sign off the GUI thread (the sheet of a large month takes seconds); the dialog waits, the window
        stays alive."""
        if self._worker is not None:
            return
        if self.first and self.passphrase.text() != self.passphrase_again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        plan_id, manager_id, pin, passphrase = (
            self.plan_id,
            self.manager.currentData(),
            self.pin.text(),
            self.passphrase.text(),
        )
        signature = None if self.pad.is_empty() else self.pad.png()  # stored as hers, same sign-in
        self._working(True)
        self._worker = run_in_pool(
            self,
            self.bus,
            Change(
                self.services.gifts.approve,
                plan_id,
                manager_id,
                pin,
                passphrase,
                self.language,
                signature_png=signature,
            ),
            on_done=self._signed,
            on_failed=self._refused,
        )

    def reject(self) -> None:
        if self._worker is None:  # once she has signed, the approval finishes
            super().reject()

    def _signed(self, pdf: object) -> None:
        assert isinstance(pdf, bytes)
        self._worker = None
        self.pdf = pdf
        self._working(False)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._worker = None
        self._working(False)
        if not isinstance(exc, BoutiqueError):
            raise exc  # a fault, not a refusal: the crash dialog shows it
        self.error.setText(translated(exc))
        self.pin.clear()
        self.passphrase.clear()
        self.passphrase_again.clear()

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        self.buttons.setEnabled(not working)
        for field in (self.manager, self.pin, self.passphrase, self.passphrase_again, self.pad):
            field.setEnabled(not working)
        if working:
            self.error.clear()
