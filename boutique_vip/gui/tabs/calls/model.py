"""The rows of today's calls as a Qt model: a large shop's list has thousands of rows, and a model draws only
the ones on screen (a table of items would build every cell up front on the GUI thread)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from boutique_vip.domain.sms_texts import DEFAULT_SMS_TEXTS, text_for
from boutique_vip.gui.labels import outcome_names, reason_names
from boutique_vip.services.call_rows import CallRow, SmsRow
from boutique_vip.services.segments import fill_template

OVERDUE = QColor("#ffebee")
LATER = QColor("#eeeeee")
# A logged call shows what it was, each outcome in its own colour (not all "done").
OUTCOME_COLOURS = {
    "reached": QColor("#e8f5e9"),
    "no_answer": QColor("#fff8e1"),
    "busy": QColor("#fff8e1"),
    "wrong_number": QColor("#fce4ec"),
    "call_back": QColor("#e3f2fd"),
    "do_not_call": QColor("#e0e0e0"),
}

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def talking_points(call: CallRow) -> str:
    """What to mention, in one line: sizes, colours, the gift waiting, last purchase and contact, events."""
    points = call.talking_points
    last_contact = ""
    if points.get("last_contact_day"):
        outcome = outcome_names().get(points.get("last_contact_outcome", ""), "")
        last_contact = f"{points['last_contact_day']} {outcome}".strip()
    parts = (
        QCoreApplication.translate("CallsTab", "size {size}").format(size=points["size"])
        if points.get("size")
        else "",
        QCoreApplication.translate("CallsTab", "likes {colours}").format(colours=points["colours"])
        if points.get("colours")
        else "",
        QCoreApplication.translate("CallsTab", "gift: {gift}").format(gift=points["gift"])
        if points.get("gift")
        else "",
        QCoreApplication.translate("CallsTab", "last purchase {day}").format(day=points["last_purchase"])
        if points.get("last_purchase")
        else "",
        QCoreApplication.translate("CallsTab", "last contact {what}").format(what=last_contact)
        if last_contact
        else "",
        points.get("events", ""),
    )
    return "  ".join(x for x in parts if x)


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a sequence of rows (the service's lazy rows: only those drawn are built)."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.rows: Sequence[T] = []
        self.headers = headers
        self.reason_names = reason_names()
        self.outcome_names = outcome_names()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def reasons(self, reasons: Sequence[str]) -> str:
        return "、".join(self.reason_names[r] for r in reasons)


class CallTableModel(_RowsModel[CallRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                QCoreApplication.translate("CallsTab", "Card"),
                QCoreApplication.translate("CallsTab", "Customer"),
                QCoreApplication.translate("CallsTab", "Phone"),
                QCoreApplication.translate("CallsTab", "Tier"),
                QCoreApplication.translate("CallsTab", "Why"),
                QCoreApplication.translate("CallsTab", "Talking points"),
                QCoreApplication.translate("CallsTab", "Best time"),
                QCoreApplication.translate("CallsTab", "State"),
            ]
        )

    @property
    def calls(self) -> Sequence[CallRow]:
        return self.rows

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def text(self, row: int, column: int) -> str:
        call = self.calls[row]
        if column == 0:
            return call.card_no
        if column == 1:
            return call.name
        if column == 2:
            return call.phone
        if column == 3:
            return call.tier
        if column == 4:
            return self.reasons(call.reasons)
        if column == 5:
            return talking_points(call)
        if column == 6:
            return call.preferred_contact
        if call.outcome:
            return self.outcome_names.get(call.outcome, call.outcome)
        if call.overdue:
            return QCoreApplication.translate("CallsTab", "overdue")
        if call.deferred:
            return QCoreApplication.translate("CallsTab", "tomorrow")
        return ""

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            call = self.calls[index.row()]
            if call.outcome:
                return OUTCOME_COLOURS.get(call.outcome)
            return OVERDUE if call.overdue else LATER if call.deferred else None
        return None


class SmsTableModel(_RowsModel[SmsRow]):
    """The SMS list: card, customer, phone, why, and the message she will get (her most urgent reason's)."""

    def __init__(self) -> None:
        super().__init__(
            [
                QCoreApplication.translate("CallsTab", "Card"),
                QCoreApplication.translate("CallsTab", "Customer"),
                QCoreApplication.translate("CallsTab", "Phone"),
                QCoreApplication.translate("CallsTab", "Why"),
                QCoreApplication.translate("CallsTab", "Message"),
            ]
        )
        self.texts: Mapping[str, str] = DEFAULT_SMS_TEXTS

    def set_texts(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def message(self, sms: SmsRow) -> str:
        return fill_template(text_for(sms.reasons, self.texts), sms.name, sms.size, sms.gift)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        sms = self.rows[index.row()]
        if index.column() == 4:
            return self.message(sms)
        return (sms.card_no, sms.name, sms.phone, self.reasons(sms.reasons))[index.column()]
