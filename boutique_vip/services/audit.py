"""Recording and reading the audit log (who did what, when), and checking its chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from boutique_vip.domain.changes import changes
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.users import Actor
from boutique_vip.storage import audit as audit_store
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import AuditEntry

#: How the command line and the program itself appear in the log.
SYSTEM = "system"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    subject: str
    details: str


@dataclass(frozen=True)
class Anchor:
    """The chain's head as something outside the database recorded it: a backup's manifest, a signed sheet."""

    source: str  # where it was found, for the report
    entry_id: int
    hash: str


class AuditService:
    def __init__(self, db: Database, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.now = now

    def record_in(
        self, s: Session, actor: Actor | None, action: str, subject: str = "", **details: Any
    ) -> None:
        """Record in the caller's transaction: the row is there exactly when the action is."""
        audit_store.append(
            s,
            self.now(),
            actor.id if actor else None,
            actor.name if actor else SYSTEM,
            action,
            subject,
            **details,
        )

    @changes()
    def record(self, actor: Actor | None, action: str, subject: str = "", **details: Any) -> None:
        with self.db.session() as s, s.begin():
            self.record_in(s, actor, action, subject, **details)

    def entries(self, actor: Actor | None, limit: int = 500, action: str = "") -> list[AuditRow]:
        """The newest entries first (a manager's view)."""
        require(actor, Action.VIEW_AUDIT)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        with self.db.session() as s:
            return [
                AuditRow(e.id, e.at, e.user_name, e.action, e.subject, e.details) for e in s.scalars(query)
            ]

    def count(self) -> int:
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    def verify(self) -> tuple[int, audit_store.Broken | None]:
        with self.db.session() as s:
            return audit_store.verify(s)

    def head(self) -> tuple[int, str] | None:
        """The newest row's (id, hash): what a backup's manifest and a signed sheet carry out of the file."""
        with self.db.session() as s:
            return audit_store.head(s)

    def check_anchors(self, anchors: list[Anchor]) -> list[str]:
        """Each anchor against the log: its row must still be there with the same hash. With the chain intact
        up to it, that proves no row before it was changed, removed or rewritten (even with the chain
        recomputed). One line per anchor that disagrees, plain English for the command line's report."""
        problems = []
        with self.db.session() as s:
            for anchor in anchors:
                stored = audit_store.hash_of(s, anchor.entry_id)
                if stored is None:
                    problems.append(
                        f"{anchor.source}: audit row {anchor.entry_id} is missing "
                        "(rows were deleted after this anchor was made)"
                    )
                elif stored != anchor.hash:
                    problems.append(
                        f"{anchor.source}: audit row {anchor.entry_id} differs from the anchor "
                        "(the log up to it was changed or rewritten)"
                    )
        return problems
