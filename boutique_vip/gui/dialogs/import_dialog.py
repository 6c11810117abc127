"""Import wizard: choose the file, see how its columns are read, check it (dry run), then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.file_formats import CUSTOMER_COLUMNS, PURCHASE_COLUMNS, map_headers
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import said, translated
from boutique_vip.gui.ops import Change, ChangeBus, Worker, run_in_pool
from boutique_vip.gui.widgets import error_label, named
from boutique_vip.services import Services
from boutique_vip.services.files import read_table
from boutique_vip.services.importing import ImportReport

PREVIEW_ROWS = 5


class ImportDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setMinimumSize(760, 560)
        self.services, self.bus = services, bus
        self.actor = actor
        self.report: ImportReport | None = None
        self.worker: Worker | None = None
        self.customers = named(QRadioButton(self.tr("Customer cards")), "importCustomers")
        self.purchases = named(QRadioButton(self.tr("Purchases (till export)")), "importPurchases")
        self.customers.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.customers)
        kinds.addButton(self.purchases)
        self.path = named(QLineEdit(), "importPath")
        browse = named(QPushButton(self.tr("Choose file…")), "importBrowse")
        browse.clicked.connect(self._browse)
        self.mapping = named(QTableWidget(0, 0), "importMapping")
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.skip_bad = named(
            QCheckBox(self.tr("Import the good rows even if some are rejected")), "importSkipBad"
        )
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.hide()
        self.report_view = named(QPlainTextEdit(), "importReport")
        self.report_view.setReadOnly(True)
        self.error = error_label("importError")
        self.check = named(QPushButton(self.tr("Check (nothing is written)")), "importCheck")
        self.run = named(QPushButton(self.tr("Import")), "importRun")
        self.save = named(QPushButton(self.tr("Save report…")), "importSaveReport")
        close = QPushButton(self.tr("Close"))
        self.check.clicked.connect(lambda: self.start(dry_run=True))
        self.run.clicked.connect(lambda: self.start(dry_run=False))
        self.save.clicked.connect(self._save_report)
        close.clicked.connect(self.reject)
        self.save.setEnabled(False)
        for radio in (self.customers, self.purchases):
            radio.toggled.connect(lambda _on: self.preview())
        self.path.editingFinished.connect(self.preview)

        top = QHBoxLayout()
        top.addWidget(self.customers)
        top.addWidget(self.purchases)
        top.addStretch()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad)
        buttons.addStretch()
        for button in (self.check, self.run, self.save, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(file_row)
        layout.addWidget(QLabel(self.tr("How the columns are read (first rows of the file):")))
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", self.tr("Tables (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)
            self.preview()

    def preview(self) -> None:
        """Show each column with the field it is read as (or 'ignored'), over the first rows."""
        self.error.clear()
        self.mapping.clear()
        self.mapping.setRowCount(0)
        self.mapping.setColumnCount(0)
        if not self.path.text().strip():
            return
        try:
            headers, rows = read_table(Path(self.path.text().strip()))
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        columns = CUSTOMER_COLUMNS if self.customers.isChecked() else PURCHASE_COLUMNS
        mapping, _unknown = map_headers(headers, columns)
        self.mapping.setColumnCount(len(headers))
        self.mapping.setHorizontalHeaderLabels(
            [f"{h}\n→ {self._field_name(columns, mapping.get(i))}" for i, h in enumerate(headers)]
        )
        preview = rows[:PREVIEW_ROWS]
        self.mapping.setRowCount(len(preview))
        for r, row in enumerate(preview):
            for c in range(len(headers)):
                self.mapping.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))

    def _field_name(self, columns: dict[str, tuple[str, ...]], field: str | None) -> str:
        """What a column is read as: its Chinese name in the Chinese window (the shop's words), the field's
        name in English; "ignored" when the program does not know it."""
        if field is None:
            return self.tr("ignored")
        return columns[field][0] if QLocale().language() == QLocale.Language.Chinese else field

    def start(self, dry_run: bool) -> None:
        path = Path(self.path.text().strip())
        run = (
            self.services.imports.import_customers
            if self.customers.isChecked()
            else self.services.imports.import_purchases
        )
        skip_bad = self.skip_bad.isChecked()
        self._busy(True)
        self.worker = run_in_pool(
            self,
            self.bus,
            Change(run, path, dry_run=dry_run, skip_bad=skip_bad, actor=self.actor),
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in (self.check, self.run):
            button.setEnabled(not busy)

    def _done(self, report: ImportReport) -> None:
        self._busy(False)
        self.report = report
        self.report_view.setPlainText("\n".join(said(line) for line in report.lines()))
        self.save.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.report_view.setPlainText(translated(error) if isinstance(error, BoutiqueError) else str(error))

    def _save_report(self) -> None:
        if self.report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "import-report.txt", self.tr("Text (*.txt)")
        )
        if name:  # as she read it, in the window's language
            Path(name).write_text(self.report_view.toPlainText() + "\n", encoding="utf-8")
