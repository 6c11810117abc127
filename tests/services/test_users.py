import pytest
from sqlalchemy import text

from boutique_vip.domain.errors import FieldError, WrongPin
from boutique_vip.domain.users import Role
from boutique_vip.services import Services


def test_sign_in_with_the_right_pin_only(services: Services) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    assert services.users.sign_in(manager.id, "888888") == manager
    with pytest.raises(WrongPin, match="Wrong PIN for 王芳"):
        services.users.sign_in(manager.id, "1234")


def test_pins_are_stored_as_argon2id_hashes(services: Services) -> None:
    services.users.add("李丽", Role.STAFF, "1111")
    with services.db.engine.connect() as conn:
        stored = conn.execute(text("SELECT pin_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$") and "1111" not in stored


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", ""])
def test_pin_must_be_4_to_8_digits(services: Services, pin: str) -> None:
    with pytest.raises(FieldError, match="4 to 8 digits"):
        services.users.add("李丽", Role.STAFF, pin)


def test_user_names_are_unique(services: Services) -> None:
    services.users.add("李丽", Role.STAFF, "1111")
    with pytest.raises(FieldError, match="already a user called 李丽"):
        services.users.add("李丽", Role.MANAGER, "222222")


def test_first_start_has_no_users(services: Services) -> None:
    assert not services.users.has_users()
    services.users.add("王芳", Role.MANAGER, "888888")
    assert services.users.has_users()


def test_a_managers_pin_has_at_least_6_digits(services: Services) -> None:
    with pytest.raises(FieldError, match="6 to 8 digits"):
        services.users.add("王芳", Role.MANAGER, "12345")
    services.users.add("王芳", Role.MANAGER, "123456")
