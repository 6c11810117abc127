"""Start with the PC: the XDG autostart entry on Linux (the Windows Run key is the same three calls)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from boutique_vip import autostart

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG entry is Linux's")


def test_the_entry_starts_this_program_on_the_same_database(data_home: Path, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    argv = autostart.command(autostart.database_args(str(db), None))
    assert argv == [sys.executable, "-m", "boutique_vip", "--db", str(db.resolve())]
    assert not autostart.enabled()
    autostart.apply(True, argv)
    entry = data_home / "config" / "autostart" / "boutique-vip.desktop"
    assert autostart.enabled() and entry.exists()
    lines = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines()[1:])
    assert shlex.split(lines["Exec"]) == argv
    assert lines["Type"] == "Application"
    autostart.apply(False, argv)
    assert not autostart.enabled() and not entry.exists()


def test_the_installed_program_starts_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\Boutique VIP\boutique-vip.exe")
    assert autostart.installed()
    assert autostart.command([]) == [r"C:\Program Files\Boutique VIP\boutique-vip.exe"]
    assert autostart.command(autostart.database_args(None, "postgresql+psycopg://shop@pc1/vip")) == [
        r"C:\Program Files\Boutique VIP\boutique-vip.exe",
        "--database-url",
        "postgresql+psycopg://shop@pc1/vip",
    ]


def test_on_by_default_in_the_installed_program_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from boutique_vip.app import start_with_the_pc
    from boutique_vip.settings import Preferences

    checkout = Preferences()
    start_with_the_pc(checkout, [])
    assert checkout.start_with_pc is False and not autostart.enabled()  # a developer's checkout: off
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    installed = Preferences()
    start_with_the_pc(installed, [])
    assert installed.start_with_pc is True and autostart.enabled()
    assert Preferences.load().start_with_pc is True  # kept on this PC
    turned_off = Preferences(start_with_pc=False)
    autostart.disable()
    start_with_the_pc(turned_off, [])
    assert not autostart.enabled()  # the shop's "no" stands
