"""Users of the shop PC and signing in with a PIN (stored only as an argon2id hash)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError, NotFound, WrongPin
from boutique_vip.domain.users import Actor, Role, check_pin, check_user_name
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import SalesGroup, User

# argon2id with the library's RFC 9106 "low memory" profile (t=3, m=64 MiB, p=4).
_hasher = PasswordHasher()


class UserService:
    def __init__(self, db: Database, now: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.now = now

    def has_users(self) -> bool:
        with self.db.session() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def active_users(self) -> list[Actor]:
        with self.db.session() as s:
            rows = s.scalars(select(User).where(User.active).order_by(User.role.desc(), User.name))
            return [Actor(u.id, u.name, Role(u.role)) for u in rows]

    def add(self, name: str, role: Role, pin: str, group_id: int | None = None) -> Actor:
        name = name.strip()
        check_user_name(name)
        check_pin(pin, role)
        with self.db.session() as s, s.begin():
            if s.scalar(select(User.id).where(User.name == name)) is not None:
                raise FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("Validation", "There is already a user called {name}."),
                    name=name,
                )
            user = User(
                name=name,
                role=role.value,
                pin_hash=_hasher.hash(pin),
                group_id=group_id,
                active=True,
                created_at=self.now(),
            )
            s.add(user)
            s.flush()
            return Actor(user.id, user.name, role)

    def sign_in(self, user_id: int, pin: str) -> Actor:
        with self.db.session() as s, s.begin():
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
            try:
                _hasher.verify(user.pin_hash, pin)
            except (VerificationError, InvalidHashError):
                raise WrongPin(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Wrong PIN for {name}. Try again.",
                    ),
                    name=user.name,
                ) from None
            if _hasher.check_needs_rehash(user.pin_hash):
                user.pin_hash = _hasher.hash(pin)
            return Actor(user.id, user.name, Role(user.role))

    def groups(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(g.id, g.name) for g in s.scalars(select(SalesGroup).order_by(SalesGroup.name))]

    def add_group(self, name: str) -> int:
        with self.db.session() as s, s.begin():
            group = SalesGroup(name=name.strip())
            s.add(group)
            s.flush()
            return group.id

    def staff(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(u.id, u.name) for u in s.scalars(select(User).where(User.active).order_by(User.name))]
