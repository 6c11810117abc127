"""Start with the PC: the call list is only put in front of the manager at 15:00 if the program is running.

Windows: a value in the user's ``Run`` key (no administrator needed, removed with the setting). Linux
desktops: an XDG autostart entry in ``~/.config/autostart``. Other systems: the setting is not offered."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

NAME = "BoutiqueVIP"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def supported() -> bool:
    return sys.platform == "win32" or sys.platform.startswith("linux")


def installed() -> bool:
    """The shop PC's bundle (not a checkout): there the program starts with the PC unless told otherwise."""
    return bool(getattr(sys, "frozen", False))


def command(database_args: list[str]) -> list[str]:
    """What starts this program again: the installed program itself, or this Python with the package; with
    the database options it was started with (``--db PATH`` with the path made absolute)."""
    argv = [sys.executable] if installed() else [sys.executable, "-m", "boutique_vip"]
    return argv + database_args


def database_args(db: str | None, database_url: str | None) -> list[str]:
    if db:
        return ["--db", str(Path(db).resolve())]
    if database_url:
        return ["--database-url", database_url]
    return []


def apply(on: bool, argv: list[str]) -> None:
    """Make the system's start-up entry match the setting (a moved program gets its new path)."""
    if not supported():
        return
    if on:
        enable(argv)
    else:
        disable()


def _desktop_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / "boutique-vip.desktop"


def enabled() -> bool:
    if sys.platform == "win32":
        return _windows_value() is not None
    return _desktop_file().exists()


def enable(argv: list[str]) -> None:
    if sys.platform == "win32":
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(argv))
        return
    path = _desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Boutique VIP\n"
        "Name[zh_CN]=Boutique VIP 客情管理\n"
        "Comment=The daily call list at 15:00\n"
        f"Exec={shlex.join(argv)}\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )


def disable() -> None:
    if sys.platform == "win32":
        import winreg

        if _windows_value() is not None:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, NAME)
        return
    _desktop_file().unlink(missing_ok=True)


def _windows_value() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, NAME)
            return str(value)
    except OSError:
        return None
