"""The manager's PDFs: the top-20 VIP sheet for staff training and the monthly report with its charts.
Chinese is embedded TrueType text (reports.styles), so the PDF's text can be searched and checked."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer

from boutique_vip.domain.desk import MonthlyReport, TopCustomer
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP
from boutique_vip.domain.kpi import Kpi
from boutique_vip.reports.styles import cjk_font, grid_table, numbered_document
from boutique_vip.reports.words import occasion_names, sheet_labels

TIER_COLOURS = (colors.HexColor("#c62828"), colors.HexColor("#1565c0"), colors.HexColor("#9e9e9e"))

# The sheet's words in English; the catalogue (context "Sheets") gives them in the sheet's language.
ENGLISH: dict[str, Any] = {
    "top_title": QT_TRANSLATE_NOOP("Sheets", "Top 20 VIP customers (staff training)"),
    "top_columns": [
        QT_TRANSLATE_NOOP("Sheets", "#"),
        QT_TRANSLATE_NOOP("Sheets", "Card"),
        QT_TRANSLATE_NOOP("Sheets", "Name"),
        QT_TRANSLATE_NOOP("Sheets", "Lifetime spend"),
        QT_TRANSLATE_NOOP("Sheets", "Sizes"),
        QT_TRANSLATE_NOOP("Sheets", "Colours"),
        QT_TRANSLATE_NOOP("Sheets", "Styles/cuts"),
        QT_TRANSLATE_NOOP("Sheets", "Price band"),
        QT_TRANSLATE_NOOP("Sheets", "Birthday"),
        QT_TRANSLATE_NOOP("Sheets", "Family"),
    ],
    "report_title": QT_TRANSLATE_NOOP("Sheets", "Monthly report"),
    "kpis": QT_TRANSLATE_NOOP("Sheets", "KPIs"),
    "kpi_columns": [
        QT_TRANSLATE_NOOP("Sheets", "Group"),
        QT_TRANSLATE_NOOP("Sheets", "Registration"),
        QT_TRANSLATE_NOOP("Sheets", "New / target"),
        QT_TRANSLATE_NOOP("Sheets", "Bonus"),
        QT_TRANSLATE_NOOP("Sheets", "After-sale done"),
        QT_TRANSLATE_NOOP("Sheets", "Gift plan done"),
        QT_TRANSLATE_NOOP("Sheets", "Spend/customer"),
        QT_TRANSLATE_NOOP("Sheets", "Churn"),
        QT_TRANSLATE_NOOP("Sheets", "Repurchase"),
    ],
    "shop": QT_TRANSLATE_NOOP("Sheets", "Whole shop"),
    "met": QT_TRANSLATE_NOOP("Sheets", "met"),
    "missed": QT_TRANSLATE_NOOP("Sheets", "missed"),
    "bonus": QT_TRANSLATE_NOOP("Sheets", "yes"),
    "charts": QT_TRANSLATE_NOOP("Sheets", "Charts"),
    "tier_mix": QT_TRANSLATE_NOOP("Sheets", "Customers per tier, month by month"),
    "spend_by_tier": QT_TRANSLATE_NOOP("Sheets", "Monthly spend by tier (yuan)"),
    "new_by_group": QT_TRANSLATE_NOOP("Sheets", "New customers per group against target"),
    "target": QT_TRANSLATE_NOOP("Sheets", "target"),
    "lost_per_month": QT_TRANSLATE_NOOP("Sheets", "Customers lost per month"),
    "lost": QT_TRANSLATE_NOOP("Sheets", "Customers lost this month"),
    "lost_columns": [
        QT_TRANSLATE_NOOP("Sheets", "Card"),
        QT_TRANSLATE_NOOP("Sheets", "Name"),
        QT_TRANSLATE_NOOP("Sheets", "Last receipt"),
    ],
    "none": QT_TRANSLATE_NOOP("Sheets", "none"),
    "next": QT_TRANSLATE_NOOP("Sheets", "Next month's gift plan ({month})"),
    "deadline": QT_TRANSLATE_NOOP("Sheets", "Approve by {date}   status: {status}"),
    "statuses": {
        "proposed": QT_TRANSLATE_NOOP("Sheets", "not saved yet (proposal)"),
        "draft": QT_TRANSLATE_NOOP("Sheets", "draft"),
        "approved": QT_TRANSLATE_NOOP("Sheets", "approved"),
    },
    "occasions": QT_TRANSLATE_NOOP("Sheets", "Occasions and customers: {items}"),
    "page": QT_TRANSLATE_NOOP("Sheets", "Page {page}"),
}


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _met(value: bool | None, labels: dict[str, Any]) -> str:
    return "" if value is None else f" {labels['met'] if value else labels['missed']}"


def _table(rows: list[list[Any]], widths: Sequence[float], font: str) -> LongTable:
    return grid_table(rows, list(widths), font)


def build_top20_sheet(shop: str, rows: list[TopCustomer], language: str = "zh_CN") -> bytes:
    labels = sheet_labels(ENGLISH, language)
    font = cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5)
    heading = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, alignment=1)
    data: list[list[Any]] = [labels["top_columns"]]
    for r in rows:
        data.append(
            [
                str(r.rank),
                r.card_no,
                Paragraph(r.name, cell),
                f"{r.lifetime_spend:,.2f}",
                Paragraph(r.sizes, cell),
                Paragraph(r.colours, cell),
                Paragraph(r.styles, cell),
                r.price_band,
                r.birthday,
                Paragraph(r.family, cell),
            ]
        )
    buffer = io.BytesIO()
    doc, footer = numbered_document(buffer, landscape(A4), labels["top_title"], shop, labels["page"])
    widths = [10 * mm, 22 * mm, 22 * mm, 25 * mm, 22 * mm, 30 * mm, 35 * mm, 22 * mm, 22 * mm, 67 * mm]
    story = [
        Paragraph(f"{labels['top_title']}　{shop}", heading),
        Spacer(1, 4 * mm),
        _table(data, widths, font),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _bar_chart(
    title: str,
    months: list[str],
    series: list[tuple[str, list[float]]],
    font: str,
    palette: Sequence[Any] = TIER_COLOURS,
) -> Drawing:
    drawing = Drawing(125 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, 85 * mm, 42 * mm
    chart.data = [values for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [m[2:] for m in months]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
    drawing.add(chart)
    drawing.add(String(12 * mm, 56 * mm, title, fontName=font, fontSize=9))
    legend = Legend()
    legend.x, legend.y = 100 * mm, 48 * mm
    legend.fontName, legend.fontSize = font, 7
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, (name, _) in enumerate(series)]
    drawing.add(legend)
    return drawing


def kpi_rows(kpis: list[Kpi], labels: dict[str, Any]) -> list[list[str]]:
    rows = [labels["kpi_columns"]]
    for k in kpis:
        rows.append(
            [
                labels["shop"] if k.group == "shop" else k.group,
                _percent(k.registration_rate) + _met(k.registration_met, labels),
                f"{k.new_customers}/{k.new_customer_target}" + _met(k.new_customers_met, labels),
                labels["bonus"] if k.bonus else "",
                _percent(k.after_sale_completion) + _met(k.after_sale_met, labels),
                _percent(k.gift_plan_completion) + _met(k.gift_plan_met, labels),
                "—" if k.spend_per_customer is None else f"{k.spend_per_customer:,.2f}",
                _percent(k.churn_rate),
                _percent(k.repurchase_rate),
            ]
        )
    return rows


def build_monthly_report(report: MonthlyReport, language: str = "zh_CN") -> bytes:
    labels = sheet_labels(ENGLISH, language)
    font = cjk_font()
    heading = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, alignment=1)
    section = ParagraphStyle("section", fontName=font, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    months = [f.month for f in report.figures]
    tiers = ("A", "B", "C")
    charts = [
        _bar_chart(
            labels["tier_mix"],
            months,
            [(t, [f.tier_mix.get(t, 0) for f in report.figures]) for t in tiers],
            font,
        ),
        _bar_chart(
            labels["spend_by_tier"],
            months,
            [(t, [float(f.spend_by_tier.get(t, 0)) for f in report.figures]) for t in tiers],
            font,
        ),
        _bar_chart(
            labels["new_by_group"],
            months,
            [
                (g, [f.new_by_group.get(g, 0) for f in report.figures])
                for g in (report.figures[-1].new_by_group if report.figures else {})
            ]
            + [(labels["target"], [f.new_target_per_group for f in report.figures])],
            font,
            (
                colors.HexColor("#2e7d32"),
                colors.HexColor("#f9a825"),
                colors.HexColor("#6a1b9a"),
                colors.black,
            ),
        ),
        _bar_chart(
            labels["lost_per_month"], months, [(labels["lost"], [f.lost for f in report.figures])], font
        ),
    ]
    chart_grid = LongTable([[charts[0], charts[1]], [charts[2], charts[3]]], colWidths=[135 * mm, 135 * mm])
    lost_rows: list[list[Any]] = [labels["lost_columns"], *[list(r) for r in report.lost_customers]]
    names = {**occasion_names(language), **report.occasion_names}
    occasions = (
        "、".join(f"{names.get(code, code)} {n}" for code, n in report.next_occasions) or labels["none"]
    )
    buffer = io.BytesIO()
    title = f"{labels['report_title']} {report.month}"
    doc, footer = numbered_document(buffer, landscape(A4), title, report.shop, labels["page"])
    widths = [30 * mm, 32 * mm, 32 * mm, 14 * mm, 34 * mm, 34 * mm, 30 * mm, 24 * mm, 24 * mm]
    story: list[Any] = [
        Paragraph(f"{title}　{report.shop}", heading),
        Paragraph(labels["kpis"], section),
        _table(kpi_rows(report.kpis, labels), widths, font),
        Paragraph(labels["charts"], section),
        chart_grid,
        KeepTogether(
            [
                Paragraph(f"{labels['lost']}（{len(report.lost_customers)}）", section),
                _table(lost_rows, [30 * mm, 40 * mm, 30 * mm], font)
                if report.lost_customers
                else Paragraph(labels["none"], body),
            ]
        ),
        Paragraph(labels["next"].format(month=report.next_month), section),
        Paragraph(
            labels["deadline"].format(
                date=report.next_deadline.isoformat() if report.next_deadline else "—",
                status=labels["statuses"].get(report.next_status, report.next_status),
            ),
            body,
        ),
        Paragraph(labels["occasions"].format(items=occasions), body),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
