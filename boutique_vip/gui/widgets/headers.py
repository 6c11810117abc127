"""Table headers a person can read in either language: a long title wraps onto a second line instead of
being cut ("egistration rate (≥85%"), and resting the mouse on a header shows its whole text."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip

HEADER_LINES = 2


def header_text(header: QHeaderView, section: int) -> str:
    model = header.model()
    if model is None or section < 0:
        return ""
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    return str(text or "")


class _HeaderTips(QObject):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = header_text(self.header, self.header.logicalIndexAt(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.header)
                return True
        return False


ALIGNED = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter


def readable_headers(table: QTableView) -> None:
    """Let the horizontal header's titles wrap onto two lines and show each title whole in a tooltip."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(ALIGNED | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(header.fontMetrics().lineSpacing() * HEADER_LINES + 8)
    header.viewport().installEventFilter(_HeaderTips(header))


def header_state(header: QHeaderView) -> QByteArray:
    """The columns' widths and order as she left them. Qt refuses to read back a state whose alignment has
    the word-wrap flag (it is not an alignment), so the state is taken without it."""
    wrapped = header.defaultAlignment()
    header.setDefaultAlignment(ALIGNED)
    try:
        return header.saveState()
    finally:
        header.setDefaultAlignment(wrapped)


def restore_header(header: QHeaderView, state: QByteArray) -> bool:
    """Her column widths and order as this PC remembers them; what the program sets (wrapped titles, how
    many rows a column's width is measured on, for speed) stays as the program set it."""
    wrapped, precision = header.defaultAlignment(), header.resizeContentsPrecision()
    restored = header.restoreState(state)
    header.setDefaultAlignment(wrapped)
    header.setResizeContentsPrecision(precision)
    return restored
