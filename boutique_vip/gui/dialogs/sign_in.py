"""Sign in: pick a user, enter the PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor, Role
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services


class SignInDialog(QDialog):
    def __init__(
        self,
        services: Services,
        shop_name: str,
        parent: QWidget | None = None,
        locked: bool = False,
        bus: ChangeBus | None = None,
    ) -> None:
        """``bus``: the window's; at start-up, before there is a window, nobody listens yet."""
        super().__init__(parent)
        self.services = services
        self.bus = bus or ChangeBus(self)
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(
            self.tr("Locked — {shop}").format(shop=shop_name)
            if locked
            else self.tr("Sign in — {shop}").format(shop=shop_name)
        )
        self.setMinimumWidth(360)
        self.user = named(QComboBox(), "signInUser")
        for actor in services.users.active_users():
            role = self.tr("manager") if actor.role is Role.MANAGER else self.tr("staff")
            self.user.addItem(f"{actor.name} ({role})", actor.id)
        self.pin = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "signInPin")
        self.error = error_label("signInError")
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        stack(self, form, self.error, ok_cancel(self))
        self.pin.setFocus()

    def accept(self) -> None:
        try:
            self.actor = perform(
                self.bus, Change(self.services.users.sign_in, self.user.currentData(), self.pin.text())
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        super().accept()
