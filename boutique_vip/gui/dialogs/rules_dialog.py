"""The shop's rules: every number of the care manual, changed by a manager in one place."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack


def titles() -> dict[str, str]:

    return {
        "points_per_yuan": QCoreApplication.translate("Rules", "Points per yuan paid"),
        "birthday_points_multiplier": QCoreApplication.translate(
            "Rules", "Points multiplier on her birthday"
        ),
        "holiday_points_multiplier": QCoreApplication.translate(
            "Rules", "Points multiplier on a gift holiday's first day"
        ),
        "redeem_points_unit": QCoreApplication.translate("Rules", "Points per redemption step"),
        "redeem_value_yuan": QCoreApplication.translate("Rules", "Yuan per redemption step"),
        "tier_a_lifetime_points": QCoreApplication.translate("Rules", "A from lifetime points"),
        "tier_a_recent_receipts": QCoreApplication.translate("Rules", "A from receipts in the recent window"),
        "tier_a_recent_window_days": QCoreApplication.translate("Rules", "Recent window (days)"),
        "tier_b_receipts": QCoreApplication.translate("Rules", "B from receipts ever"),
        "demotion_after_days": QCoreApplication.translate(
            "Rules", "One tier lower after days without a visit"
        ),
        "lost_after_days": QCoreApplication.translate("Rules", "Lost after days without a receipt"),
        "card_mail_days_before": QCoreApplication.translate("Rules", "Mail cards days before the occasion"),
        "gift_a_holiday_max_cost": QCoreApplication.translate("Rules", "A holiday gift: highest cost (yuan)"),
        "gift_a_birthday_min_cost": QCoreApplication.translate(
            "Rules", "A birthday gift: lowest cost (yuan)"
        ),
        "gift_b_holiday_voucher": QCoreApplication.translate("Rules", "B holiday: voucher (yuan)"),
        "gift_b_birthday_min_cost": QCoreApplication.translate(
            "Rules", "B birthday gift: lowest cost (yuan)"
        ),
        "plan_reminder_days": QCoreApplication.translate("Rules", "Remind about plan approval days before"),
        "call_hour_start": QCoreApplication.translate("Rules", "Call hour starts (hour)"),
        "call_hour_end": QCoreApplication.translate("Rules", "Call hour ends (hour)"),
        "calls_per_hour": QCoreApplication.translate("Rules", "Calls that fit in the hour"),
        "idle_lock_minutes": QCoreApplication.translate(
            "Rules", "Lock the program after minutes without use (0: never)"
        ),
        "after_sale_min_days": QCoreApplication.translate(
            "Rules", "After-sale call from days after the receipt"
        ),
        "after_sale_max_days": QCoreApplication.translate(
            "Rules", "After-sale call until days after the receipt"
        ),
        "win_back_min_days": QCoreApplication.translate(
            "Rules", "Win-back call from days since the last visit"
        ),
        "win_back_max_days": QCoreApplication.translate(
            "Rules", "Win-back call until days since the last visit"
        ),
        "win_back_quiet_days": QCoreApplication.translate("Rules", "Win-back only without contact for days"),
        "gift_pickup_reminder_days": QCoreApplication.translate(
            "Rules", "Remind about a waiting gift after days"
        ),
        "registration_rate_min_percent": QCoreApplication.translate(
            "Rules", "Registration rate at least (%)"
        ),
    }


class RulesDialog(QDialog):
    def __init__(self, rules: Rules, save: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules of the shop"))
        self.setMinimumSize(520, 560)
        self.rules, self.save, self.actor = rules, save, actor
        self.edits: dict[str, QLineEdit] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        names = titles()
        for field in dataclasses.fields(Rules):
            edit = named(QLineEdit(str(getattr(rules, field.name))), f"rule_{field.name}")
            self.edits[field.name] = edit
            form.addRow(names.get(field.name, field.name), edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error = error_label("rulesError")
        stack(self, scroll, self.error, ok_cancel(self, QDialogButtonBox.StandardButton.Save))

    def values(self) -> Rules:
        values: dict[str, Any] = {}
        names = titles()
        for field in dataclasses.fields(Rules):
            text = self.edits[field.name].text().strip()
            default = getattr(Rules(), field.name)
            try:
                value = Decimal(text) if isinstance(default, Decimal) else int(text)
            except (ValueError, InvalidOperation):
                value = None
            if value is None or value < 0:
                raise ValueError(
                    self.tr("{rule}: enter a number of 0 or more.").format(
                        rule=names.get(field.name, field.name)
                    )
                )
            values[field.name] = value
        return Rules(**values)

    def accept(self) -> None:
        try:
            rules = self.values()
            self.save(rules, self.actor)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()
