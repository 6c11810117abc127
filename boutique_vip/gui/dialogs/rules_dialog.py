"""The shop's rules: every number of the care manual, changed by a manager in one place.

Each row comes from the rule's declaration (``domain.rules.RULES``): its title, unit and range; the service
checks the values again and the dialog shows its refusals beside the rules they name."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.errors import BoutiqueError, ValidationFailed
from boutique_vip.domain.rules import RULES, SECTIONS, Rules, RuleSpec, check_rules
from boutique_vip.domain.sms_texts import SMS_REASONS, check_sms_texts
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.labels import reason_names
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services


def title(spec: RuleSpec) -> str:
    return QCoreApplication.translate("Rules", spec.title)


def titles() -> dict[str, str]:
    """Every rule's translated title, by name."""
    return {spec.name: title(spec) for spec in RULES}


class RulesDialog(QDialog):
    def __init__(
        self,
        rules: Rules,
        services: Services,
        bus: ChangeBus,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Rules of the shop"))
        self.setMinimumSize(820, 560)
        self.rules, self.services, self.bus, self.actor = rules, services, bus, actor
        self.chosen: Rules | None = None  # the rules to save, once accepted
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        for section in SECTIONS:
            heading = QLabel(QCoreApplication.translate("Rules", section))
            heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
            form.addRow(heading)
            for spec in (s for s in RULES if s.section == section):
                edit = named(QLineEdit(str(getattr(rules, spec.name))), f"rule_{spec.name}")
                edit.setToolTip(
                    self.tr("From {low} to {high} {unit}; the manual's default is {default}.").format(
                        low=spec.low,
                        high=spec.high,
                        unit=QCoreApplication.translate("Rules", spec.unit),
                        default=spec.default,
                    )
                )
                label = QLabel(
                    self.tr("{title} ({unit})").format(
                        title=title(spec), unit=QCoreApplication.translate("Rules", spec.unit)
                    )
                )
                label.setWordWrap(True)
                # A wrapped title takes the lines it needs (the form would give it one row's height).
                label.setMinimumWidth(360)
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
                self.edits[spec.name] = edit
                self.labels[spec.name] = label
                form.addRow(label, edit)
                if spec.name == "points_expiry_years":
                    form.addRow(self._expiry_note())
        heading = QLabel(self.tr("SMS texts ({name}, {size} and {gift} are filled in)"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        form.addRow(heading)
        self.sms_edits: dict[str, QPlainTextEdit] = {}
        texts, reasons = services.shop.sms_texts(), reason_names()
        for reason in SMS_REASONS:
            text = named(QPlainTextEdit(texts[reason]), f"sms_{reason}")
            text.setFixedHeight(54)
            text.setTabChangesFocus(True)
            self.sms_edits[reason] = text
            form.addRow(QLabel(reasons[reason]), text)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error = error_label("rulesError")
        stack(self, scroll, self.error, ok_cancel(self, QDialogButtonBox.StandardButton.Save))

    def _expiry_note(self) -> QLabel:
        since = self.services.shop.points_expiry_since()
        note = named(
            QLabel(
                self.tr(
                    "A change applies to points earned from the day it is saved; points earned before keep the "
                    "rule they were earned under."
                )
                + (
                    " " + self.tr("The rule in force was set on {day}.").format(day=since.isoformat())
                    if since
                    else ""
                )
            ),
            "pointsExpiryNote",
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        return note

    def _expiry_change_confirmed(self, rules: Rules) -> bool:
        """Point expiry is never retroactive: say so, and what it means, before it is saved."""
        if rules.points_expiry_years == self.rules.points_expiry_years:
            return True
        today = clock.today().isoformat()
        if rules.points_expiry_years:
            text = self.tr(
                "From today ({day}) points earned in a year expire on 31 December {years} year(s) later. "
                "Points earned before today are not affected: they keep the rule they were earned under."
            ).format(day=today, years=rules.points_expiry_years)
        else:
            text = self.tr(
                "From today ({day}) the points earned never expire. Points earned before today still expire as "
                "the rule said when they were earned."
            ).format(day=today)
        answer = QMessageBox.question(
            self, self.tr("Point expiry (积分清零)"), text + "\n\n" + self.tr("Save?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def values(self) -> Rules:
        """What was typed; a text that is not a number at all is refused here, a range by the service."""
        values: dict[str, Any] = {}
        for spec in RULES:
            text = self.edits[spec.name].text().strip()
            try:
                value: int | Decimal = Decimal(text) if isinstance(spec.default, Decimal) else int(text)
            except (ValueError, InvalidOperation):
                raise ValueError(
                    self.tr("{rule}: enter a number from {low} to {high}.").format(
                        rule=title(spec), low=spec.low, high=spec.high
                    )
                ) from None
            values[spec.name] = value
        return Rules(**values)

    def accept(self) -> None:
        for edit in [*self.edits.values(), *self.sms_edits.values()]:
            edit.setStyleSheet("")
        texts = {reason: edit.toPlainText() for reason, edit in self.sms_edits.items()}
        try:
            rules = self.values()
            # Both checked before anything is saved; the service checks the rules again when it saves them.
            if problems := [*check_rules(rules), *check_sms_texts(texts)]:
                raise ValidationFailed(problems)
            if not self._expiry_change_confirmed(rules):
                return
            perform(self.bus, Change(self.services.shop.set_sms_texts, texts, self.actor))
            # The rules re-sort every customer (seconds in a large shop): saved by the window, off the GUI
            # thread, once the dialog has closed.
            self.chosen = rules
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        except ValidationFailed as exc:
            self.error.setText("\n".join(translated(e) for e in exc.errors))
            fields: dict[str, QWidget] = {
                **self.edits,
                **{f"sms_{reason}": edit for reason, edit in self.sms_edits.items()},
            }
            for e in exc.errors:
                if e.field in fields:
                    fields[e.field].setStyleSheet("background: #ffebee;")
            first = next((e.field for e in exc.errors if e.field in fields), None)
            if first is not None:
                fields[first].setFocus()
            return
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()
