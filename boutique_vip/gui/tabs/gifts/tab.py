"""The Gifts tab: the month's plan (draft → approved → delivered) and the gift catalogue."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.changes import Topic
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.occasions import OCCASION_NAMES
from boutique_vip.domain.permissions import Action, allowed
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import show_error, translated
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_in_pool, run_operation, run_query
from boutique_vip.gui.tabs.gifts.plan_model import PlanLinesModel
from boutique_vip.gui.widgets import LazyPage, busy_bar, error_label, money, named, ok_cancel, stack
from boutique_vip.services import Services
from boutique_vip.services.gifts import PlanLineView, PlanView


def delivery_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        Delivery.PICKUP.value: QCoreApplication.translate("Gifts", "pickup in the shop"),
        Delivery.MAIL.value: QCoreApplication.translate("Gifts", "by mail"),
        Delivery.HOME_DELIVERY.value: QCoreApplication.translate("Gifts", "home delivery"),
    }


def occasion_names(services: Services) -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    names = {
        code.value: QCoreApplication.translate("Occasions", name) for code, name in OCCASION_NAMES.items()
    }
    names.update({o.code: o.name for o in services.gifts.custom_occasions()})
    return names


def choice_combo(
    name: str, items: list[tuple[str, object]], current: object = None, none_label: str = ""
) -> QComboBox:
    """A combo of (text, value) items, with an optional 'none' entry first, set to ``current``."""
    combo = named(QComboBox(), name)
    if none_label:
        combo.addItem(none_label, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def gift_items(services: Services) -> list[tuple[str, object]]:
    return [(f"{g.name} ({money(g.cost)})", g.id) for g in services.gifts.catalogue()]


def staff_items(services: Services) -> list[tuple[str, object]]:
    return [(name, uid) for uid, name in services.users.staff()]


def delivery_items() -> list[tuple[str, object]]:
    return [(name, code) for code, name in delivery_names().items()]


def _month_after(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class EditLineDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        actor: Actor,
        line: PlanLineView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editPlanLine")
        self.services, self.bus, self.actor, self.line = services, bus, actor, line
        self.setWindowTitle(self.tr("Gift for {name}").format(name=line.name))
        self.gift = choice_combo(
            "lineGift", gift_items(services), line.gift_category_id, self.tr("(no gift)")
        )
        self.executor = choice_combo(
            "lineExecutor", staff_items(services), line.executor_id, self.tr("(nobody)")
        )
        self.delivery = choice_combo("lineDelivery", delivery_items(), line.delivery)
        self.reason = named(QLineEdit(line.reason), "lineReason")
        self.error = error_label("lineError")
        limits = self.tr("Standard for tier {tier}: {low} to {high} yuan").format(
            tier=line.tier,
            low=money(line.min_cost) if line.min_cost is not None else "—",
            high=money(line.max_cost) if line.max_cost is not None else "—",
        )
        form = QFormLayout()
        form.addRow(QLabel(limits))
        form.addRow(self.tr("Gift"), self.gift)
        form.addRow(self.tr("Executor"), self.executor)
        form.addRow(self.tr("Delivery"), self.delivery)
        form.addRow(self.tr("Reason (when outside the standard)"), self.reason)
        stack(self, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        try:
            perform(
                self.bus,
                Change(
                    self.services.gifts.edit_line,
                    self.line.id or 0,
                    self.actor,
                    gift_category_id=self.gift.currentData(),
                    executor_id=self.executor.currentData(),
                    delivery=Delivery(self.delivery.currentData()),
                    reason=self.reason.text(),
                ),
            )
        except BoutiqueError as exc:
            self.error.setText(
                translated(exc) + "".join(f"\n{translated(e)}" for e in getattr(exc, "errors", []))
            )
            return
        super().accept()


class PlanPage(LazyPage):
    def __init__(
        self, services: Services, actor: Actor, language: str, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.services, self.actor, self.language, self.bus = services, actor, language, bus
        # Drafting a large shop's month takes a few seconds.
        self.busy = busy_bar("planBusy", self.tr("Working out the plan…"))
        self.view: PlanView | None = None
        # A plan is a month's: picked from a list of months (a year back, half a year ahead), next month first.
        self.month = named(QComboBox(), "planMonth")
        first = clock.today().replace(day=1)
        for offset in range(-12, 7):
            self.month.addItem(_month_after(first, offset).strftime("%Y-%m"))
        self.month.setCurrentText(_month_after(first, 1).strftime("%Y-%m"))
        self.month_chosen = False  # once she picks a month herself, the page no longer picks one for her
        self.status = named(QLabel(), "planStatus")
        self.status.setWordWrap(True)
        self.reminder = named(QLabel(), "planReminder")
        self.reminder.setStyleSheet("color: #b00020; font-weight: bold;")
        self.model = PlanLinesModel()
        self.table = named(QTableView(), "planTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # columns sized from the first 200 lines, not all of them
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_line())
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("createDraft", self.tr("Create draft"), self.create_draft),
            ("editLine", self.tr("Change gift…"), self.edit_line),
            ("approvePlan", self.tr("Approve and sign…"), self.approve),
            ("previewSheet", self.tr("Preview and print…"), self.preview_sheet),
            ("openSheet", self.tr("Open in PDF reader"), self.open_sheet),
            ("saveSheet", self.tr("Save sheet…"), self.save_sheet),
            ("cardMailed", self.tr("Card mailed"), lambda: self.record("mailed")),
            ("announced", self.tr("Told her to collect"), lambda: self.record("announced")),
            ("delivered", self.tr("Gift delivered"), lambda: self.record("delivered")),
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        for name, text, slot in actions:
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addWidget(self.busy)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.reminder)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.month.currentTextChanged.connect(lambda _t: self.reload_in_background())
        self.month.activated.connect(lambda _i: setattr(self, "month_chosen", True))
        self.enable_buttons()

    def month_text(self) -> str:
        return self.month.currentText()

    def needs_attention(self, month: str) -> None:
        """The window found a plan to approve soon (the most urgent first): the page opens on it, unless she
        has already picked a month herself."""
        if not self.month_chosen and self.month.findText(month) >= 0:
            self.month.setCurrentText(month)

    def reload(self) -> None:
        """Read and draw the month's plan now (after her own edits on this page)."""
        try:
            view = self.services.gifts.current(self.month_text())
        except BoutiqueError as exc:
            self.status.setText(translated(exc))
            return
        self.show_view(view)

    def reload_in_background(self) -> None:
        """Read the plan off the GUI thread (a month not drafted yet is worked out from every customer's tier:
        seconds in a large shop), then draw it; an answer for a month she has left meanwhile is dropped."""
        month = self.month_text()
        self.busy.show()

        def read(_progress: object) -> PlanView:
            return self.services.gifts.current(month)

        def done(view: object) -> None:
            self.busy.hide()
            if isinstance(view, PlanView) and view.month == self.month_text():
                self.show_view(view)

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            if not isinstance(exc, BoutiqueError):
                raise exc
            self.status.setText(translated(exc))

        self._reader = run_query(read, done, failed)

    def load_when_shown(self) -> None:
        self.reload_in_background()

    def show_view(self, view: PlanView) -> None:
        self.view = view
        self.model.set_lines(view.lines, occasion_names(self.services), delivery_names())
        states = {
            "proposed": self.tr("not saved yet (proposal)"),
            "draft": self.tr("draft"),
            "approved": self.tr("approved"),
            "superseded": self.tr("superseded"),
        }
        text = self.tr("{count} lines · revision {revision} · {status}").format(
            count=len(view.lines), revision=view.revision, status=states.get(view.status, view.status)
        )
        if view.status == "approved":
            text += " · " + self.tr("approved by {name} at {when}; {rate}% delivered").format(
                name=view.approved_by,
                when=view.approved_at.strftime("%Y-%m-%d %H:%M") if view.approved_at else "",
                rate=view.completion,
            )
        history = self.services.gifts.revisions(view.month) if view.id is not None else []
        if len(history) > 1:
            text += (
                "\n"
                + self.tr("Revisions: ")
                + ", ".join(
                    f"{r.revision} {states.get(r.status, r.status)}"
                    + (
                        f" ({r.approved_by} {r.approved_at.strftime('%Y-%m-%d %H:%M')})"
                        if r.approved_at
                        else ""
                    )
                    for r in history
                )
            )
        totals = view.totals()
        if totals:
            text += (
                "\n"
                + self.tr("Gifts: ")
                + "; ".join(
                    self.tr("{gift} × {count} = {cost} yuan").format(
                        gift=gift or self.tr("(none)"), count=n, cost=money(cost)
                    )
                    for gift, n, cost in totals
                )
                + "  "
                + self.tr("(total {cost} yuan)").format(
                    cost=money(sum((c for _, _, c in totals), Decimal(0)))
                )
            )
        self.status.setText(text)
        deadline = view.deadline
        if view.status in ("proposed", "draft") and deadline is not None:
            days = (deadline - clock.today()).days
            self.reminder.setText(
                self.tr(
                    "Approve this plan by {date}: its first card goes in the mail then ({days} days)."
                ).format(date=deadline.isoformat(), days=days)
                if days >= 0
                else self.tr(
                    "Approval overdue by {days} days: its first card should have gone in the mail on {date}."
                ).format(date=deadline.isoformat(), days=-days)
            )
        else:
            self.reminder.clear()
        self.enable_buttons()

    def enable_buttons(self) -> None:
        """What the plan's state and the signed-in role allow (the service checks the role again)."""
        status = self.view.status if self.view is not None else ""
        plans = allowed(self.actor.role, Action.GIFT_PLAN)
        delivers = allowed(self.actor.role, Action.GIFT_DELIVERY)
        self.buttons["createDraft"].setEnabled(status == "proposed" and plans)
        self.buttons["editLine"].setEnabled(status in ("draft", "approved") and plans)
        # Approving asks for a manager's own PIN, so anyone may open the dialog for her.
        self.buttons["approvePlan"].setEnabled(status == "draft")
        for name in ("cardMailed", "announced", "delivered"):
            self.buttons[name].setEnabled(status == "approved" and delivers)

    def selected(self) -> PlanLineView | None:
        row = self.table.currentIndex().row()
        if self.view is None or not 0 <= row < len(self.view.lines):
            return None
        return self.view.lines[row]

    def create_draft(self) -> None:
        """Drafted off the GUI thread; the page is drawn again when the bus says the plans changed."""
        month, actor = self.month_text(), self.actor
        self.buttons["createDraft"].setEnabled(False)
        self._worker = run_in_pool(
            self,
            self.bus,
            Change(self.services.gifts.create_draft, month, actor),
            busy=self.busy,
            on_failed=self._draft_refused,
        )

    def _draft_refused(self, exc: BaseException) -> None:
        if not isinstance(exc, BoutiqueError):
            raise exc  # a fault, not a refusal: the crash dialog shows it
        show_error(self, exc)
        self.reload()

    def edit_line(self) -> None:
        line = self.selected()
        if line is None or line.id is None or not self.buttons["editLine"].isEnabled():
            return
        EditLineDialog(self.services, self.bus, self.actor, line, self).exec()

    def approve(self) -> None:
        from boutique_vip.gui.dialogs.approve_plan import ApprovePlanDialog

        if self.view is None or self.view.id is None:
            return
        title = self.tr("the plan for {month}, revision {revision}").format(
            month=self.view.month, revision=self.view.revision
        )
        ApprovePlanDialog(self.services, self.bus, self.view.id, title, self.language, self).exec()

    def sheet_bytes(self) -> bytes:
        return self.services.gifts.sheet(self.month_text(), self.language)

    def preview_sheet(self) -> None:
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview

        PdfPreview(
            self.sheet_bytes(), self.tr("Gift plan {month}").format(month=self.month_text()), self
        ).exec()

    def open_sheet(self) -> None:
        path = Path(tempfile.gettempdir()) / f"gift-plan-{self.month_text()}.pdf"
        path.write_bytes(self.sheet_bytes())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_sheet(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save sheet"), f"gift-plan-{self.month_text()}.pdf", "PDF (*.pdf)"
        )
        if name:
            Path(name).write_bytes(self.sheet_bytes())

    def record(self, what: str) -> None:
        line = self.selected()
        if line is None or line.id is None:
            return
        gifts = self.services.gifts
        recorder = {
            "mailed": gifts.record_card_mailed,
            "announced": gifts.record_announced,
            "delivered": gifts.record_delivery,
        }[what]
        run_operation(self, self.bus, Change(recorder, line.id, clock.today(), self.actor))


class CataloguePage(QWidget):
    def __init__(
        self, services: Services, bus: ChangeBus, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cataloguePage")
        self.services, self.bus, self.actor = services, bus, actor
        self.table = named(QTableWidget(0, 3), "catalogueTable")
        self.table.setHorizontalHeaderLabels([self.tr("Gift"), self.tr("Cost (yuan)"), self.tr("Stock")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = named(QLineEdit(), "newGiftName")
        self.cost = named(QLineEdit(), "newGiftCost")
        self.add_button = add = named(QPushButton(self.tr("Add gift")), "addGift")
        add.clicked.connect(self.add)
        self.error = error_label("catalogueError")
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Gift")))
        form.addWidget(self.name)
        form.addWidget(QLabel(self.tr("Cost (yuan)")))
        form.addWidget(self.cost)
        form.addWidget(add)
        self.occasion_name = named(QLineEdit(), "newOccasionName")
        self.occasion_day = named(QDateEdit(QDate(2000, 9, 10)), "newOccasionDay")
        self.occasion_day.setDisplayFormat("MM-dd")
        self.add_occasion_button = add_occasion = named(QPushButton(self.tr("Add occasion")), "addOccasion")
        add_occasion.clicked.connect(self.add_occasion)
        self.occasions = named(QLabel(), "occasionList")
        self.occasions.setWordWrap(True)
        occasion_row = QHBoxLayout()
        occasion_row.addWidget(QLabel(self.tr("Other occasion (e.g. Teachers' Day)")))
        occasion_row.addWidget(self.occasion_name)
        occasion_row.addWidget(self.occasion_day)
        occasion_row.addWidget(add_occasion)
        self.standards = named(QLabel(), "careStandards")
        self.standards.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standards)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.occasions)
        layout.addLayout(occasion_row)
        layout.addWidget(self.error)
        self.set_actor(actor)
        self.reload()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        may = allowed(actor.role, Action.GIFT_CATALOGUE)
        for widget in (self.add_button, self.add_occasion_button, self.name, self.cost, self.occasion_name):
            widget.setEnabled(may)

    def reload(self) -> None:
        rules = self.services.shop.rules()  # the figures are the manager's rules, never fixed here
        self.standards.setText(
            self.tr(
                "Care standards: A — holiday gift up to {a_holiday} yuan (phone to invite pickup), birthday gift "
                "from {a_birthday} yuan (home delivery or pickup). B — holiday: fashion brochure and a "
                "{b_voucher} yuan voucher by mail; birthday gift from {b_birthday} yuan (pickup). C — no gifts. "
                "The amounts are rules the manager can change."
            ).format(
                a_holiday=money(rules.gift_a_holiday_max_cost),
                a_birthday=money(rules.gift_a_birthday_min_cost),
                b_voucher=money(rules.gift_b_holiday_voucher),
                b_birthday=money(rules.gift_b_birthday_min_cost),
            )
        )
        custom = self.services.gifts.custom_occasions()
        self.occasions.setText(
            self.tr(
                "Gift holidays: Spring Festival, Labour Day, National Day (dates from the holiday calendar)."
            )
            + (
                " "
                + self.tr("Other occasions: {list}").format(
                    list=", ".join(f"{o.name} {o.month:02d}-{o.day:02d}" for o in custom)
                )
                if custom
                else ""
            )
        )
        gifts = self.services.gifts.catalogue()
        self.table.setRowCount(len(gifts))
        for row, g in enumerate(gifts):
            for col, value in enumerate((g.name, money(g.cost), "" if g.stock is None else str(g.stock))):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def add(self) -> None:
        self.error.clear()
        try:
            cost = Decimal(self.cost.text().strip())
        except InvalidOperation:
            self.error.setText(self.tr("Enter the cost in yuan, for example 25 or 128.50."))
            return
        try:
            perform(self.bus, Change(self.services.gifts.add_category, self.name.text(), cost, self.actor))
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        self.name.clear()
        self.cost.clear()

    def add_occasion(self) -> None:
        self.error.clear()
        name = self.occasion_name.text().strip()
        if not name:
            self.error.setText(self.tr("Name the occasion."))
            return
        day = self.occasion_day.date()
        code = (
            "custom_"
            + "".join(ch for ch in name.lower() if ch.isalnum() and ch.isascii())
            + f"_{day.month():02d}{day.day():02d}"
        )
        try:
            perform(
                self.bus,
                Change(self.services.gifts.add_occasion, code, name, day.month(), day.day(), self.actor),
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        self.occasion_name.clear()


class GiftsTab(QWidget):
    def __init__(
        self, services: Services, actor: Actor, language: str, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("giftsTab")
        self.plan = PlanPage(services, actor, language, bus)
        self.catalogue = CataloguePage(services, bus, actor)
        pages = named(QTabWidget(), "giftsPages")
        pages.addTab(self.plan, self.tr("Monthly plan"))
        from boutique_vip.gui.tabs.gifts.adhoc import AdhocPage

        self.adhoc = AdhocPage(services, bus, actor, language)
        pages.addTab(self.adhoc, self.tr("Ad-hoc gifts"))
        pages.addTab(self.catalogue, self.tr("Gift catalogue"))
        pages.currentChanged.connect(lambda _i: self.plan.reload_soon())
        # The month's plan is drawn from tiers, birthdays, receipts, the catalogue and the rules.
        self.plan_watch = bus.watch(
            self.plan,
            {Topic.PLANS, Topic.TIERS, Topic.CUSTOMERS, Topic.RECEIPTS, Topic.RULES, Topic.CATALOGUE},
            self.plan.load_when_shown,
        )
        bus.watch(self.catalogue, {Topic.CATALOGUE, Topic.RULES}, self.catalogue.reload)
        bus.watch(self.adhoc, {Topic.PLANS, Topic.CUSTOMERS, Topic.CATALOGUE}, self.adhoc.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(pages)

    def set_actor(self, actor: Actor) -> None:
        self.plan.actor = actor
        self.plan.enable_buttons()
        self.adhoc.set_actor(actor)
        self.catalogue.set_actor(actor)
