"""Who is working: staff and managers, and the PIN they sign in with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, FieldError
from boutique_vip.domain.text import control_character_error

PIN_LENGTHS = (4, 8)
#: A manager's PIN also protects the key that signs approved sheets, so it is longer.
MANAGER_PIN_MIN = 6


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"


@dataclass(frozen=True)
class Actor:
    """The signed-in user every action is done as."""

    id: int
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER


def check_pin(pin: str, role: Role = Role.STAFF) -> None:
    low, high = PIN_LENGTHS
    if role is Role.MANAGER:
        low = MANAGER_PIN_MIN
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise FieldError(
            "pin", QT_TRANSLATE_NOOP("Validation", "A PIN is {low} to {high} digits."), low=low, high=high
        )


def check_user_name(name: str) -> None:
    if not name.strip():
        raise FieldError("name", QT_TRANSLATE_NOOP("Validation", "The user's name is required."))
    error = control_character_error("name", name)  # names go into exports (the staff column)
    if error is not None:
        raise error
