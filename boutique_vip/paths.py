"""Where the program keeps its data, backups and logs, and where its bundled resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="BoutiqueVIP", appauthor=False)


def data_dir() -> Path:
    """The per-user data folder; ``BOUTIQUE_VIP_HOME`` moves it (tests, portable installs)."""
    override = os.environ.get("BOUTIQUE_VIP_HOME")
    folder = Path(override) if override else Path(_DIRS.user_data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_dir() / "boutique-vip.sqlite"


def backup_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def preferences_file() -> Path:
    return data_dir() / "preferences.json"


def resource(*parts: str) -> Path:
    """A file under ``resources/``, both from a source checkout and from a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
