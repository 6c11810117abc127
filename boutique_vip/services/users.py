"""Users of the shop PC and signing in with a PIN (stored only as an argon2id hash)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, inspect, select, update
from sqlalchemy.orm import Session

from boutique_vip.domain.changes import Topic, changes
from boutique_vip.domain.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    BoutiqueError,
    FieldError,
    NotFound,
    WrongPin,
)
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.text import control_character_error
from boutique_vip.domain.users import Actor, Role, check_pin, check_user_name
from boutique_vip.services.audit import AuditService
from boutique_vip.storage.engine import Database
from boutique_vip.storage.models import Customer, SalesGroup, User

# argon2id with one of OWASP's recommended parameter sets (m=19 MiB, t=2, p=1). A PIN hashed with other
# parameters is rehashed at its next successful sign-in.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
#: From this many wrong PINs in a row the user waits before the next try, twice as long each time.
SLOW_DOWN_AFTER = 5
FIRST_WAIT_SECONDS = 5
#: At this many the user is locked until a manager unlocks her.
LOCK_AFTER = 10


def wait_after(failed: int) -> int:
    """Seconds to wait before another try after ``failed`` wrong PINs in a row."""
    return 0 if failed < SLOW_DOWN_AFTER else FIRST_WAIT_SECONDS * 2 ** (failed - SLOW_DOWN_AFTER)


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: Role
    locked: bool
    group_id: int | None = None
    group: str = ""


class UserService:
    def __init__(
        self,
        db: Database,
        now: Callable[[], dt.datetime],
        audit: AuditService,
        wall: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.db = db
        self.now = now
        self.audit = audit
        # The back-off counts real seconds: a pretend day (--date) must neither shorten nor stretch it.
        self.wall = wall or now

    def has_users(self) -> bool:
        with self.db.session() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def has_manager(self) -> bool:
        """Whether manager actions must be confirmed by a manager's PIN: a shop with no manager yet creates
        its first one freely. A file without a users table (new, or being restored over) has none; a missing
        file (set aside as damaged) is not created by asking."""
        if self.db.sqlite_path is not None and not self.db.sqlite_path.exists():
            return False
        if not inspect(self.db.engine).has_table(User.__tablename__):
            return False
        with self.db.session() as s:
            return (
                s.scalar(select(User.id).where(User.active, User.role == Role.MANAGER.value).limit(1))
                is not None
            )

    def find_active(self, name: str) -> Actor | None:
        """The active user called ``name`` (the command line names users instead of picking them)."""
        with self.db.session() as s:
            user = s.scalar(select(User).where(User.active, User.name == name.strip()))
            return Actor(user.id, user.name, Role(user.role)) if user else None

    def active_users(self) -> list[Actor]:
        with self.db.session() as s:
            rows = s.scalars(select(User).where(User.active).order_by(User.role.desc(), User.name))
            return [Actor(u.id, u.name, Role(u.role)) for u in rows]

    @changes(Topic.USERS)
    def add(
        self, name: str, role: Role, pin: str, group_id: int | None = None, actor: Actor | None = None
    ) -> Actor:
        """A new user. ``actor`` is the manager adding her (None: the first run or the command line)."""
        require(actor, Action.USER_ADMIN)
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
                pin_hash=HASHER.hash(pin),
                group_id=group_id,
                active=True,
                created_at=self.now(),
            )
            s.add(user)
            s.flush()
            self.audit.record_in(s, actor, "user_added", name, role=role.value)
            return Actor(user.id, user.name, role)

    @changes(Topic.USERS)
    def sign_in(self, user_id: int, pin: str) -> Actor:
        """Check the PIN. Wrong PINs are counted (and audited, never the PIN itself): from the fifth in a row
        she waits a little longer each time, at the tenth she is locked until a manager unlocks her."""
        now = self.wall()
        failure: BoutiqueError | None = None
        with self.db.session() as s, s.begin():
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
            if user.locked:
                raise AccountLocked(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is locked after too many wrong PINs. A manager can unlock her."
                    ),
                    name=user.name,
                )
            wait = wait_after(user.failed_pins)
            if user.last_failed_at is not None and wait:
                remaining = int((user.last_failed_at + dt.timedelta(seconds=wait) - now).total_seconds())
                # A failure stamped in the future (the PC's clock was set back, or an older version stamped
                # it with --date) never makes her wait longer than the back-off itself.
                remaining = min(remaining, wait)
                if remaining > 0:
                    raise WrongPin(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Too many wrong PINs. Wait {seconds} seconds and try again."
                        ),
                        seconds=remaining,
                    )
            try:
                HASHER.verify(user.pin_hash, pin)
            except (VerificationError, InvalidHashError):
                user.failed_pins += 1
                user.last_failed_at = now
                self.audit.record_in(s, None, "sign_in_failed", user.name, attempts=user.failed_pins)
                if user.failed_pins >= LOCK_AFTER:
                    user.locked = True
                    self.audit.record_in(s, None, "user_locked", user.name)
                    failure = AccountLocked(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{name} is locked after too many wrong PINs. A manager can unlock her."
                        ),
                        name=user.name,
                    )
                else:
                    failure = WrongPin(
                        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}. Try again."), name=user.name
                    )
            else:
                if HASHER.check_needs_rehash(user.pin_hash):
                    user.pin_hash = HASHER.hash(pin)
                user.failed_pins, user.last_failed_at = 0, None
                actor = Actor(user.id, user.name, Role(user.role))
                self.audit.record_in(s, actor, "sign_in", user.name)
        if failure is not None:
            raise failure  # after the count of wrong PINs is written
        return actor

    @changes(Topic.USERS)
    def unlock(self, user_id: int, manager: Actor) -> None:
        require(manager, Action.USER_ADMIN)
        with self.db.session() as s, s.begin():
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
            user.locked, user.failed_pins, user.last_failed_at = False, 0, None
            self.audit.record_in(s, manager, "user_unlocked", user.name)

    def listing(self) -> list[UserRow]:
        """Every active user with her role, her sales group and whether she is locked (the users window)."""
        with self.db.session() as s:
            groups = dict(s.execute(select(SalesGroup.id, SalesGroup.name)).all())
            return [
                UserRow(u.id, u.name, Role(u.role), u.locked, u.group_id, groups.get(u.group_id or 0, ""))
                for u in s.scalars(select(User).where(User.active).order_by(User.name))
            ]

    @changes(Topic.USERS, Topic.CUSTOMERS)
    def set_group(
        self, user_id: int, group_id: int | None, manager: Actor, with_her_customers: bool = False
    ) -> int:
        """Put a colleague in a sales group (None: none); ``with_her_customers`` moves the customers she is
        responsible for into it too. Returns how many customers moved."""
        require(manager, Action.USER_ADMIN)
        with self.db.session() as s, s.begin():
            user = self._user(s, user_id)
            group = s.get(SalesGroup, group_id) if group_id is not None else None
            if group_id is not None and group is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sales group no longer exists."))
            user.group_id = group_id
            moved = 0
            if with_her_customers:
                moved = s.execute(
                    update(Customer)
                    .where(Customer.staff_id == user_id, Customer.erased_on.is_(None))
                    .values(group_id=group_id)
                ).rowcount  # type: ignore[attr-defined]  # an UPDATE's result (CursorResult)
            self.audit.record_in(
                s, manager, "user_group_set", user.name, group=group.name if group else "", customers=moved
            )
            return moved

    @changes(Topic.USERS)
    def reset_pin(self, user_id: int, pin: str, manager: Actor) -> None:
        """A manager gives a colleague a new PIN (she forgot hers). Her signing key was locked with the old
        PIN: a manager issues her certificate again before she approves a plan."""
        require(manager, Action.USER_ADMIN)
        with self.db.session() as s, s.begin():
            user = self._user(s, user_id)
            check_pin(pin, Role(user.role))
            user.pin_hash = HASHER.hash(pin)
            user.locked, user.failed_pins, user.last_failed_at = False, 0, None
            user.private_key_sealed = user.certificate_pem = None
            self.audit.record_in(s, manager, "pin_reset", user.name)

    @changes(Topic.USERS)
    def disable(self, user_id: int, manager: Actor) -> None:
        """She has left the shop: she can no longer sign in; her name stays on everything she did."""
        require(manager, Action.USER_ADMIN)
        with self.db.session() as s, s.begin():
            user = self._user(s, user_id)
            if user.id == manager.id:
                raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "You cannot disable yourself."))
            others = s.scalar(
                select(func.count()).where(User.active, User.role == Role.MANAGER.value, User.id != user.id)
            )
            if user.role == Role.MANAGER.value and not others:
                raise BoutiqueError(
                    QT_TRANSLATE_NOOP("Errors", "The shop's last manager cannot be disabled.")
                )
            user.active = False
            self.audit.record_in(s, manager, "user_disabled", user.name)

    @staticmethod
    def _user(s: Session, user_id: int) -> User:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
        return user

    def groups(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(g.id, g.name) for g in s.scalars(select(SalesGroup).order_by(SalesGroup.name))]

    @changes(Topic.USERS)
    def add_group(self, name: str, actor: Actor | None = None) -> int:
        require(actor, Action.USER_ADMIN)
        error = control_character_error("group", name)  # group names go into exports
        if error is not None:
            raise error
        with self.db.session() as s, s.begin():
            group = SalesGroup(name=name.strip())
            s.add(group)
            s.flush()
            self.audit.record_in(s, actor, "group_added", group.name)
            return group.id

    def staff(self) -> list[tuple[int, str]]:
        with self.db.session() as s:
            return [(u.id, u.name) for u in s.scalars(select(User).where(User.active).order_by(User.name))]
