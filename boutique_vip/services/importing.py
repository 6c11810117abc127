"""Importing the shop's card file and till exports, and exporting them again.

Every import is all-or-nothing per file unless the user chooses to skip bad rows, and ends with a
report. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session, selectinload

from boutique_vip.domain.changes import SALE, Topic, changes
from boutique_vip.domain.customer import (
    CONSENT_TEXT_VERSION,
    MULTI_LINE_FIELDS,
    CustomerCard,
    Tier,
    card_from_form,
    check_card,
    join_list,
)
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError, FieldError, Said, ValidationFailed
from boutique_vip.domain.file_formats import (
    CUSTOMER_COLUMNS,
    PURCHASE_COLUMNS,
    chinese_headers,
    in_chinese,
    map_headers,
    parse_calendar,
    parse_gender,
    parse_signed_money,
    parse_when,
    parse_whole,
    parse_yes_no,
)
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.points import LedgerKind
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.sales import Sale, SaleLine, check_line_bounds
from boutique_vip.domain.text import refuse_control_characters
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.services.customers import CustomerService
from boutique_vip.services.files import read_table, write_table
from boutique_vip.services.sales import SalesService
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.customers import (
    cards_with_phone,
    free_card_numbers,
    insert_cards,
    link_referrers,
    phone_digits,
    to_card,
)
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, PointsEntry, Receipt, ReceiptLine, SalesGroup, User
from boutique_vip.storage.undo_log import SlicedWrite

Progress = Callable[[int, int], None]


KINDS = {
    "customers": QT_TRANSLATE_NOOP("Import", "customers"),
    "purchases": QT_TRANSLATE_NOOP("Import", "purchases"),
}
DRY_RUN_SUMMARY = QT_TRANSLATE_NOOP(
    "Import",
    "{kind} from {file}: would add {added}, would update {updated}, {unchanged} unchanged, {rejected} rejected "
    "(dry run, nothing written)",
)
WRITTEN_SUMMARY = QT_TRANSLATE_NOOP(
    "Import",
    "{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected (written)",
)
REFUSED_SUMMARY = QT_TRANSLATE_NOOP(
    "Import",
    "{kind} from {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected "
    "(nothing written)",
)
REJECTED_ROW = QT_TRANSLATE_NOOP("Import", "row {row}: rejected: {reason}")
NOTED_ROW = QT_TRANSLATE_NOOP("Import", "row {row}: note: {reason}")


@dataclass
class ImportReport:
    kind: str
    file: str
    dry_run: bool
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row number in the file, reason)
    unknown_columns: list[str] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    applied: bool = False

    def summary(self) -> Said:
        counts = {
            "kind": Said("Import", KINDS[self.kind]),
            "file": self.file,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
        }
        if self.dry_run:  # nothing was added: say what would be
            return Said("Import", DRY_RUN_SUMMARY, **counts)
        return Said("Import", WRITTEN_SUMMARY if self.applied else REFUSED_SUMMARY, **counts)

    def lines(self) -> list[Said]:
        """The report, line by line: English as it is (the command line), translatable by the window."""
        out = [self.summary()]
        if self.unknown_columns:
            out.append(
                Said(
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "unknown columns (ignored): {columns}"),
                    columns=", ".join(self.unknown_columns),
                )
            )
        out += [Said("Import", REJECTED_ROW, row=row, reason=reason) for row, reason in self.rejected]
        out += [Said("Import", NOTED_ROW, row=row, reason=reason) for row, reason in self.warnings]
        return out

    def save(self, path: Path) -> None:
        path.write_text("\n".join(self.lines()) + "\n", encoding="utf-8")


ON_ROW = QT_TRANSLATE_NOOP("Import", "row {row}: {reason}")


class _Rejected(Exception):
    def __init__(self, template: str, **params: Any) -> None:
        self.reason = Said("Import", template, **params)


def _family_phone(phone: str, cards: list[Any]) -> _Rejected:
    """A row named by a phone several cards share: which card is meant is the file's to say."""
    return _Rejected(
        QT_TRANSLATE_NOOP("Import", "the phone {phone} is on {count} cards ({cards}): give the card_no"),
        phone=phone,
        count=len(cards),
        cards=", ".join(card.card_no for card in cards),
    )


def _reason(error: BoutiqueError) -> Said:
    return Said.of(error)


log = logging.getLogger(__name__)

TIERS_AT_ONCE = 1000  # customers whose tiers are worked out in one step at the end of an import


@contextmanager
def _taken_back_on_error(writing: SlicedWrite) -> Iterator[None]:
    """An error halfway (a damaged file, a full disk, a bug) leaves nothing of the import behind."""
    try:
        yield
    except BaseException:
        try:
            writing.abandon()
        except Exception:  # the first error is the one to show; the next start takes the rest back
            log.exception("Taking back an unfinished import failed")
        raise


class ImportService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        customers: CustomerService,
        sales: SalesService,
        audit: AuditService,
    ) -> None:
        self.audit = audit
        self.db = db
        self.now = now
        self.rules = rules
        self.customers = customers
        self.sales = sales

    # --- customers ---------------------------------------------------------------------------

    @changes(*SALE, Topic.CALLS, Topic.PLANS)
    def import_customers(
        self,
        path: Path,
        dry_run: bool = False,
        skip_bad: bool = False,
        actor: Actor | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        require(actor, Action.IMPORT)
        headers, rows = read_table(path)
        mapping, unknown = map_headers(headers, CUSTOMER_COLUMNS)
        _require_columns(mapping, path, "name")
        report = ImportReport("customers", path.name, dry_run, unknown_columns=unknown)
        with self.db.session() as s:
            writing = SlicedWrite(s, self.db)
            writing.begin()
            with _taken_back_on_error(writing):
                self._customer_rows(s, writing, rows, mapping, report, skip_bad, actor, progress)
        return report

    def _customer_rows(
        self,
        s: Session,
        writing: SlicedWrite,
        rows: list[list[str]],
        mapping: dict[int, str],
        report: ImportReport,
        skip_bad: bool,
        actor: Actor | None,
        progress: Progress | None,
    ) -> None:
        now = self.now()
        touched: list[int] = []
        groups = {g.name: g.id for g in s.scalars(select(SalesGroup))}
        staff = {u.name: u.id for u in s.scalars(select(User))}
        known = _KnownCards(s)
        new_cards = _NewCards(now, actor)
        first_row: dict[str, int] = {}  # card number → the row of this file that has it
        for index, row in enumerate(rows):
            writing.slice_done()  # between two rows: the counter's sale may go in here
            row_no = index + 2  # the header is row 1
            values = {f: (row[i] if i < len(row) else "").strip() for i, f in mapping.items()}
            card_no = values.get("card_no", "").upper()
            digits = "".join(ch for ch in values.get("phone", "") if ch.isdigit())
            if card_no and first_row.setdefault(card_no, row_no) != row_no:
                # The second row would silently overwrite the first: which one is right is the shop's call.
                report.rejected.append(
                    (
                        row_no,
                        Said(
                            "Import",
                            QT_TRANSLATE_NOOP(
                                "Import", "card_no {card_no} is also on row {row} of this file"
                            ),
                            card_no=card_no,
                            row=first_row[card_no],
                        ),
                    )
                )
                continue
            try:
                refuse_control_characters(values, MULTI_LINE_FIELDS)
                card = None
                # A card on file to compare with, or a row that makes a sales group, goes one by one.
                new_group = bool(values.get("group")) and values["group"] not in groups
                if not known.has(card_no, digits) and not new_cards.hold(card_no, digits) and not new_group:
                    card = self._new_card(s, values, groups, staff, report, row_no, card_no)
                    if card.phone in known.phones or new_cards.hold("", card.phone):
                        card = None  # written as "+86 139…": its own save names the card with the number
                if card is not None:
                    new_cards.add(card, values)
                    outcome = "added"
                else:
                    touched += new_cards.write(s, known)  # the file's cards above come first
                    outcome, customer_id = self._customer_row(
                        s, values, groups, staff, now, report, row_no, actor
                    )
                    known.add_row(s, customer_id)
                    touched.append(customer_id)
            except (BoutiqueError, _Rejected) as exc:
                report.rejected.append((row_no, exc.reason if isinstance(exc, _Rejected) else _reason(exc)))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            if len(new_cards) >= _NewCards.AT_ONCE:
                touched += new_cards.write(s, known)
            if progress and index % 200 == 0:
                progress(index + 1, len(rows))
        touched += new_cards.write(s, known)
        self._finish(s, writing, report, skip_bad, touched, f"import {report.file}", actor)

    def _new_card(
        self,
        s: Session,
        values: dict[str, str],
        groups: dict[str, int],
        staff: dict[str, int],
        report: ImportReport,
        row_no: int,
        card_no: str,
    ) -> CustomerCard:
        """A row for a card not on file, checked as a saved card is checked (``CustomerService.save_in``)."""
        card = self._row_onto(CustomerCard(card_no=card_no), s, values, groups, staff, report, row_no)
        errors = check_card(card)
        if errors:
            raise ValidationFailed(errors)
        if card.consent_on and not card.consent_version:
            card = replace(card, consent_version=CONSENT_TEXT_VERSION)
        return card

    def _finish(
        self,
        s: Session,
        writing: SlicedWrite,
        report: ImportReport,
        skip_bad: bool,
        touched: list[int],
        cause: str,
        actor: Actor | None,
    ) -> None:
        if report.dry_run or (report.rejected and not skip_bad):
            writing.abandon()
            return
        ids = sorted(set(touched))
        for at in range(0, len(ids), TIERS_AT_ONCE):  # the tiers of 50,000 new cards take seconds: sliced too
            tier_store.apply(
                s, self.now().date(), self.rules(), cause, self.now(), ids[at : at + TIERS_AT_ONCE]
            )
            writing.slice_done()
        self.audit.record_in(s, actor, "import", report.file, kind=report.kind, summary=report.summary())
        writing.finish()
        report.applied = True

    def _customer_row(
        self,
        s: Session,
        values: dict[str, str],
        groups: dict[str, int],
        staff: dict[str, int],
        now: dt.datetime,
        report: ImportReport,
        row_no: int,
        actor: Actor | None,
    ) -> tuple[str, int]:
        """A row compared with the card on file and saved on its own (a savepoint: a rejected row leaves
        nothing)."""
        with s.begin_nested():
            existing = None
            card_no = values.get("card_no", "").upper()
            if card_no:
                existing = s.scalar(select(Customer).where(Customer.card_no == card_no))
            if existing is None and values.get("phone"):
                # Her card by its phone: the same name's (a number from an old system: she keeps hers).
                existing = self._by_phone(s, values, same_name_only=bool(card_no))
                if existing is not None and card_no:
                    report.warnings.append(
                        (
                            row_no,
                            Said(
                                "Import",
                                QT_TRANSLATE_NOOP(
                                    "Import",
                                    "{name} found by her phone: her card stays {card_no}, not {row_card_no}",
                                ),
                                name=existing.name,
                                card_no=existing.card_no,
                                row_card_no=card_no,
                            ),
                        )
                    )
            base = to_card(existing) if existing else CustomerCard(card_no=card_no)
            card = self._row_onto(base, s, values, groups, staff, report, row_no)
            if existing is not None and card == base and not self._opening_differs(s, existing.id, values):
                return "unchanged", existing.id
            sharing = [  # a phone given to this card now that another card has: a family's, said once
                other
                for other in cards_with_phone(s, card.phone)
                if other.id != card.id and card.phone != base.phone
            ]
            row = self.customers.save_in(s, card, now, share_phone=True)  # a family's phone: said below
            for other in sharing:
                report.warnings.append(
                    (
                        row_no,
                        Said(
                            "Import",
                            QT_TRANSLATE_NOOP(
                                "Import", "the phone {phone} is also on card {card_no} ({name}): shared"
                            ),
                            phone=card.phone,
                            card_no=other.card_no,
                            name=other.name,
                        ),
                    )
                )
            self._opening_points(s, row.id, values, now, actor)
            return ("updated" if existing else "added"), row.id

    @staticmethod
    def _by_phone(s: Session, values: dict[str, str], same_name_only: bool) -> Customer | None:
        """The card of the row's phone and name. A phone on cards of other names is a family's: the row is a
        new card sharing it (said in the report), unless the row has no name; several cards of that name (or,
        without a name, of that phone) cannot be told apart: the row must give its card number."""
        cards = cards_with_phone(s, phone_digits(values["phone"]))
        name = values.get("name", "").strip()
        if name:
            cards = [card for card in cards if card.name == name]
        elif same_name_only:
            return None
        if len(cards) > 1:
            raise _family_phone(values["phone"], cards)
        return s.get(Customer, cards[0].id) if cards else None

    def _row_onto(
        self,
        base: CustomerCard,
        s: Session,
        values: dict[str, str],
        groups: dict[str, int],
        staff: dict[str, int],
        report: ImportReport,
        row_no: int,
    ) -> CustomerCard:
        """The card ``base`` with the row's values; ValidationFailed names every wrong field of the row."""
        form, errors = self._customer_form(values, groups, staff, s, report, row_no)
        try:
            card = card_from_form(form, base)
        except ValidationFailed as failure:
            errors += failure.errors
            card = base
        if errors:
            raise ValidationFailed(errors)
        return card

    def _customer_form(
        self,
        values: dict[str, str],
        groups: dict[str, int],
        staff: dict[str, int],
        s: Session,
        report: ImportReport,
        row_no: int,
    ) -> tuple[dict[str, Any], list[FieldError]]:
        form: dict[str, Any] = {}
        errors: list[FieldError] = []

        def read(name: str, parse: Callable[[str], Any]) -> None:
            if name in values:
                try:
                    form[name] = parse(values[name])
                except FieldError as exc:
                    errors.append(exc)

        for name in (
            "name",
            "phone",
            "height_cm",
            "waist_cm",
            "size_top",
            "size_bottom",
            "size_shoe",
            "address",
            "favourite_colours",
            "favourite_cuts",
            "favourite_styles",
            "price_min",
            "price_max",
            "job",
            "interests",
            "notes",
            "referrer",
        ):
            if name in values:
                form[name] = values[name]
        if "preferred_contact" in values:
            form["contact_time"] = values["preferred_contact"]
        read("gender", parse_gender)
        read("sms_opt_in", lambda v: parse_yes_no(v, "sms_opt_in"))
        read("no_calls", lambda v: parse_yes_no(v, "no_calls"))
        read("special", lambda v: parse_yes_no(v, "special"))
        if "birthday" in values:
            form["birthday"] = values["birthday"]
            read("birthday_calendar", parse_calendar)
        if values.get("registered_on"):
            form["registered_on"] = values["registered_on"]
        if "manual_tier" in values:
            tier = values["manual_tier"].upper()
            if tier and tier not in {t.value for t in Tier}:
                errors.append(
                    FieldError(
                        "manual_tier",
                        QT_TRANSLATE_NOOP("Validation", "manual_tier: write A, B, C or leave it empty."),
                    )
                )
            else:
                form["manual_tier"] = tier
        if values.get("opening_points"):
            try:
                if parse_whole(values["opening_points"], "opening_points") < 0:
                    raise FieldError(
                        "opening_points",
                        QT_TRANSLATE_NOOP("Validation", "opening_points cannot be negative."),
                    )
            except FieldError as exc:
                errors.append(exc)
        if values.get("group"):
            name = values["group"]
            if name not in groups:
                group = SalesGroup(name=name)
                s.add(group)
                s.flush()
                groups[name] = group.id
            form["group_id"] = groups[name]
        if values.get("staff"):
            if values["staff"] in staff:
                form["staff_id"] = staff[values["staff"]]
            else:
                report.warnings.append(
                    (
                        row_no,
                        Said(
                            "Import",
                            QT_TRANSLATE_NOOP(
                                "Import", "unknown staff “{name}” left empty: add the user first"
                            ),
                            name=values["staff"],
                        ),
                    )
                )
        return form, errors

    def _opening_differs(self, s: Session, customer_id: int, values: dict[str, str]) -> bool:
        if not values.get("opening_points"):
            return False
        return self._opening_total(s, customer_id) != int(values["opening_points"])

    def _opening_total(self, s: Session, customer_id: int) -> int:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
                    PointsEntry.customer_id == customer_id, PointsEntry.kind == LedgerKind.OPENING.value
                )
            )
            or 0
        )

    def _opening_points(
        self, s: Session, customer_id: int, values: dict[str, str], now: dt.datetime, actor: Actor | None
    ) -> None:
        """The opening balance is a ledger row; a changed one adds the difference, never edits the old row."""
        if not values.get("opening_points"):
            return
        wanted = int(values["opening_points"])
        difference = wanted - self._opening_total(s, customer_id)
        if difference:
            registered = (
                s.scalar(select(Customer.registered_on).where(Customer.id == customer_id)) or now.date()
            )
            s.add(
                PointsEntry(
                    customer_id=customer_id,
                    day=registered,
                    kind=LedgerKind.OPENING.value,
                    points=difference,
                    reason=f"opening balance {wanted} from the old system",
                    user_id=actor.id if actor else None,
                    created_at=now,
                )
            )

    # --- purchases ---------------------------------------------------------------------------

    @changes(*SALE, Topic.CALLS, Topic.PLANS)
    def import_purchases(
        self,
        path: Path,
        dry_run: bool = False,
        skip_bad: bool = False,
        actor: Actor | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        require(actor, Action.IMPORT)
        headers, rows = read_table(path)
        mapping, unknown = map_headers(headers, PURCHASE_COLUMNS)
        _require_columns(mapping, path, "receipt_no", "date", "qty", "amount")
        report = ImportReport("purchases", path.name, dry_run, unknown_columns=unknown)
        receipts: dict[str, list[tuple[int, dict[str, str]]]] = {}
        for index, row in enumerate(rows):
            values = {f: (row[i] if i < len(row) else "").strip() for i, f in mapping.items()}
            key = values.get("receipt_no", "")
            if not key:
                report.rejected.append(
                    (index + 2, Said("Import", QT_TRANSLATE_NOOP("Import", "receipt_no is empty")))
                )
                continue
            receipts.setdefault(key, []).append((index + 2, values))
        parsed: list[tuple[dt.datetime, int, str, list[tuple[int, dict[str, str]]], dict[str, Any]]] = []
        for receipt_no, receipt_rows in receipts.items():
            try:
                header = _receipt_header(receipt_no, receipt_rows)
            except _Rejected as exc:
                report.rejected += [(row_no, exc.reason) for row_no, _ in receipt_rows]
                continue
            parsed.append((header["at"], 1 if header["return_of"] else 0, receipt_no, receipt_rows, header))
        parsed.sort(key=lambda p: (p[0], p[1]))  # sales before the returns against them
        with self.db.session() as s:
            writing = SlicedWrite(s, self.db)
            writing.begin()
            with _taken_back_on_error(writing):
                self._receipts(s, writing, parsed, report, skip_bad, actor, progress)
        return report

    def _receipts(
        self,
        s: Session,
        writing: SlicedWrite,
        parsed: list[tuple[dt.datetime, int, str, list[tuple[int, dict[str, str]]], dict[str, Any]]],
        report: ImportReport,
        skip_bad: bool,
        actor: Actor | None,
        progress: Progress | None,
    ) -> None:
        rules = self.rules()
        touched: list[int] = []
        for done, (_at, _is_return, receipt_no, receipt_rows, header) in enumerate(parsed, start=1):
            writing.slice_done()  # between two receipts: the counter's sale may go in here
            savepoint = s.begin_nested()
            try:
                outcome, customer_ids = self._receipt(s, receipt_no, receipt_rows, header, rules, actor)
                savepoint.commit()
            except (BoutiqueError, _Rejected) as exc:
                savepoint.rollback()
                reason = exc.reason if isinstance(exc, _Rejected) else _reason(exc)
                report.rejected += [
                    (
                        row_no,
                        Said(
                            "Import",
                            QT_TRANSLATE_NOOP("Import", "receipt {receipt_no}: {reason}"),
                            receipt_no=receipt_no,
                            reason=reason,
                        ),
                    )
                    for row_no, _ in receipt_rows
                ]
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
            touched += customer_ids
            if progress and done % 100 == 0:
                progress(done, len(parsed))
        report.rejected.sort()
        self._finish(s, writing, report, skip_bad, touched, f"import {report.file}", actor)

    def _receipt(
        self,
        s: Session,
        receipt_no: str,
        rows: list[tuple[int, dict[str, str]]],
        header: dict[str, Any],
        rules: Rules,
        actor: Actor | None,
    ) -> tuple[str, list[int]]:
        """What became of the receipt, and the customers whose tiers it touched (hers, and the referrer's
        when it is her first purchase)."""
        customer_id = self._customer_of(s, header)
        hers = [customer_id] if customer_id else []
        lines = [_line(row_no, values) for row_no, values in rows]
        existing = s.scalar(
            select(Receipt).options(selectinload(Receipt.lines)).where(Receipt.receipt_no == receipt_no)
        )
        if existing is not None:
            if _same_receipt(existing, customer_id, header, lines):
                return "unchanged", hers
            raise _Rejected(
                QT_TRANSLATE_NOOP("Import", "receipt {receipt_no} is already recorded with different lines"),
                receipt_no=receipt_no,
            )
        if header["return_of"]:
            quantities = self._match_return(s, header["return_of"], lines)
            self.sales._record_return(
                s,
                header["return_of"],
                quantities,
                actor,
                header["at"],
                receipt_no,
                "import",
                rules,
                recompute=False,
            )
        else:
            if any(line.qty <= 0 for line in lines):
                raise _Rejected(
                    QT_TRANSLATE_NOOP(
                        "Import", "a negative quantity needs return_of (the original receipt number)"
                    )
                )
            sold = self.sales._record_sale(
                s,
                Sale(customer_id, header["at"], lines, 0, receipt_no),
                actor,
                "import",
                rules,
                recompute=False,
            )
            if sold.referrer_credited:
                hers.append(sold.referrer_credited)
        return "added", hers

    def _customer_of(self, s: Session, header: dict[str, Any]) -> int | None:
        if header["card_no"]:
            found = s.scalar(select(Customer.id).where(Customer.card_no == header["card_no"].upper()))
            if found is None:
                raise _Rejected(
                    QT_TRANSLATE_NOOP("Import", "unknown card number {card_no}: import the customers first"),
                    card_no=header["card_no"],
                )
            return int(found)
        if header["phone"]:
            cards = cards_with_phone(s, phone_digits(header["phone"]))
            if not cards:
                raise _Rejected(
                    QT_TRANSLATE_NOOP("Import", "no customer has the phone number {phone}"),
                    phone=header["phone"],
                )
            if len(cards) > 1:
                raise _family_phone(header["phone"], cards)
            return int(cards[0].id)
        return None

    def _match_return(self, s: Session, original_no: str, lines: list[SaleLine]) -> dict[int, int]:
        returnable = self.sales.returnable_lines_in(s, original_no)
        left = {r.line_id: r.returnable for r in returnable}
        quantities: dict[int, int] = {}
        for line in lines:
            if line.qty >= 0:
                raise _Rejected(
                    QT_TRANSLATE_NOOP("Import", "a return line needs a negative quantity and amount")
                )
            wanted = -line.qty
            for r in returnable:
                if (r.sku, r.size, r.colour) == (line.sku, line.size, line.colour) and left[r.line_id] > 0:
                    take = min(wanted, left[r.line_id])
                    quantities[r.line_id] = quantities.get(r.line_id, 0) + take
                    left[r.line_id] -= take
                    wanted -= take
                if wanted == 0:
                    break
            if wanted:
                raise _Rejected(
                    QT_TRANSLATE_NOOP(
                        "Import", "the return of {item} is larger than what receipt {receipt_no} sold"
                    ),
                    item=line.sku or line.description,
                    receipt_no=original_no,
                )
        return quantities

    # --- export ------------------------------------------------------------------------------

    @changes()
    def export_customers(self, path: Path, actor: Actor | None = None, chinese: bool = False) -> int:
        """Every card; ``chinese``: Chinese column names and values (是/否, 女/男, 公历/农历), read back alike."""
        require(actor, Action.EXPORT)
        with self.db.session() as s:
            groups = {g.id: g.name for g in s.scalars(select(SalesGroup))}
            users = {u.id: u.name for u in s.scalars(select(User))}
            openings = {
                int(cid): int(points)
                for cid, points in s.execute(
                    select(PointsEntry.customer_id, func.sum(PointsEntry.points))
                    .where(PointsEntry.kind == LedgerKind.OPENING.value)
                    .group_by(PointsEntry.customer_id)
                )
            }
            rows = []
            for c in s.scalars(select(Customer).order_by(Customer.id)).yield_per(1000):
                card = to_card(c)
                rows.append(
                    [
                        card.card_no,
                        card.name,
                        card.gender.value,
                        card.phone,
                        card.birthday.text() if card.birthday else "",
                        card.birthday.calendar.value if card.birthday else "",
                        card.height_cm or "",
                        card.waist_cm or "",
                        card.size_top,
                        card.size_bottom,
                        card.size_shoe,
                        card.address,
                        join_list(card.favourite_colours),
                        join_list(card.favourite_cuts),
                        join_list(card.favourite_styles),
                        card.price_min if card.price_min is not None else "",
                        card.price_max if card.price_max is not None else "",
                        card.job,
                        card.interests,
                        card.contact_time,
                        card.sms_opt_in,
                        card.no_calls,
                        groups.get(card.group_id or 0, ""),
                        users.get(card.staff_id or 0, ""),
                        card.registered_on.isoformat() if card.registered_on else "",
                        card.special,
                        card.manual_tier.value if card.manual_tier else "",
                        openings.get(c.id, "") or "",
                        card.notes,
                        card.referrer,
                    ]
                )
        self._write_export(path, CUSTOMER_COLUMNS, rows, chinese)
        self.audit.record(actor, "export", path.name, kind="customers", rows=len(rows))
        return len(rows)

    @changes()
    def export_purchases(self, path: Path, actor: Actor | None = None, chinese: bool = False) -> int:
        require(actor, Action.EXPORT)
        original = select(Receipt.id, Receipt.receipt_no).subquery()
        stmt = (
            select(
                Receipt.receipt_no,
                Receipt.at,
                Customer.card_no,
                Customer.phone,
                ReceiptLine.sku,
                ReceiptLine.description,
                ReceiptLine.category,
                ReceiptLine.size,
                ReceiptLine.colour,
                ReceiptLine.style,
                ReceiptLine.qty,
                ReceiptLine.unit_price,
                ReceiptLine.discount,
                ReceiptLine.amount,
                ReceiptLine.on_sale,
                original.c.receipt_no,
            )
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
            .outerjoin(Customer, Customer.id == Receipt.customer_id)
            .outerjoin(original, original.c.id == Receipt.return_of_id)
            .order_by(Receipt.id, ReceiptLine.line_no)
        )
        with self.db.session() as s:
            rows = [
                [
                    no,
                    at.strftime("%Y-%m-%d %H:%M"),
                    card or "",
                    "" if card else (phone or ""),
                    sku,
                    desc,
                    cat,
                    size,
                    colour,
                    style,
                    qty,
                    unit,
                    discount,
                    amount,
                    on_sale,
                    return_of or "",
                ]
                for no, at, card, phone, sku, desc, cat, size, colour, style, qty, unit, discount, amount, on_sale, return_of in s.execute(
                    stmt
                )
            ]
        self._write_export(path, PURCHASE_COLUMNS, rows, chinese)
        self.audit.record(actor, "export", path.name, kind="purchases", rows=len(rows))
        return len(rows)

    @staticmethod
    def _write_export(
        path: Path, columns: dict[str, tuple[str, ...]], rows: list[list[Any]], chinese: bool
    ) -> None:
        fields = tuple(columns)
        if chinese:
            write_table(path, chinese_headers(columns), (in_chinese(fields, row) for row in rows))
        else:
            write_table(path, fields, rows)


def _require_columns(mapping: dict[int, str], path: Path, *needed: str) -> None:
    missing = [c for c in needed if c not in mapping.values()]
    if len(missing) == len(needed) and not mapping:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} has no column this program knows. The first row must hold the column names."
            ),
            name=path.name,
        )
    if missing:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "{name} lacks the column(s): {columns}."),
            name=path.name,
            columns=", ".join(missing),
        )


def _receipt_header(receipt_no: str, rows: list[tuple[int, dict[str, str]]]) -> dict[str, Any]:
    """What all rows of a receipt must agree on: date, customer, original receipt."""
    keys = {
        (v.get("date", ""), v.get("card_no", ""), v.get("phone", ""), v.get("return_of", "")) for _, v in rows
    }
    if len(keys) > 1:
        raise _Rejected(
            QT_TRANSLATE_NOOP(
                "Import", "the rows of receipt {receipt_no} differ in date, customer or return_of"
            ),
            receipt_no=receipt_no,
        )
    date, card_no, phone, return_of = keys.pop()
    try:
        at = parse_when(date)
    except FieldError as exc:
        raise _Rejected("{reason}", reason=_reason(exc)) from None
    return {"at": at, "card_no": card_no, "phone": phone, "return_of": return_of}


def _line(row_no: int, v: dict[str, str]) -> SaleLine:
    try:
        refuse_control_characters(v)
        qty = parse_whole(v.get("qty", ""), "qty")
        unit = parse_signed_money(v.get("unit_price") or "0", "unit_price")
        discount = parse_signed_money(v.get("discount") or "0", "discount")
        amount = parse_signed_money(v.get("amount", ""), "amount")
        on_sale = parse_yes_no(v.get("on_sale", ""), "on_sale")
    except ValidationFailed as exc:
        raise _Rejected(ON_ROW, row=row_no, reason=_reason(exc)) from None
    except FieldError as exc:
        raise _Rejected(ON_ROW, row=row_no, reason=_reason(exc)) from None
    if qty == 0:
        raise _Rejected(QT_TRANSLATE_NOOP("Import", "row {row}: qty is 0"), row=row_no)
    if (qty < 0) != (amount < 0) and amount != 0:
        raise _Rejected(
            QT_TRANSLATE_NOOP("Import", "row {row}: qty and amount must have the same sign"), row=row_no
        )
    line = SaleLine(
        v.get("sku", ""),
        v.get("description", ""),
        v.get("category", ""),
        v.get("size", ""),
        v.get("colour", ""),
        v.get("style", ""),
        qty,
        abs(unit),
        abs(discount),
        amount,
        on_sale,
    )
    bounds = check_line_bounds(row_no, line)
    if bounds:
        raise _Rejected("{reason}", reason=_reason(bounds[0]))  # "Line N: …" with N the file's row
    return line


def _same_receipt(
    existing: Receipt, customer_id: int | None, header: dict[str, Any], lines: list[SaleLine]
) -> bool:
    if existing.customer_id != customer_id or existing.at != header["at"]:
        return False
    mine = sorted((ln.sku, ln.size, ln.colour, ln.qty) for ln in existing.lines)
    theirs = sorted((ln.sku, ln.size, ln.colour, ln.qty) for ln in lines)
    if mine != theirs:
        return False
    if existing.kind == "sale":
        return sorted(ln.amount for ln in existing.lines) == sorted(ln.paid() for ln in lines)
    return True


class _KnownCards:
    """The card numbers and phone numbers on file, read once: most rows of a large card file are new cards."""

    def __init__(self, s: Session) -> None:
        self.card_nos: set[str] = set()
        self.phones: set[str] = set()
        for card_no, phone in s.execute(select(Customer.card_no, Customer.phone)):
            self.add(card_no, phone)

    def has(self, card_no: str, phone: str) -> bool:
        return (bool(card_no) and card_no in self.card_nos) or (bool(phone) and phone in self.phones)

    def add(self, card_no: str, phone: str | None) -> None:
        self.card_nos.add(card_no)
        if phone:
            self.phones.add(phone)

    def add_row(self, s: Session, customer_id: int) -> None:
        row = s.get(Customer, customer_id)
        if row is not None:
            self.add(row.card_no, row.phone)


class _NewCards:
    """Checked cards not on file yet, written together: one statement for a few thousand cards instead of a
    savepoint, two look-ups and an insert each (an import of 50,000 cards took minutes)."""

    AT_ONCE = 500  # a few tenths of a second of writing: a sale at the counter waits no longer

    def __init__(self, now: dt.datetime, actor: Actor | None) -> None:
        self.now = now
        self.actor = actor
        self._clear()

    def _clear(self) -> None:
        self.cards: list[CustomerCard] = []
        self.opening: list[int] = []  # each card's opening points (0: none)
        self.card_nos: set[str] = set()
        self.phones: set[str] = set()

    def __len__(self) -> int:
        return len(self.cards)

    def add(self, card: CustomerCard, values: dict[str, str]) -> None:
        self.cards.append(card)
        self.opening.append(int(values["opening_points"]) if values.get("opening_points") else 0)
        if card.card_no:
            self.card_nos.add(card.card_no)
        if card.phone:
            self.phones.add(card.phone)

    def hold(self, card_no: str, phone: str) -> bool:
        """Is this card (by number or phone) among them?"""
        return (bool(card_no) and card_no in self.card_nos) or (bool(phone) and phone in self.phones)

    def write(self, s: Session, known: _KnownCards) -> list[int]:
        """Number the cards without a number, insert them, add their opening points; their ids."""
        if not self.cards:
            return []
        numbers = iter(
            free_card_numbers(s, sum(1 for c in self.cards if not c.card_no), known.card_nos | self.card_nos)
        )
        cards = [c if c.card_no else replace(c, card_no=next(numbers)) for c in self.cards]
        ids = insert_cards(s, cards, self.now)
        link_referrers(s, ids)
        ledger = [
            {
                "customer_id": customer_id,
                "day": card.registered_on or self.now.date(),
                "kind": LedgerKind.OPENING.value,
                "points": points,
                "reason": f"opening balance {points} from the old system",
                "user_id": self.actor.id if self.actor else None,
                "created_at": self.now,
            }
            for customer_id, card, points in zip(ids, cards, self.opening, strict=True)
            if points
        ]
        if ledger:
            s.connection().execute(insert(cast(Table, PointsEntry.__table__)), ledger)
        for card in cards:
            known.add(card.card_no, card.phone)
        self._clear()
        return ids
