"""Targeted lists: the segment query, its count as the filter changes, saved segments, sending the list to
the call list (reason ``campaign``) or to an SMS file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from boutique_vip.domain.birthdays import Birthday, CalendarKind
from boutique_vip.domain.changes import Topic, changes
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError
from boutique_vip.domain.occasions import birthday_in_year
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.segments import Segment
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.services.files import write_table
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.storage import models
from boutique_vip.storage.engine import Database
from boutique_vip.storage.tiers import in_slices

SEGMENT_COLUMNS = ("card_no", "name", "phone", "tier", "size", "price_band", "last_visit")


@dataclass(frozen=True)
class SegmentRow:
    customer_id: int
    card_no: str
    name: str
    phone: str
    tier: str
    size: str
    price_band: str
    last_visit: dt.date | None
    sms_opt_in: bool = False


SMS_COLUMNS = ("card_no", "phone", "message")


@dataclass(frozen=True)
class SmsList:
    """The messages of an SMS file, and who was left out of it and why."""

    messages: list[tuple[str, str, str]]  # card_no, phone, message
    no_consent: int  # she has not agreed to receive SMS (or has withdrawn)
    no_phone: int

    @property
    def left_out(self) -> int:
        return self.no_consent + self.no_phone


def fill_template(template: str, name: str, size: str, gift: str = "") -> str:
    """An SMS from the template: {name}, {size} and {gift} are replaced."""
    return template.replace("{name}", name).replace("{size}", size).replace("{gift}", gift)


class SegmentService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], audit: AuditService, todays: TodaysTiers
    ) -> None:
        self.db = db
        self.now = now
        self.audit = audit
        self.todays = todays  # the lists select on the tiers kept on the cards: today's

    def _query(self, segment: Segment) -> Any:
        C, R, L = models.Customer, models.Receipt, models.ReceiptLine
        today = self.now().date()
        bought = (
            select(func.min(L.unit_price).label("low"), func.max(L.unit_price).label("high"), R.customer_id)
            .join(R, R.id == L.receipt_id)
            .where(R.kind == "sale", R.customer_id.is_not(None))
            .group_by(R.customer_id)
            .subquery()
        )
        query = (
            select(
                C.id,
                C.card_no,
                C.name,
                C.phone,
                C.tier,
                C.size_top,
                C.size_bottom,
                func.coalesce(C.price_min, bought.c.low).label("band_low"),
                func.coalesce(C.price_max, bought.c.high).label("band_high"),
                C.last_visit,
                C.sms_opt_in,
                C.birthday_calendar,
                C.birth_month,
                C.birth_day,
                C.birth_leap_month,
            )
            .outerjoin(bought, bought.c.customer_id == C.id)
            .where(C.erased_on.is_(None), C.status == "active")
        )
        line_rules = []
        if segment.category:
            line_rules.append(L.category == segment.category)
        if segment.sizes:
            line_rules.append(func.upper(L.size).in_(segment.sizes))
        if segment.colours:
            line_rules.append(L.colour.in_(segment.colours))
        if segment.style:
            line_rules.append(L.style == segment.style)
        if line_rules:
            query = query.where(
                exists(
                    select(L.id)
                    .join(R, R.id == L.receipt_id)
                    .where(R.customer_id == C.id, R.kind == "sale", *line_rules)
                )
            )
        if segment.price is not None:
            query = query.where(
                func.coalesce(C.price_min, bought.c.low) <= segment.price,
                func.coalesce(C.price_max, bought.c.high) >= segment.price,
            )
        if segment.tiers:
            query = query.where(C.tier.in_([t.value for t in segment.tiers]))
        if segment.visited_within_days:
            query = query.where(C.last_visit >= today - dt.timedelta(days=segment.visited_within_days))
        if segment.away_at_least_days:
            query = query.where(C.last_visit <= today - dt.timedelta(days=segment.away_at_least_days))
        if segment.not_contacted_days:
            CL = models.ContactLog
            since = today - dt.timedelta(days=segment.not_contacted_days)
            query = query.where(~exists(select(CL.id).where(and_(CL.customer_id == C.id, CL.day > since))))
        if segment.birthday_month:  # solar birthdays in SQL; lunar ones are converted below
            query = query.where(C.birth_month.is_not(None))
        return query.order_by(C.card_no)

    def run(self, segment: Segment) -> list[SegmentRow]:
        today = self.now().date()
        self.todays.ensure()
        with self.db.session() as s:
            rows = s.execute(self._query(segment)).all()
        found = []
        for r in rows:
            if segment.birthday_month and _birthday_month(r, today.year) != segment.birthday_month:
                continue
            band = (
                f"{r.band_low:.0f}–{r.band_high:.0f}"
                if r.band_low is not None and r.band_high is not None
                else ""
            )
            size = "/".join(x for x in (r.size_top, r.size_bottom) if x)
            found.append(
                SegmentRow(
                    r.id,
                    r.card_no,
                    r.name,
                    r.phone or "",
                    r.tier or "",
                    size,
                    band,
                    r.last_visit,
                    bool(r.sms_opt_in),
                )
            )
        return found

    def count(self, segment: Segment) -> int:
        if segment.birthday_month:
            return len(self.run(segment))
        self.todays.ensure()
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(self._query(segment).subquery())) or 0)

    # --- saved segments --------------------------------------------------------------------------

    @changes()
    def save(self, name: str, segment: Segment, actor: Actor | None) -> None:
        require(actor, Action.REPORTS)
        name = name.strip()
        if not name:
            raise FieldError("name", QT_TRANSLATE_NOOP("Validation", "Give the list a name."))
        with self.db.session() as s, s.begin():
            row = s.scalar(select(models.Segment).where(models.Segment.name == name))
            text = json.dumps(segment.to_json(), ensure_ascii=False)
            if row is None:
                s.add(models.Segment(name=name, criteria=text, created_at=self.now()))
            else:
                row.criteria = text
            self.audit.record_in(s, actor, "segment_saved", name, criteria=text)

    def saved(self) -> dict[str, Segment]:
        with self.db.session() as s:
            return {
                row.name: Segment.from_json(json.loads(row.criteria))
                for row in s.scalars(select(models.Segment).order_by(models.Segment.name))
            }

    # --- using the list ---------------------------------------------------------------------------

    @changes(Topic.CALLS)
    def send_to_call_list(self, name: str, customer_ids: list[int], actor: Actor | None) -> int:
        """Each customer is called (reason ``campaign``) until a contact with her is logged."""
        require(actor, Action.LOG_CALL)
        today = self.now().date()
        with self.db.session() as s, s.begin():
            pending = set(pending_campaigns(s, today))
            new = [cid for cid in dict.fromkeys(customer_ids) if cid not in pending]
            s.add_all(models.CampaignCall(customer_id=cid, name=name.strip(), added_on=today) for cid in new)
            self.audit.record_in(s, actor, "campaign", name.strip(), customers=len(new))
        return len(new)

    @changes()
    def export_sms(self, rows: list[SegmentRow], template: str, path: Path, actor: Actor | None) -> SmsList:
        """Write card_no, phone, message for each customer of the list who agreed to SMS and has a phone
        (exporting personal data: managers). Consent is read again here, not taken from the rows: a card
        changed since the list was run counts as it is now."""
        require(actor, Action.EXPORT)
        sms = write_sms(
            self.db, path, [(r.customer_id, r.card_no, r.name, r.size, "", template) for r in rows]
        )
        self.audit.record(
            actor,
            "export",
            path.name,
            kind="sms",
            rows=len(sms.messages),
            no_consent=sms.no_consent,
            no_phone=sms.no_phone,
        )
        return sms


def write_sms(db: Database, path: Path, entries: list[tuple[int, str, str, str, str, str]]) -> SmsList:
    """An SMS file from (customer id, card_no, name, size, gift, text) entries, each with its own text:
    only the customers who agreed to SMS and have a phone, as their cards are now; the others are counted."""
    listed = sms_consent(db, [e[0] for e in entries])
    messages: list[tuple[str, str, str]] = []
    no_consent = no_phone = 0
    for customer_id, card_no, name, size, gift, template in entries:
        agreed, phone = listed.get(customer_id, (False, ""))
        if not agreed:
            no_consent += 1
        elif not phone:
            no_phone += 1
        else:
            messages.append((card_no, phone, fill_template(template, name, size, gift)))
    write_table(path, SMS_COLUMNS, messages)
    return SmsList(messages, no_consent, no_phone)


def sms_consent(db: Database, customer_ids: list[int]) -> dict[int, tuple[bool, str]]:
    """Each card's SMS consent and phone as stored now (an erased card has neither)."""
    C = models.Customer
    found: dict[int, tuple[bool, str]] = {}
    with db.session() as s:
        for ids in in_slices(customer_ids):
            for cid, agreed, phone, erased in s.execute(
                select(C.id, C.sms_opt_in, C.phone, C.erased_on).where(C.id.in_(ids))
            ):
                found[cid] = (bool(agreed) and erased is None, phone or "")
    return found


def pending_campaigns(s: Session, day: dt.date) -> list[int]:
    """Customers sent to the call list whose call has not been logged since."""
    K, CL = models.CampaignCall, models.ContactLog
    contacted = exists(
        select(CL.id).where(CL.customer_id == K.customer_id, CL.day >= K.added_on, CL.day <= day)
    )
    return list(s.scalars(select(K.customer_id).where(K.added_on <= day, ~contacted).distinct()))


def _birthday_month(row: Any, year: int) -> int | None:
    if row.birth_month is None:
        return None
    if row.birthday_calendar != CalendarKind.LUNAR.value:
        return int(row.birth_month)
    day = birthday_in_year(
        Birthday(CalendarKind.LUNAR, row.birth_month, row.birth_day, None, bool(row.birth_leap_month)), year
    )
    return day.month if day else None
