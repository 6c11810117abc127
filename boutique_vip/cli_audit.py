"""``audit verify``, ``users certify`` and the approved sheets' part of ``check``.

Their reports are plain English on standard error, one line per finding; exit status 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from boutique_vip.cli_auth import Answers, ask_manager
from boutique_vip.domain.permissions import Action
from boutique_vip.services import Services, anchors
from boutique_vip.services.audit import Anchor


def cmd_audit_verify(services: Services, args: argparse.Namespace) -> int:
    """The chain from its first row, then every anchor found: the backup folder's manifests, the sheets given
    with --sheet and the signed sheets stored in the database. A row deleted, changed or rewritten (chain
    recomputed) before an anchor shows; rows added after the newest anchor cannot be told from honest ones."""
    rows, broken = services.audit.verify()
    if broken is not None:
        print(f"audit log broken at row {broken.entry_id} ({broken.why})", file=sys.stderr)
        return 1
    folder = args.backups.expanduser() if args.backups else services.backups.folder()
    found, notes = anchors.from_manifests(folder)
    sheets = 0
    for path in args.sheet or []:
        anchor, note = _sheet_anchor(services, path)
        if note:
            notes.append(note)
        if anchor is not None:
            found.append(anchor)
            sheets += 1
    for name, pdf in services.gifts.stored_sheets():
        if (stored := anchors.from_sheet(name, pdf)) is not None:
            found.append(stored)
    problems = services.audit.check_anchors(found)
    for line in notes + problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    backups = len(found) - sheets
    print(
        f"audit log ok: {rows} rows; {len(found)} anchors agree ({backups} from backups and stored sheets, "
        f"{sheets} from sheets given)",
        file=sys.stderr,
    )
    return 0


def _sheet_anchor(services: Services, path: Path) -> tuple[Anchor | None, str]:
    try:
        pdf = path.expanduser().read_bytes()
    except OSError as exc:
        return None, f"{path}: cannot be read ({exc.strerror})"
    problem = services.gifts.signature_problem(pdf)
    if problem is not None:  # an anchor is only as good as the signature over it
        return None, f"{path}: {problem}; its anchor is not used"
    anchor = anchors.from_sheet(path.name, pdf)
    if anchor is None:
        return None, f"{path}: carries no audit anchor (signed before sheets carried one)"
    return anchor, ""


def approved_sheet_problems(services: Services) -> list[str]:
    """For ``check``: every approved plan against its signed sheet, and the audit log against its anchors."""
    found, _notes = anchors.from_manifests(services.backups.folder())
    found += [a for name, pdf in services.gifts.stored_sheets() if (a := anchors.from_sheet(name, pdf))]
    return services.gifts.check_sheets() + services.audit.check_anchors(found)


def cmd_users_certify(services: Services, args: argparse.Namespace) -> int:
    """A manager issues a colleague's signing certificate: her own name and PIN, then the shop's passphrase."""
    answers = Answers(sys.stdin)
    manager = ask_manager(services, answers, Action.USER_ADMIN)
    colleague = services.users.find_active(args.name)
    if manager is None or colleague is None:
        print(f"there is no user {args.name}" if manager else "this shop has no manager yet", file=sys.stderr)
        return 1
    services.gifts.issue_certificate(colleague.id, manager, answers.secret("Shop's passphrase: "))
    print(f"issued a signing certificate to {colleague.name}", file=sys.stderr)
    return 0
