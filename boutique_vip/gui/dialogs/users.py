"""Users of the shop PC: add staff and managers, unlock a user locked after wrong PINs, issue a manager's
signing certificate (with the shop's passphrase) so she can approve plans."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor, Role
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_operation
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services
from boutique_vip.services.users import UserRow


class AddUserDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, manager: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.services, self.bus, self.manager = services, bus, manager
        self.name = named(QLineEdit(), "newUserName")
        self.role = named(QComboBox(), "newUserRole")
        self.role.addItem(self.tr("staff"), Role.STAFF.value)
        self.role.addItem(self.tr("manager"), Role.MANAGER.value)
        self.pin = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newUserPin")
        self.pin_again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newUserPinAgain")
        self.error = error_label("newUserError")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN (staff 4–8 digits, manager 6–8)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        stack(self, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.error.setText(self.tr("The two PINs differ."))
            return
        try:
            perform(
                self.bus,
                Change(
                    self.services.users.add,
                    self.name.text(),
                    Role(self.role.currentData()),
                    self.pin.text(),
                    actor=self.manager,
                ),
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()


class UsersDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, manager: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.resize(480, 360)
        self.services, self.bus, self.manager = services, bus, manager
        self.table = named(QTableWidget(0, 3), "userTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        add = named(QPushButton(self.tr("Add a user…")), "addUser")
        add.clicked.connect(self.add_user)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), "unlockUser")
        self.unlock_button.clicked.connect(self.unlock)
        self.certify_button = named(QPushButton(self.tr("Issue signing certificate…")), "certifyUser")
        self.certify_button.setToolTip(
            self.tr("A manager needs one to approve plans; the shop's passphrase is asked for.")
        )
        self.certify_button.clicked.connect(self.certify)
        self.table.itemSelectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.certify_button)
        stack(self, self.table, buttons)
        self.reload()

    def reload(self) -> None:
        self.users = self.services.users.listing()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            role = self.tr("manager") if user.role is Role.MANAGER else self.tr("staff")
            state = self.tr("locked") if user.locked else ""
            for column, value in enumerate((user.name, role, state)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._enable()

    def _selected(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _enable(self) -> None:
        user = self._selected()
        self.certify_button.setEnabled(
            self.manager.is_manager and user is not None and user.role is Role.MANAGER
        )

    def certify(self) -> None:
        user = self._selected()
        if user is None:
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Issue signing certificate"),
            self.tr("The shop's passphrase, to issue {name}'s signing certificate:").format(name=user.name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if not run_operation(
            self, self.bus, Change(self.services.gifts.issue_certificate, user.id, self.manager, passphrase)
        ):
            return
        QMessageBox.information(
            self,
            self.tr("Issue signing certificate"),
            self.tr("{name} can now approve plans with her PIN and the shop's passphrase.").format(
                name=user.name
            ),
        )

    def add_user(self) -> None:
        if AddUserDialog(self.services, self.bus, self.manager, self).exec():
            self.reload()

    def unlock(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.users):
            return
        run_operation(self, self.bus, Change(self.services.users.unlock, self.users[row].id, self.manager))
        self.reload()
