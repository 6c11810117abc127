"""Gift catalogue, occasions, the monthly plan with its revisions and approval, the signed sheet, execution."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, and_, func, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from boutique_vip.domain import gift_plan as plan_rules
from boutique_vip.domain.birthdays import Birthday, CalendarKind
from boutique_vip.domain.changes import Topic, changes
from boutique_vip.domain.customer import Tier
from boutique_vip.domain.errors import (
    QT_TRANSLATE_NOOP,
    BoutiqueError,
    ChangedElsewhere,
    FieldError,
    NotFound,
    PermissionDenied,
    ValidationFailed,
    WrongPassphrase,
)
from boutique_vip.domain.gift_plan import Delivery, PlanCustomer, PlanLine, PlanStatus
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.rules import Rules
from boutique_vip.domain.users import MANAGER_PIN_MIN, Actor, Role
from boutique_vip.services import sheets
from boutique_vip.services.audit import AuditService
from boutique_vip.services.shop import ShopService
from boutique_vip.services.todays_tiers import TodaysTiers
from boutique_vip.services.users import UserService
from boutique_vip.storage import audit as audit_store
from boutique_vip.storage import models
from boutique_vip.storage import tiers as tier_store
from boutique_vip.storage.customers import next_number
from boutique_vip.storage.engine import Database

if TYPE_CHECKING:  # ReportLab and the cryptography load when a sheet is first made, not at start-up
    from boutique_vip.reports import signing
    from boutique_vip.reports.gift_sheet import GiftSheet

ADHOC_PREFIX = "adhoc-"  # ad-hoc gifts are one-line plans keyed adhoc-0001, adhoc-0002 …
CA_CERT = "ca_certificate_pem"
CA_KEY = "ca_key_sealed"  # sealed under the shop's passphrase (BV2); an older PIN seal (BV1) is replaced
CA_OWNER = "ca_owner_user_id"  # who held a PIN-sealed authority: removed when the passphrase one is made
CA_RETIRED = "ca_certificates_retired"  # PEMs of replaced authorities: sheets they signed still check


@dataclass(frozen=True)
class PlanLineView:
    id: int | None
    customer_id: int
    card_no: str
    name: str
    tier: str
    occasion: str
    occasion_date: dt.date
    card_mail_date: dt.date
    gift_category_id: int | None
    gift: str
    gift_cost: Decimal | None
    min_cost: Decimal | None
    max_cost: Decimal | None
    delivery: str
    executor_id: int | None
    executor: str
    reason: str
    breaks_standard: bool
    card_mailed_on: dt.date | None = None
    announced_on: dt.date | None = None
    delivered_on: dt.date | None = None


@dataclass(frozen=True)
class PlanView:
    id: int | None  # None: not saved yet (the lines it would have)
    month: str
    revision: int
    status: str
    lines: list[PlanLineView]
    approved_by: str = ""
    approved_at: dt.datetime | None = None
    pdf_sha256: str = ""

    @property
    def deadline(self) -> dt.date | None:
        return plan_rules.approval_deadline(ln.card_mail_date for ln in self.lines)

    def totals(self) -> list[tuple[str, int, Decimal]]:
        """Per gift category: how many lines and what they cost together (the plan's budget)."""
        sums: dict[str, tuple[int, Decimal]] = {}
        for ln in self.lines:
            count, cost = sums.get(ln.gift, (0, Decimal(0)))
            sums[ln.gift] = (count + 1, cost + (ln.gift_cost or Decimal(0)))
        return sorted(((gift, n, cost) for gift, (n, cost) in sums.items()), key=lambda t: -t[2])

    @property
    def completion(self) -> Decimal:
        return plan_rules.completion_rate(sum(1 for ln in self.lines if ln.delivered_on), len(self.lines))


class GiftService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        rules: Callable[[], Rules],
        shop: ShopService,
        users: UserService,
        audit: AuditService,
        todays: TodaysTiers,
        wall: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.audit = audit
        self.todays = todays
        # Certificates are dated by the real clock: one dated by a pretend day (--date) in the future would
        # not be valid yet for every reader that checks the sheet today.
        self.wall = wall or now
        self.db = db
        self.now = now
        self.rules = rules
        self.shop = shop
        self.users = users

    # --- catalogue and occasions ---------------------------------------------------------------

    def catalogue(self) -> list[plan_rules.GiftCategory]:
        with self.db.session() as s:
            rows = s.scalars(
                select(models.GiftCategory)
                .where(models.GiftCategory.active)
                .order_by(models.GiftCategory.cost)
            )
            return [plan_rules.GiftCategory(g.id, g.name, g.cost, g.stock) for g in rows]

    @changes(Topic.CATALOGUE)
    def add_category(self, name: str, cost: Decimal, actor: Actor | None, stock: int | None = None) -> int:
        require(actor, Action.GIFT_CATALOGUE)
        if not name.strip():
            raise FieldError("name", QT_TRANSLATE_NOOP("Validation", "The gift needs a name."))
        if cost < 0:
            raise FieldError("cost", QT_TRANSLATE_NOOP("Validation", "A gift's cost cannot be negative."))
        with self.db.session() as s, s.begin():
            if (
                s.scalar(select(models.GiftCategory.id).where(models.GiftCategory.name == name.strip()))
                is not None
            ):
                raise FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("Validation", "There is already a gift called {name}."),
                    name=name.strip(),
                )
            row = models.GiftCategory(name=name.strip(), cost=cost, stock=stock, active=True)
            s.add(row)
            s.flush()
            self.audit.record_in(
                s, actor, "gift_added", row.name, cost=str(cost), stock="" if stock is None else stock
            )
            return row.id

    def custom_occasions(self) -> list[plan_rules.CustomOccasion]:
        with self.db.session() as s:
            return [
                plan_rules.CustomOccasion(o.code, o.name, o.month, o.day)
                for o in s.scalars(select(models.CustomOccasion))
            ]

    @changes(Topic.CATALOGUE)
    def add_occasion(self, code: str, name: str, month: int, day: int, actor: Actor | None) -> None:
        require(actor, Action.GIFT_CATALOGUE)
        try:
            dt.date(2000, month, day)
        except ValueError:
            raise FieldError(
                "day",
                QT_TRANSLATE_NOOP("Validation", "There is no day {day} in month {month}."),
                day=day,
                month=month,
            ) from None
        with self.db.session() as s, s.begin():
            s.add(models.CustomOccasion(code=code.strip(), name=name.strip(), month=month, day=day))
            self.audit.record_in(
                s, actor, "occasion_added", code.strip(), name=name.strip(), day=f"{month:02d}-{day:02d}"
            )

    # --- the plan ------------------------------------------------------------------------------

    def proposed_lines(self, year: int, month: int) -> list[PlanLine]:
        """The lines the plan for a month has by the rules (tiers as of the last day of the month before)."""
        self.todays.ensure()  # the tiers kept on the cards are today's: the plan reads them where it can
        rules = self.rules()
        holidays = plan_rules.occasions_in_month(year, month, self.custom_occasions())
        with self.db.snapshot() as s:  # the kept tiers and who moved since, read at one moment
            # A month without a gift holiday has birthdays only: its customers are found by their birth month.
            ids = None if holidays else _born_in_month(s, year, month)
            customers = _plan_customers(s, plan_rules.tier_day(year, month), rules, self._stored_on(s), ids)
        return plan_rules.build_plan(year, month, customers, self.catalogue(), self.custom_occasions(), rules)

    def lines_on(self, day: dt.date) -> list[PlanLineView]:
        """The month's plan lines dated ``day``: from the approved plan, else the newest draft, else as proposed.

        Only the customers whose birthday can fall on ``day`` are evaluated (all A/B customers on a gift
        holiday), so the daily call list stays fast in a large shop.
        """
        month_text = day.strftime("%Y-%m")
        with self.db.snapshot() as s:
            plan = s.scalar(
                select(models.GiftPlan)
                .where(
                    models.GiftPlan.month == month_text, models.GiftPlan.status == PlanStatus.APPROVED.value
                )
                .order_by(models.GiftPlan.revision.desc())
                .limit(1)
            ) or self._latest(s, month_text)
            if plan is not None:
                rows = s.scalars(
                    select(models.GiftPlanLine).where(
                        models.GiftPlanLine.plan_id == plan.id, models.GiftPlanLine.occasion_date == day
                    )
                ).all()
                return self._line_views_of_rows(s, list(rows))
            holiday = any(
                d == day
                for _code, d in plan_rules.occasions_in_month(day.year, day.month, self.custom_occasions())
            )
            ids = None if holiday else _birthday_candidates(s, day)
            if ids == []:
                return []
            rules = self.rules()
            customers = _plan_customers(
                s, plan_rules.tier_day(day.year, day.month), rules, self._stored_on(s), ids
            )
            lines = plan_rules.build_plan(
                day.year, day.month, customers, self.catalogue(), self.custom_occasions(), rules
            )
            return self._line_views(s, [ln for ln in lines if ln.occasion_date == day])

    def _stored_on(self, s: Session) -> dt.date | None:
        """Today, when the tiers kept on the cards are today's (its daily run done, under today's rules),
        else None."""
        today = self.now().date()
        current = tier_store.evaluated_on(s) == today and tier_store.sorted_under(s, self.rules())
        return today if current else None

    def approval_deadline(self, month_text: str) -> dt.date | None:
        """The day the month's plan must be approved by (its first card's mailing day); None when it is approved
        or has no lines. Much cheaper than building the plan: only the month's first occasion day is evaluated."""
        year, month = plan_rules.parse_month(month_text)
        with self.db.session() as s:
            plan = self._latest(s, month_text)
            if plan is not None:
                if plan.status != PlanStatus.DRAFT.value:
                    return None
                return s.scalar(
                    select(func.min(models.GiftPlanLine.card_mail_date)).where(
                        models.GiftPlanLine.plan_id == plan.id
                    )
                )
        day, last = plan_rules.month_bounds(year, month)
        while day <= last:
            lines = self.lines_on(day)
            if lines:
                return plan_rules.approval_deadline(ln.card_mail_date for ln in lines)
            day += dt.timedelta(days=1)
        return None

    def current(self, month_text: str) -> PlanView:
        """The newest revision of the month's plan (or ad-hoc gift), or the lines it would have when none is saved yet."""
        with self.db.session() as s:
            plan = self._latest(s, month_text)
            if plan is not None:
                return self._view(s, plan)
            year, month = plan_rules.parse_month(month_text)
            lines = self.proposed_lines(year, month)
            return PlanView(None, month_text, 0, "proposed", self._line_views(s, lines))

    @changes(Topic.PLANS, Topic.CALLS)
    def create_adhoc(
        self,
        customer_id: int,
        occasion: str,
        day: dt.date,
        gift_category_id: int | None,
        delivery: Delivery,
        executor_id: int | None,
        reason: str,
        actor: Actor,
    ) -> PlanView:
        """A single gift outside the monthly plan (a special customer): a one-line plan, approved the same way."""
        require(actor, Action.GIFT_PLAN)
        if not occasion.strip():
            raise FieldError("occasion", QT_TRANSLATE_NOOP("Validation", "Say what the gift is for."))
        if not reason.strip():
            raise FieldError(
                "reason", QT_TRANSLATE_NOOP("Validation", "Say why this gift is given outside the plan.")
            )
        rules = self.rules()
        with self.db.session() as s, s.begin():
            customer = s.get(models.Customer, customer_id)
            if customer is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This customer's card no longer exists."))
            key = f"{ADHOC_PREFIX}{next_number(s, 'adhoc_gift'):04d}"
            plan = models.GiftPlan(
                month=key,
                revision=1,
                status=PlanStatus.DRAFT.value,
                created_by=actor.id,
                created_at=self.now(),
            )
            plan.lines = [
                models.GiftPlanLine(
                    customer_id=customer_id,
                    tier=customer.tier or "C",
                    occasion=occasion.strip(),
                    occasion_date=day,
                    card_mail_date=day - dt.timedelta(days=rules.card_mail_days_before),
                    gift_category_id=gift_category_id,
                    min_cost=None,
                    max_cost=None,
                    delivery=delivery.value,
                    executor_id=executor_id,
                    reason=reason.strip(),
                )
            ]
            s.add(plan)
            s.flush()
            self.audit.record_in(
                s, actor, "adhoc_gift_drafted", key, card_no=customer.card_no, reason=reason.strip()
            )
            return self._view(s, plan)

    def adhoc_gifts(self) -> list[PlanView]:
        """Ad-hoc gifts, newest first, each at its newest revision."""
        with self.db.session() as s:
            keys = s.scalars(
                select(models.GiftPlan.month)
                .where(models.GiftPlan.month.like(f"{ADHOC_PREFIX}%"))
                .distinct()
                .order_by(models.GiftPlan.month.desc())
            ).all()
            return [self._view(s, plan) for key in keys if (plan := self._latest(s, key)) is not None]

    def revisions(self, month_text: str) -> list[PlanView]:
        """The month's revisions, oldest first, without their lines: what the plan page lists under the plan
        each time it is drawn (a month's lines are thousands in a large shop, per revision)."""
        with self.db.session() as s:
            rows = s.execute(
                select(models.GiftPlan, models.User.name)
                .outerjoin(models.User, models.User.id == models.GiftPlan.approved_by)
                .where(models.GiftPlan.month == month_text)
                .order_by(models.GiftPlan.revision)
            )
            return [
                PlanView(p.id, p.month, p.revision, p.status, [], approver or "", p.approved_at, p.pdf_sha256)
                for p, approver in rows
            ]

    @changes(Topic.PLANS, Topic.CALLS)
    def create_draft(self, month_text: str, actor: Actor | None) -> PlanView:
        """Save the proposed plan as revision 1 (draft); an existing plan is returned as it is."""
        require(actor, Action.GIFT_PLAN)
        year, month = plan_rules.parse_month(month_text)
        lines = self.proposed_lines(year, month)  # the slow part, with nothing locked
        with self.db.session() as s, s.begin():  # short: the rows written, nothing else
            existing = self._latest(s, month_text)
            if existing is None:
                plan = models.GiftPlan(
                    month=month_text,
                    revision=1,
                    status=PlanStatus.DRAFT.value,
                    created_by=actor.id if actor else None,
                    created_at=self.now(),
                )
                s.add(plan)
                s.flush()
                # One statement for the lines, not an object each: a large shop's holiday month has tens of
                # thousands, and the write lock is held meanwhile.
                table = cast(Table, models.GiftPlanLine.__table__)
                if lines:
                    s.execute(insert(table), [{"plan_id": plan.id, **_values(ln)} for ln in lines])
                self.audit.record_in(s, actor, "gift_plan_drafted", month_text, lines=len(lines))
            plan_id = (existing or plan).id
        with self.db.session() as s:  # the view, read after the lock is given back
            saved = s.get(models.GiftPlan, plan_id, options=[selectinload(models.GiftPlan.lines)])
            assert saved is not None
            return self._view(s, saved)

    @changes(Topic.PLANS, Topic.CALLS)
    def edit_line(
        self,
        line_id: int,
        actor: Actor,
        *,
        gift_category_id: int | None,
        executor_id: int | None,
        delivery: Delivery,
        reason: str = "",
    ) -> PlanView:
        """Change a line's gift, executor or delivery. An approved plan is never changed: a new draft revision is."""
        require(actor, Action.GIFT_PLAN)
        with self.db.session() as s, s.begin():
            line = s.get(models.GiftPlanLine, line_id)
            if line is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This plan line no longer exists."))
            plan = s.get(models.GiftPlan, line.plan_id)
            assert plan is not None
            if plan.status != PlanStatus.DRAFT.value:
                plan, line = self._new_revision(s, plan, line, actor)
            cost = (
                s.scalar(select(models.GiftCategory.cost).where(models.GiftCategory.id == gift_category_id))
                if gift_category_id
                else None
            )
            view = PlanLine(
                0,
                "",
                "",
                Tier(line.tier),
                line.occasion,
                line.occasion_date,
                line.card_mail_date,
                gift_category_id,
                line.min_cost,
                line.max_cost,
                delivery,
                executor_id,
            )
            if plan_rules.breaks_standard(view, cost) and not reason.strip():
                raise ValidationFailed(
                    [
                        FieldError(
                            "reason",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "This gift is outside the care standard for the tier: give a reason.",
                            ),
                        )
                    ]
                )
            line.gift_category_id = gift_category_id
            line.executor_id = executor_id
            line.delivery = delivery.value
            line.reason = reason.strip()
            s.flush()
            self.audit.record_in(
                s,
                actor,
                "gift_line_changed",
                f"{plan.month} r{plan.revision}",
                line=line.id,
                gift=gift_category_id or "",
                executor=executor_id or "",
                delivery=delivery.value,
                reason=reason.strip(),
            )
            return self._view(s, plan)

    def _new_revision(
        self, s: Session, plan: models.GiftPlan, line: models.GiftPlanLine, actor: Actor
    ) -> tuple[models.GiftPlan, models.GiftPlanLine]:
        latest = self._latest(s, plan.month)
        assert latest is not None
        if latest.status == PlanStatus.DRAFT.value:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "A newer draft of this plan exists: change that one.")
            )
        copy = models.GiftPlan(
            month=plan.month,
            revision=latest.revision + 1,
            status=PlanStatus.DRAFT.value,
            created_by=actor.id,
            created_at=self.now(),
        )
        position = [ln.id for ln in plan.lines].index(line.id)
        copy.lines = [_copy_line(ln) for ln in plan.lines]
        s.add(copy)
        s.flush()
        return copy, copy.lines[position]

    @changes(Topic.PLANS)
    def approve(
        self,
        plan_id: int,
        manager_id: int,
        pin: str,
        passphrase: str,
        language: str = "zh_CN",
        signature_png: bytes | None = None,
    ) -> bytes:
        """The manager signs: her PIN says who she is (one sign-in), the shop's passphrase opens her signing key.
        A signature she has just drawn is stored first. The revision is frozen and its sheet signed (PAdES),
        carrying the plan's revision, the hash of its lines and the audit chain's head. The first approval of a
        shop creates its authority, sealed under ``passphrase``."""
        manager = self._approver(manager_id, pin)
        if signature_png is not None:
            self.set_signature(manager.id, signature_png, manager)
        return self._approve_as(manager, plan_id, passphrase, language)

    @changes(Topic.PLANS)
    def approve_month(
        self, month_text: str, manager_id: int, pin: str, passphrase: str, language: str = "zh_CN"
    ) -> tuple[PlanView, bytes | None]:
        """The command line's approval: one sign-in, the month's draft saved in her name, then approved. The
        sheet is None when the month has no draft to approve (the plan as it stands says why)."""
        manager = self._approver(manager_id, pin)
        plan = self.create_draft(month_text, manager)
        if plan.status != PlanStatus.DRAFT.value or plan.id is None:
            return plan, None
        return plan, self._approve_as(manager, plan.id, passphrase, language)

    def _approver(self, manager_id: int, pin: str) -> Actor:
        manager = self.users.sign_in(manager_id, pin)
        require(manager, Action.APPROVE_GIFT_PLAN)
        if len(pin) < MANAGER_PIN_MIN:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors", "A manager's PIN needs at least {n} digits to sign: change it first."
                ),
                n=MANAGER_PIN_MIN,
            )
        return manager

    def _approve_as(self, manager: Actor, plan_id: int, passphrase: str, language: str) -> bytes:
        """Draw and sign the sheet with nothing locked (seconds for a large month), then store the plan's new
        state, the sheet and the audit row in one short transaction that re-checks the lines it signed: other
        tills keep recording sales meanwhile."""
        from boutique_vip.reports import signing  # loaded on first use: the cryptography is slow to load
        from boutique_vip.reports.gift_sheet import build_gift_sheet  # ReportLab loads when first needed

        keys = self._signing_keys(manager, passphrase)
        now = self.now()
        with self.db.session() as s:
            plan = _draft(s, plan_id)
            user = s.get(models.User, manager.id)
            assert user is not None
            lines_hash = sheets.lines_sha256(plan.lines)
            head = audit_store.head(s)  # the anchor: the log as it stands when she signs
            view = replace(
                self._view(s, plan),
                status=PlanStatus.APPROVED.value,
                approved_by=manager.name,
                approved_at=now,
            )
            sheet = replace(self._sheet(view, user.signature_png), lines_sha256=lines_hash, audit_head=head)
            authority = self._authority_cert(s)
        signed = signing.sign_pdf(
            build_gift_sheet(sheet, language),
            keys,
            authority,
            manager.name,
            f"Gift plan {view.month} revision {view.revision} approved",
            self.shop.name(),
        )
        with self.db.session() as s, s.begin():
            plan = _draft(s, plan_id)
            if sheets.lines_sha256(plan.lines) != lines_hash:
                raise ChangedElsewhere(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The plan was changed on another till while it was being signed: approve it again.",
                    )
                )
            plan.status = PlanStatus.APPROVED.value
            plan.approved_by = manager.id
            plan.approved_at = now
            plan.pdf = signed
            plan.pdf_sha256 = hashlib.sha256(signed).hexdigest()
            self.audit.record_in(
                s,
                manager,
                "plan_approved",
                f"{plan.month} r{plan.revision}",
                pdf_sha256=plan.pdf_sha256,
                lines_sha256=lines_hash,
            )
            for older in s.scalars(
                select(models.GiftPlan).where(
                    models.GiftPlan.month == plan.month,
                    models.GiftPlan.status == PlanStatus.APPROVED.value,
                    models.GiftPlan.id != plan.id,
                )
            ):
                older.status = PlanStatus.SUPERSEDED.value
        return signed

    def check_sheets(self) -> list[str]:
        """Every approved revision against its stored, signed sheet (see services.sheets); [] when all match."""
        with self.db.session() as s:
            return sheets.check_sheets(s, self._trusted_authorities(s))

    def signature_problem(self, pdf: bytes) -> str | None:
        """Why a sheet's signature is not one of this shop's, whole (None: it is)."""
        from boutique_vip.reports import signing

        with self.db.session() as s:
            trusted = self._trusted_authorities(s)
        return signing.signature_problem(pdf, trusted)

    def stored_sheets(self) -> list[tuple[str, bytes]]:
        """The stored signed sheets (name, PDF): each carries the audit head of its approval."""
        with self.db.session() as s:
            rows = s.execute(
                select(models.GiftPlan.month, models.GiftPlan.revision, models.GiftPlan.pdf).where(
                    models.GiftPlan.pdf.is_not(None)
                )
            )
            return [(f"gift plan {m} r{r}", bytes(pdf)) for m, r, pdf in rows if pdf]

    def sheet(self, month_text: str, language: str = "zh_CN") -> bytes:
        """The approved, signed sheet as it was approved; otherwise the current draft or proposal, marked draft."""
        with self.db.session() as s:
            plan = self._latest(s, month_text)
            if plan is not None and plan.status == PlanStatus.APPROVED.value and plan.pdf:
                return plan.pdf
        from boutique_vip.reports.gift_sheet import build_gift_sheet

        return build_gift_sheet(self._sheet(self.current(month_text), None), language)

    @changes(Topic.USERS)
    def set_signature(self, user_id: int, png: bytes, actor: Actor | None) -> None:
        """A manager stores her own drawn signature (it goes on every sheet she approves); nobody stores
        another's."""
        require(actor, Action.APPROVE_GIFT_PLAN)
        if actor is not None and actor.id != user_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only the manager herself can store her signature.")
            )
        with self.db.session() as s, s.begin():
            user = s.get(models.User, user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
            user.signature_png = png
            self.audit.record_in(s, actor, "signature_stored", user.name)

    # --- execution -----------------------------------------------------------------------------

    @changes(Topic.PLANS)
    def record_delivery(self, line_id: int, day: dt.date, actor: Actor) -> None:
        """The gift reached her; one piece leaves the stock when the catalogue keeps count."""
        require(actor, Action.GIFT_DELIVERY)
        self._update_line(line_id, delivered_on=day, delivered_by=actor.id)
        with self.db.session() as s, s.begin():
            line = s.get(models.GiftPlanLine, line_id)
            gift = (
                s.get(models.GiftCategory, line.gift_category_id) if line and line.gift_category_id else None
            )
            if gift is not None and gift.stock is not None:
                gift.stock = max(gift.stock - 1, 0)

    @changes(Topic.PLANS)
    def record_card_mailed(self, line_id: int, day: dt.date, actor: Actor | None) -> None:
        require(actor, Action.GIFT_DELIVERY)
        self._update_line(line_id, card_mailed_on=day)

    @changes(Topic.PLANS)
    def record_announced(self, line_id: int, day: dt.date, actor: Actor | None) -> None:
        require(actor, Action.GIFT_DELIVERY)
        self._update_line(line_id, announced_on=day)

    def _update_line(self, line_id: int, **values: object) -> None:
        with self.db.session() as s, s.begin():
            line = s.get(models.GiftPlanLine, line_id)
            if line is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This plan line no longer exists."))
            plan = s.get(models.GiftPlan, line.plan_id)
            if plan is None or plan.status != PlanStatus.APPROVED.value:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Deliveries are recorded on the approved plan.")
                )
            for key, value in values.items():
                setattr(line, key, value)

    def waiting_for_pickup(self) -> list[PlanLineView]:
        """Gifts announced for collection and not yet collected, on approved plans."""
        with self.db.session() as s:
            rows = s.scalars(
                select(models.GiftPlanLine)
                .join(models.GiftPlan, models.GiftPlan.id == models.GiftPlanLine.plan_id)
                .where(
                    models.GiftPlan.status == PlanStatus.APPROVED.value,
                    models.GiftPlanLine.delivery == Delivery.PICKUP.value,
                    models.GiftPlanLine.announced_on.is_not(None),
                    models.GiftPlanLine.delivered_on.is_(None),
                )
            ).all()
            return self._line_views_of_rows(s, list(rows))

    # --- internals -----------------------------------------------------------------------------

    def _latest(self, s: Session, month_text: str) -> models.GiftPlan | None:
        return s.scalar(
            select(models.GiftPlan)
            .where(models.GiftPlan.month == month_text)
            .order_by(models.GiftPlan.revision.desc())
            .limit(1)
        )

    def _view(self, s: Session, plan: models.GiftPlan) -> PlanView:
        approver = s.get(models.User, plan.approved_by).name if plan.approved_by else ""  # type: ignore[union-attr]
        return PlanView(
            plan.id,
            plan.month,
            plan.revision,
            plan.status,
            self._line_views_of_rows(s, list(plan.lines)),
            approver,
            plan.approved_at,
            plan.pdf_sha256,
        )

    def _line_views_of_rows(self, s: Session, rows: list[models.GiftPlanLine]) -> list[PlanLineView]:
        customers = _names(s, [r.customer_id for r in rows])
        gifts = {g.id: g for g in s.scalars(select(models.GiftCategory))}
        users = {u.id: u.name for u in s.scalars(select(models.User))}
        views = []
        for r in rows:
            gift = gifts.get(r.gift_category_id or 0)
            cost = gift.cost if gift else None
            line = PlanLine(
                r.customer_id,
                "",
                "",
                Tier(r.tier),
                r.occasion,
                r.occasion_date,
                r.card_mail_date,
                r.gift_category_id,
                r.min_cost,
                r.max_cost,
                Delivery(r.delivery),
                r.executor_id,
            )
            card_no, name = customers.get(r.customer_id, ("", ""))
            views.append(
                PlanLineView(
                    r.id,
                    r.customer_id,
                    card_no,
                    name,
                    r.tier,
                    r.occasion,
                    r.occasion_date,
                    r.card_mail_date,
                    r.gift_category_id,
                    gift.name if gift else "",
                    cost,
                    r.min_cost,
                    r.max_cost,
                    r.delivery,
                    r.executor_id,
                    users.get(r.executor_id or 0, ""),
                    r.reason,
                    plan_rules.breaks_standard(line, cost),
                    r.card_mailed_on,
                    r.announced_on,
                    r.delivered_on,
                )
            )
        return sorted(views, key=lambda v: (v.occasion_date, v.card_no, v.occasion))

    def _line_views(self, s: Session, lines: list[PlanLine]) -> list[PlanLineView]:
        return self._line_views_of_rows(s, [_row(ln) for ln in lines])

    def _sheet(self, view: PlanView, signature: bytes | None) -> GiftSheet:
        from boutique_vip.reports.gift_sheet import GiftSheet, SheetLine

        gifts = {g.id: g for g in self.catalogue()}
        occasion_names = {o.code: o.name for o in self.custom_occasions()}
        lines = [
            SheetLine(
                ln.card_no,
                ln.name,
                ln.tier,
                ln.occasion,
                ln.occasion_date,
                ln.card_mail_date,
                f"{ln.gift}（{gifts[ln.gift_category_id].cost}）"
                if ln.gift_category_id in gifts
                else ln.gift,
                ln.delivery,
                ln.executor,
                ln.reason,
            )
            for ln in view.lines
        ]
        return GiftSheet(
            self.shop.name(),
            view.month,
            view.revision,
            lines,
            view.approved_by,
            view.approved_at,
            signature,
            occasion_names,
        )

    def _authority_cert(self, s: Session) -> bytes:
        row = s.get(models.Setting, CA_CERT)
        assert row is not None
        return row.value.encode()

    def _trusted_authorities(self, s: Session) -> list[bytes]:
        """The shop's authority and any it replaced (sheets signed under an older one stay valid)."""
        rows = [s.get(models.Setting, CA_CERT), s.get(models.Setting, CA_RETIRED)]
        return [row.value.encode() for row in rows if row is not None and row.value]

    def has_authority(self) -> bool:
        """Whether the shop's signing authority exists (else the first approval creates it: the window then
        asks for the new passphrase twice)."""
        with self.db.session() as s:
            key = s.get(models.Setting, CA_KEY)
            return s.get(models.Setting, CA_CERT) is not None and key is not None and _sealed(key.value)

    def _signing_keys(self, manager: Actor, passphrase: str) -> signing.KeyPair:
        """The manager's key, opened with the shop's passphrase; on the first approval the authority is made
        (sealed under that passphrase) and issues her certificate. The slow sealing and opening (half a second
        each, on purpose) happen outside any write transaction."""
        from boutique_vip.reports import signing  # loaded on first use: the cryptography is slow to load
        from boutique_vip.services import signing_keys

        if self.has_authority():
            with self.db.session() as s:
                user = s.get(models.User, manager.id)
                assert user is not None
                cert, sealed = user.certificate_pem, user.private_key_sealed
            if not (cert and sealed and signing_keys.is_sealed_with_passphrase(sealed)):
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} has no signing certificate yet: another manager issues it in Manager → "
                        "Users (or with 'users certify').",
                    ),
                    name=manager.name,
                )
            return signing.KeyPair(self._unseal(manager, bytes(sealed), passphrase), cert)
        signing_keys.check_passphrase(passphrase)
        now = self.wall()
        shop = self.shop.name() or "Boutique"
        authority = signing_keys.make_authority(shop, now)
        keys = signing_keys.issue_signer(authority, manager.name, shop, now)
        authority_sealed = signing_keys.seal(authority.key_pem, passphrase).hex()
        key_sealed = signing_keys.seal(keys.key_pem, passphrase)
        with self.db.session() as s, s.begin():
            if self.has_authority():  # another till made one meanwhile: hers is the shop's
                raise ChangedElsewhere(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Another till just created the shop's signing key: try again."
                    )
                )
            old = s.get(models.Setting, CA_CERT)
            if old is not None:  # an authority sealed under a PIN (before the passphrase): retired
                retired = s.get(models.Setting, CA_RETIRED)
                s.merge(models.Setting(key=CA_RETIRED, value=(retired.value if retired else "") + old.value))
            s.merge(models.Setting(key=CA_CERT, value=authority.cert_pem.decode()))
            s.merge(models.Setting(key=CA_KEY, value=authority_sealed))
            owner = s.get(models.Setting, CA_OWNER)
            if owner is not None:
                s.delete(owner)
            user = s.get(models.User, manager.id)
            assert user is not None
            user.certificate_pem = keys.cert_pem
            user.private_key_sealed = key_sealed
            self.audit.record_in(s, manager, "signing_authority_created", shop)
        return keys

    def _unseal(self, actor: Actor, sealed: bytes, passphrase: str) -> bytes:
        from boutique_vip.services import signing_keys

        try:
            return signing_keys.unseal(sealed, passphrase)
        except WrongPassphrase:
            self.audit.record(actor, "passphrase_wrong", actor.name)  # never the passphrase itself
            raise

    @changes(Topic.USERS)
    def issue_certificate(self, colleague_id: int, manager: Actor, passphrase: str) -> None:
        """A manager issues a colleague's signing certificate: the shop's passphrase opens the authority, and
        the colleague's new key is sealed under it. Re-issuing replaces her old certificate."""
        from boutique_vip.reports import signing  # loaded on first use: the cryptography is slow to load
        from boutique_vip.services import signing_keys

        require(manager, Action.USER_ADMIN)
        with self.db.session() as s:
            ca_cert, ca_key = s.get(models.Setting, CA_CERT), s.get(models.Setting, CA_KEY)
            colleague = s.get(models.User, colleague_id)
            if colleague is None or not colleague.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
            if colleague.role != Role.MANAGER.value:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "Only managers sign plans: {name} is staff."),
                    name=colleague.name,
                )
            if ca_cert is None or ca_key is None or not _sealed(ca_key.value):
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The shop has no signing authority yet: the first approval of a plan creates it.",
                    )
                )
            name, cert_pem, sealed = colleague.name, ca_cert.value.encode(), bytes.fromhex(ca_key.value)
        authority = signing.KeyPair(self._unseal(manager, sealed, passphrase), cert_pem)
        keys = signing_keys.issue_signer(authority, name, self.shop.name() or "Boutique", self.wall())
        key_sealed = signing_keys.seal(keys.key_pem, passphrase)  # slow on purpose: outside the transaction
        with self.db.session() as s, s.begin():
            user = s.get(models.User, colleague_id)
            assert user is not None
            user.certificate_pem = keys.cert_pem
            user.private_key_sealed = key_sealed
            self.audit.record_in(s, manager, "certificate_issued", name)


def _sealed(hex_value: str) -> bool:
    """Whether a stored authority key is sealed under the shop's passphrase (not an older PIN seal)."""
    from boutique_vip.services import signing_keys

    try:
        return signing_keys.is_sealed_with_passphrase(bytes.fromhex(hex_value))
    except ValueError:
        return False


def _values(line: PlanLine) -> dict[str, Any]:
    """A proposed line as the plan's row keeps it."""
    return {
        "customer_id": line.customer_id,
        "tier": line.tier.value,
        "occasion": line.occasion,
        "occasion_date": line.occasion_date,
        "card_mail_date": line.card_mail_date,
        "gift_category_id": line.gift_category_id,
        "min_cost": line.min_cost,
        "max_cost": line.max_cost,
        "delivery": line.delivery.value,
        "executor_id": line.executor_id,
        "reason": line.reason,
    }


def _row(line: PlanLine) -> models.GiftPlanLine:
    return models.GiftPlanLine(**_values(line))


def _copy_line(line: models.GiftPlanLine) -> models.GiftPlanLine:
    columns = [c.key for c in models.GiftPlanLine.__table__.columns if c.key not in ("id", "plan_id")]
    return models.GiftPlanLine(**{c: getattr(line, c) for c in columns})


def _names(s: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = s.execute(
        select(models.Customer.id, models.Customer.card_no, models.Customer.name).where(
            models.Customer.id.in_(set(ids))
        )
    )
    return {cid: (card, name) for cid, card, name in rows}


def _born_in_month(s: Session, year: int, month: int) -> list[int]:
    """Customers whose birthday may fall in the month: solar by their birth month (the index on birth month
    and day), lunar by the lunar months its days belong to that year. A few more than are born in it (a
    lunar month only partly in it); the plan keeps whose birthday falls in it."""
    from lunar_python import Solar

    # Its days run through consecutive lunar months, from the first day's to the last day's (a leap month
    # counted as the month it repeats).
    first, last = (
        abs(Solar.fromYmd(d.year, d.month, d.day).getLunar().getMonth())
        for d in plan_rules.month_bounds(year, month)
    )
    lunar_months = {(first - 1 + n) % 12 + 1 for n in range((last - first) % 12 + 1)}
    C = models.Customer
    return list(
        s.scalars(
            select(C.id).where(
                or_(
                    and_(C.birthday_calendar == "solar", C.birth_month == month),
                    and_(C.birthday_calendar == "lunar", C.birth_month.in_(sorted(lunar_months))),
                )
            )
        )
    )


def _birthday_candidates(s: Session, day: dt.date) -> list[int]:
    """Customers whose birthday may fall on ``day``: solar by month and day (29 Feb on 28 Feb in other years),
    lunar by the lunar date of ``day`` (the 30th of a short month on its 29th)."""
    from lunar_python import Solar

    from boutique_vip.domain.birthdays import lunar_month_days

    C = models.Customer
    solar = [(day.month, day.day)]
    if (day.month, day.day) == (2, 28) and calendar.isleap(day.year) is False:
        solar.append((2, 29))
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    lunar_days = [] if lunar.getMonth() < 0 else [(lunar.getMonth(), lunar.getDay())]
    if lunar_days and lunar.getDay() == 29 and lunar_month_days(lunar.getYear(), lunar.getMonth()) == 29:
        lunar_days.append((lunar.getMonth(), 30))
    conditions = [
        and_(C.birthday_calendar == "solar", C.birth_month == m, C.birth_day == d) for m, d in solar
    ]
    conditions += [
        and_(C.birthday_calendar == "lunar", C.birth_month == m, C.birth_day == d) for m, d in lunar_days
    ]
    return list(s.scalars(select(C.id).where(or_(*conditions))))


def _plan_customers(
    s: Session,
    day: dt.date,
    rules: Rules,
    stored_on: dt.date | None,
    customer_ids: list[int] | None = None,
) -> list[PlanCustomer]:
    """The active A and B customers as of ``day`` (a plan's eve), with what a plan line needs of their cards."""
    tiers = tier_store.planned_on(s, day, rules, stored_on, customer_ids)
    C = models.Customer
    columns = (
        C.id,
        C.card_no,
        C.name,
        C.birthday_calendar,
        C.birth_month,
        C.birth_day,
        C.birth_year,
        C.birth_leap_month,
        C.staff_id,
    )
    customers = []
    for ids in tier_store.in_slices(sorted(tiers)):
        for cid, card, name, kind, month, day_, year, leap, staff in s.execute(
            select(*columns).where(C.id.in_(ids))
        ):
            birthday = (
                Birthday(CalendarKind(kind), month, day_, year, bool(leap))
                if kind and month and day_
                else None
            )
            customers.append(PlanCustomer(cid, card, name, Tier(tiers[cid]), True, birthday, staff))
    return customers


def _draft(s: Session, plan_id: int) -> models.GiftPlan:
    """The plan to approve, with its lines; refused unless it is still a draft."""
    plan = s.get(models.GiftPlan, plan_id, options=[selectinload(models.GiftPlan.lines)])
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This plan no longer exists."))
    if plan.status != PlanStatus.DRAFT.value:
        raise BoutiqueError(
            QT_TRANSLATE_NOOP("Errors", "Revision {revision} is already approved."), revision=plan.revision
        )
    return plan
