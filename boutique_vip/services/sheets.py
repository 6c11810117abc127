"""An approved plan bound to its signed sheet.

At approval the sheet gets the plan's revision and a hash of its lines (what was approved: customer, occasion,
dates, gift, costs, delivery, executor, reason; not the execution dates recorded later), printed and in the
PDF's keywords, both under the signature. ``check`` then finds, for every approved revision: a stored sheet
that is not the one recorded at approval (its SHA-256, also in the chained audit row), a signature that is
missing, broken or not from the shop's authority, and lines changed since they were signed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from boutique_vip.domain.gift_plan import PlanStatus
from boutique_vip.storage import models

#: The columns an approval covers (execution — card mailed, announced, delivered — happens afterwards).
APPROVED_FIELDS = (
    "customer_id",
    "tier",
    "occasion",
    "occasion_date",
    "card_mail_date",
    "gift_category_id",
    "min_cost",
    "max_cost",
    "delivery",
    "executor_id",
    "reason",
)


def _text(value: object) -> str | None:
    # One spelling per value whatever the database hands back (Decimal('25') and Decimal('25.00') agree).
    if value is None:
        return None
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def lines_sha256(rows: Iterable[models.GiftPlanLine]) -> str:
    canonical = sorted(
        json.dumps([_text(getattr(r, f)) for f in APPROVED_FIELDS], ensure_ascii=False) for r in rows
    )
    return hashlib.sha256("\n".join(canonical).encode("utf-8")).hexdigest()


def approved_pdf_hashes(s: Session) -> dict[str, str]:
    """The sheet hash each approval recorded in the (chained) audit log, by "month rN"."""
    rows = s.execute(
        select(models.AuditEntry.subject, models.AuditEntry.details).where(
            models.AuditEntry.action == "plan_approved"
        )
    )
    found: dict[str, str] = {}
    for subject, details in rows:
        try:
            found[subject] = str(json.loads(details or "{}").get("pdf_sha256", ""))
        except ValueError:
            continue
    return found


def check_sheets(s: Session, trusted_pems: list[bytes]) -> list[str]:
    """Every approved (or superseded) revision against its stored sheet; one line per difference found."""
    from boutique_vip.reports import signing  # pyHanko loads only when sheets are checked
    from boutique_vip.reports.gift_sheet import read_stamp

    recorded = approved_pdf_hashes(s)
    problems = []
    plans = s.scalars(
        select(models.GiftPlan)
        .where(models.GiftPlan.status.in_([PlanStatus.APPROVED.value, PlanStatus.SUPERSEDED.value]))
        .options(selectinload(models.GiftPlan.lines))
        .order_by(models.GiftPlan.month, models.GiftPlan.revision)
    )
    for plan in plans:
        name = f"{plan.month} r{plan.revision}"
        pdf = plan.pdf
        if not pdf:
            problems.append(f"gift plan {name}: approved, but its signed sheet is missing")
            continue
        actual = hashlib.sha256(pdf).hexdigest()
        if actual != plan.pdf_sha256 or recorded.get(name, actual) != actual:
            problems.append(f"gift plan {name}: the stored sheet is not the one signed at approval")
        problem = signing.signature_problem(pdf, trusted_pems)
        if problem is not None:
            problems.append(f"gift plan {name}: sheet signature: {problem}")
            continue
        stamp = read_stamp(pdf)
        if stamp is None:
            continue  # signed by a version before sheets carried their plan's hash: nothing to compare
        if (stamp.month, stamp.revision) != (plan.month, plan.revision):
            problems.append(
                f"gift plan {name}: the stored sheet approves {stamp.month} r{stamp.revision} instead"
            )
        elif stamp.lines_sha256 != lines_sha256(plan.lines):
            problems.append(f"gift plan {name}: its lines were changed after they were signed")
    return problems
