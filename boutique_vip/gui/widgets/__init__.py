"""Small widget helpers shared by the tabs and dialogs."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QObject)

ERROR_STYLE = "color: #b00020;"


def named(widget: W, name: str) -> W:
    """Give a widget its objectName (what tests and automation find it by) and return it."""
    widget.setObjectName(name)
    return widget


def error_label(name: str) -> QLabel:
    """A red, wrapping label for a field's or a dialog's error message."""
    label = named(QLabel(), name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def money(amount: Decimal) -> str:
    """Yuan with two decimals, as on a receipt."""
    return f"{amount:.2f}"


def ok_cancel(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok
) -> QDialogButtonBox:
    """The dialog's OK (or Save) and Cancel buttons, wired to accept() and reject()."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stack(owner: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay ``parts`` (widgets or layouts) out top to bottom in ``owner``: the shape of every dialog here."""
    layout = QVBoxLayout(owner)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


class LazyPage(QWidget):
    """A page that reads its data when it is shown, not when the window is built: in a large shop the gift plan
    or the lost-customer list takes seconds to read, and most days nobody opens them before closing time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def load_when_shown(self) -> None:
        """How the page reads its data on its own (shown, or changed elsewhere); a page whose data takes
        seconds reads it off the GUI thread here."""
        self.reload()

    def reload_soon(self) -> None:
        """Now when the page is on screen, else the next time it is shown."""
        if self.isVisible():
            self.load_when_shown()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.load_when_shown()
        super().showEvent(event)


def busy_bar(name: str, text: str, width: int = 220) -> QProgressBar:
    """A hidden "working…" bar for a page whose work runs off the GUI thread."""
    bar = named(QProgressBar(), name)
    bar.setRange(0, 0)
    bar.setFormat(text)
    bar.setTextVisible(True)
    bar.setMaximumWidth(width)
    bar.hide()
    return bar
