"""Finding the audit chain's anchors outside the database: backup manifests and signed sheets.

A backup's manifest is the JSON file beside it, ``<backup file>.manifest.json``, whose ``audit_head`` is
``{"id": int, "hash": str}`` (or null for a log that was empty). A signed sheet carries the head in its
keywords (reports.gift_sheet.SheetStamp). Everything here reads defensively: a file that is not what it should
be is reported, never a crash.
"""

from __future__ import annotations

import json
from pathlib import Path

from boutique_vip.services.audit import Anchor

MANIFEST_SUFFIX = ".manifest.json"


def from_manifests(folder: Path) -> tuple[list[Anchor], list[str]]:
    """The anchors in every manifest of ``folder``, and a note for each manifest that could not be read."""
    anchors: list[Anchor] = []
    notes: list[str] = []
    if not folder.is_dir():
        return anchors, notes
    for path in sorted(folder.glob(f"*{MANIFEST_SUFFIX}")):
        try:
            head = json.loads(path.read_text(encoding="utf-8")).get("audit_head")
        except (OSError, ValueError, AttributeError):
            notes.append(f"{path.name}: not a readable manifest")
            continue
        if head is None:
            continue  # the log was empty when that backup was made: nothing to anchor
        anchor = _anchor(path.name, head)
        if anchor is None:
            notes.append(f"{path.name}: its audit_head is not {{id, hash}}")
        else:
            anchors.append(anchor)
    return anchors, notes


def _anchor(source: str, head: object) -> Anchor | None:
    if not isinstance(head, dict):
        return None
    entry_id, digest = head.get("id"), head.get("hash")
    if isinstance(entry_id, bool) or not isinstance(entry_id, int) or not isinstance(digest, str):
        return None
    return Anchor(source, entry_id, digest)


def from_sheet(source: str, pdf: bytes) -> Anchor | None:
    """The anchor a signed sheet carries (None: a sheet made before sheets carried one, or none at all)."""
    from boutique_vip.reports.gift_sheet import read_stamp  # pyHanko loads only when sheets are read

    stamp = read_stamp(pdf)
    if stamp is None or stamp.audit_id is None:
        return None
    return Anchor(source, stamp.audit_id, stamp.audit_hash)
