"""Backups: the copies there are, a copy now, a copy onto a USB drive, and restoring one after a mistake."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import show_error, translated
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_operation
from boutique_vip.gui.widgets import named, stack
from boutique_vip.services import Services
from boutique_vip.services.backups import BackupDamaged
from boutique_vip.settings import Preferences


def restart_program() -> None:
    """Start a fresh copy of the program on the restored file and close this one."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()


class BackupsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        actor: Actor,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        self.services, self.bus, self.actor, self.preferences = services, bus, actor, preferences
        self.restart = restart_program  # replaced in tests
        self.folder_label = named(QLabel(), "backupFolder")
        self.folder_label.setWordWrap(True)
        self.table = named(QTableWidget(0, 2), "backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        now_button = named(QPushButton(self.tr("Back up now")), "backupNow")
        now_button.clicked.connect(self.backup_now)
        copy_button = named(QPushButton(self.tr("Copy the newest off this PC…")), "backupCopyOff")
        copy_button.clicked.connect(self.copy_off)
        folder_button = named(QPushButton(self.tr("Change folder…")), "backupChangeFolder")
        folder_button.clicked.connect(self.change_folder)
        self.restore_button = named(QPushButton(self.tr("Restore the selected backup…")), "backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        restore_file = named(QPushButton(self.tr("Restore from a file…")), "backupRestoreFile")
        restore_file.clicked.connect(self.restore_file)
        for button in (self.restore_button, restore_file):
            button.setEnabled(actor.is_manager)
            if not actor.is_manager:
                button.setToolTip(self.tr("Only a manager can restore a backup."))
        buttons = QHBoxLayout()
        for button in (now_button, copy_button, folder_button):
            buttons.addWidget(button)
        restores = QHBoxLayout()
        restores.addWidget(self.restore_button)
        restores.addWidget(restore_file)
        explanation = QLabel(
            self.tr(
                "A copy is made every day at the first start; 7 daily, 4 weekly and 12 monthly copies are kept. "
                "Restoring puts a copy in place of today's data: what was entered since that copy is not in it. "
                "Today's data is not deleted: it is kept aside in the folder 'set-aside' next to the database."
            )
        )
        explanation.setWordWrap(True)
        stack(self, explanation, self.folder_label, self.table, buttons, restores)
        self.reload()

    def reload(self) -> None:
        folder = self.preferences.backup_dir()
        self.folder_label.setText(self.tr("Backup folder: {folder}").format(folder=folder))
        self.backups = self.services.backups.backups(folder)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            self.table.setItem(row, 0, QTableWidgetItem(backup.made_at.strftime("%Y-%m-%d %H:%M")))
            self.table.setItem(row, 1, QTableWidgetItem(f"{backup.size / 1_048_576:.1f} MB"))
        if self.backups:
            self.table.selectRow(0)

    def backup_now(self) -> None:
        backup = Change(self.services.backups.backup_now, self.actor, self.preferences.backup_dir())
        if not run_operation(self, self.bus, backup):
            return
        made = backup.result
        self.reload()
        QMessageBox.information(self, self.tr("Backups"), self.tr("Backup saved: {file}").format(file=made))

    def copy_off(self) -> None:
        """A copy on another drive: the weekly reminder asks for it (a PC can be stolen or break)."""
        if not self.backups:
            self.backup_now()
        if not self.backups:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Copy the newest backup to (e.g. a USB drive)")
        )
        if not folder:
            return
        newest = self.backups[0].path
        try:
            shutil.copy2(newest, Path(folder) / newest.name)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Backups"), self.tr("The copy failed: {reason}").format(reason=exc.strerror)
            )
            return
        self.preferences.backup_copied_off = clock.today().isoformat()
        self.preferences.save()
        QMessageBox.information(
            self,
            self.tr("Backups"),
            self.tr("Copied {file} to {folder}.").format(file=newest.name, folder=folder),
        )

    def change_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(self.preferences.backup_dir())
        )
        if folder:
            self.preferences.backup_folder = folder
            self.preferences.save()
            self.reload()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            backup = self.backups[row]
            self.restore(backup.path, backup.made_at.strftime("%Y-%m-%d %H:%M"))

    def restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.preferences.backup_dir()), "SQLite (*.sqlite *.db)"
        )
        if name:
            self.restore(Path(name), Path(name).name)

    def restore(self, path: Path, label: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put the backup of {when} in place of today's data?\n\nWhat was entered after {when} will not be "
                "in it. Today's data is kept aside (not deleted). The program starts again afterwards."
            ).format(when=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._put_in_place(path, label)

    def _put_in_place(self, path: Path, label: str) -> bool:
        try:
            aside = perform(self.bus, Change(self.services.backups.restore, path, self.actor))
        except BackupDamaged as exc:
            return self._offer_instead(exc)
        except BoutiqueError as exc:
            show_error(self, exc)
            return False
        QMessageBox.information(
            self,
            self.tr("Restore a backup"),
            self.tr("The backup of {when} is in place. Today's data was kept as {aside}.").format(
                when=label, aside=aside
            ),
        )
        self.accept()
        self.restart()
        return True

    def _offer_instead(self, refused: BackupDamaged) -> bool:
        """A damaged backup is refused; the newest sound one made before it is offered in its place."""
        alternative = refused.alternative
        if alternative is None:
            show_error(self, refused)
            return False
        when = alternative.made_at.strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            translated(refused)
            + "\n\n"
            + self.tr("Nothing was changed. Restore the newest sound backup before it, made {when}?").format(
                when=when
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._put_in_place(alternative.path, when)
