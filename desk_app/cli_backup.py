"""``desk-app backup | restore | audit``: the commands that keep the data safe and prove it.

Kept beside :mod:`desk_app.cli`, which only registers and dispatches them.
"""

from __future__ import annotations

import argparse
import json
import sys

from desk_app import cli_crypt
from desk_app.cli_common import EXIT_ERROR, EXIT_OK, open_db, sign_in
from desk_app.config import Settings


def add_parsers(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help="online backup of the database")
    mode = b.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", help="write one backup to this file or folder")
    mode.add_argument("--auto", action="store_true",
                      help="the daily automatic backup when due (verified, rotated, copied to "
                           "the profile's second folder); with --now even when not due")
    mode.add_argument("--drill", action="store_true",
                      help="restore the latest automatic backup into a scratch folder and "
                           "count its records")
    mode.add_argument("--check", metavar="FILE",
                      help="check a backup file in full, read-only, at the lowest priority "
                           "(what a restore checks); prints a JSON verdict")
    b.add_argument("--key-stdin", action="store_true",
                   help="with --check: the key of an encrypted backup, in hex, on standard input")
    b.add_argument("--now", action="store_true", help="with --auto: back up even when not due")
    b.add_argument("--folder", help="automatic backups folder (default: DESK_APP_BACKUP_DIR, "
                                    "else backups/ beside the database file)")
    r = sub.add_parser("restore", help="replace the database with a verified backup")
    r.add_argument("file")
    r.add_argument("--without-manifest", action="store_true",
                   help="accept a backup that has no manifest (an older version's); its content "
                        "is still checked")
    au = sub.add_parser("audit", help="the audit trail: verify its chain of hashes")
    au.add_argument("what", choices=("verify",))
    au.add_argument("--json", action="store_true")
    for personal in (b, r, au):  # commands that read or change personal data
        personal.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                             "DESK_APP_PASSWORD, asked for at a terminal")


def backup(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import backup

    if args.auto or args.drill:
        return _auto_backup(args, settings)
    if args.check:  # the automatic backups' weekly full check runs this in a child process
        from pathlib import Path

        from desk_app.services import autobackup_fullcheck

        key_hex = sys.stdin.readline().strip() if args.key_stdin else ""
        verdict = autobackup_fullcheck.verdict_of(Path(args.check), key_hex)
        print(json.dumps(verdict, ensure_ascii=False))
        return EXIT_OK if verdict["ok"] else EXIT_ERROR
    db = open_db(settings)
    sign_in(db, "backup", args.user, "backup.create")
    try:
        info = backup.backup(db, args.out)
    except backup.BackupError as exc:
        print(f"desk-app backup: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(info, ensure_ascii=False))
    return EXIT_OK


def _auto_backup(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from desk_app.config import backup_dir
    from desk_app.services import autobackup
    from desk_app.services import profile as profile_service

    folder = Path(args.folder) if args.folder else backup_dir(settings.db_url)
    if folder is None:
        print("desk-app backup: automatic backups are for an SQLite database file; back a "
              "database server up with its own tools", file=sys.stderr)
        return EXIT_ERROR
    db = open_db(settings)
    plan = autobackup.plan_for(profile_service.current(db), folder)
    try:
        if args.drill:
            report = autobackup.drill(plan, clock=db.clock)
            print(json.dumps({**report.__dict__, "taken_at": report.taken_at.isoformat()},
                             ensure_ascii=False))
            return EXIT_OK
        outcome = (autobackup.run(db, plan, reason="manual") if args.now
                   else autobackup.run_if_due(db, plan))
    except autobackup.BackupError as exc:
        print(f"desk-app backup: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if outcome is None:  # nothing due: the daily full check, if due (as the desk does)
        last = autobackup.status(plan, db.clock()).last_good
        try:
            checked = autobackup.full_check.run_if_due(plan.folder, db.clock())
        except autobackup.BackupError as exc:
            print(f"desk-app backup: {exc}", file=sys.stderr)
            return EXIT_ERROR
        print(json.dumps({"due": False, "last_good": last.isoformat() if last else None,
                          "checked_in_full": str(checked) if checked else None}))
        return EXIT_OK
    print(json.dumps(outcome.to_dict(), ensure_ascii=False))
    if outcome.copy_error:
        print(f"desk-app backup: not copied to the second folder: {outcome.copy_error}",
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def restore(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import backup

    db = open_db(settings)
    sign_in(db, "restore", args.user, "backup.restore")
    db.dispose()
    try:
        try:
            info = backup.restore(settings.db_url, args.file,
                                  allow_without_manifest=args.without_manifest)
        except backup.KeyNeeded as needed:  # a backup of another key: its passphrase
            info = backup.restore(settings.db_url, args.file, key=cli_crypt.backup_key(
                needed.meta, settings.language), allow_without_manifest=args.without_manifest)
    except backup.WrongKey:
        cli_crypt.say("wrong_backup_key", settings.language, command="restore")
        return EXIT_ERROR
    except backup.BackupError as exc:
        print(f"desk-app restore: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(info, ensure_ascii=False))
    return EXIT_OK


def audit(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import audit_trail

    db = open_db(settings)
    actor = sign_in(db, "audit", args.user, "audit.view")
    report = audit_trail.verify(db, actor)
    if args.json:
        print(json.dumps({"intact": report.intact, "events": report.events,
                          "broken_at": report.broken_at, "event_id": report.event_id,
                          "reason": report.reason}))
    elif report.intact:
        print(f"audit trail intact: {report.events} events, every link holds")
    else:
        print(f"audit trail BROKEN: first broken link: event {report.broken_at} "
              f"(id {report.event_id}, {report.reason}); {report.events} events read")
    return EXIT_OK if report.intact else EXIT_ERROR
