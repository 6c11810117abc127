"""The customer card editor: every field of the card, errors shown beside the field, nothing lost unasked."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boutique_vip import clock
from boutique_vip.domain.birthdays import CalendarKind
from boutique_vip.domain.customer import (
    CONSENT_TEXT,
    CONSENT_TEXT_VERSION,
    ContactChannel,
    CustomerCard,
    Gender,
    card_from_form,
    join_list,
)
from boutique_vip.domain.errors import BoutiqueError, ChangedElsewhere, DuplicatePhone, ValidationFailed
from boutique_vip.domain.permissions import Action, allowed
from boutique_vip.domain.users import Actor
from boutique_vip.gui.feedback import show_error, translated
from boutique_vip.gui.ops import Change, ChangeBus, perform
from boutique_vip.gui.tabs.customers.history import PurchaseHistory, tier_text
from boutique_vip.gui.widgets import error_label, named
from boutique_vip.services import Services


class CardEditor(QWidget):
    """Shows one card. ``saved`` carries the card's id after a successful save."""

    saved = Signal(int)
    open_other = Signal(int)

    def __init__(
        self, services: Services, bus: ChangeBus, page: QWidget, parent: QWidget | None = None
    ) -> None:
        """``page``: the page holding the editor, which redraws itself after a save (``saved``)."""
        super().__init__(parent)
        self.services, self.bus, self.page = services, bus, page
        self.setObjectName("cardEditor")
        self.card = CustomerCard()
        self._asked_to_open: int | None = None  # the card of the same phone she chose to open instead
        self.actor: Actor | None = None  # who saves (set by the main window)
        self.dirty = False
        self._loading = False
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._page_of: dict[str, int] = {}

        self.title = named(QLabel(), "cardTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.summary = error_label("cardErrors")
        self.summary.hide()
        self.pages = named(QTabWidget(), "cardPages")
        self._build_basics()
        self._build_sizes()
        self._build_contact()
        self._build_family()
        self.history = PurchaseHistory(services)
        self.history.tier_requested.connect(self.set_tier)
        self.pages.addTab(self.history, self.tr("Purchases and points"))
        self.save_button = named(QPushButton(self.tr("Save (Ctrl+S)")), "saveCard")
        self.save_button.clicked.connect(self.save)
        self.revert_button = named(QPushButton(self.tr("Undo changes")), "revertCard")
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.new_card()

    # --- building the form ------------------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.pages.addTab(scroll, title)
        return form

    def _add(
        self, form: QFormLayout, name: str, label: str, widget: QWidget, extra: QWidget | None = None
    ) -> None:
        """A field with its error label underneath; edits mark the card as changed."""
        widget.setObjectName(f"field_{name}")
        self.widgets[name] = widget
        error = error_label(f"error_{name}")
        error.hide()
        self.errors[name] = error
        self._page_of[name] = self.pages.count() - 1
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        column.addWidget(error)
        form.addRow(label, box)
        self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
        elif isinstance(widget, QTableWidget):
            widget.itemChanged.connect(self._changed)

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_basics(self) -> None:
        f = self._page(self.tr("Card"))
        self.card_no = named(QLabel(), "cardNo")
        f.addRow(self.tr("Card number"), self.card_no)
        self.tier = named(QLabel(), "cardTier")
        self.tier.setWordWrap(True)
        f.addRow(self.tr("Tier"), self.tier)
        self._add(f, "name", self.tr("Name *"), self._line())
        self._add(
            f,
            "gender",
            self.tr("Gender"),
            self._combo(
                [
                    (self.tr("female"), Gender.FEMALE.value),
                    (self.tr("male"), Gender.MALE.value),
                    (self.tr("not given"), ""),
                ]
            ),
        )
        self._add(
            f, "phone", self.tr("Phone"), self._line(self.tr("mobile 11 digits, or landline with area code"))
        )
        calendar = self._combo(
            [
                (self.tr("solar (公历)"), CalendarKind.SOLAR.value),
                (self.tr("lunar (农历)"), CalendarKind.LUNAR.value),
            ]
        )
        calendar.setObjectName("field_birthday_calendar")
        self.widgets["birthday_calendar"] = calendar
        self._watch(calendar)
        leap = named(QCheckBox(self.tr("leap month")), "field_birthday_leap_month")
        self.widgets["birthday_leap_month"] = leap
        self._watch(leap)
        calendar.currentIndexChanged.connect(
            lambda: leap.setEnabled(calendar.currentData() == CalendarKind.LUNAR.value)
        )
        birthday_extra = QWidget()
        extra_row = QHBoxLayout(birthday_extra)
        extra_row.setContentsMargins(0, 0, 0, 0)
        extra_row.addWidget(calendar)
        extra_row.addWidget(leap)
        self._add(
            f, "birthday", self.tr("Birthday"), self._line(self.tr("YYYY-MM-DD or MM-DD")), birthday_extra
        )
        groups = [(self.tr("(none)"), None), *[(name, gid) for gid, name in self.services.users.groups()]]
        self._add(f, "group_id", self.tr("Sales group"), self._combo(groups))
        staff = [(self.tr("(none)"), None), *[(name, uid) for uid, name in self.services.users.staff()]]
        self._add(f, "staff_id", self.tr("Responsible staff"), self._combo(staff))
        self._add(f, "referrer", self.tr("Referred by"), self._line(self.tr("her card number or phone")))
        self._add(f, "registered_on", self.tr("Registered on"), self._line(self.tr("YYYY-MM-DD")))
        consent = self._line(self.tr("YYYY-MM-DD"))
        consent.setToolTip(
            self.tr("Consent text version {version}: {text}").format(
                version=CONSENT_TEXT_VERSION, text=CONSENT_TEXT
            )
        )
        self._add(f, "consent_on", self.tr("Consent to keep data"), consent)
        self._add(f, "special", self.tr("Special customer"), QCheckBox(self.tr("designated by the manager")))

    def _build_sizes(self) -> None:
        f = self._page(self.tr("Sizes and taste"))
        self._add(f, "height_cm", self.tr("Height (cm)"), self._line())
        self._add(f, "waist_cm", self.tr("Waist (cm)"), self._line())
        self._add(f, "size_top", self.tr("Size, tops"), self._line("S / M / L / XL"))
        self._add(f, "size_bottom", self.tr("Size, bottoms"), self._line("27 / M"))
        self._add(f, "size_shoe", self.tr("Size, shoes"), self._line("37"))
        list_hint = self.tr("separate with ; or 、")
        self._add(f, "favourite_colours", self.tr("Favourite colours"), self._line(list_hint))
        self._add(f, "favourite_cuts", self.tr("Favourite cuts"), self._line(list_hint))
        self._add(f, "favourite_styles", self.tr("Favourite styles"), self._line(list_hint))
        self._add(f, "price_min", self.tr("Price band from (yuan)"), self._line())
        self._add(f, "price_max", self.tr("Price band to (yuan)"), self._line())

    def _build_contact(self) -> None:
        f = self._page(self.tr("Contact and notes"))
        self._add(
            f,
            "contact_channel",
            self.tr("Preferred contact"),
            self._combo(
                [
                    (self.tr("phone"), ContactChannel.PHONE.value),
                    (self.tr("SMS"), ContactChannel.SMS.value),
                    (self.tr("visit"), ContactChannel.VISIT.value),
                ]
            ),
        )
        self._add(
            f,
            "contact_time",
            self.tr("Best time to contact"),
            self._line(self.tr("e.g. weekdays 15:00-16:00")),
        )
        self._add(f, "sms_opt_in", self.tr("SMS"), QCheckBox(self.tr("agrees to receive SMS")))
        self._add(f, "no_calls", self.tr("No calls"), QCheckBox(self.tr("do not phone her")))
        self._add(f, "address", self.tr("Mailing address"), self._line())
        self._add(f, "job", self.tr("Job / company type"), self._line())
        self._add(f, "interests", self.tr("Interests"), self._line())
        self._add(f, "habits", self.tr("Habits and traits"), self._text())
        self._add(f, "notes", self.tr("Notes"), self._text())

    def _text(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(60)
        edit.setTabChangesFocus(True)
        return edit

    def _build_family(self) -> None:
        f = self._page(self.tr("Family and life events"))
        family = self._table([self.tr("Relation"), self.tr("Name"), self.tr("Birthday (YYYY-MM-DD)")])
        self._add(f, "family", self.tr("Family"), family, self._row_buttons(family, "Family"))
        events = self._table([self.tr("Date (YYYY-MM-DD)"), self.tr("What happened"), self.tr("Note")])
        self._add(f, "events", self.tr("Life events"), events, self._row_buttons(events, "Event"))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(140)
        return table

    def _row_buttons(self, table: QTableWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        add = named(QPushButton(self.tr("Add")), f"add{name}")
        remove = named(QPushButton(self.tr("Remove")), f"remove{name}")
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: self._remove_row(table))
        column.addWidget(add)
        column.addWidget(remove)
        column.addStretch()
        return box

    def _add_row(self, table: QTableWidget, values: tuple[str, ...] = ()) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col in range(table.columnCount()):
            table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))
        if not values:
            self._changed()
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0) or QTableWidgetItem())

    def _remove_row(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self._changed()

    # --- state ------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self._update_title()

    def _update_title(self) -> None:
        name = self.card.name or self.tr("New card")
        self.title.setText(name + (" *" if self.dirty else ""))

    def new_card(self) -> None:
        self.load(CustomerCard())
        self.pages.setCurrentIndex(0)  # a new card starts at her name, whatever page the last one showed
        self.widgets["name"].setFocus()

    def load(self, card: CustomerCard) -> None:
        self._loading = True
        try:
            self.card = card
            w = self.widgets
            self.card_no.setText(card.card_no or self.tr("(given when saved)"))
            tier = self.services.tiers.of(card.id) if card.id else None  # worked out once for both pages
            self.tier.setText(tier_text(tier) if card.id else "—")
            self.history.load(card, tier)
            texts = {
                "name": card.name,
                "phone": card.phone,
                "referrer": card.referrer,
                "registered_on": card.registered_on.isoformat() if card.registered_on else "",
                "consent_on": card.consent_on.isoformat() if card.consent_on else "",
                "height_cm": str(card.height_cm or ""),
                "waist_cm": str(card.waist_cm or ""),
                "size_top": card.size_top,
                "size_bottom": card.size_bottom,
                "size_shoe": card.size_shoe,
                "favourite_colours": join_list(card.favourite_colours),
                "favourite_cuts": join_list(card.favourite_cuts),
                "favourite_styles": join_list(card.favourite_styles),
                "price_min": str(card.price_min or ""),
                "price_max": str(card.price_max or ""),
                "contact_time": card.contact_time,
                "address": card.address,
                "job": card.job,
                "interests": card.interests,
                "birthday": card.birthday.text() if card.birthday else "",
            }
            for name, text in texts.items():
                widget = w[name]
                assert isinstance(widget, QLineEdit)
                widget.setText(text)
            for name, value in (("habits", card.habits), ("notes", card.notes)):
                edit = w[name]
                assert isinstance(edit, QPlainTextEdit)
                edit.setPlainText(value)
            for name, checked in (
                ("special", card.special),
                ("sms_opt_in", card.sms_opt_in),
                ("no_calls", card.no_calls),
                ("birthday_leap_month", bool(card.birthday and card.birthday.leap_month)),
            ):
                box = w[name]
                assert isinstance(box, QCheckBox)
                box.setChecked(checked)
            calendar = card.birthday.calendar.value if card.birthday else CalendarKind.SOLAR.value
            for name, data in (
                ("gender", card.gender.value),
                ("contact_channel", card.contact_channel.value),
                ("birthday_calendar", calendar),
                ("group_id", card.group_id),
                ("staff_id", card.staff_id),
            ):
                combo = w[name]
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(max(0, combo.findData(data)))
            self._fill_table(
                "family",
                [(f.relation, f.name, f.birthday.isoformat() if f.birthday else "") for f in card.family],
            )
            self._fill_table("events", [(e.date.isoformat(), e.kind, e.note) for e in card.events])
            self.dirty = False
            self._clear_errors()
            self._update_title()
        finally:
            self._loading = False

    def _fill_table(self, name: str, rows: list[tuple[str, ...]]) -> None:
        table = self.widgets[name]
        assert isinstance(table, QTableWidget)
        table.setRowCount(0)
        for values in rows:
            self._add_row(table, values)

    def form_values(self) -> dict[str, Any]:
        """What is in the widgets, as text, flags and rows, for ``card_from_form``."""
        values: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
        values["family"] = self._table_rows("family", ("relation", "name", "birthday"))
        values["events"] = self._table_rows("events", ("date", "kind", "note"))
        return values

    def _table_rows(self, name: str, keys: tuple[str, ...]) -> list[dict[str, str]]:
        table = self.widgets[name]
        assert isinstance(table, QTableWidget)
        rows = []
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(len(keys))]
            row = {k: (cell.text() if cell else "") for k, cell in zip(keys, cells, strict=True)}
            if any(v.strip() for v in row.values()):
                rows.append(row)
        return rows

    # --- saving -----------------------------------------------------------------------------

    def set_actor(self, actor: Actor) -> None:
        """Who works on the card: the special mark is the manager's (the service refuses it to others)."""
        self.actor = actor
        self.widgets["special"].setEnabled(allowed(actor.role, Action.MANUAL_TIER))

    def save(self) -> bool:
        """Check and save; on a problem, show it beside the field and keep everything typed."""
        self._clear_errors()
        self._asked_to_open = None
        try:
            card = card_from_form(self.form_values(), base=self.card)
            if card.id is None and card.consent_on is None:
                answer = self._ask_consent(card.name)
                if answer == QMessageBox.StandardButton.Cancel:
                    return False
                if answer == QMessageBox.StandardButton.Yes:
                    card = replace(card, consent_on=clock.today())
            saved = self._save_sharing_phone_if_asked(card)
        except ValidationFailed as exc:
            self._show_errors(exc)
            duplicate = next((e for e in exc.errors if isinstance(e, DuplicatePhone)), None)
            if duplicate is not None and self._asked_to_open is not None:
                self.dirty = False  # she chose her existing card: this one is let go, not asked about again
                self.open_other.emit(self._asked_to_open)
            return False
        except ChangedElsewhere as exc:
            show_error(self, exc)
            if self.card.id is not None:
                self.load(self.services.customers.get(self.card.id))  # the values saved on the other till
            return False
        except BoutiqueError as exc:
            show_error(self, exc)
            return False
        self.load(saved)
        self.saved.emit(saved.id)
        return True

    def _save_sharing_phone_if_asked(self, card: CustomerCard) -> CustomerCard:
        """Save; a phone already on another card asks first: a family may share one (Yes saves with it), or
        this is her card after all (No opens it), or back to the card (Cancel)."""
        try:
            return perform(self.bus, Change(self.services.customers.save, card, self.actor), self.page)
        except ValidationFailed as failure:
            duplicate = next((e for e in failure.errors if isinstance(e, DuplicatePhone)), None)
            if duplicate is None:
                raise
            answer = QMessageBox.question(
                self,
                self.tr("Phone already registered"),
                self.tr(
                    "{phone} is already on the card of {name} (card {card_no}). A mother and daughter may share "
                    "one phone.\n\nYes: save this card with the same phone. No: open her card instead (this one is not "
                    "saved). Cancel: "
                    "back to this card."
                ).format(
                    phone=self.form_values()["phone"],
                    name=duplicate.other_name,
                    card_no=duplicate.other_card_no,
                ),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                if answer == QMessageBox.StandardButton.No:
                    self._asked_to_open = duplicate.other_id
                raise
        return perform(self.bus, Change(self.services.customers.save, card, self.actor, True), self.page)

    def _ask_consent(self, name: str) -> QMessageBox.StandardButton:
        """A new card asks once whether she agreed to the shop keeping her data: Yes records today as the
        consent date, No saves the card without one (entered later on the card), Cancel goes back to it."""
        return QMessageBox.question(
            self,
            self.tr("Her consent"),
            self.tr(
                "Has {name} read and agreed to the consent text (version {version}) for the shop to keep her "
                "data?\n\n{text}\n\nYes: today is recorded as the day she agreed. No: the card is saved "
                "without it."
            ).format(name=name, version=CONSENT_TEXT_VERSION, text=CONSENT_TEXT),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )

    def _show_errors(self, failure: ValidationFailed) -> None:
        self.summary.setText(translated(failure))
        self.summary.show()
        messages: dict[str, list[str]] = {}
        for error in failure.errors:
            if error.field in self.errors:
                messages.setdefault(error.field, []).append(translated(error))
        for field, lines in messages.items():
            self.errors[field].setText("\n".join(lines))
            self.errors[field].show()
        if messages:
            first = next(iter(messages))
            self.pages.setCurrentIndex(self._page_of[first])
            self.widgets[first].setFocus()

    def _clear_errors(self) -> None:
        self.summary.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def revert(self) -> None:
        self.load(self.card)

    def may_leave(self) -> bool:
        """Before showing another card or closing: ask what to do with unsaved changes."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The card of {name} has changes that are not saved. Save them?").format(
                name=self.form_values()["name"] or self.tr("a new customer")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def set_tier(self) -> None:
        """The manager's manual tier or special mark (with their PIN), then the card shows the new tier."""
        from boutique_vip.gui.dialogs.manual_tier import ManualTierDialog

        if self.card.id is None or not self.may_leave():
            return
        if ManualTierDialog(self.services, self.bus, self.card, self).exec():
            self.load(self.services.customers.get(self.card.id))
            self.saved.emit(self.card.id)

    def focus_first_field(self) -> None:
        self.pages.setCurrentIndex(0)
        self.widgets["name"].setFocus(Qt.FocusReason.ShortcutFocusReason)
