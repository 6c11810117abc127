"""One customer, one card: the cards that may be one customer, and merging two of them (a manager's).

The list comes from ``services.merging``; picking a pair fills the two card numbers (any two may be typed),
the preview says what would move, and the merge asks once more before it happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from boutique_vip.domain.duplicates import Likeness, PossibleDuplicate
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.labels import card_field_name, moved_row_names
from boutique_vip.gui.ops import Change, ChangeBus, Worker, perform, run_query
from boutique_vip.gui.widgets import error_label, named, stack
from boutique_vip.services import Services
from boutique_vip.services.merging import MergePreview


class MergeCardsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        manager: Actor,
        parent: QWidget | None = None,
        kept_card_no: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCardsDialog")
        self.setWindowTitle(self.tr("Duplicate cards"))
        self.resize(820, 560)
        self.services, self.bus, self.manager = services, bus, manager
        self.last_kept: int | None = None  # the card the last merge kept: the window shows it after
        self.pairs: list[PossibleDuplicate] = []
        self._worker: Worker | None = None
        note = QLabel(
            self.tr(
                "Cards that may be one customer: the same phone, the same name and birthday, or names that read "
                "the same in pinyin with the same birthday. A family sharing a phone is listed too: merge only "
                "two cards of one person. Pick a pair (or type two card numbers), check what moves, then merge."
            )
        )
        note.setWordWrap(True)
        self.table = named(QTableWidget(0, 5), "duplicatesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Alike by"),
                self.tr("Card"),
                self.tr("Name"),
                self.tr("Other card"),
                self.tr("Other name"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._pair_picked)
        self.status = named(
            QLabel(self.tr("Looking for cards that may be one customer…")), "duplicatesStatus"
        )
        self.kept = named(QLineEdit(kept_card_no), "keptCard")
        self.merged = named(QLineEdit(), "mergedCard")
        for field in (self.kept, self.merged):
            field.setPlaceholderText(self.tr("card number, e.g. VIP00012"))
            field.textChanged.connect(self._show_preview)
        swap = named(QPushButton(self.tr("Swap")), "swapCards")
        swap.clicked.connect(self._swap)
        cards = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Card that stays"), self.kept)
        form.addRow(self.tr("Card merged into it"), self.merged)
        cards.addLayout(form, 1)
        cards.addWidget(swap)
        self.preview = named(QLabel(), "mergePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label("mergeError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = named(
            buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole), "mergeButton"
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        stack(self, note, self.table, self.status, cards, self.preview, self.error, buttons)
        self.load()

    def load(self) -> None:
        """The list off the GUI thread: at 50,000 cards the pinyin of names that share a birthday takes a moment."""
        self.status.setText(self.tr("Looking for cards that may be one customer…"))
        self._worker = run_query(
            lambda _progress: self.services.merging.duplicates(), self._show, self._failed
        )

    def _show(self, pairs: list[PossibleDuplicate]) -> None:
        self.pairs = pairs
        likeness = {
            Likeness.PHONE: self.tr("same phone"),
            Likeness.NAME_AND_BIRTHDAY: self.tr("same name and birthday"),
            Likeness.PINYIN_AND_BIRTHDAY: self.tr("same pinyin and birthday"),
        }
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            texts = [
                likeness[pair.likeness],
                pair.first.card_no,
                pair.first.name,
                pair.second.card_no,
                pair.second.name,
            ]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(
            self.tr("%n pair(s) of cards may be one customer.", "", len(pairs))
            if pairs
            else self.tr("No cards look alike.")
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(translated(exc) if isinstance(exc, BoutiqueError) else str(exc))

    def _pair_picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            pair = self.pairs[rows[0].row()]
            self.kept.setText(pair.first.card_no)
            self.merged.setText(pair.second.card_no)

    def _swap(self) -> None:
        kept, merged = self.kept.text(), self.merged.text()
        self.kept.setText(merged)
        self.merged.setText(kept)

    def _ids(self) -> tuple[int, int] | None:
        ids = [self.services.customers.id_of_card(field.text()) for field in (self.kept, self.merged)]
        if None in ids:
            return None
        return int(ids[0] or 0), int(ids[1] or 0)

    def _show_preview(self) -> None:
        self.error.clear()
        self.preview.clear()
        self.merge_button.setEnabled(False)
        if not self.kept.text().strip() or not self.merged.text().strip():
            return
        ids = self._ids()
        if ids is None:
            self.preview.setText(self.tr("No card has this number."))
            return
        try:
            preview = self.services.merging.preview(*ids)
        except BoutiqueError as exc:
            self.preview.setText(translated(exc))
            return
        self.preview.setText(self.describe(preview, would=True))
        self.merge_button.setEnabled(True)

    def describe(self, preview: MergePreview, would: bool) -> str:
        names = moved_row_names()
        moved = self.tr(", ").join(
            self.tr("{count} {what}").format(count=count, what=names.get(table, table))
            for table, count in preview.moved.items()
            if count
        )
        filled = self.tr(", ").join(card_field_name(field) for field in preview.filled)
        template = (
            self.tr(
                "{merged_no} {merged} goes into {kept_no} {kept}: {moved}. Points moving: {points}. "
                "Customers she brought: {referrals}. Taken from it where {kept} has nothing: {filled}. "
                "{merged_no} is then deleted; a copy of it as it was stays with the card that stays."
            )
            if would
            else self.tr("{merged_no} {merged} was merged into {kept_no} {kept}: {moved}.")
        )
        return template.format(
            merged_no=preview.merged_card_no,
            merged=preview.merged_name,
            kept_no=preview.kept_card_no,
            kept=preview.kept_name,
            moved=moved or self.tr("nothing else"),
            points=preview.points,
            referrals=preview.referrals,
            filled=filled or "—",
        )

    def merge(self) -> None:
        ids = self._ids()
        if ids is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Merge two cards"),
            self.tr("Merge card {merged} into card {kept}? This cannot be undone.").format(
                merged=self.merged.text().strip().upper(), kept=self.kept.text().strip().upper()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = perform(self.bus, Change(self.services.merging.merge, *ids, self.manager))
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        self.last_kept = ids[0]
        self.merged.clear()
        self.preview.setText(self.describe(done, would=False))
        self.load()
