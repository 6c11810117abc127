"""The crash dialog (an unexpected error, or a crash inside Qt found at the next start): the report is shown and
can be copied or saved."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip import crash_trace
from boutique_vip.gui import feedback
from boutique_vip.gui.dialogs.crash import CrashDialog

REPORT = 'Traceback (most recent call last):\n  File "tab.py", line 12, in save\nValueError: 价位 boom\n'


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[CrashDialog]:
    """The crash dialogs opened, instead of waiting for someone to close them."""
    dialogs: list[CrashDialog] = []

    def exec_(dialog: CrashDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    return dialogs


def test_the_dialog_shows_the_report_and_copies_and_saves_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CrashDialog("The program met an unexpected problem.", REPORT)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "The program met an unexpected problem."
    assert dialog.details.toPlainText() == REPORT and dialog.details.isReadOnly()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == REPORT
    assert "clipboard" in dialog.status.text()

    target = tmp_path / "problem.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == REPORT
    assert str(target) in dialog.status.text()


def test_a_report_that_cannot_be_saved_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog = CrashDialog("message", REPORT)
    qtbot.addWidget(dialog)
    assert not dialog.save(tmp_path / "no such folder" / "problem.txt")
    assert len(warnings) == 1 and "could not be saved" in warnings[0]


def test_an_unexpected_error_opens_the_dialog_with_its_traceback(
    qapp: object, shown: list[CrashDialog], data_home: Path
) -> None:
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        feedback._excepthook(type(exc), exc, exc.__traceback__)
    [dialog] = shown
    assert "ValueError: boom in a slot" in dialog.details.toPlainText()
    assert "test_an_unexpected_error_opens_the_dialog" in dialog.report  # where it happened
    assert str(data_home / "logs") in dialog.message.text()


CRASH = textwrap.dedent(
    """
    import faulthandler
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file for a crash made on purpose
    except ImportError:
        pass
    from boutique_vip import crash_trace
    crash_trace.record()
    faulthandler._sigsegv()  # what a crash inside Qt looks like to Python
    """
)


def test_a_crash_inside_qt_is_offered_once_at_the_next_start(
    qapp: object, shown: list[CrashDialog], data_home: Path
) -> None:
    assert crash_trace.previous_crash() is None  # a first start
    env = {**os.environ, "BOUTIQUE_VIP_HOME": str(data_home)}
    process = subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True, timeout=60)
    assert process.returncode != 0

    crash = crash_trace.previous_crash()
    assert crash is not None
    assert "Segmentation fault" in crash.text and "most recent call first" in crash.text
    assert crash.kept.parent == data_home / "logs" and crash.kept.read_text(encoding="utf-8") == crash.text
    assert abs(crash.when - dt.datetime.now()) < dt.timedelta(minutes=5)
    assert not crash_trace.trace_file().exists()

    feedback.show_previous_crash(crash)
    [dialog] = shown
    assert dialog.details.toPlainText() == crash.text
    assert "closed unexpectedly" in dialog.message.text() and str(crash.kept) in dialog.message.text()

    assert crash_trace.previous_crash() is None  # offered once; the trace stays in the log folder


def test_a_normal_run_leaves_nothing_to_offer(data_home: Path) -> None:
    crash_trace.trace_file().write_text("", encoding="utf-8")  # the window ran and closed normally
    assert crash_trace.previous_crash() is None


def test_the_dialog_speaks_chinese(qtbot: QtBot, chinese: None) -> None:
    dialog = CrashDialog("message", REPORT)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "出现问题"
    assert (dialog.copy_button.text(), dialog.save_button.text()) == ("复制报告", "保存报告…")
