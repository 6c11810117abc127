"""The counter's line table, typed like a till: Tab or Enter moves to the next cell, and from the last cell
of the last line a new line starts, so a sale is keyed without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableWidget, QWidget


class SaleLinesTable(QTableWidget):
    new_line_wanted = Signal()  # the cursor left the last line: the counter adds one

    def __init__(self, rows: int, columns: int, last_typed: int, parent: QWidget | None = None) -> None:
        """``last_typed``: the column after which the cursor goes on to the next line."""
        super().__init__(rows, columns, parent)
        self.last_typed = last_typed

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        if (
            cursorAction == QAbstractItemView.CursorAction.MoveNext
            and current.isValid()
            and current.column() >= self.last_typed
        ):
            if current.row() == self.rowCount() - 1:
                self.new_line_wanted.emit()
            return self.model().index(current.row() + 1, 0)
        return super().moveCursor(cursorAction, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in a cell goes on to the next one, as Tab does (the till's habit, not the spreadsheet's).
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)

    def commit_open_cell(self) -> None:
        """A cell still being typed in (a shortcut pressed mid-entry) keeps what was typed."""
        editor = self.indexWidget(self.currentIndex()) or self.focusWidget()
        if self.state() == self.State.EditingState and editor is not None and editor is not self:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a cell that is not being typed in (the sale-item tick box) moves on as well."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            following = self.moveCursor(
                QAbstractItemView.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier
            )
            if following.isValid():
                self.setCurrentIndex(following)
                if following.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.edit(following)
            return
        super().keyPressEvent(event)
