"""The audit log for managers: who did what and when, newest first, and a check of its hash chain."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boutique_vip.domain.users import Actor
from boutique_vip.gui.labels import audit_action_names, audit_details
from boutique_vip.gui.widgets import named, stack
from boutique_vip.services import Services
from boutique_vip.services.audit import SYSTEM

SHOWN = 1000


class AuditLogDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 520)
        self.services = services
        rows = services.audit.entries(actor, SHOWN)
        self.table = named(QTableWidget(len(rows), 5), "auditTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("About"), self.tr("Details")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        names = audit_action_names()
        for row, entry in enumerate(rows):
            values = (
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                names["system"] if entry.user == SYSTEM else entry.user,
                names.get(entry.action, entry.action),
                entry.subject,
                audit_details(entry.details),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.outcome = named(QLabel(), "auditResult")
        verify = named(QPushButton(self.tr("Check the chain")), "auditVerify")
        verify.clicked.connect(self.verify)
        stack(
            self,
            QLabel(
                self.tr(
                    "The newest {n} entries. Entries are only ever added, each sealed with the one before."
                ).format(n=SHOWN)
            ),
            self.table,
            verify,
            self.outcome,
        )

    def verify(self) -> bool:
        count, broken = self.services.audit.verify()
        if broken is None:
            self.outcome.setText(self.tr("The chain is intact: {n} entries checked.").format(n=count))
            self.outcome.setStyleSheet("color: #1b5e20;")
            return True
        self.outcome.setText(
            self.tr("The chain is broken at entry {id}: the log was changed outside the program.").format(
                id=broken.entry_id
            )
        )
        self.outcome.setStyleSheet("color: #b00020; font-weight: bold;")
        return False
