"""The desk's charts (QtCharts): tier mix, spend by tier, new customers against target, lost customers, and
what the customers' points are worth (the points liability)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from boutique_vip.domain.desk import MonthFigures

TIER_COLOURS = {"A": "#c62828", "B": "#1565c0", "C": "#9e9e9e"}


def _bars(title: str, months: list[str], series: dict[str, list[float]], colours: dict[str, str]) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    bars = QBarSeries()
    top = 0.0
    for name, values in series.items():
        bar_set = QBarSet(name)
        bar_set.append(values)
        if name in colours:
            bar_set.setColor(QColor(colours[name]))
        bars.append(bar_set)
        top = max([top, *values])
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append([str(int(m[5:])) for m in months])  # month numbers: short enough for twelve of them
    axis_y = QValueAxis()
    axis_y.setRange(0, max(top * 1.1, 4))
    axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    # Below the bars, so that twelve month numbers fit beside each other in a third of the window; one
    # series says what it is in the title.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(series) > 1)
    return chart


class DeskCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCharts")
        self.views = [QChartView() for _ in range(5)]
        grid = QGridLayout(self)
        for i, view in enumerate(self.views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            grid.addWidget(view, i // 3, i % 3)

    def show_figures(self, figures: list[MonthFigures]) -> None:
        months = [f.month for f in figures]
        tiers = ("A", "B", "C")
        charts = [
            _bars(
                QCoreApplication.translate("Desk", "Customers per tier"),
                months,
                {t: [float(f.tier_mix.get(t, 0)) for f in figures] for t in tiers},
                TIER_COLOURS,
            ),
            _bars(
                QCoreApplication.translate("Desk", "Monthly spend by tier (yuan)"),
                months,
                {t: [float(f.spend_by_tier.get(t, 0)) for f in figures] for t in tiers},
                TIER_COLOURS,
            ),
            self._new_customers(figures, months),
            _bars(
                QCoreApplication.translate("Desk", "Customers lost per month"),
                months,
                {QCoreApplication.translate("Desk", "lost"): [float(f.lost) for f in figures]},
                {},
            ),
            _bars(
                QCoreApplication.translate("Desk", "Points liability at the month's end (yuan)"),
                months,
                {
                    QCoreApplication.translate("Desk", "points' worth"): [
                        float(f.points_liability) for f in figures
                    ]
                },
                {},
            ),
        ]
        for view, chart in zip(self.views, charts, strict=True):
            view.setChart(chart)

    @staticmethod
    def _new_customers(figures: list[MonthFigures], months: list[str]) -> QChart:
        groups = list(figures[-1].new_by_group) if figures else []
        chart = _bars(
            QCoreApplication.translate("Desk", "New customers per group against target"),
            months,
            {g: [float(f.new_by_group.get(g, 0)) for f in figures] for g in groups},
            {},
        )
        target = QLineSeries()
        target.setName(QCoreApplication.translate("Desk", "target"))
        for i, f in enumerate(figures):
            target.append(QPointF(i, f.new_target_per_group))
        chart.addSeries(target)
        target.setColor(QColor("black"))  # after adding: the chart's theme would colour it otherwise
        axes = chart.axes()
        for axis in axes:
            target.attachAxis(axis)
        top = max(
            [f.new_target_per_group for f in figures]
            + [max(f.new_by_group.values(), default=0) for f in figures]
            + [1]
        )
        for axis in chart.axes(Qt.Orientation.Vertical):
            axis.setRange(0, top * 1.15)
            if isinstance(axis, QValueAxis):
                axis.applyNiceNumbers()
        return chart
