from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.call_list import Outcome
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.gui.tabs.calls.tab import CallBackDialog


@pytest.fixture
def calls_due(window: MainWindow) -> MainWindow:
    services = window.services
    for card_no in ("VIP00001", "VIP00002", "VIP00003"):
        card = services.customers.by_card_no(card_no)
        for day in (1, 18):
            services.sales.record_sale(
                Sale(card.id, dt.datetime(2026, 11, day, 11), [SaleLine(qty=1, unit_price=Decimal(300))]),
                None,
            )
    return window


def test_the_call_hour_brings_the_list_forward_once_a_day(qtbot: QtBot, calls_due: MainWindow) -> None:
    window = calls_due
    window.tabs.setCurrentWidget(window.customers)
    clock.freeze(dt.datetime(2026, 11, 23, 14, 59))
    window.calls.tick()  # the first tick prepares the list in the background
    qtbot.waitUntil(lambda: window.calls.listing is not None, timeout=10_000)
    assert window.tabs.currentWidget() is window.customers
    assert "between 15:00–16:00" in window.calls.banner.text()
    assert window.calls.model.rowCount() == 3
    clock.freeze(dt.datetime(2026, 11, 23, 15, 0))
    window.calls.tick()  # the list is prepared off the GUI thread, then comes forward
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.calls, timeout=10_000)
    assert window.calls.banner.text() == "Call hour now (15:00–16:00): 3 calls to make."
    window.tabs.setCurrentWidget(window.customers)
    window.calls.tick()  # already shown today: it does not jump forward again
    assert window.tabs.currentWidget() is window.customers
    clock.freeze(dt.datetime(2026, 11, 23, 16, 0))
    window.calls.tick()
    assert "between 15:00–16:00" in window.calls.banner.text()


def test_outcomes_one_click_each_and_a_call_back(
    qtbot: QtBot, calls_due: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock.freeze(dt.datetime(2026, 11, 23, 15, 5))
    tab = calls_due.calls
    tab.reload()
    assert tab.model.rowCount() == 3
    assert tab.model.text(0, 4) == "after-sale follow-up"
    assert "size" not in tab.model.text(0, 5) and "last purchase 2026-11-18" in tab.model.text(0, 5)
    tab.select_row(0)
    tab.copy_phone()
    assert QGuiApplication.clipboard().text() == tab.listing.calls[0].phone  # type: ignore[union-attr]
    tab.note.setText("很满意")
    assert tab.log(Outcome.REACHED)
    assert tab.model.text(0, 7) == "Reached" and tab.current_row() == 1  # on to the next call
    assert tab.model.data(tab.model.index(0, 7), Qt.ItemDataRole.BackgroundRole).name() == "#e8f5e9"
    assert tab.banner.text() == "Call hour now (15:00–16:00): 2 calls to make."
    monkeypatch.setattr(CallBackDialog, "exec", lambda self: True)
    monkeypatch.setattr(CallBackDialog, "moment", lambda self: dt.datetime(2026, 11, 27, 15, 30))
    first_open = tab.selected().name  # type: ignore[union-attr]
    assert tab.log(Outcome.CALL_BACK)
    friday = {r.name: r for r in calls_due.services.calls.call_list(dt.date(2026, 11, 27)).calls}
    assert friday[first_open].reasons == ("callback",)
    assert all(
        r.overdue for name, r in friday.items() if name != first_open
    )  # not called Monday: carried over
    row = tab.current_row() - 1  # the call back, shown as what it was, in its own colour
    assert tab.model.text(row, 7) == "Call back on…"
    assert tab.model.data(tab.model.index(row, 7), Qt.ItemDataRole.BackgroundRole).name() == "#e3f2fd"
    assert tab.banner.text() == "Call hour now (15:00–16:00): 1 calls to make."  # Friday's is not today's
    tab.select_row(2)
    assert tab.log(Outcome.NO_ANSWER)
    states = sorted(tab.model.text(r, 7) for r in range(tab.model.rowCount()))
    assert states == ["Call back on…", "No answer", "Reached"] and tab.pending() == 0
