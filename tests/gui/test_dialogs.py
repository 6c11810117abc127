from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from boutique_vip.domain.users import Role
from boutique_vip.gui.dialogs.first_run import FirstRunDialog
from boutique_vip.gui.dialogs.sign_in import SignInDialog
from boutique_vip.services import Services


def test_first_start_names_the_shop_and_creates_the_manager(qtbot: QtBot, services: Services) -> None:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("衣尚精品")
    dialog.manager_name.setText("王芳")
    dialog.pin.setText("888888")
    dialog.pin_again.setText("8887")
    dialog.accept()
    assert "differ" in dialog.error.text()
    assert not services.users.has_users()
    dialog.pin.setText("88")
    dialog.pin_again.setText("88")
    dialog.accept()
    assert "6 to 8 digits" in dialog.error.text()  # a manager's PIN also seals the signing key
    dialog.pin.setText("888888")
    dialog.pin_again.setText("888888")
    dialog.accept()
    assert services.shop.name() == "衣尚精品"
    assert [(a.name, a.role) for a in services.users.active_users()] == [("王芳", Role.MANAGER)]


def test_sign_in_refuses_a_wrong_pin_and_accepts_the_right_one(qtbot: QtBot, services: Services) -> None:
    services.users.add("王芳", Role.MANAGER, "888888")
    staff = services.users.add("李丽", Role.STAFF, "1111")
    dialog = SignInDialog(services, "衣尚精品")
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData(staff.id))
    dialog.pin.setText("888888")
    dialog.accept()
    assert "Wrong PIN for 李丽" in dialog.error.text()
    assert dialog.pin.text() == ""
    dialog.pin.setText("1111")
    dialog.accept()
    assert dialog.actor == staff


def test_the_new_manager_is_not_asked_for_the_pin_she_just_chose(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boutique_vip.app import who_is_at_the_pc

    def fill_in(dialog: FirstRunDialog) -> int:
        dialog.shop_name.setText("衣尚精品")
        dialog.manager_name.setText("王芳")
        dialog.pin.setText("888888")
        dialog.pin_again.setText("888888")
        dialog.accept()
        return dialog.result()

    asked: list[str] = []
    monkeypatch.setattr(FirstRunDialog, "exec", fill_in)
    monkeypatch.setattr(SignInDialog, "exec", lambda _self: asked.append("PIN") or 0)
    actor = who_is_at_the_pc(services)
    assert actor is not None and actor.name == "王芳" and asked == []
    assert who_is_at_the_pc(services) is None and asked == ["PIN"]  # the next start asks who is there
