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


def test_a_manager_runs_the_team_groups_pins_and_leavers(services: Services) -> None:
    """Groups and colleagues managed by a manager: a group for a colleague and her customers, a new PIN for
    one who forgot hers (her signing key must be issued again), a colleague who left disabled (her name
    stays on what she did); each audited."""
    from boutique_vip.domain.customer import card_from_form
    from boutique_vip.domain.errors import BoutiqueError, WrongPin

    manager = services.users.add("王芳", Role.MANAGER, "888888")
    li = services.users.add("李丽", Role.STAFF, "1111", actor=manager)
    group = services.users.add_group("一组", manager)
    hers = services.customers.save(card_from_form({"name": "林雪", "staff_id": str(li.id)}))
    other = services.customers.save(card_from_form({"name": "周敏"}))
    assert services.users.set_group(li.id, group, manager, with_her_customers=True) == 1
    assert services.customers.get(hers.id or 0).group_id == group
    assert services.customers.get(other.id or 0).group_id is None
    assert next(u for u in services.users.listing() if u.name == "李丽").group == "一组"

    services.users.reset_pin(li.id, "2468", manager)
    with pytest.raises(WrongPin):
        services.users.sign_in(li.id, "1111")
    assert services.users.sign_in(li.id, "2468").name == "李丽"

    with pytest.raises(BoutiqueError, match="yourself"):
        services.users.disable(manager.id, manager)
    services.users.disable(li.id, manager)
    assert "李丽" not in [u.name for u in services.users.listing()]
    assert "李丽" not in [a.name for a in services.users.active_users()]
    with pytest.raises(Exception):  # noqa: B017 - she can no longer sign in
        services.users.sign_in(li.id, "2468")
    actions = {e.action: e.subject for e in services.audit.entries(manager, limit=10)}
    assert {a: actions.get(a) for a in ("user_group_set", "pin_reset", "user_disabled")} == {
        "user_group_set": "李丽",
        "pin_reset": "李丽",
        "user_disabled": "李丽",
    }
