"""Backups of the SQLite file: daily at the first start, on request, restored on request; and the full check."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from boutique_vip.domain.backups import Retention, to_keep
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import backup as files
from boutique_vip.storage.engine import Database

log = logging.getLogger(__name__)

#: Copies made before a migration are kept as long as the monthly ones.
MIGRATION_COPY_DAYS = 366

NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Errors",
    "Backups here are for the shop PC's own database file; on PostgreSQL use pg_dump (see the README).",
)


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


class BackupService:
    def __init__(
        self, db: Database, now: Callable[[], dt.datetime], audit: AuditService, folder: Callable[[], Path]
    ) -> None:
        self.db = db
        self.now = now
        self.audit = audit
        self.folder = folder  # the backup folder setting of this PC (it may be a USB drive)

    def _database(self) -> Path:
        path = self.db.sqlite_path
        if path is None:
            raise BoutiqueError(NOT_SQLITE)
        return path

    def backups(self, folder: Path | None = None) -> list[files.BackupFile]:
        return files.list_backups(folder or self.folder(), self._database())

    def backup_now(self, actor: Actor | None, folder: Path | None = None) -> Path:
        """A verified copy in ``folder`` (default: the backup folder); old copies beyond the retention go."""
        require(actor, Action.BACKUP)
        folder = folder or self.folder()
        made = files.make_backup(self._database(), folder, self.now())
        self.prune(folder)
        self.audit.record(actor, "backup", made.name, folder=str(folder))
        return made

    def daily_if_due(self) -> Path | None:
        """At the first start of a day: one backup, unless today's is already there."""
        if self.db.sqlite_path is None or self.db.read_only:
            return None
        today = self.now().date()
        if any(b.made_at.date() == today for b in self.backups()):
            return None
        return self.backup_now(None)

    def prune(self, folder: Path, retention: Retention | None = None) -> list[Path]:
        """Remove the copies beyond 7 daily, 4 weekly and 12 monthly (and migration copies over a year old)."""
        database = self._database()
        found = files.list_backups(folder, database)
        keep = to_keep([b.made_at for b in found], retention or Retention())
        removed = [b.path for b in found if b.made_at not in keep]
        cutoff = self.now() - dt.timedelta(days=MIGRATION_COPY_DAYS)
        for copy in folder.glob(f"{database.stem}-before-migration-*.sqlite"):
            if dt.datetime.fromtimestamp(copy.stat().st_mtime) < cutoff:
                removed.append(copy)
        for path in removed:
            path.unlink(missing_ok=True)
            log.info("Removed old backup %s", path)
        return removed

    def restore(self, source: Path, manager: Actor | None) -> Path:
        """Put ``source`` in place of the current database, which is moved aside (never overwritten).
        Returns where the current file went. The database is reopened on the restored file."""
        require(manager, Action.RESTORE)
        database = self._database()
        if not source.is_file() or not files.is_boutique_database(source):
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a Boutique VIP backup."), file=source.name
            )
        problem = files.integrity_problem(source)
        if problem is not None:
            raise BoutiqueError(
                QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({problem}); choose another backup."),
                file=source.name,
                problem=problem,
            )
        self.db.close()
        aside = None
        try:
            if database.exists():
                aside = files.set_aside(database, database.parent / "set-aside", "before-restore", self.now())
            files.put_in_place(source, database)
        finally:
            self.db.open()
        from boutique_vip.storage.migrate import upgrade  # Alembic is slow to import: only when restoring

        upgrade(self.db, self.folder())
        self.audit.record(
            manager, "restore", source.name, set_aside=str(aside) if aside else "", file=str(source)
        )
        return aside or database

    def check(self) -> CheckResult:
        """The full check: SQLite's integrity and foreign keys, and the audit log's chain."""
        problems = []
        path = self.db.sqlite_path
        if path is not None:
            problem = files.integrity_problem(path)
            if problem is not None:
                problems.append(f"integrity: {problem}")
        _rows, broken = self.audit.verify()
        if broken is not None:
            problems.append(f"audit log: row {broken.entry_id} is broken ({broken.why})")
        return CheckResult(problems)
