"""First start on a new database: the shop's name and its first manager."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor, Role, check_pin, check_user_name
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services


class FirstRunDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None  # the new manager, signed in
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Boutique VIP"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "This database is new. Name the shop and create the first manager, who can add the other users."
            )
        )
        intro.setWordWrap(True)
        self.shop_name = named(QLineEdit(), "shopName")
        self.manager_name = named(QLineEdit(), "managerName")
        self.pin = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "managerPin")
        self.pin_again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "managerPinAgain")
        self.error = error_label("firstRunError")
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Manager's name"), self.manager_name)
        form.addRow(self.tr("PIN (6 to 8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        stack(self, intro, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        try:
            if not self.shop_name.text().strip():
                self.error.setText(self.tr("Please enter the shop's name."))
                return
            check_user_name(self.manager_name.text())
            check_pin(self.pin.text(), Role.MANAGER)
            if self.pin.text() != self.pin_again.text():
                self.error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
                return
            # An empty shop before the window opens: nobody to ask yet, and no page to tell.
            bus = ChangeBus(self)
            perform(bus, Change(self.services.shop.set_name, self.shop_name.text(), None))
            manager = perform(
                bus, Change(self.services.users.add, self.manager_name.text(), Role.MANAGER, self.pin.text())
            )
            # She has just chosen her PIN: signed in with it, not asked for it again at once.
            self.actor = perform(bus, Change(self.services.users.sign_in, manager.id, self.pin.text()))
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()
