"""The month's plan as a table model: the view asks only for the rows on screen, so a month of thousands of
lines shows at once (filling a table widget cell by cell took half a second for 3,000 lines, on the GUI
thread)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from boutique_vip.services.gifts import PlanLineView

WARN = QColor("#ffe0b2")
GIFT_COLUMN = 6

Index = QModelIndex | QPersistentModelIndex


class PlanLinesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[PlanLineView] = []
        self._occasions: dict[str, str] = {}
        self._deliveries: dict[str, str] = {}

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("PlanPage", "Card"),
            QCoreApplication.translate("PlanPage", "Customer"),
            QCoreApplication.translate("PlanPage", "Tier"),
            QCoreApplication.translate("PlanPage", "Occasion"),
            QCoreApplication.translate("PlanPage", "Date"),
            QCoreApplication.translate("PlanPage", "Card mailed by"),
            QCoreApplication.translate("PlanPage", "Gift"),
            QCoreApplication.translate("PlanPage", "Delivery"),
            QCoreApplication.translate("PlanPage", "Executor"),
            QCoreApplication.translate("PlanPage", "Reason"),
            QCoreApplication.translate("PlanPage", "Card mailed"),
            QCoreApplication.translate("PlanPage", "Delivered"),
        ]

    def set_lines(
        self, lines: list[PlanLineView], occasions: dict[str, str], deliveries: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self.lines, self._occasions, self._deliveries = lines, occasions, deliveries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 12

    def text(self, row: int, column: int) -> str:
        ln = self.lines[row]
        values = (
            ln.card_no,
            ln.name,
            ln.tier,
            self._occasions.get(ln.occasion, ln.occasion),
            ln.occasion_date.isoformat(),
            ln.card_mail_date.isoformat(),
            ln.gift or QCoreApplication.translate("PlanPage", "(none)"),
            self._deliveries.get(ln.delivery, ln.delivery),
            ln.executor,
            ln.reason,
            str(ln.card_mailed_on or ""),
            str(ln.delivered_on or ""),
        )
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        outside = column == GIFT_COLUMN and self.lines[row].breaks_standard
        if role == Qt.ItemDataRole.BackgroundRole and outside:
            return WARN
        if role == Qt.ItemDataRole.ToolTipRole and outside:
            return QCoreApplication.translate("PlanPage", "Outside the care standard for this tier")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
