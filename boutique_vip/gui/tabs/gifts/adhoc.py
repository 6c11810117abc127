"""Ad-hoc gifts for special customers: one-line plans that go through the same approval and signed sheet."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.gift_plan import Delivery
from boutique_vip.domain.permissions import Action, allowed
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.tabs.gifts.tab import choice_combo, delivery_items, gift_items, staff_items
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.gui.widgets.customer_picker import CustomerPicker
from boutique_vip.services import Services
from boutique_vip.services.gifts import PlanView


class AdhocGiftDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adhocGiftDialog")
        self.setWindowTitle(self.tr("Ad-hoc gift"))
        self.setMinimumWidth(520)
        self.services, self.bus, self.actor = services, bus, actor
        self.created: PlanView | None = None
        self.picker = CustomerPicker(services.customers, "adhocCustomer")
        self.occasion = named(QLineEdit(), "adhocOccasion")
        today = clock.today()
        self.day = named(QDateEdit(QDate(today.year, today.month, today.day)), "adhocDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.gift = choice_combo("adhocGift", gift_items(services))
        self.delivery = choice_combo("adhocDelivery", delivery_items())
        self.executor = choice_combo("adhocExecutor", staff_items(services))
        self.reason = named(QLineEdit(), "adhocReason")
        self.error = error_label("adhocError")
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.picker)
        form.addRow(self.tr("For (occasion)"), self.occasion)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Gift"), self.gift)
        form.addRow(self.tr("Delivery"), self.delivery)
        form.addRow(self.tr("Executor"), self.executor)
        form.addRow(self.tr("Why"), self.reason)
        stack(self, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        customer = self.picker.customer
        if customer is None:
            self.error.setText(self.tr("Choose the customer."))
            return
        day = self.day.date()
        try:
            import datetime as dt

            self.created = perform(
                self.bus,
                Change(
                    self.services.gifts.create_adhoc,
                    customer.id,
                    self.occasion.text(),
                    dt.date(day.year(), day.month(), day.day()),
                    self.gift.currentData(),
                    Delivery(self.delivery.currentData()),
                    self.executor.currentData(),
                    self.reason.text(),
                    self.actor,
                ),
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()


class AdhocPage(QWidget):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        actor: Actor,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adhocPage")
        self.services, self.bus, self.actor, self.language = services, bus, actor, language
        self.plans: list[PlanView] = []
        self.table = named(QTableWidget(0, 7), "adhocTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Customer"),
                self.tr("For"),
                self.tr("Date"),
                self.tr("Gift"),
                self.tr("Why"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bar = QHBoxLayout()
        for name, text, slot in (
            ("newAdhoc", self.tr("New ad-hoc gift…"), self.new_gift),
            ("approveAdhoc", self.tr("Approve and sign…"), self.approve),
            ("previewAdhoc", self.tr("Preview and print…"), self.preview),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            bar.addWidget(button)
            if name == "newAdhoc":
                self.new_button = button
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.set_actor(actor)
        self.reload()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.new_button.setEnabled(allowed(actor.role, Action.GIFT_PLAN))

    def reload(self) -> None:
        self.plans = self.services.gifts.adhoc_gifts()
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            line = plan.lines[0]
            values = (
                plan.month,
                f"{line.card_no} {line.name}",
                line.occasion,
                line.occasion_date.isoformat(),
                line.gift,
                line.reason,
                plan.status,
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def selected(self) -> PlanView | None:
        row = self.table.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def new_gift(self) -> None:
        AdhocGiftDialog(self.services, self.bus, self.actor, self).exec()

    def approve(self) -> None:
        from boutique_vip.gui.dialogs.approve_plan import ApprovePlanDialog

        plan = self.selected()
        if plan is None or plan.id is None or plan.status != "draft":
            return
        ApprovePlanDialog(self.services, self.bus, plan.id, plan.month, self.language, self).exec()

    def preview(self) -> None:
        from boutique_vip.gui.widgets.pdf_preview import PdfPreview

        plan = self.selected()
        if plan is not None:
            PdfPreview(self.services.gifts.sheet(plan.month, self.language), plan.month, self).exec()
