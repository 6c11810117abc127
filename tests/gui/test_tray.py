"""Always there at 15:00: closing keeps the program in the tray (asked once), the call hour brings the
window forward on the Calls tab, and the tray says how many calls wait."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.gui.tray import ShopTray
from boutique_vip.settings import Preferences


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A desktop with a tray; the closing question answered 'keep running', its text recorded."""
    monkeypatch.setattr(ShopTray, "available", staticmethod(lambda: True))
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Keep running in the tray").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def test_closing_asks_once_then_keeps_running_in_the_tray(
    qtbot: QtBot, window: MainWindow, with_tray: list[str]
) -> None:
    window.close()
    assert with_tray and "15:00" in with_tray[0]
    assert not window.isVisible() and window.call_timer.isActive()  # still running
    assert window.preferences.close_to_tray is True and Preferences.load().close_to_tray is True
    assert window.close_to_tray_action.isChecked()
    window.bring_forward()
    assert window.isVisible()
    window.close()
    assert len(with_tray) == 1  # asked once
    assert not window.isVisible() and window.call_timer.isActive()


def test_the_call_hour_brings_the_window_forward_from_the_tray(
    qtbot: QtBot, window: MainWindow, with_tray: list[str]
) -> None:
    window.tabs.setCurrentWidget(window.customers)
    window.close()
    assert not window.isVisible()
    window.call_hour_started(4)
    assert window.isVisible() and window.tabs.currentWidget() is window.calls
    window.tabs.setCurrentWidget(window.customers)
    window.tray.messageClicked.emit()  # she clicks the notification
    assert window.tabs.currentWidget() is window.calls


def test_the_tray_says_how_many_calls_wait_during_the_hour(qtbot: QtBot, window: MainWindow) -> None:
    window.calls.update_banner()
    assert "waiting" not in window.tray.toolTip()  # 10:30: not the call hour
    clock.freeze(dt.datetime(2026, 11, 23, 15, 0))
    window.calls.tick()
    qtbot.waitUntil(lambda: window.calls.listing is not None, timeout=10_000)
    pending = window.calls.pending()
    assert f"{pending} call" in window.tray.toolTip()
    clock.freeze(dt.datetime(2026, 11, 23, 16, 0))
    window.calls.tick()
    assert "waiting" not in window.tray.toolTip()  # the hour is over


def test_quit_from_the_tray_quits(
    qtbot: QtBot, window: MainWindow, with_tray: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window.close()  # into the tray
    window.quit_program()
    assert quits == [True] and not window.call_timer.isActive()


def test_without_a_tray_closing_quits_without_asking(qtbot: QtBot, window: MainWindow) -> None:
    window.close()
    assert window.preferences.close_to_tray is None and not window.call_timer.isActive()


def test_file_quit_quits_even_when_closing_keeps_it_in_the_tray(
    qtbot: QtBot, window: MainWindow, with_tray: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction

    window.preferences.close_to_tray = True
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    action = window.findChild(QAction, "actionQuit")
    assert action is not None
    action.trigger()
    assert quits == [True] and not window.call_timer.isActive() and with_tray == []


def test_quitting_while_locked_does_not_ask_again_and_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Quit every dialog answers at once: the locked window must stop asking who is there."""
    from boutique_vip.gui.dialogs.sign_in import SignInDialog

    asked: list[int] = []

    def quit_meanwhile(_dialog: SignInDialog) -> int:
        asked.append(1)
        window.quitting = True  # Quit chosen from the tray while the sign-in waited
        return 0

    monkeypatch.setattr(SignInDialog, "exec", quit_meanwhile)
    window.lock()
    assert asked == [1]
