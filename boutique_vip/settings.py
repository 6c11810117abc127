"""Preferences of this PC (language, window layout), kept in a small JSON file in the data folder.

The shop's business rules live in the database instead (``domain.rules.Rules`` and
``services.settings``) so every till of a shop uses the same ones.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from boutique_vip import paths
from boutique_vip.domain.rules import Rules

__all__ = ["LANGUAGES", "Preferences", "Rules"]

log = logging.getLogger(__name__)

#: Languages the program speaks; an empty choice follows the system language.
LANGUAGES = ("zh_CN", "en")


@dataclass
class Preferences:
    language: str = ""
    window_geometry: str = ""
    backup_folder: str = ""  # empty: "backups" in the data folder
    backup_copied_off: str = ""  # ISO date a backup was last copied off this PC (the weekly reminder)
    close_to_tray: bool | None = None  # closing the window keeps the program in the tray; None: ask once
    start_with_pc: bool | None = (
        None  # None: not decided yet (on in the installed program, off in a checkout)
    )
    columns: dict[str, str] = field(
        default_factory=dict
    )  # table name → its header's saved state (widths, order)

    def backup_dir(self) -> Path:
        return Path(self.backup_folder) if self.backup_folder else paths.backup_dir()

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        path = path or paths.preferences_file()
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Preferences file %s unreadable (%s); using defaults", path, exc)
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: Path | None = None) -> None:
        path = path or paths.preferences_file()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
