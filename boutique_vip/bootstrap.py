"""Opening the shop's database for the window and for the command line alike: which database the arguments name,
the start-up check, the schema brought up to date, the services built on it, and the newest sound backup to offer
when the file is damaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from boutique_vip import clock, paths
from boutique_vip.services import Services
from boutique_vip.settings import Preferences
from boutique_vip.storage import backup as backup_files
from boutique_vip.storage import health
from boutique_vip.storage.engine import Database, sqlite_url
from boutique_vip.storage.migrate import upgrade


def database_url(args: argparse.Namespace) -> str:
    """``--database-url``, else ``--db`` (a file), else the file in the user's data folder."""
    if args.database_url:
        return str(args.database_url)
    return sqlite_url(paths.default_database() if not args.db else _abs(args.db))


def _abs(path: str) -> Path:
    return Path(path).expanduser().resolve()


def open_services(args: argparse.Namespace, read_only: bool = False, prepare: bool = True) -> Services:
    """Open the database: check it is sound, bring its schema up to date, and build the services on it.

    A damaged SQLite file is moved aside (never overwritten) and DatabaseDamaged names the newest backup.
    ``read_only`` opens without ever writing (another copy of the program holds the file); ``prepare=False``
    skips the check and the migration (restoring a backup in place of a damaged file).
    """

    def folder() -> Path:  # read each time: the setting can change while the program runs
        return Preferences.load().backup_dir()

    db = Database(database_url(args), read_only=read_only)
    path = db.sqlite_path
    if prepare and path is not None and not health.closed_cleanly(path):
        try:
            health.quick_check(path)
        except health.DatabaseDamaged as exc:
            db.close()
            exc.aside = backup_files.set_aside(path, path.parent / "set-aside", "damaged", clock.now())
            raise
    if prepare and not read_only:
        upgrade(db, folder())
    return Services.create(db, clock.now, folder)


def newest_sound_backup(args: argparse.Namespace) -> backup_files.BackupFile | None:
    """The newest backup of the named database that is whole, to offer when the file is damaged."""
    path = Path(database_url(args).removeprefix("sqlite:///"))
    # Verified against its manifest and by SQLite: a garbled copy is passed over, never offered.
    return backup_files.newest_sound(Preferences.load().backup_dir(), path)
