"""The Qt binding itself: a bug there takes the whole program down, whatever our code does."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot


def test_filling_a_table_does_not_use_up_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every call of a method that returns nothing: a gift plan of
    a few thousand lines in a table aborted the program ("deallocating None"). pyproject.toml keeps it out."""
    table = QTableWidget(100, 12)
    qtbot.addWidget(table)
    QThreadPool.globalInstance().waitForDone()  # another test's background work holds and drops None too
    gc.collect()  # and so does the garbage of earlier tests when the collector frees it: not meanwhile
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for row in range(1000):
            table.setItem(row % 100, row % 12, QTableWidgetItem("x"))
            table.item(row % 100, row % 12).setToolTip("x")
    finally:
        gc.enable()
    assert sys.getrefcount(None) >= before - 100  # the faulty binding dropped one per call: 2,000
