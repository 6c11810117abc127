"""Database errors a user can act on (busy, disk full, read-only, damaged), as clear translatable messages.
The window's error handler asks here, so it need not know the storage layer."""

from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError, ChangedElsewhere
from boutique_vip.storage.health import DatabaseDamaged, DatabaseProblem, explain

__all__ = ["DatabaseDamaged", "DatabaseProblem", "explain", "user_error"]


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "This was changed on another till at the same moment. Nothing was overwritten: open it again to see the "
    "saved values.",
)


def user_error(exc: BaseException) -> BoutiqueError | None:
    """The exception itself when it is already a user's error, its explanation, or None."""
    if isinstance(exc, BoutiqueError):
        return exc
    if isinstance(exc, StaleDataError):  # a versioned row (a gift plan, a plan line) saved by another till
        return ChangedElsewhere(CHANGED_ELSEWHERE)
    return explain(exc)
