"""The hash-chained audit log: each row carries the SHA-256 of its own fields and of the row before it, so a
row changed, removed or slipped in afterwards breaks the chain from there on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from boutique_vip.storage.models import AuditEntry

GENESIS = "0" * 64


def _digest(
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    user_name: str,
    action: str,
    subject: str,
    details: str,
) -> str:
    fields = [
        prev_hash,
        at.isoformat(timespec="seconds"),
        str(user_id or ""),
        user_name,
        action,
        subject,
        details,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def append(
    s: Session,
    at: dt.datetime,
    user_id: int | None,
    user_name: str,
    action: str,
    subject: str = "",
    **details: Any,
) -> AuditEntry:
    """Add one row in the caller's transaction (so it is written exactly when the action is)."""
    last = s.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).with_for_update()
    ).scalar()
    prev_hash = last or GENESIS
    at = at.replace(microsecond=0)
    text = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str) if details else ""
    entry = AuditEntry(
        at=at,
        user_id=user_id,
        user_name=user_name,
        action=action,
        subject=subject,
        details=text,
        prev_hash=prev_hash,
        hash=_digest(prev_hash, at, user_id, user_name, action, subject, text),
    )
    s.add(entry)
    s.flush()
    return entry


@dataclass(frozen=True)
class Broken:
    entry_id: int
    why: str


def verify(s: Session) -> tuple[int, Broken | None]:
    """Check the whole chain: (rows checked, the first broken row or None)."""
    prev_hash = GENESIS
    count = 0
    for entry in _all(s):
        count += 1
        if entry.prev_hash != prev_hash:
            return count, Broken(entry.id, "link")
        expected = _digest(
            entry.prev_hash,
            entry.at,
            entry.user_id,
            entry.user_name,
            entry.action,
            entry.subject,
            entry.details,
        )
        if entry.hash != expected:
            return count, Broken(entry.id, "content")
        prev_hash = entry.hash
    return count, None


def _all(s: Session) -> Iterator[AuditEntry]:
    yield from s.scalars(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000))


def head(s: Session) -> tuple[int, str] | None:
    """The newest row's id and hash: the chain's head, which backups and signed sheets carry out of the file."""
    row = s.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else None


def hash_of(s: Session, entry_id: int) -> str | None:
    """The stored hash of row ``entry_id``, or None when there is no such row."""
    return s.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))
