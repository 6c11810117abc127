"""A manager's actions on one customer's data: correct her points, give her a copy of her data, erase it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from boutique_vip.domain.customer import CustomerCard
from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import translated
from boutique_vip.gui.ops import Change, ChangeBus, perform, run_operation
from boutique_vip.gui.widgets import error_label, named, ok_cancel, stack
from boutique_vip.services import Services


class CorrectPointsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        manager: Actor,
        card: CustomerCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert card.id is not None
        self.setObjectName("correctPointsDialog")
        self.setWindowTitle(self.tr("Correct points — {name}").format(name=card.name))
        self.services, self.bus, self.manager, self.card = services, bus, manager, card
        self.points = named(QSpinBox(), "correctionPoints")
        self.points.setRange(-1_000_000, 1_000_000)
        self.reason = named(QLineEdit(), "correctionReason")
        self.error = error_label("correctionError")
        form = QFormLayout()
        form.addRow(self.tr("Points to add (negative to take off)"), self.points)
        form.addRow(self.tr("Why"), self.reason)
        note = QLabel(
            self.tr("A correction is a new line in her points ledger; nothing is changed in place.")
        )
        note.setWordWrap(True)
        stack(self, note, form, self.error, ok_cancel(self))

    def accept(self) -> None:
        assert self.card.id is not None
        try:
            perform(
                self.bus,
                Change(
                    self.services.sales.correct_points,
                    self.card.id,
                    self.points.value(),
                    self.reason.text(),
                    self.manager,
                ),
            )
        except BoutiqueError as exc:
            self.error.setText(translated(exc))
            return
        super().accept()


def export_her_data(
    parent: QWidget, services: Services, bus: ChangeBus, manager: Actor, card: CustomerCard
) -> Path | None:
    """Everything held about her, as a JSON file she can be given (her right to see her data)."""
    assert card.id is not None
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CustomerPrivacy", "Export her data"),
        f"{card.card_no}.json",
        "JSON (*.json)",
    )
    if not name:
        return None
    exported = Change(services.customers.export_personal_data, card.id, manager)
    if not run_operation(parent, bus, exported):
        return None
    data = exported.result
    Path(name).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return Path(name)


def erase_her_data(
    parent: QWidget, services: Services, bus: ChangeBus, manager: Actor, card: CustomerCard
) -> bool:
    """Erase on her request, after the manager types the card number to confirm."""
    assert card.id is not None
    typed, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CustomerPrivacy", "Erase her data"),
        QCoreApplication.translate(
            "CustomerPrivacy",
            "Erase everything about {name} (card {card_no})? Her card is blanked, her family, events, visits and "
            "contact notes are deleted; receipts stay without her name. This cannot be undone.\n\n"
            "Type the card number to confirm:",
        ).format(name=card.name, card_no=card.card_no),
    )
    if not ok:
        return False
    if typed.strip().upper() != card.card_no:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CustomerPrivacy", "Erase her data"),
            QCoreApplication.translate(
                "CustomerPrivacy", "The card number does not match; nothing was erased."
            ),
        )
        return False
    return run_operation(parent, bus, Change(services.customers.erase, card.id, manager))
