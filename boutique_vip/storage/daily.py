"""Jobs done once a day per database, even with several tills starting at the same moment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from boutique_vip.storage.models import Setting


def claim_day(s: Session, job: str, day: dt.date) -> bool:
    """Claim ``job`` for ``day`` in the caller's transaction; False when it is already taken.

    The UPDATE takes the row's lock: a second till's claim waits until the first commits, then matches
    nothing. The very first run ever inserts the row; a till racing it gets a duplicate key and loses.
    """
    stamp = day.isoformat()
    claimed = s.execute(
        update(Setting).where(Setting.key == job, Setting.value != stamp).values(value=stamp)
    ).rowcount  # type: ignore[attr-defined]
    if claimed:
        return True
    if s.get(Setting, job) is not None:
        return False
    try:
        with s.begin_nested():
            s.add(Setting(key=job, value=stamp))
    except IntegrityError:
        return False
    return True
