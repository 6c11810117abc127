"""A tab whose part of the program is not built yet says so plainly (no made-up data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from boutique_vip.gui.widgets import named


class NotYetTab(QWidget):
    def __init__(self, object_name: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        label = named(QLabel(message), f"{object_name}Message")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #555; font-size: 15px;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
