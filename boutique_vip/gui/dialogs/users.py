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
        self.resize(640, 400)
        self.services, self.bus, self.manager = services, bus, manager
        self.table = named(QTableWidget(0, 4), "userTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Sales group")]
        )
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
        self.group_button = named(QPushButton(self.tr("Sales group…")), "userGroup")
        self.group_button.clicked.connect(self.set_group)
        self.pin_button = named(QPushButton(self.tr("New PIN…")), "resetPin")
        self.pin_button.clicked.connect(self.reset_pin)
        self.disable_button = named(QPushButton(self.tr("Disable (she left)…")), "disableUser")
        self.disable_button.clicked.connect(self.disable)
        new_group = named(QPushButton(self.tr("New sales group…")), "newGroup")
        new_group.clicked.connect(self.new_group)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.certify_button)
        buttons.addStretch()
        her = QHBoxLayout()
        for button in (self.group_button, self.pin_button, self.disable_button):
            her.addWidget(button)
        her.addStretch()
        her.addWidget(new_group)
        stack(self, self.table, buttons, her)
        self.reload()

    def reload(self) -> None:
        self.users = self.services.users.listing()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            role = self.tr("manager") if user.role is Role.MANAGER else self.tr("staff")
            state = self.tr("locked") if user.locked else ""
            for column, value in enumerate((user.name, role, state, user.group)):
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
        for button in (self.group_button, self.pin_button, self.disable_button):
            button.setEnabled(user is not None)

    def new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New sales group"), self.tr("Name of the group:"))
        if ok and name.strip():
            run_operation(self, self.bus, Change(self.services.users.add_group, name, self.manager))

    def set_group(self) -> None:
        """Her sales group, and if the manager wishes the customers she looks after move with her."""
        user = self._selected()
        if user is None:
            return
        groups = [(self.tr("(none)"), None), *[(name, gid) for gid, name in self.services.users.groups()]]
        names = [name for name, _ in groups]
        current = next((i for i, (_, gid) in enumerate(groups) if gid == user.group_id), 0)
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Sales group"),
            self.tr("Sales group of {name}:").format(name=user.name),
            names,
            current,
            False,
        )
        if not ok:
            return
        group_id = dict(groups)[chosen]
        answer = QMessageBox.question(
            self,
            self.tr("Sales group"),
            self.tr("Move the customers {name} looks after into {group} too?").format(
                name=user.name, group=chosen
            ),
        )
        moving = Change(
            self.services.users.set_group,
            user.id,
            group_id,
            self.manager,
            with_her_customers=answer == QMessageBox.StandardButton.Yes,
        )
        if run_operation(self, self.bus, moving):
            self.reload()
            if moving.result:
                QMessageBox.information(
                    self, self.tr("Sales group"), self.tr("%n customer(s) moved.", "", moving.result)
                )

    def reset_pin(self) -> None:
        """She forgot her PIN: a new one from the manager, typed twice."""
        user = self._selected()
        if user is None:
            return
        pins = []
        for prompt in (self.tr("New PIN for {name}:"), self.tr("The new PIN again:")):
            pin, ok = QInputDialog.getText(
                self, self.tr("New PIN"), prompt.format(name=user.name), QLineEdit.EchoMode.Password
            )
            if not ok:
                return
            pins.append(pin)
        if pins[0] != pins[1]:
            QMessageBox.warning(
                self, self.tr("New PIN"), self.tr("The two PINs differ; nothing was changed.")
            )
            return
        if run_operation(
            self, self.bus, Change(self.services.users.reset_pin, user.id, pins[0], self.manager)
        ):
            self.reload()
            message = self.tr("{name} signs in with the new PIN.").format(name=user.name)
            if user.role is Role.MANAGER:
                message += " " + self.tr("Issue her signing certificate again before she approves a plan.")
            QMessageBox.information(self, self.tr("New PIN"), message)

    def disable(self) -> None:
        user = self._selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable a user"),
            self.tr(
                "{name} will no longer be able to sign in. Her name stays on the sales, calls and approvals "
                "she made. Disable her?"
            ).format(name=user.name),
        )
        if answer == QMessageBox.StandardButton.Yes and run_operation(
            self, self.bus, Change(self.services.users.disable, user.id, self.manager)
        ):
            self.reload()

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
