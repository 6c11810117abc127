"""The Calls tab: today's calls with why each matters, one-click outcomes, the SMS list, the call hour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.call_list import Outcome, call_hour
from boutique_vip.domain.changes import Topic
from boutique_vip.domain.permissions import Action, allowed
from boutique_vip.domain.users import Actor
from boutique_vip.gui.labels import outcome_names, sms_summary
from boutique_vip.gui.ops import Change, ChangeBus, run_operation
from boutique_vip.gui.tabs.calls.model import CallTableModel, SmsTableModel
from boutique_vip.gui.widgets import named, ok_cancel, stack
from boutique_vip.services import Services
from boutique_vip.services.call_rows import CallRow
from boutique_vip.services.calls import CallList


class CallBackDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call back on…"))
        start = clock.now() + dt.timedelta(days=1)
        self.when = named(
            QDateTimeEdit(QDateTime(QDate(start.year, start.month, start.day), QTime(15, 0))), "callbackWhen"
        )
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        stack(self, QLabel(self.tr("When should she be called back?")), self.when, ok_cancel(self))

    def moment(self) -> dt.datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class CallsTab(QWidget):
    call_hour_started = Signal(int)  # number of calls waiting
    waiting = Signal(object)  # calls waiting during the call hour, None outside it (the tray's tooltip)

    def __init__(
        self, services: Services, actor: Actor, language: str, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callsTab")
        # A customer sent from the desk, a sale, a new tier, a plan's lines or new rules: the list is prepared again.
        bus.watch(
            self,
            {Topic.CALLS, Topic.CUSTOMERS, Topic.RECEIPTS, Topic.TIERS, Topic.RULES, Topic.PLANS},
            self.reload_in_background,
        )
        self.services, self.bus, self.actor, self.language = services, bus, actor, language
        self.listing: CallList | None = None
        self.banner = named(QLabel(), "callHourBanner")
        self.banner.setWordWrap(True)
        self.model = CallTableModel()
        self.table = named(QTableView(), "callTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 80, 110, 40, 160, 0, 110, 70)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.note = named(QLineEdit(), "callNote")
        self.note.setPlaceholderText(self.tr("Note about the call"))
        copy = named(QPushButton(self.tr("Copy phone")), "copyPhone")
        copy.clicked.connect(self.copy_phone)
        outcomes = QHBoxLayout()
        outcomes.addWidget(copy)
        outcomes.addWidget(self.note, 1)
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        titles = {Outcome(code): title for code, title in outcome_names().items()}
        self.outcome_titles = titles
        for outcome, title in titles.items():
            button = named(QPushButton(title), f"outcome_{outcome.value}")
            button.clicked.connect(lambda _c=False, o=outcome: self.log(o))
            self.outcome_buttons[outcome] = button
            outcomes.addWidget(button)
        print_button = named(QPushButton(self.tr("Print the list…")), "printCalls")
        print_button.clicked.connect(self.print_list)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(print_button)
        calls_page = QWidget()
        calls_layout = QVBoxLayout(calls_page)
        calls_layout.addLayout(top)
        calls_layout.addWidget(self.table, 1)
        calls_layout.addLayout(outcomes)
        self.sms_model = SmsTableModel()
        self.sms_table = named(QTableView(), "smsTable")
        self.sms_table.setModel(self.sms_model)
        self.sms_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.sms_table.verticalHeader().hide()
        self.sms_table.horizontalHeader().setStretchLastSection(True)
        self.export_button = export = named(QPushButton(self.tr("Export SMS list…")), "exportSms")
        export.clicked.connect(self.export_sms)
        export.setEnabled(allowed(actor.role, Action.EXPORT))
        sms_page = QWidget()
        sms_layout = QVBoxLayout(sms_page)
        explanation = QLabel(
            self.tr(
                "Customers who get an SMS instead of a call, each with the message of her most urgent reason. "
                "The messages are set under File → Rules of the shop → SMS texts."
            )
        )
        explanation.setWordWrap(True)
        sms_layout.addWidget(explanation)
        sms_layout.addWidget(self.sms_table, 1)
        sms_layout.addWidget(export)
        pages = named(QTabWidget(), "callPages")
        pages.addTab(calls_page, self.tr("Today's calls"))
        pages.addTab(sms_page, self.tr("SMS list"))
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        self._hour_seen: dt.date | None = None
        self.update_banner()  # the list itself is prepared off the GUI thread by tick()

    # --- the list --------------------------------------------------------------------------

    def reload(self) -> None:
        self.show_list(self.services.calls.call_list(clock.today()))

    def reload_in_background(self, then: Callable[[], None] | None = None) -> None:
        """Compute the list off the GUI thread (a large shop's list takes seconds), then show it."""
        from boutique_vip.gui.ops import run_query

        day = clock.today()
        self.banner.setText(self.tr("Preparing today's calls…"))

        def done(listing: object) -> None:
            assert isinstance(listing, CallList)
            self.show_list(listing)
            if then is not None:
                then()

        self._worker = run_query(
            lambda _progress: self.services.calls.call_list(day),
            done,
            lambda exc: self.banner.setText(str(exc)),
        )

    def show_list(self, listing: CallList) -> None:
        self.listing = listing
        self.model.set_rows(listing.calls)
        self.sms_model.set_rows(listing.sms)
        self.sms_model.set_texts(self.services.shop.sms_texts())
        self.update_banner()

    def pending(self) -> int:
        return self.listing.calls.pending() if self.listing else 0

    def update_banner(self) -> None:
        rules = self.services.shop.rules()
        hours = f"{rules.call_hour_start:02d}:00–{rules.call_hour_end:02d}:00"
        phase = call_hour(clock.now(), rules)
        if phase == "during":
            text = self.tr("Call hour now ({hours}): {n} calls to make.").format(
                hours=hours, n=self.pending()
            )
            style = "background: #fff3e0; color: #e65100; font-weight: bold; padding: 4px;"
        else:
            text = self.tr(
                "The calls are made between {hours}. Calls can still be logged now (she may ring back)."
            ).format(hours=hours)
            style = "color: #555; padding: 4px;"
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.waiting.emit(self.pending() if phase == "during" else None)

    def tick(self) -> None:
        """Called every minute: at the start of the call hour the list comes forward once a day."""
        now = clock.now()
        if call_hour(now, self.services.shop.rules()) == "during" and self._hour_seen != now.date():
            self._hour_seen = now.date()
            self.reload_in_background(lambda: self.call_hour_started.emit(self.pending()))
        elif self.listing is None or self.listing.day != now.date():
            self.reload_in_background()  # first start, or a new day: the list is always there to see
        else:
            self.update_banner()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> CallRow | None:
        row = self.current_row()
        return self.model.calls[row] if 0 <= row < len(self.model.calls) else None

    # --- actions ---------------------------------------------------------------------------

    def copy_phone(self) -> None:
        call = self.selected()
        if call is not None:
            QGuiApplication.clipboard().setText(call.phone)

    def log(self, outcome: Outcome, callback_at: dt.datetime | None = None) -> bool:
        call = self.selected()
        if call is None:
            return False
        if outcome is Outcome.CALL_BACK and callback_at is None:
            dialog = CallBackDialog(self)
            if not dialog.exec():
                return False
            callback_at = dialog.moment()
        logged = Change(
            self.services.calls.log_outcome,
            call.customer_id,
            outcome,
            self.note.text(),
            self.actor,
            call.reasons,
            callback_at,
        )
        # Mark the row done where it is and move on (``shown_by``: this page is not reloaded for it);
        # recomputing a large shop's list after every call would keep the manager waiting, and rows jumping
        # about under the cursor would confuse her.
        if not run_operation(self, self.bus, logged, shown_by=self):
            return False
        self.note.clear()
        call.outcome = outcome.value
        # A call back later today keeps her among today's calls to make; any other outcome closes the call.
        call.done = not (
            outcome is Outcome.CALL_BACK and (callback_at is None or callback_at.date() == clock.today())
        )
        row = self.current_row()
        self.model.row_changed(row)
        self.select_row(min(row + 1, self.model.rowCount() - 1))
        self.update_banner()
        return True

    def print_list(self) -> None:
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview
        from boutique_vip.reports.call_sheet import build_call_sheet, sheet_of

        if self.listing is None:
            return
        pdf = build_call_sheet(sheet_of(self.services.shop.name(), self.listing), self.language)
        PdfPreview(pdf, self.tr("Call list {day}").format(day=self.listing.day.isoformat()), self).exec()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.export_button.setEnabled(allowed(actor.role, Action.EXPORT))

    def export_sms(self) -> None:
        if self.listing is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export SMS list"), "sms.csv", "CSV (*.csv);;Excel (*.xlsx)"
        )
        if not name:
            return
        exported = Change(
            self.services.calls.export_sms,
            self.listing,
            self.sms_model.texts,
            Path(name),
            self.actor,
        )
        if run_operation(self, self.bus, exported):
            QMessageBox.information(self, self.tr("Export SMS list"), sms_summary(exported.result))
