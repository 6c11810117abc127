"""The manager's desk as a manager uses it at month end."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip import clock
from boutique_vip.domain.call_list import Reason
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.sales import Sale, SaleLine
from boutique_vip.domain.users import Role
from boutique_vip.gui.main_window import MainWindow


def test_month_end_at_the_desk(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    services = window.services
    clock.freeze(dt.datetime(2026, 11, 30, 18, 0))
    one = services.users.add_group("一组")
    services.users.add_group("二组")
    for n in range(3):
        cid = services.customers.save(
            card_from_form(
                {
                    "name": f"新顾客{n}",
                    "phone": f"1390000010{n}",
                    "registered_on": "2026-11-10",
                    "group_id": one,
                    "price_min": "500",
                    "price_max": "700",
                }
            )  # type: ignore[dict-item]
        ).id
        line = SaleLine(qty=1, unit_price=Decimal(560), category="牛仔裤", size="XL" if n else "M")
        for day in (10, 12):  # two receipts: a B customer, who is phoned (C customers get an SMS)
            services.sales.record_sale(Sale(cid, dt.datetime(2026, 11, day, 11), [line]), None)
    window.tabs.setCurrentWidget(window.desk)  # first shown: the month is counted off the GUI thread
    desk = window.desk
    qtbot.waitUntil(lambda: desk.kpi_table.rowCount() == 3 and desk.busy.isHidden(), timeout=20_000)
    desk.month.setCurrentText("2026-11")
    desk.refresh()
    groups = [desk.kpi_table.item(r, 0).text() for r in range(desk.kpi_table.rowCount())]  # type: ignore[union-attr]
    assert groups == ["一组", "二组", "Whole shop"]
    assert desk.kpi_table.item(0, 2).text() == "3 / 30"  # type: ignore[union-attr]
    assert "一组" in desk.missed.text() and "二组" in desk.missed.text()
    desk.till_day.setDate(QDate(2026, 11, 10))
    desk.till_count.setValue(9)
    desk.save_till_count()
    desk.till_day.setDate(QDate(2026, 11, 11))
    assert desk.till_count.value() == 0
    desk.till_day.setDate(QDate(2026, 11, 10))
    assert desk.till_count.value() == 9  # the count entered for that day is shown again
    assert desk.kpis[-1].counts.receipts == 9  # and is the shop's denominator
    desk.criteria["category"].setText("牛仔裤")
    desk.criteria["sizes"].setText("XL、XXL")
    desk.criteria["price"].setText("600")
    assert desk.segment_count.text() == "2 customers match"
    desk.run_segment()
    assert desk.segment_table.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    assert desk.send_to_calls() == 2
    reasons = {r.name: r.reasons for r in services.calls.call_list().calls}
    assert reasons["新顾客1"] == (Reason.CAMPAIGN,)
    shown: list[str] = []
    monkeypatch.setattr(
        "boutique_vip.gui.widgets.pdf_preview.PdfPreview.exec", lambda self: shown.append(self.windowTitle())
    )
    desk.monthly_report()
    assert shown == ["Monthly report 2026-11"]


def test_staff_do_not_see_the_desk(window: MainWindow) -> None:
    staff = window.services.users.add("李丽", Role.STAFF, "1111")
    window._set_actor(staff)
    assert not window.tabs.isTabVisible(window.desk_index)


def test_a_month_without_lost_customers_draws_a_plain_axis(qtbot: QtBot) -> None:
    """No lost customers: the chart's axis runs from 0 in whole customers (not 0.002–0.01)."""
    from decimal import Decimal

    from PySide6.QtCharts import QValueAxis

    from boutique_vip.domain.desk import MonthFigures
    from boutique_vip.gui.tabs.desk.charts import DeskCharts

    charts = DeskCharts()
    qtbot.addWidget(charts)
    month = MonthFigures("2026-11", {"A": 1, "B": 0, "C": 0}, {"A": Decimal(0)}, {}, 3, 0)
    charts.show_figures([month])
    lost_chart = charts.views[3].chart()
    axis = next(a for a in lost_chart.axes() if isinstance(a, QValueAxis))
    assert axis.min() == 0 and axis.max() >= 1 and axis.labelFormat() == "%.0f"


def test_long_headers_wrap_and_show_whole_in_a_tooltip(window: MainWindow) -> None:
    """English titles are longer: "Registration rate (≥85%)" wraps instead of being cut, whole on hover."""
    from PySide6.QtCore import Qt

    from boutique_vip.gui.widgets.headers import header_text

    header = window.desk.kpi_table.horizontalHeader()
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
    assert header.minimumHeight() >= 2 * header.fontMetrics().lineSpacing()
    assert header_text(header, 1) == "Registration rate (≥85%)"
    assert all(
        t.horizontalHeader().defaultAlignment() & Qt.TextFlag.TextWordWrap for t in window._tables().values()
    )
