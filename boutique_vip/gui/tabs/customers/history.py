"""On the card: her tier and why, what she actually buys next to what the card says, receipts, visits, points."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boutique_vip.domain.customer import CustomerCard, join_list
from boutique_vip.domain.profile import DerivedProfile
from boutique_vip.gui.labels import channel_names, ledger_kind_names, outcome_names, stored_text
from boutique_vip.gui.widgets import named
from boutique_vip.services import Services
from boutique_vip.services.tiers import TierRow

DISAGREE_STYLE = "background: #ffe0b2; color: #b00020;"


def tier_text(row: TierRow | None) -> str:
    if row is None:
        return "—"
    status = QCoreApplication.translate("History", "lost") if row.status.value == "lost" else ""
    reason = "; ".join(QCoreApplication.translate("Tiers", t).format(**v) for t, v in row.reason_parts)
    return f"{row.tier.value} {status} — {reason}".replace("  ", " ")


class PurchaseHistory(QWidget):
    tier_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseHistory")
        self.services = services
        self.tier = named(QLabel(), "historyTier")
        self.tier.setWordWrap(True)
        self.points = named(QLabel(), "historyPoints")
        set_tier = named(QPushButton(self.tr("Set tier / special…")), "setTier")
        set_tier.clicked.connect(self.tier_requested.emit)
        self.profile_labels: dict[str, QLabel] = {}
        profile = QGroupBox(self.tr("What she buys (from her purchases) — compared with the card"))
        form = QFormLayout(profile)
        for key, title in (
            ("sizes", self.tr("Sizes bought")),
            ("colours", self.tr("Top colours")),
            ("styles", self.tr("Top styles")),
            ("price_band", self.tr("Price band paid")),
            ("frequency", self.tr("Purchases per month")),
            ("basket", self.tr("Average receipt")),
            ("spend", self.tr("Spent in all")),
            ("last_purchase", self.tr("Last purchase")),
            ("last_visit", self.tr("Last visit")),
        ):
            label = named(QLabel(), f"profile_{key}")
            label.setWordWrap(True)
            self.profile_labels[key] = label
            form.addRow(title, label)
        self.timeline = named(QTreeWidget(), "historyTimeline")
        self.timeline.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("What"),
                self.tr("Receipt"),
                self.tr("Amount"),
                self.tr("Points"),
                self.tr("In cash / with points"),
            ]
        )
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.itemExpanded.connect(self._open_receipt)
        self._receipt_lines: list[Any] = []  # each receipt's lines, by the number its item holds
        self.ledger_rows = LedgerModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Points"), self.tr("Why"), self.tr("By")], self
        )
        self.ledger = named(QTableView(), "historyLedger")
        self.ledger.setModel(self.ledger_rows)
        self.ledger.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.ledger.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # Column widths from the newest rows, not from every row of a long ledger.
        self.ledger.horizontalHeader().setResizeContentsPrecision(50)
        self.ledger.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ledger.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ledger.verticalHeader().hide()
        # Rows as tight as the timeline's: more of her ledger shows in the room the card leaves it.
        self.ledger.verticalHeader().setDefaultSectionSize(self.ledger.fontMetrics().height() + 6)
        self.contacts = named(QLabel(), "historyContacts")
        self.contacts.setWordWrap(True)
        self.changes = named(QLabel(), "historyTierChanges")
        self.changes.setWordWrap(True)
        self.referrals = named(QLabel(), "historyReferrals")
        self.referrals.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.tier, 1)
        top.addWidget(set_tier)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.points)
        layout.addWidget(self.referrals)
        layout.addWidget(profile)
        layout.addWidget(QLabel(self.tr("Receipts, returns and visits")))
        layout.addWidget(self.timeline, 2)
        layout.addWidget(QLabel(self.tr("Points ledger")))
        layout.addWidget(self.ledger, 1)
        layout.addWidget(self.contacts)
        layout.addWidget(self.changes)

    def load(self, card: CustomerCard, tier: TierRow | None = None) -> None:
        """Her history; ``tier`` when the caller has already worked it out."""
        self.timeline.clear()
        self.ledger_rows.show([])
        if card.id is None:
            self.tier.setText("—")
            self.points.clear()
            self.referrals.clear()
            self.changes.clear()
            self.contacts.clear()
            for label in self.profile_labels.values():
                label.clear()
                label.setStyleSheet("")
            return
        row = tier or self.services.tiers.of(card.id)
        self.tier.setText(self.tr("Tier: {tier}").format(tier=tier_text(row)))
        if row is not None:
            expiring = self.services.sales.points_expiring(card.id)
            self.points.setText(
                self.tr("Points balance {balance}, lifetime points {lifetime}").format(
                    balance=row.balance, lifetime=row.lifetime_points
                )
                + "".join(
                    self.tr("; {points} expire on {day}").format(points=points, day=day.isoformat())
                    for day, points in expiring
                )
            )
        brought, earned = self.services.customers.referrals(card.id)
        self.referrals.setText(
            self.tr("She brought {who}: {points} referral points.").format(
                who="、".join(f"{name} ({no})" for no, name in brought), points=earned
            )
            if brought
            else ""
        )
        self._show_profile(self.services.profiles.derived(card.id), card)
        self._show_timeline(card.id)
        self._show_ledger(card.id)
        contacts = self.services.calls.history(card.id)[:5]
        channels, outcomes = channel_names(), outcome_names()
        self.contacts.setText(
            self.tr("Contacts: ")
            + "; ".join(
                f"{at.strftime('%Y-%m-%d %H:%M')} {channels.get(channel, channel)} {outcomes.get(outcome, outcome)} {note}".strip()
                for at, channel, _r, outcome, note in contacts
            )
            if contacts
            else ""
        )
        changes = self.services.tiers.changes(card.id)[:5]
        self.changes.setText(
            self.tr("Tier changes: ")
            + "; ".join(
                f"{c.day} {c.old_tier or '—'}→{c.new_tier} {stored_text(c.new_status)} ({stored_text(c.cause)})"
                for c in changes
            )
            if changes
            else ""
        )

    def _show_profile(self, profile: DerivedProfile, card: CustomerCard) -> None:
        labels = self.profile_labels
        for label in labels.values():
            label.setStyleSheet("")
        labels["sizes"].setText(", ".join(f"{cat} {size}" for cat, size in profile.sizes.items()) or "—")
        labels["colours"].setText(join_list(profile.colours) or "—")
        labels["styles"].setText(join_list(profile.styles) or "—")
        band = profile.price_band
        labels["price_band"].setText(
            self.tr("{low}–{high} yuan").format(low=band[0], high=band[1]) if band else "—"
        )
        labels["frequency"].setText(str(profile.purchases_per_month))
        labels["basket"].setText(f"{profile.average_basket}" if profile.average_basket is not None else "—")
        labels["spend"].setText(f"{profile.lifetime_spend}")
        labels["last_purchase"].setText(str(profile.last_purchase or "—"))
        labels["last_visit"].setText(str(profile.last_visit or "—"))
        notes = []
        for field, bought in profile.disagreements.items():
            typed = (
                f"{card.price_min}–{card.price_max}" if field == "price_band" else str(getattr(card, field))
            )
            notes.append(
                self.tr("she now buys {bought}, the card says {typed}").format(bought=bought, typed=typed)
            )
        if notes:
            target = (
                labels["price_band"] if list(profile.disagreements) == ["price_band"] else labels["sizes"]
            )
            target.setText(target.text() + " ⚠ " + "; ".join(notes))
            target.setStyleSheet(DISAGREE_STYLE)

    def _show_timeline(self, customer_id: int) -> None:
        kinds = {"sale": self.tr("purchase"), "return": self.tr("return"), "visit": self.tr("visit")}
        items = []
        self._receipt_lines = []
        for entry in self.services.sales.history(customer_id):
            points = sum(line.points for line in entry.lines)
            item = QTreeWidgetItem(
                [
                    entry.day.isoformat(),
                    kinds[entry.kind] + (f": {entry.note}" if entry.note else ""),
                    entry.receipt_no,
                    f"{entry.total:.2f}" if entry.kind != "visit" else "",
                    str(points) if entry.kind != "visit" else "",
                    self._payment(entry.cash, entry.redeemed_value, abs(entry.points_redeemed)),
                ]
            )
            if entry.lines:
                # A receipt's lines are made when it is opened: a regular's card opens with hundreds of
                # receipts, not thousands of rows.
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                item.setData(0, Qt.ItemDataRole.UserRole, len(self._receipt_lines))
                self._receipt_lines.append(entry.lines)
            items.append(item)
        self.timeline.addTopLevelItems(items)  # in one go: a regular has hundreds

    def _open_receipt(self, item: QTreeWidgetItem) -> None:
        """Her receipt opened in the timeline: its lines under it."""
        if item.childCount() or item.data(0, Qt.ItemDataRole.UserRole) is None:
            return
        lines = self._receipt_lines[item.data(0, Qt.ItemDataRole.UserRole)]
        item.addChildren(
            [
                QTreeWidgetItem(
                    [
                        "",
                        f"{line.description} {line.size} {line.colour} ×{line.qty}",
                        "",
                        f"{line.amount:.2f}",
                        str(line.points),
                        self._payment(line.cash, line.redeemed_value, None),
                    ]
                )
                for line in lines
            ]
        )

    def _payment(self, cash: Decimal, value: Decimal, points: int | None) -> str:
        """How a receipt or line was paid (a return: refunded), when points paid part of it."""
        if not value:
            return ""
        paid_with = (
            self.tr("{points} points = {value} yuan").format(points=points, value=f"{abs(value):.2f}")
            if points
            else self.tr("{value} yuan in points").format(value=f"{abs(value):.2f}")
        )
        return self.tr("{cash} yuan cash + {points}").format(cash=f"{cash:.2f}", points=paid_with)

    def _show_ledger(self, customer_id: int) -> None:
        kinds = ledger_kind_names()
        self.ledger_rows.show(
            [
                (r.day.isoformat(), kinds.get(r.kind, r.kind), str(r.points), stored_text(r.reason), r.user)
                for r in self.services.sales.ledger(customer_id)
            ]
        )


class LedgerModel(QAbstractTableModel):
    """Her points ledger as the table reads it, a screenful at a time (a regular has hundreds of rows)."""

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []

    def show(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
