"""Backups of the SQLite file: daily at the first start, on request, restored on request; and the full check."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from boutique_vip.domain.backups import Retention, to_keep
from boutique_vip.domain.changes import EVERYTHING, changes
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.users import Actor
from boutique_vip.services.audit import AuditService
from boutique_vip.storage import backup as files
from boutique_vip.storage import file_lock, health
from boutique_vip.storage.backup import BackupDamaged, BackupFailed

__all__ = ["BackupDamaged", "BackupFailed", "BackupService", "CheckResult"]
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

    @changes()
    def backup_now(self, actor: Actor | None, folder: Path | None = None) -> Path:
        """A verified copy in ``folder`` (default: the backup folder); old copies beyond the retention go."""
        require(actor, Action.BACKUP)
        folder = folder or self.folder()
        made = files.make_backup(self._database(), folder, self.now())
        self.prune(folder)
        self.audit.record(actor, "backup", made.name, folder=str(folder))
        return made

    @changes()
    def daily_if_due(self) -> Path | None:
        """At the first start of a day: one backup, unless today's is already there."""
        if self.db.sqlite_path is None or self.db.read_only:
            return None
        today = self.now().date()
        if any(b.made_at.date() == today for b in self.backups()):
            return None
        return self.backup_now(None)

    def prune(self, folder: Path, retention: Retention | None = None) -> list[Path]:
        """Remove the copies beyond today's and yesterday's and 7 daily, 4 weekly and 12 monthly (and migration
        copies over a year old). A copy's manifest goes with it."""
        database = self._database()
        found = files.list_backups(folder, database)
        keep = to_keep([b.made_at for b in found], retention or Retention(), self.now().date())
        removed = [b.path for b in found if b.made_at not in keep]
        cutoff = self.now() - dt.timedelta(days=MIGRATION_COPY_DAYS)
        for copy in folder.glob(f"{database.stem}-before-migration-*.sqlite"):
            if dt.datetime.fromtimestamp(copy.stat().st_mtime) < cutoff:
                removed.append(copy)
        for path in removed:
            files.remove_backup(path)
            log.info("Removed old backup %s", path)
        return removed

    @changes(*EVERYTHING)
    def restore(self, source: Path, manager: Actor | None) -> Path:
        """Put ``source`` in place of the current database, which is kept aside (never overwritten).
        Returns where the current file went. The database is reopened on the restored file.

        A damaged backup raises BackupDamaged naming the newest sound backup made before it; any failure
        leaves the current database in place (see storage.backup.restore_file)."""
        require(manager, Action.RESTORE)
        database = self._database()
        if self.db.read_only:
            raise health.read_only_problem()
        problem = files.problem_of(source)
        if problem is not None:
            raise self._with_alternative(problem, source)
        # The lock stays ours while the engine is closed: no other copy of the program may start writing.
        file_lock.acquire(database, self.now().isoformat(timespec="minutes"))
        try:
            if database.exists():  # (after a damaged file was set aside there is none: make no empty one)
                # A damaged file cannot be checkpointed: its log is then kept aside with it as it is.
                with contextlib.suppress(SQLAlchemyError, health.DatabaseDamaged):
                    self.db.checkpoint()
            self.db.close()
            try:
                aside = files.restore_file(source, database, database.parent / "set-aside", self.now())
            finally:
                self.db.open()
        finally:
            file_lock.release(database)
        from boutique_vip.storage.migrate import upgrade  # Alembic is slow to import: only when restoring

        upgrade(self.db, self.folder())
        self.audit.record(
            manager, "restore", source.name, set_aside=str(aside) if aside else "", file=str(source)
        )
        return aside or database

    def _with_alternative(self, problem: files.BackupDamaged, source: Path) -> files.BackupDamaged:
        """The same refusal, offering the newest sound backup older than the refused one."""
        made = next((b.made_at for b in self.backups() if b.path == source), None)
        alternative = files.newest_sound(self.folder(), self._database(), before=made)
        if alternative is None or alternative.path == source:
            return problem
        return files.BackupDamaged(problem.template, alternative=alternative, **problem.params)

    def newest_sound(self, before: dt.datetime | None = None) -> files.BackupFile | None:
        """The newest backup that passes its checksum and SQLite's check: the one to offer."""
        if self.db.sqlite_path is None:
            return None
        return files.newest_sound(self.folder(), self._database(), before)

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
        if path is not None:
            problems += self._backup_problems(path)
        return CheckResult(problems)

    def _backup_problems(self, database: Path) -> list[str]:
        """Every copy in the backup folder against its manifest; a damaged one names the sound one to use."""
        problems = []
        for backup in files.list_backups(self.folder(), database):
            problem = files.problem_of(backup.path, thorough=False)
            if problem is not None:
                problems.append(f"backup: {problem.message}")
                sound = files.newest_sound(self.folder(), database, before=backup.made_at, thorough=False)
                if sound is not None:
                    problems.append(f"backup: the newest sound backup before it: {sound.path}")
        return problems
