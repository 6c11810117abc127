"""A manager sets a customer's tier by hand (with a reason) or marks her special, confirming with their PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from boutique_vip.domain.customer import CustomerCard, Tier
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Role
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services


class ManualTierDialog(QDialog):
    def __init__(
        self, services: Services, bus: ChangeBus, card: CustomerCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualTierDialog")
        self.services, self.bus = services, bus
        self.card = card
        self.setWindowTitle(self.tr("Tier of {name}").format(name=card.name))
        self.setMinimumWidth(420)
        self.tier = named(QComboBox(), "manualTier")
        self.tier.addItem(self.tr("computed by the rules"), None)
        for tier in Tier:
            self.tier.addItem(tier.value, tier)
        self.tier.setCurrentIndex(max(0, self.tier.findData(card.manual_tier)))
        self.reason = named(QLineEdit(), "manualTierReason")
        self.special = named(QCheckBox(self.tr("special customer (always A)")), "manualTierSpecial")
        self.special.setChecked(card.special)
        self.manager = named(QComboBox(), "manualTierManager")
        for actor in services.users.active_users():
            if actor.role is Role.MANAGER:
                self.manager.addItem(actor.name, actor.id)
        self.pin = named(QLineEdit(), "manualTierPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("manualTierError")
        form = QFormLayout()
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow("", self.special)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Manager's PIN"), self.pin)
        stack(self, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        customer_id = self.card.id or 0
        try:
            tiers = self.services.tiers
            manager = perform(
                self.bus, Change(self.services.users.sign_in, self.manager.currentData(), self.pin.text())
            )
            tier = self.tier.currentData()
            if tier != self.card.manual_tier or (tier is not None and self.reason.text().strip()):
                perform(self.bus, Change(tiers.set_manual, customer_id, tier, self.reason.text(), manager))
            if self.special.isChecked() != self.card.special:
                perform(self.bus, Change(tiers.set_special, customer_id, self.special.isChecked(), manager))
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            self.pin.clear()
            return
        super().accept()
