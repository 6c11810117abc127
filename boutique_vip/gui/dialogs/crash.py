"""The one dialog for an unexpected problem: what happened in plain words, and the report the shop can copy or save
to send on. Used for an exception the program caught and for a crash inside Qt found at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from boutique_vip.gui.widgets import named, stack


class CrashDialog(QDialog):
    def __init__(self, message: str, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumSize(620, 420)
        self.message = named(QLabel(message), "crashMessage")
        self.message.setWordWrap(True)
        self.details = named(QPlainTextEdit(report), "crashReport")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = named(
            buttons.addButton(self.tr("Copy the report"), QDialogButtonBox.ButtonRole.ActionRole), "crashCopy"
        )
        self.save_button = named(
            buttons.addButton(self.tr("Save the report…"), QDialogButtonBox.ButtonRole.ActionRole),
            "crashSave",
        )
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.ask_where_to_save)
        buttons.rejected.connect(self.reject)
        self.status = named(QLabel(), "crashStatus")
        stack(self, self.message, self.details, self.status, buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.status.setText(self.tr("The report is on the clipboard: paste it into a message."))

    def ask_where_to_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / "boutique-vip-problem.txt"),
            self.tr("Text (*.txt)"),
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> bool:
        try:
            path.write_text(self.report, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save the report"),
                self.tr("The report could not be saved in {file}: {problem}").format(
                    file=path, problem=exc.strerror or exc
                ),
            )
            return False
        self.status.setText(self.tr("The report was saved in {file}.").format(file=path))
        return True
