from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from boutique_vip.app import install_translators
from boutique_vip.domain.customer import card_from_form
from boutique_vip.domain.users import Actor, Role
from boutique_vip.gui.main_window import MainWindow
from boutique_vip.gui.ops import ChangeBus
from boutique_vip.services import Services
from boutique_vip.settings import Preferences


@pytest.fixture
def shop(services: Services) -> tuple[Services, Actor]:
    services.shop.set_name("衣尚精品", None)
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    for name, phone in (("曾小贤", "13912345678"), ("张晓燕", "13800138000"), ("单丽华", "13688886666")):
        services.customers.save(card_from_form({"name": name, "phone": phone, "waist_cm": "68"}))
    return services, manager


@dataclass
class WindowParts:
    """What a dialog needs from the window, without building one (a main window takes a second)."""

    services: Services
    bus: ChangeBus
    actor: Actor


@pytest.fixture
def parts(qtbot: QtBot, shop: tuple[Services, Actor]) -> WindowParts:
    services, manager = shop
    return WindowParts(services, ChangeBus(), manager)


@pytest.fixture
def window(qtbot: QtBot, shop: tuple[Services, Actor]) -> Iterator[MainWindow]:
    services, manager = shop
    win = MainWindow(services, manager, Preferences())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.customers.editor.dirty = False  # closing at teardown must not wait for an answer
    win.close()
    win.deleteLater()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Answer the next message boxes with ``button`` and record their texts."""

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        asked: list[str] = []

        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", question)
        return asked

    return set_answer


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()  # install_translators sets the default locale too (the window's language follows it)
    translators = install_translators(qapp, "zh_CN")
    assert translators, "resources/i18n/boutique_vip_zh_CN.qm is missing: run make translations"
    yield
    for t in translators:
        qapp.removeTranslator(t)  # type: ignore[arg-type]
    QLocale.setDefault(locale)
