"""Findings 3 and 4 of issue 18: a restore never leaves the shop without its database, and a backup is
verified against its SHA-256 manifest after writing and before any restore."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from boutique_vip import clock
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.storage import backup as files
from boutique_vip.storage.manifest import read_manifest, sha256_of
from tests.cli.helpers import run
from tests.conftest import sqlite_only
from tests.services.helpers import customer

ROOT = Path(__file__).resolve().parents[2]

pytestmark = sqlite_only


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {name for (name,) in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()


def _flip_bit(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def test_every_backup_has_a_manifest_that_matches_it(services: Services) -> None:
    services.users.add("王芳", Role.MANAGER, "888888")  # an audited action: the log has a head
    customer(services, "张晓燕", phone="13800000001")
    made = services.backups.backup_now(None)
    manifest = read_manifest(made)
    assert manifest is not None
    data = json.loads(made.with_name(made.name + ".manifest.json").read_text("utf-8"))
    assert set(data) >= {"file", "sha256", "size", "schema_revision", "created_at", "audit_head"}
    assert (manifest.file, manifest.sha256, manifest.size) == (
        made.name,
        sha256_of(made),
        made.stat().st_size,
    )
    assert manifest.schema_revision == files.schema_revision(made) and manifest.created_at == clock.now()
    conn = sqlite3.connect(made)
    head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert manifest.audit_head is not None and (manifest.audit_head.id, manifest.audit_head.hash) == head


def test_a_full_disk_at_the_copy_leaves_the_current_database_and_says_so(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    customer(services, "张晓燕", phone="13800000001")
    made = services.backups.backup_now(None)
    customer(services, "李娜", phone="13800000002")

    def disk_full(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:4096])  # half a copy, then no space left
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_copy_synced", disk_full)
    with pytest.raises(
        files.BackupFailed, match=r"No space left on device.*current database was not changed"
    ):
        services.backups.restore(made, manager)
    assert services.customers.count() == 2  # the same database, open and working
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    assert not (db_path.parent / "set-aside").exists()


RESTORE_AND_DIE = """
import os, signal, sys
from boutique_vip import cli
from boutique_vip.storage import backup

def die(step):
    if step == sys.argv[1]:
        os.kill(os.getpid(), signal.SIGKILL)

backup._reached = die
sys.exit(cli.main(["--db", sys.argv[2], "--date", "2026-11-23", "restore", sys.argv[3]]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("step", ["copied", "verified", "kept", "swapped"])
def test_a_restore_killed_at_any_step_leaves_a_whole_database(
    step: str, services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer(services, "张晓燕", phone="13800000001")
    made = services.backups.backup_now(None)
    customer(services, "李娜", phone="13800000002")
    services.db.close()
    killed = subprocess.run(
        [sys.executable, "-c", RESTORE_AND_DIE, step, str(db_path), str(made)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    restored = step == "swapped"
    assert _names(db_path) == ({"张晓燕"} if restored else {"张晓燕", "李娜"})
    code, out, err = run(capsys, "--db", str(db_path), "customers", "find", "1380000")
    assert code == 0, err
    assert ("李娜" in out) is not restored
    aside = list((db_path.parent / "set-aside").glob("shop-before-restore-*.sqlite"))
    if restored:  # the file it replaced is kept
        assert [_names(a) for a in aside] == [{"张晓燕", "李娜"}]


def test_a_garbled_backup_is_refused_and_the_older_sound_one_offered(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    customer(services, "张晓燕", phone="13800000001")
    older = services.backups.backup_now(None)
    clock.freeze(clock.now() + dt.timedelta(hours=2))
    customer(services, "李娜", phone="13800000002")
    newer = services.backups.backup_now(None)
    customer(services, "王芳芳", phone="13800000003")
    _flip_bit(newer, random.Random(1))
    with pytest.raises(files.BackupDamaged, match="checksum does not match") as refused:
        services.backups.restore(newer, manager)
    assert refused.value.alternative is not None and refused.value.alternative.path == older
    assert services.customers.count() == 3
    assert services.backups.newest_sound() is not None and services.backups.newest_sound().path == older  # type: ignore[union-attr]
    result = services.backups.check()
    assert not result.ok
    assert any(newer.name in p and "checksum" in p for p in result.problems)
    assert any(str(older) in p for p in result.problems)
    services.db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n888888\n"))  # the manager's name and PIN
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(newer))
    assert code == 1 and "checksum does not match" in err and f"boutique-vip restore {older}" in err
    assert "Traceback" not in err and _names(db_path) == {"张晓燕", "李娜", "王芳芳"}
    code, _, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1 and newer.name in err and str(older) in err


def test_no_bit_flipped_backup_is_ever_restored(services: Services, tmp_path: Path) -> None:
    manager = services.users.add("王芳", Role.MANAGER, "888888")
    customer(services, "张晓燕", phone="13800000001")
    made = services.backups.backup_now(None)
    rng = random.Random(18)
    for n in range(200):
        flipped = tmp_path / "flipped" / made.name
        flipped.parent.mkdir(exist_ok=True)
        shutil.copyfile(made, flipped)
        shutil.copyfile(
            made.with_name(made.name + ".manifest.json"),
            tmp_path / "flipped" / (made.name + ".manifest.json"),
        )
        _flip_bit(flipped, rng)
        with pytest.raises(files.BackupDamaged):
            services.backups.restore(flipped, manager)
        assert n >= 0
    assert services.customers.count() == 1


def _garble_names(path: Path) -> None:
    """Table names that are not UTF-8: reading them used to raise UnicodeDecodeError."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET name = CAST(X'ff41ff' AS TEXT) WHERE name = 'customers'")
    conn.commit()
    conn.close()


def test_a_garbled_backup_never_crashes_the_recovery_of_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = tmp_path / "shop.sqlite"
    assert run(capsys, "--db", str(shop), "demo", "--customers", "20", "--seed", "3")[0] == 0
    code, out, _ = run(capsys, "--db", str(shop), "backup")
    sound = Path(out.strip())
    clock.freeze(clock.now() + dt.timedelta(hours=1))
    code, out, _ = run(capsys, "--db", str(shop), "backup")
    garbled = Path(out.strip())
    garbled.with_name(garbled.name + ".manifest.json").unlink()  # as old backups are: no manifest
    _garble_names(garbled)
    data = bytearray(shop.read_bytes())
    data[4096 : 4096 * 6] = b"\xff" * (4096 * 5)
    shop.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(shop), "customers", "find", "张")
    assert code == 1 and "damaged" in err and f"boutique-vip restore {sound}" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("王芳\n888888\n王芳\n888888\n"))
    code, _, err = run(capsys, "--db", str(shop), "restore", str(garbled))
    assert code == 1 and "Traceback" not in err and not shop.exists()
    assert run(capsys, "--db", str(shop), "restore", str(sound))[0] == 0
    assert len(_names(shop)) == 20


def test_eight_backups_in_one_day_are_all_kept(services: Services) -> None:
    """ "Back up now" after a mistake never deletes that morning's good copy."""
    customer(services, "张晓燕", phone="13800000001")
    made = []
    for hour in range(9, 17):
        clock.freeze(dt.datetime(2026, 11, 23, hour, 0))
        made.append(services.backups.backup_now(None))
    assert [b.path for b in services.backups.backups()] == made[::-1]
    assert all(read_manifest(path) is not None for path in made)
    clock.freeze(dt.datetime(2026, 11, 25, 9, 0))  # two days later the day keeps its newest copy
    services.backups.backup_now(None)
    kept = [b.path for b in services.backups.backups()]
    assert made[-1] in kept and made[0] not in kept
    assert not made[0].with_name(made[0].name + ".manifest.json").exists()  # its manifest went with it
