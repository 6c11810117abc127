"""The front door. No sub-command opens the window; sub-commands do headless work for scripts.

Exit status: 0 success, 2 bad usage (argparse), 1 bad data, always with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import OperationalError

from boutique_vip import __version__, clock, collector, self_check
from boutique_vip.app import run_gui
from boutique_vip.bootstrap import newest_sound_backup, open_services
from boutique_vip.cli_audit import approved_sheet_problems, cmd_audit_verify, cmd_users_certify
from boutique_vip.cli_auth import Answers, ask_manager, ask_name_and_pin
from boutique_vip.domain.errors import QT_TRANSLATE_NOOP, BoutiqueError, ValidationFailed
from boutique_vip.domain.kpi import Kpi
from boutique_vip.domain.permissions import Action, require
from boutique_vip.domain.users import Role
from boutique_vip.services import Services
from boutique_vip.services.segments import SEGMENT_COLUMNS
from boutique_vip.storage import backup as backup_files
from boutique_vip.storage import health

log = logging.getLogger(__name__)

FIND_COLUMNS = ("card_no", "name", "phone", "tier", "group", "staff", "registered_on")
DUPLICATE_COLUMNS = ("likeness", "card_no", "name", "other_card_no", "other_name", "phone")
GIFT_PLAN_COLUMNS = (
    "card_no",
    "name",
    "tier",
    "occasion",
    "occasion_date",
    "card_mail_date",
    "gift_category",
    "delivery",
    "min_cost",
    "max_cost",
    "status",
)
CALL_COLUMNS = (
    "card_no",
    "name",
    "phone",
    "tier",
    "reasons",
    "priority",
    "preferred_contact",
    "overdue",
    "for_tomorrow",
    "done",
)
KPI_COLUMNS = (
    "group",
    "registration_rate",
    "new_customers",
    "new_customer_target",
    "after_sale_completion",
    "gift_plan_completion",
    "spend_per_customer",
    "churn_rate",
    "receipts",
    "registered_receipts",
    "bonus",
    "repurchase_rate",
    "referred_new_customers",
)
TIER_COLUMNS = ("card_no", "tier", "status", "lifetime_points", "balance", "base_tier", "reason")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boutique-vip", description="VIP customer care for a clothing boutique."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db", metavar="PATH", help="SQLite database file (default: the per-user data folder)"
    )
    where.add_argument("--database-url", metavar="URL", help="SQLAlchemy URL, e.g. postgresql+psycopg://…")
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="language of the window (default: the system's)"
    )
    parser.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="act as if today were this day")
    parser.add_argument("--month", type=_month, metavar="YYYY-MM", help="the month of gift-plan and report")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=_positive, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    customers = sub.add_parser("customers", help="find customers").add_subparsers(
        dest="action", required=True
    )
    find = customers.add_parser(
        "find", help="by name, pinyin, initials, part of the phone number or card number"
    )
    find.add_argument("text")
    find.add_argument("--format", choices=("csv", "json"), default="csv")
    duplicates = customers.add_parser(
        "duplicates",
        help="cards that may be one customer: same phone, name and birthday, pinyin and birthday",
    )
    duplicates.add_argument("--format", choices=("csv", "json"), default="csv")
    merge = customers.add_parser(
        "merge", help="merge the second card into the first (a manager's name and PIN from stdin)"
    )
    merge.add_argument("keep", metavar="KEEP_CARD_NO", help="the card that stays")
    merge.add_argument("merged", metavar="MERGED_CARD_NO", help="the card whose everything moves to it")
    merge.add_argument("--preview", action="store_true", help="say what would move; change nothing")

    importer = sub.add_parser("import", help="import customers or purchases from .csv or .xlsx")
    importer.add_argument("what", choices=("customers", "purchases"))
    importer.add_argument("file", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    importer.add_argument(
        "--skip-bad", action="store_true", help="import the good rows even if some are rejected"
    )
    importer.add_argument("--report", type=Path, metavar="FILE", help="also save the report to FILE")

    exporter = sub.add_parser("export", help="export customers or purchases to .csv or .xlsx")
    exporter.add_argument("what", choices=("customers", "purchases"))
    exporter.add_argument("file", type=Path)
    exporter.add_argument(
        "--chinese", action="store_true", help="Chinese column names and values (是/否, 女/男, 公历/农历)"
    )

    tiers = sub.add_parser("tiers", help="every customer's tier as of a day (default today)")
    tiers.add_argument("--format", choices=("csv", "json"), default="csv")
    tiers.add_argument(
        "--recompute-all",
        action="store_true",
        help="first store every customer's tier anew (the daily run evaluates only whom the days can move)",
    )

    plan = sub.add_parser("gift-plan", help="the monthly gift plan; 'approve' signs it (PIN from stdin)")
    plan.add_argument("action", nargs="?", choices=("show", "approve"), default="show")
    plan.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    plan.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    plan.add_argument(
        "--out", type=Path, metavar="FILE", help="write here instead of standard output (required for pdf)"
    )
    plan.add_argument(
        "--user", metavar="NAME", help="the approving manager (approve; else her name is read first)"
    )

    calls = sub.add_parser("call-list", help="the day's call list (default today)")
    calls.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    calls.add_argument(
        "--out", type=Path, metavar="FILE", help="write here instead of standard output (required for pdf)"
    )

    report = sub.add_parser("report", help="the manager's reports").add_subparsers(
        dest="action", required=True
    )
    kpi = report.add_parser("kpi", help="KPIs per sales group and for the shop")
    kpi.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    kpi.add_argument("--format", choices=("csv", "json"), default="csv")
    monthly = report.add_parser("monthly", help="the monthly report with its charts (PDF)")
    monthly.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    monthly.add_argument("--out", type=Path, metavar="FILE", required=True)
    top20 = report.add_parser("top20", help="the 20 best customers by lifetime spend (PDF, staff training)")
    top20.add_argument("--out", type=Path, metavar="FILE", required=True)
    receipts = sub.add_parser("receipts", help="receipts already recorded").add_subparsers(
        dest="action", required=True
    )
    attach = receipts.add_parser(
        "attach", help="补登: put an anonymous receipt of the last days on her card (points as of its day)"
    )
    attach.add_argument("receipt_no", metavar="RECEIPT_NO")
    attach.add_argument("--card", metavar="CARD_NO", required=True)
    points = sub.add_parser("points", help="the points ledger").add_subparsers(dest="action", required=True)
    points.add_parser(
        "expire",
        help="积分清零: expire the points whose 31 December has come by --date (day,customers,points per day)",
    )
    cards = sub.add_parser("cards", help="member cards with a barcode and a QR code (PDF)").add_subparsers(
        dest="action", required=True
    )
    print_cards = cards.add_parser("print", help="one customer's card, or the month's new members on A4")
    which = print_cards.add_mutually_exclusive_group(required=True)
    which.add_argument("--card", metavar="CARD_NO", help="her card (a page of the card's size)")
    which.add_argument(
        "--month",
        dest="cards_month",
        type=_month,
        metavar="YYYY-MM",
        help="customers registered in the month",
    )
    print_cards.add_argument("--out", type=Path, metavar="FILE", required=True)
    segment = sub.add_parser("segment", help="a targeted list, e.g. large jeans at 600 yuan")
    segment.add_argument("--category", default="")
    segment.add_argument("--sizes", default="", metavar="S1,S2")
    segment.add_argument("--colours", default="", metavar="C1,C2")
    segment.add_argument("--style", default="")
    segment.add_argument("--price", default="", metavar="YUAN")
    segment.add_argument("--tiers", default="", metavar="A,B")
    segment.add_argument("--birthday-month", default="", metavar="M")
    segment.add_argument("--not-contacted-days", default="", metavar="N")
    segment.add_argument("--format", choices=("csv", "json"), default="csv")

    backup = sub.add_parser("backup", help="a verified copy of the database (default: the backup folder)")
    backup.add_argument("--to", type=Path, metavar="DIR", help="make the copy in DIR (e.g. a USB drive)")
    restore = sub.add_parser(
        "restore", help="put a backup in place; the current file is moved aside, not lost"
    )
    restore.add_argument("file", type=Path)
    sub.add_parser("check", help="full integrity and foreign-key check and the audit chain; exit 1 if wrong")
    sub.add_parser(
        "self-check",
        help="is this installation whole? opens (or creates) a database, makes a signed sheet offscreen; exit 0",
    )
    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action", required=True)
    verify = audit.add_parser(
        "verify",
        help="check the hash chain and its anchors (backup manifests, signed sheets); exit 1 naming what is wrong",
    )
    verify.add_argument(
        "--sheet", type=Path, action="append", metavar="PDF", help="a signed sheet whose anchor to check too"
    )
    verify.add_argument(
        "--backups",
        type=Path,
        metavar="DIR",
        help="the folder of backups and manifests (default: the setting)",
    )

    users = sub.add_parser("users", help="manage users").add_subparsers(dest="action", required=True)
    add = users.add_parser("add", help="add a user; the PIN is read twice from standard input")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--group", help="sales group name (created when new)")
    certify = users.add_parser(
        "certify",
        help="issue a manager's signing certificate (your name and PIN, then the shop's passphrase, from stdin)",
    )
    certify.add_argument("--name", required=True, help="the manager who gets the certificate")
    _also_after_the_command(parser)
    return parser


def _also_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``--date D`` is taken before or after the command (``tiers --date D`` as well as ``--date D tiers``),
    and so is ``--month`` by the commands that have one. Given after the command it wins; not given there,
    it leaves the value given before the command alone (SUPPRESS: the command's parser sets nothing)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in action.choices.values():
            options = {o for a in child._actions for o in a.option_strings}
            for option in child._actions:
                if "--month" in option.option_strings:
                    option.default = argparse.SUPPRESS
            if "--date" not in options:
                child.add_argument(
                    "--date",
                    type=_iso_date,
                    default=argparse.SUPPRESS,
                    metavar="YYYY-MM-DD",
                    help="act as if today were this day",
                )
            _also_after_the_command(child)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _month(text: str) -> str:
    try:
        dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)") from None
    return text


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.date:
        clock.freeze(args.date)
    if args.command is None:
        return run_gui(args)
    collector.started()  # the command's modules are loaded
    if args.command == "self-check":
        return self_check.run(args)
    try:
        services = open_services(args, prepare=args.command != "restore")
        try:
            return COMMANDS[args.command](services, args)
        except BrokenPipeError:  # the output went to `head` or a closed pager: not an error
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaced for the rest of the process
            return 0
        finally:
            services.db.close()
    except ValidationFailed as exc:
        print("; ".join(e.message for e in exc.errors), file=sys.stderr)
        return 1
    except health.DatabaseDamaged as exc:
        print(exc.message, file=sys.stderr)
        if exc.aside:
            print(f"the damaged file was moved to {exc.aside}", file=sys.stderr)
        newest = newest_sound_backup(args)
        if newest:
            print(
                f"newest sound backup ({newest.made_at:%Y-%m-%d %H:%M}): boutique-vip restore {newest.path}",
                file=sys.stderr,
            )
        return 1
    except BoutiqueError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (OperationalError, sqlite3.Error) as exc:
        problem = health.explain(exc)
        if problem is None:
            raise
        print(problem.message, file=sys.stderr)
        return 1


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    from boutique_vip.services.demo import fill_demo

    fill_demo(services, args.customers, args.seed, clock.today())
    print(f"demo data: {args.customers} customers in {services.db.describe()}", file=sys.stderr)
    return 0


def cmd_customers(services: Services, args: argparse.Namespace) -> int:
    if args.action == "duplicates":
        return cmd_duplicates(services, args)
    if args.action == "merge":
        return cmd_merge(services, args)
    rows: list[dict[str, Any]] = []
    after = 0
    while page := services.customers.search(args.text, after_id=after, limit=1000):
        rows += [{k: v for k, v in asdict(r).items() if k in FIND_COLUMNS} for r in page]
        after = page[-1].id
    write_table(sys.stdout, FIND_COLUMNS, rows, args.format)
    return 0


def cmd_duplicates(services: Services, args: argparse.Namespace) -> int:
    rows = [
        {
            "likeness": d.likeness.value,
            "card_no": d.first.card_no,
            "name": d.first.name,
            "other_card_no": d.second.card_no,
            "other_name": d.second.name,
            "phone": d.first.phone if d.first.phone == d.second.phone else "",
        }
        for d in services.merging.duplicates()
    ]
    write_table(sys.stdout, DUPLICATE_COLUMNS, rows, args.format)
    return 0


def cmd_merge(services: Services, args: argparse.Namespace) -> int:
    ids = [services.customers.id_of_card(card) for card in (args.keep, args.merged)]
    for card, found in zip((args.keep, args.merged), ids, strict=True):
        if found is None:
            print(f"there is no card {card}", file=sys.stderr)
            return 1
    kept, merged = (int(i or 0) for i in ids)
    if args.preview:
        preview = services.merging.preview(kept, merged)
    else:
        manager = ask_manager(services, Answers(sys.stdin), Action.MERGE_CARDS)
        preview = services.merging.merge(kept, merged, manager)
    moved = ", ".join(f"{table} {count}" for table, count in preview.moved.items() if count)
    verb = "would move" if args.preview else "moved"
    print(
        f"card {preview.merged_card_no} ({preview.merged_name}) into {preview.kept_card_no} ({preview.kept_name}): "
        f"{verb} {moved or 'no rows'}; points {preview.points}; referrals {preview.referrals}; "
        f"fields filled: {', '.join(preview.filled) or 'none'}",
        file=sys.stderr,
    )
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    run = services.imports.import_customers if args.what == "customers" else services.imports.import_purchases
    report = run(args.file.expanduser(), dry_run=args.dry_run, skip_bad=args.skip_bad)
    if args.report:
        report.save(args.report)
    for line in report.lines():
        print(line, file=sys.stderr)
    # Rejected rows without --skip-bad mean nothing was written: bad data.
    return 1 if report.rejected and not args.skip_bad else 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    run = services.imports.export_customers if args.what == "customers" else services.imports.export_purchases
    count = run(args.file.expanduser(), chinese=args.chinese)
    print(f"exported {count} {args.what} rows to {args.file}", file=sys.stderr)
    return 0


def cmd_tiers(services: Services, args: argparse.Namespace) -> int:
    if args.recompute_all:
        changed = services.tiers.recompute_all()
        print(f"every customer's tier stored anew: {changed} changed", file=sys.stderr)
    rows = [
        {
            "card_no": r.card_no,
            "tier": r.tier.value,
            "status": r.status.value,
            "lifetime_points": r.lifetime_points,
            "balance": r.balance,
            "base_tier": r.base_tier.value,
            "reason": r.reason,
        }
        for r in services.tiers.evaluate(clock.today())
    ]
    write_table(sys.stdout, TIER_COLUMNS, rows, args.format)
    return 0


def cmd_gift_plan(services: Services, args: argparse.Namespace) -> int:
    month = args.month or clock.today().strftime("%Y-%m")
    language = args.lang or "zh_CN"
    if args.action == "approve":
        if not args.out:
            print("gift-plan approve needs --out FILE", file=sys.stderr)
            return 2
        answers = Answers(sys.stdin)
        if not services.users.has_manager():
            print("this shop has no manager yet: add one with 'users add --role manager'", file=sys.stderr)
            return 1
        named, pin = ask_name_and_pin(services, answers, args.user)
        require(named, Action.APPROVE_GIFT_PLAN)  # a staff member is told before typing the passphrase
        passphrase = _ask_passphrase(services, answers)
        plan, signed = services.gifts.approve_month(month, named.id, pin, passphrase, language)
        if signed is None:
            print(
                f"the plan for {month} has no draft to approve (revision {plan.revision} is {plan.status})",
                file=sys.stderr,
            )
            return 1
        _write_bytes(args.out, signed)
        print(
            f"approved {month} revision {plan.revision}; signed sheet written to {args.out}", file=sys.stderr
        )
        return 0
    if args.format == "pdf":
        if not args.out:
            print("--format pdf needs --out FILE", file=sys.stderr)
            return 2
        _write_bytes(args.out, services.gifts.sheet(month, language))
        return 0
    view = services.gifts.current(month)
    rows = [
        {
            "card_no": ln.card_no,
            "name": ln.name,
            "tier": ln.tier,
            "occasion": ln.occasion,
            "occasion_date": ln.occasion_date.isoformat(),
            "card_mail_date": ln.card_mail_date.isoformat(),
            "gift_category": ln.gift,
            "delivery": ln.delivery,
            "min_cost": "" if ln.min_cost is None else f"{ln.min_cost:.2f}",
            "max_cost": "" if ln.max_cost is None else f"{ln.max_cost:.2f}",
            "status": view.status,
        }
        for ln in view.lines
    ]
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            write_table(out, GIFT_PLAN_COLUMNS, rows, args.format)
    else:
        write_table(sys.stdout, GIFT_PLAN_COLUMNS, rows, args.format)
    return 0


def _ask_passphrase(services: Services, answers: Answers) -> str:
    """The shop's passphrase; at the first approval (no authority yet) a new one, twice."""
    if services.gifts.has_authority():
        return answers.secret("Shop's passphrase: ")
    passphrase = answers.secret("New shop passphrase (10 characters or more): ")
    if answers.secret("Passphrase again: ") != passphrase:
        raise BoutiqueError(QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    return passphrase


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def cmd_call_list(services: Services, args: argparse.Namespace) -> int:
    listing = services.calls.call_list(clock.today())
    if args.format == "pdf":
        if not args.out:
            print("--format pdf needs --out FILE", file=sys.stderr)
            return 2
        from boutique_vip.reports.call_sheet import build_call_sheet, sheet_of

        _write_bytes(
            args.out, build_call_sheet(sheet_of(services.shop.name(), listing), args.lang or "zh_CN")
        )
        return 0
    rows = [
        {
            "card_no": r.card_no,
            "name": r.name,
            "phone": r.phone,
            "tier": r.tier,
            "reasons": ";".join(r.reasons),
            "priority": r.priority,
            "preferred_contact": r.preferred_contact,
            "overdue": "yes" if r.overdue else "no",
            "for_tomorrow": "yes" if r.deferred else "no",
            "done": "yes" if r.done else "no",
        }
        for r in listing.calls
    ]
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            write_table(out, CALL_COLUMNS, rows, args.format)
    else:
        write_table(sys.stdout, CALL_COLUMNS, rows, args.format)
    return 0


def cmd_users(services: Services, args: argparse.Namespace) -> int:
    if args.action == "certify":
        return cmd_users_certify(services, args)
    answers = Answers(sys.stdin)
    # On a shop that has a manager, one confirms first; the first manager of an empty shop needs none.
    manager = ask_manager(services, answers, Action.USER_ADMIN)
    pin, again = answers.secret("New user's PIN: "), answers.secret("PIN again: ")
    if pin != again:
        print("the two PINs differ", file=sys.stderr)
        return 1
    group_id = None
    if args.group:
        groups = {name: gid for gid, name in services.users.groups()}
        group_id = groups.get(args.group) or services.users.add_group(args.group)
    actor = services.users.add(args.name, Role(args.role), pin, group_id, actor=manager)
    print(f"added {actor.role.value} {actor.name}", file=sys.stderr)
    return 0


def write_table(out: TextIO, columns: Sequence[str], rows: list[dict[str, Any]], fmt: str) -> None:
    """CSV with a header row, or a JSON list of objects; dates as ISO text."""
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    from boutique_vip.reports.desk_sheets import build_monthly_report, build_top20_sheet

    month = getattr(args, "month", None) or clock.today().strftime("%Y-%m")
    language = args.lang or "zh_CN"
    if args.action == "kpi":
        rows = [_kpi_row(k) for k in services.kpis.month(month)]
        write_table(sys.stdout, KPI_COLUMNS, rows, args.format)
    elif args.action == "monthly":
        _write_bytes(args.out, build_monthly_report(services.desk.monthly_report(month, None), language))
    else:
        _write_bytes(
            args.out, build_top20_sheet(services.shop.name(), services.desk.top_customers(None), language)
        )
    return 0


def _kpi_row(k: Kpi) -> dict[str, Any]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return {
        "group": k.group,
        "registration_rate": text(k.registration_rate),
        "new_customers": k.new_customers,
        "new_customer_target": k.new_customer_target,
        "after_sale_completion": text(k.after_sale_completion),
        "gift_plan_completion": text(k.gift_plan_completion),
        "spend_per_customer": text(k.spend_per_customer),
        "churn_rate": text(k.churn_rate),
        "receipts": k.counts.receipts,
        "registered_receipts": k.counts.registered_receipts,
        "bonus": "yes" if k.bonus else "no",
        "repurchase_rate": text(k.repurchase_rate),
        "referred_new_customers": k.counts.referred_new_customers,
    }


def cmd_segment(services: Services, args: argparse.Namespace) -> int:
    from boutique_vip.domain.segments import segment_from_form

    segment = segment_from_form(
        {
            "category": args.category,
            "sizes": args.sizes,
            "colours": args.colours,
            "style": args.style,
            "price": args.price,
            "tiers": args.tiers,
            "birthday_month": args.birthday_month,
            "not_contacted_days": args.not_contacted_days,
        }
    )
    rows = [
        {
            "card_no": r.card_no,
            "name": r.name,
            "phone": r.phone,
            "tier": r.tier,
            "size": r.size,
            "price_band": r.price_band,
            "last_visit": r.last_visit.isoformat() if r.last_visit else "",
        }
        for r in services.segments.run(segment)
    ]
    write_table(sys.stdout, SEGMENT_COLUMNS, rows, args.format)
    return 0


def cmd_receipts(services: Services, args: argparse.Namespace) -> int:
    customer_id = services.customers.id_of_card(args.card)
    if customer_id is None:
        print(f"there is no card {args.card}", file=sys.stderr)
        return 1
    points = services.sales.attach_receipt(args.receipt_no, customer_id, None)
    print(
        f"receipt {args.receipt_no} is on card {args.card.strip().upper()}: {points} points", file=sys.stderr
    )
    return 0


def cmd_points(services: Services, _args: argparse.Namespace) -> int:
    """Expiry is the rule the manager set, applied on its day: no one's decision, so no PIN."""
    expired = services.sales.expire_points()
    rows = [{"day": day, "customers": customers, "points": points} for day, customers, points in expired]
    write_table(sys.stdout, ("day", "customers", "points"), rows, "csv")
    total = sum(points for _, _, points in expired)
    print(f"{total} points of {sum(c for _, c, _ in expired)} customers expired", file=sys.stderr)
    return 0


def cmd_cards(services: Services, args: argparse.Namespace) -> int:
    language = args.lang or "zh_CN"
    if args.card:
        customer_id = services.customers.id_of_card(args.card)
        if customer_id is None:
            print(f"there is no card {args.card}", file=sys.stderr)
            return 1
        _write_bytes(args.out, services.cards.card(customer_id, language))
        print(f"card {args.card.strip().upper()} written to {args.out}", file=sys.stderr)
        return 0
    members = services.cards.new_members(args.cards_month)
    _write_bytes(args.out, services.cards.sheet(args.cards_month, language))
    print(f"{len(members)} cards of {args.cards_month} written to {args.out}", file=sys.stderr)
    return 0


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    made = services.backups.backup_now(None, args.to.expanduser().resolve() if args.to else None)
    print(made)
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    manager = ask_manager(services, Answers(sys.stdin), Action.RESTORE)
    try:
        aside = services.backups.restore(args.file.expanduser().resolve(), manager)
    except backup_files.BackupDamaged as exc:
        print(exc.message, file=sys.stderr)
        if exc.alternative is not None:
            print(f"to restore it: boutique-vip restore {exc.alternative.path}", file=sys.stderr)
        print("the current database was not changed", file=sys.stderr)
        return 1
    print(f"restored {args.file}; the previous database was kept as {aside}", file=sys.stderr)
    return 0


def cmd_check(services: Services, args: argparse.Namespace) -> int:
    result = services.backups.check()
    problems = [*result.problems, *approved_sheet_problems(services)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"ok: {services.db.describe()}", file=sys.stderr)
    return 0 if not problems else 1


def cmd_audit(services: Services, args: argparse.Namespace) -> int:
    return cmd_audit_verify(services, args)


COMMANDS = {
    "demo": cmd_demo,
    "customers": cmd_customers,
    "users": cmd_users,
    "import": cmd_import,
    "export": cmd_export,
    "tiers": cmd_tiers,
    "gift-plan": cmd_gift_plan,
    "call-list": cmd_call_list,
    "report": cmd_report,
    "segment": cmd_segment,
    "cards": cmd_cards,
    "receipts": cmd_receipts,
    "points": cmd_points,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "audit": cmd_audit,
}
