"""The manager's desk: the month's KPIs against their targets, the charts, targeted lists, the reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.call_list import Reason
from boutique_vip.domain.desk import MonthFigures
from boutique_vip.domain.errors import BoutiqueError, FieldError
from boutique_vip.domain.kpi import Kpi
from boutique_vip.domain.segments import Segment, segment_from_form
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import show_error, translated
from boutique_vip.gui.labels import sms_summary
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_operation
from boutique_vip.gui.tabs.desk.charts import DeskCharts
from boutique_vip.gui.widgets import busy_bar, error_label, named
from boutique_vip.services import Services
from boutique_vip.services.segments import SegmentRow

MET, MISSED = QColor("#e8f5e9"), QColor("#ffebee")
SEGMENT_FIELDS = (
    "category",
    "sizes",
    "colours",
    "style",
    "price",
    "tiers",
    "visited_within_days",
    "away_at_least_days",
    "birthday_month",
    "not_contacted_days",
)


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class DeskTab(QWidget):
    def __init__(
        self, services: Services, actor: Actor, language: str, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskTab")
        self.bus = bus
        self.services, self.actor, self.language = services, actor, language
        self.month = named(QComboBox(), "deskMonth")
        today = clock.today().replace(day=1)
        for back in range(24):
            month = today
            for _ in range(back):
                month = (month - dt.timedelta(days=1)).replace(day=1)
            self.month.addItem(month.strftime("%Y-%m"))
        self.month.currentTextChanged.connect(lambda _t: self.refresh_in_background())
        self.pages = named(QTabWidget(), "deskPages")
        self.pages.addTab(self._kpi_page(), self.tr("KPIs"))
        self.charts = DeskCharts()
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.addTab(self._segment_page(), self.tr("Targeted lists"))
        # Counting a large shop's month takes a few seconds.
        self.busy = busy_bar("deskBusy", self.tr("Counting…"), width=200)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.busy)
        top.addStretch(1)
        for text, name, slot in (
            (self.tr("Monthly report (PDF)…"), "deskMonthlyReport", self.monthly_report),
            (self.tr("Top-20 VIP sheet (PDF)…"), "deskTop20", self.top20),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.kpis: list[Kpi] = []

    # --- KPIs ------------------------------------------------------------------------------

    def _kpi_page(self) -> QWidget:
        page = QWidget()
        self.kpi_table = named(QTableWidget(0, 10), "kpiTable")
        self.kpi_headers()
        self.kpi_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.kpi_table.verticalHeader().hide()
        self.kpi_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missed = named(QLabel(), "kpiMissed")
        self.missed.setWordWrap(True)
        self.till_day = named(QDateEdit(QDate.currentDate()), "tillDay")
        self.till_day.setCalendarPopup(True)
        self.till_day.setDisplayFormat("yyyy-MM-dd")
        self.till_count = named(QSpinBox(), "tillCount")
        self.till_count.setRange(0, 100_000)
        self.till_day.dateChanged.connect(lambda _d: self.show_till_count())
        save_till = named(QPushButton(self.tr("Save the till's count")), "saveTillCount")
        save_till.clicked.connect(self.save_till_count)
        till = QHBoxLayout()
        till.addWidget(QLabel(self.tr("Receipts the till printed on")))
        till.addWidget(self.till_day)
        till.addWidget(self.till_count)
        till.addWidget(save_till)
        till.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.kpi_table, 1)
        layout.addWidget(self.missed)
        layout.addLayout(till)
        return page

    def _count(self, month: str) -> tuple[list[Kpi], list[MonthFigures]]:
        return self.services.kpis.month(month, self.actor), self.services.desk.figures(month)

    def refresh(self) -> None:
        """Count the chosen month now (a few seconds in a large shop: see ``refresh_in_background``)."""
        try:
            self._show(self._count(self.month.currentText()))
        except BoutiqueError as exc:
            show_error(self, exc)

    def refresh_in_background(self) -> None:
        """Count the month off the GUI thread, with a busy bar, then show it."""
        from boutique_vip.gui.ops import run_query

        month = self.month.currentText()
        self.busy.show()

        def done(result: object) -> None:
            self.busy.hide()
            if month == self.month.currentText():  # not a month the manager has already left
                self._show(result)  # type: ignore[arg-type]

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            if isinstance(exc, BoutiqueError):
                show_error(self, exc)

        self._worker = run_query(lambda _progress: self._count(month), done, failed)

    def kpi_headers(self) -> None:
        """The targets in the headers are the shop's rules (read again at each refresh: they may change)."""
        rules = self.services.shop.rules()
        self.kpi_table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Registration rate (≥{percent}%)").format(
                    percent=rules.registration_rate_min_percent
                ),
                self.tr("New customers / target"),
                self.tr("Bonus"),
                self.tr("After-sale follow-up ({percent}%)").format(percent=rules.after_sale_target_percent),
                self.tr("Gift plan done"),
                self.tr("Spend per customer"),
                self.tr("Churn"),
                self.tr("Repurchase (quarter)"),
                self.tr("New, brought by customers"),
            ]
        )

    def _show(self, result: tuple[list[Kpi], list[MonthFigures]]) -> None:
        self.kpi_headers()
        self.kpis, figures = result
        self.show_kpis(self.kpis)
        self.charts.show_figures(figures)

    def show_kpis(self, kpis: list[Kpi]) -> None:
        self.kpi_table.setRowCount(len(kpis))
        for row, k in enumerate(kpis):
            cells = [
                (self.tr("Whole shop") if k.group == "shop" else k.group, None),
                (percent(k.registration_rate), k.registration_met),
                (f"{k.new_customers} / {k.new_customer_target}", k.new_customers_met),
                (self.tr("yes") if k.bonus else "", None),
                (percent(k.after_sale_completion), k.after_sale_met),
                (percent(k.gift_plan_completion), k.gift_plan_met),
                ("—" if k.spend_per_customer is None else f"{k.spend_per_customer:,.2f}", None),
                (percent(k.churn_rate), None),
                (percent(k.repurchase_rate), None),
                (str(k.counts.referred_new_customers), None),
            ]
            for column, (text, met) in enumerate(cells):
                item = QTableWidgetItem(text)
                if met is not None:
                    item.setBackground(MET if met else MISSED)
                    item.setToolTip(self.tr("target met") if met else self.tr("target missed"))
                self.kpi_table.setItem(row, column, item)
        behind = [k.group for k in kpis if k.group != "shop" and not k.new_customers_met]
        self.missed.setText(
            self.tr("New-customer target missed by: {groups}").format(groups="、".join(behind))
            if behind
            else ""
        )

    def show_till_count(self) -> None:
        """The count already entered for the chosen day (0 when none)."""
        d = self.till_day.date()
        self.till_count.setValue(self.services.kpis.till_count(dt.date(d.year(), d.month(), d.day())) or 0)

    def save_till_count(self) -> None:
        d = self.till_day.date()
        day = dt.date(d.year(), d.month(), d.day())
        if run_operation(
            self,
            self.bus,
            Change(self.services.kpis.set_till_count, day, self.till_count.value(), self.actor),
        ):
            self.refresh()

    # --- targeted lists -----------------------------------------------------------------------

    def _segment_page(self) -> QWidget:
        page = QWidget()
        self.criteria: dict[str, QLineEdit] = {}
        titles = {
            "category": self.tr("Category bought (e.g. 牛仔裤)"),
            "sizes": self.tr("Sizes (e.g. XL、XXL)"),
            "colours": self.tr("Colours"),
            "style": self.tr("Style"),
            "price": self.tr("Price of the new piece (yuan), in her price band"),
            "tiers": self.tr("Tiers (e.g. A、B)"),
            "visited_within_days": self.tr("Visited within days"),
            "away_at_least_days": self.tr("Not visited for at least days"),
            "birthday_month": self.tr("Birthday month"),
            "not_contacted_days": self.tr("Not contacted for days"),
        }
        form = QFormLayout()
        for name in SEGMENT_FIELDS:
            edit = named(QLineEdit(), f"segment_{name}")
            edit.textChanged.connect(lambda _t: self.update_count())
            self.criteria[name] = edit
            form.addRow(titles[name], edit)
        self.segment_count = named(QLabel(), "segmentCount")
        self.segment_error = error_label("segmentError")
        self.saved_segments = named(QComboBox(), "savedSegments")
        self.saved_segments.activated.connect(lambda _i: self.load_saved())
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Show the list"), "segmentRun", self.run_segment),
            (self.tr("Save the list…"), "segmentSave", self.save_segment),
            (self.tr("Send to the call list"), "segmentToCalls", self.send_to_calls),
            (self.tr("Export as SMS list…"), "segmentSms", self.export_sms),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.segment_table = named(QTableWidget(0, 6), "segmentTable")
        self.segment_table.setHorizontalHeaderLabels(
            [
                self.tr("Card"),
                self.tr("Customer"),
                self.tr("Phone"),
                self.tr("Tier"),
                self.tr("Size"),
                self.tr("Price band"),
            ]
        )
        self.segment_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.segment_table.verticalHeader().hide()
        self.segment_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # A targeted list is a campaign: its message starts from the shop's campaign text, changed here for one
        # list if the manager wishes.
        self.sms_template = named(
            QPlainTextEdit(self.services.shop.sms_texts()[Reason.CAMPAIGN]), "segmentSmsTemplate"
        )
        self.sms_template.setFixedHeight(48)
        left = QVBoxLayout()
        left.addWidget(self.saved_segments)
        left.addLayout(form)
        left.addWidget(self.segment_count)
        left.addWidget(self.segment_error)
        left.addLayout(buttons)
        left.addWidget(QLabel(self.tr("SMS ({name}, {size} are filled in):")))
        left.addWidget(self.sms_template)
        left.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self.segment_table, 3)
        self.segment_rows: list[SegmentRow] = []
        self.reload_saved()
        return page

    def _segment(self) -> Segment:
        return segment_from_form({name: edit.text() for name, edit in self.criteria.items()})

    def update_count(self) -> None:
        """The count follows the filter as it is typed."""
        try:
            count = self.services.segments.count(self._segment())
        except FieldError as exc:
            self.segment_error.setText(translated(exc))
            return
        self.segment_error.clear()
        self.segment_count.setText(self.tr("{n} customers match").format(n=count))

    def run_segment(self) -> None:
        try:
            self.segment_rows = self.services.segments.run(self._segment())
        except FieldError as exc:
            self.segment_error.setText(translated(exc))
            return
        self.segment_table.setRowCount(len(self.segment_rows))
        for row, r in enumerate(self.segment_rows):
            for column, text in enumerate((r.card_no, r.name, r.phone, r.tier, r.size, r.price_band)):
                self.segment_table.setItem(row, column, QTableWidgetItem(text))
        rows = self.segment_rows
        no_consent = sum(1 for r in rows if not r.sms_opt_in)
        no_phone = sum(1 for r in rows if r.sms_opt_in and not r.phone)
        text = self.tr("{n} customers match").format(n=len(rows))
        if rows:
            text += "; " + self.tr(
                "{sms} can get an SMS ({no_consent} without SMS consent, {no_phone} without a phone)"
            ).format(sms=len(rows) - no_consent - no_phone, no_consent=no_consent, no_phone=no_phone)
        self.segment_count.setText(text)

    def reload_saved(self) -> None:
        self.saved = self.services.segments.saved()
        self.saved_segments.clear()
        self.saved_segments.addItem(self.tr("Saved lists…"))
        self.saved_segments.addItems(list(self.saved))

    def load_saved(self) -> None:
        segment = self.saved.get(self.saved_segments.currentText())
        if segment is None:
            return
        values = segment.to_json()
        for name, edit in self.criteria.items():
            value = values.get(name)
            edit.setText("、".join(value) if isinstance(value, list) else "" if value is None else str(value))
        self.run_segment()

    def save_segment(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the list"), self.tr("Name of the list:"))
        if not ok:
            return
        try:
            perform(self.bus, Change(self.services.segments.save, name, self._segment(), self.actor))
        except BoutiqueError as exc:
            show_error(self, exc)
            return
        self.reload_saved()

    def send_to_calls(self) -> int:
        if not self.segment_rows:
            self.run_segment()
        name = (
            self.saved_segments.currentText()
            if self.saved_segments.currentIndex() > 0
            else self.tr("new arrivals")
        )
        sent = Change(
            self.services.segments.send_to_call_list,
            name,
            [r.customer_id for r in self.segment_rows],
            self.actor,
        )
        if not run_operation(self, self.bus, sent):
            return 0
        added = sent.result
        QMessageBox.information(
            self,
            self.tr("Targeted lists"),
            self.tr("{n} customers are on the call list from today.").format(n=added),
        )
        return added

    def export_sms(self) -> None:
        if not self.segment_rows:
            self.run_segment()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export SMS list"), "sms.csv", "CSV (*.csv);;Excel (*.xlsx)"
        )
        if not name:
            return
        exported = Change(
            self.services.segments.export_sms,
            self.segment_rows,
            self.sms_template.toPlainText().strip(),
            Path(name),
            self.actor,
        )
        if run_operation(self, self.bus, exported):
            QMessageBox.information(self, self.tr("Export SMS list"), sms_summary(exported.result))

    # --- reports ---------------------------------------------------------------------------

    def monthly_report(self) -> None:
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview
        from boutique_vip.reports.desk_sheets import build_monthly_report

        month = self.month.currentText()
        try:
            pdf = build_monthly_report(self.services.desk.monthly_report(month, self.actor), self.language)
        except BoutiqueError as exc:
            show_error(self, exc)
            return
        PdfPreview(pdf, self.tr("Monthly report {month}").format(month=month), self).exec()

    def top20(self) -> None:
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview
        from boutique_vip.reports.desk_sheets import build_top20_sheet

        try:
            pdf = build_top20_sheet(
                self.services.shop.name(), self.services.desk.top_customers(self.actor), self.language
            )
        except BoutiqueError as exc:
            show_error(self, exc)
            return
        PdfPreview(pdf, self.tr("Top-20 VIP sheet"), self).exec()
