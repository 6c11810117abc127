"""Database errors a user can act on (busy, disk full, read-only, damaged), as clear translatable messages.
The window's error handler asks here, so it need not know the storage layer."""

from __future__ import annotations

from boutique_vip.domain.errors import BoutiqueError
from boutique_vip.storage.health import DatabaseDamaged, DatabaseProblem, explain

__all__ = ["DatabaseDamaged", "DatabaseProblem", "explain", "user_error"]


def user_error(exc: BaseException) -> BoutiqueError | None:
    """The exception itself when it is already a user's error, its explanation, or None."""
    return exc if isinstance(exc, BoutiqueError) else explain(exc)
