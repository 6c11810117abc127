"""The manifest beside every backup: what the copy must be, so a bit flipped on a disk or a USB drive is seen.

Beside ``shop-2026-11-23-101500.sqlite`` lies ``shop-2026-11-23-101500.sqlite.manifest.json``::

    {"file": "shop-2026-11-23-101500.sqlite", "sha256": "<hex>", "size": 1234567,
     "schema_revision": "0009", "created_at": "2026-11-23T10:15:00",
     "audit_head": {"id": 812, "hash": "<hex>"}}

``audit_head`` is the newest row of ``audit_log`` in the copy (null when it has none): ``audit verify`` can
tell from it that an audit log was cut short after the backup. Only this module reads or writes the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".manifest.json"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class AuditHead:
    id: int
    hash: str


@dataclass(frozen=True)
class Manifest:
    file: str
    sha256: str
    size: int
    schema_revision: str
    created_at: dt.datetime
    audit_head: AuditHead | None


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def sha256_of(path: Path) -> str:
    """The file's SHA-256, read in slices (a shop's file can be hundreds of megabytes). Never call it on the
    live database: closing a handle on it would cancel SQLite's locks in this process."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def describe(backup: Path, created_at: dt.datetime) -> Manifest:
    """The manifest of a finished backup file: its checksum, size, schema revision and audit head."""
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return Manifest(
        file=backup.name,
        sha256=sha256_of(backup),
        size=backup.stat().st_size,
        schema_revision=str(revision[0]) if revision else "",
        created_at=created_at,
        audit_head=AuditHead(int(head[0]), str(head[1])) if head else None,
    )


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    """Write the manifest beside ``backup`` through a temporary file: there is a whole one or none."""
    target = manifest_path(backup)
    data = {
        "file": manifest.file,
        "sha256": manifest.sha256,
        "size": manifest.size,
        "schema_revision": manifest.schema_revision,
        "created_at": manifest.created_at.isoformat(timespec="seconds"),
        "audit_head": (
            {"id": manifest.audit_head.id, "hash": manifest.audit_head.hash} if manifest.audit_head else None
        ),
    }
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)
    return target


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside ``backup`` (the backup file's path, not the manifest's), or None when there is
    none or it cannot be read (missing, garbled, not what this module writes). Never raises."""
    try:
        data = json.loads(manifest_path(backup).read_bytes().decode("utf-8"))
        head = data["audit_head"]
        return Manifest(
            file=str(data["file"]),
            sha256=str(data["sha256"]).lower(),
            size=int(data["size"]),
            schema_revision=str(data["schema_revision"]),
            created_at=dt.datetime.fromisoformat(str(data["created_at"])),
            audit_head=AuditHead(int(head["id"]), str(head["hash"])) if head is not None else None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remove_manifest(backup: Path) -> None:
    with contextlib.suppress(OSError):
        manifest_path(backup).unlink()
