"""The ``desk-app`` command: gui (default), init, demo, find, backup, restore, migrate-to, import.

Heavy modules (Qt, services) are imported by the sub-command that needs them, so ``desk-app find``
does not load Qt and ``desk-app gui`` paints its first window quickly.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Sequence

START = time.perf_counter()  # start-up timings (gui --smoke) count from here

from desk_app import (  # noqa: E402 - imports nothing heavy at module level
    cli_crypt,
    cli_report,
    cli_retention,
    cli_sync,
)
from desk_app.config import Settings  # noqa: E402 - after START, so its import is timed

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desk-app", description="Beneficiary Desk")
    p.add_argument("--db", help="database URL or SQLite file (default: user data dir; env DESK_APP_DB)")
    p.add_argument("--lang", choices=("ar", "en"), help="interface language (default ar)")
    p.set_defaults(smoke=False, user=None, screen=None, screenshot=None, size="1366x768",
                   list_screens=False)
    sub = p.add_subparsers(dest="command")
    g = sub.add_parser("gui", help="start the desktop application (default)")
    g.add_argument("--smoke", action="store_true", help="open, wait for first data, exit 0")
    g.add_argument("--user", help="sign in as USER (password from DESK_APP_PASSWORD)")
    g.add_argument("--screen", help="open this screen (see --list-screens)")
    g.add_argument("--screenshot", help="save a PNG of the window once loaded")
    g.add_argument("--size", default="1366x768", help="window size for --smoke, e.g. 1920x1080")
    g.add_argument("--list-screens", action="store_true")
    i = sub.add_parser("init", help="set up a new database")
    i.add_argument("--admin", required=True, help="administrator user name (password from stdin)")
    i.add_argument("--admin-name", default="مدير النظام", help="administrator's full name")
    i.add_argument("--branch", default="HQ", help="branch code, 2-5 capital letters")
    i.add_argument("--preset", default="", help="organisation profile preset key (blank: none)")
    i.add_argument("--list-presets", action="store_true")
    d = sub.add_parser("demo", help="fill the database with synthetic demo data")
    d.add_argument("--beneficiaries", type=int, default=1000)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--preset", default="althikr_alhakeem")
    d.add_argument("--branch", default="HQ")
    d.add_argument("--requests-per-beneficiary", type=float, default=0.3,
                   help="service requests (every state, with checklists and decisions) per "
                        "new beneficiary; 0 for none")
    f = sub.add_parser("find", help="search the registry like the search box does")
    f.add_argument("text")
    f.add_argument("--json", action="store_true")
    f.add_argument("--page", type=int, default=0)
    b = sub.add_parser("backup", help="online backup of the database")
    mode = b.add_mutually_exclusive_group(required=True)
    mode.add_argument("--out", help="write one backup to this file or folder")
    mode.add_argument("--auto", action="store_true",
                      help="the daily automatic backup when due (verified, rotated, copied to "
                           "the profile's second folder); with --now even when not due")
    mode.add_argument("--drill", action="store_true",
                      help="restore the latest automatic backup into a scratch folder and "
                           "count its records")
    b.add_argument("--now", action="store_true", help="with --auto: back up even when not due")
    b.add_argument("--folder", help="automatic backups folder (default: DESK_APP_BACKUP_DIR, "
                                    "else backups/ beside the database file)")
    r = sub.add_parser("restore", help="replace the database with a verified backup")
    r.add_argument("file")
    r.add_argument("--without-manifest", action="store_true",
                   help="accept a backup that has no manifest (an older version's); its content "
                        "is still checked")
    mv = sub.add_parser("migrate-to", help="copy this SQLite database into an empty "
                                           "PostgreSQL one (the office server)")
    mv.add_argument("url", help="postgresql://user@server/database?sslmode=require")
    mv.add_argument("--json", action="store_true")
    im = sub.add_parser("import", help="import records from a spreadsheet")
    im.add_argument("kind", choices=("beneficiaries",))
    im.add_argument("file")
    im.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    im.add_argument("--json", action="store_true")
    pr = sub.add_parser("print", help="issue a request's document (archived), save and print it")
    pr.add_argument("document", choices=("declaration", "receipt", "referral", "decision",
                                         "social_study"))
    pr.add_argument("--request", required=True, help="request number, e.g. RYD-2026-000001")
    pr.add_argument("--out", required=True, help="write the PDF here")
    pr.add_argument("--printer", help="also print it: a printer name, or 'default'")
    pr.add_argument("--user", help="issue as this staff member (password from DESK_APP_PASSWORD)")
    rq = sub.add_parser("requests", help="list service requests, soonest due first")
    rq.add_argument("--overdue", action="store_true", help="only open requests past their due date")
    rq.add_argument("--json", action="store_true")
    rq.add_argument("--limit", type=int, default=1000)
    sr = sub.add_parser("survey-results", help="print the satisfaction indices")
    sr.add_argument("--json", action="store_true")
    sr.add_argument("--questionnaire", default="satisfaction", help="questionnaire key")
    sr.add_argument("--campaign", help="one campaign's id")
    sr.add_argument("--branch", help="one branch code")
    sr.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD")
    sr.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    c = sub.add_parser("complaints", help="list complaints, most urgent first")
    c.add_argument("--open", action="store_true", help="only complaints still being handled")
    c.add_argument("--json", action="store_true")
    cli_report.add_parser(sub)
    cli_sync.add_parser(sub)
    cli_crypt.add_parser(sub)
    cli_retention.add_parser(sub)
    au = sub.add_parser("audit", help="the audit trail: verify its chain of hashes")
    au.add_argument("what", choices=("verify",))
    au.add_argument("--json", action="store_true")
    for personal in (f, b, r, im, rq, sr, c, au):  # commands that read or change personal data
        personal.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                             "DESK_APP_PASSWORD, asked for at a terminal")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.load(args.db, args.lang)
    command = args.command or "gui"
    handler = {
        "gui": _gui, "init": _init, "demo": _demo, "find": _find, "backup": _backup,
        "restore": _restore, "migrate-to": _migrate_to, "requests": _requests,
        "import": _import, "print": _print,
        "survey-results": _survey_results,
        "complaints": _complaints, "audit": _audit,
        "report": _report,
        "sync": _sync,
        "encrypt": lambda a, s: cli_crypt.run(a, s, _sign_in),
        "retention": _retention,
    }[command]
    return handler(args, settings)


def _open(settings: Settings):  # noqa: ANN202
    from desk_app.storage.db import Database, StorageError

    cli_crypt.unlock(settings.db_url, settings.language, "")  # an encrypted file: its key
    try:
        db = Database.open(settings.db_url)
    except StorageError as exc:
        print(f"desk-app: cannot open the database ({exc.code}): {exc.detail}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR) from exc
    if db.upgrade_notice is not None:  # what the automatic upgrade did, and where the backup is
        print(f"desk-app: {db.upgrade_notice.text(settings.language)}", file=sys.stderr)
    return db


def _sign_in(db, command: str, user: str | None, action: str | None = None):  # noqa: ANN001, ANN202
    """The staff member running a command on personal data (imported here: the GUI's start
    does not pay for the services)."""
    from desk_app import cli_auth

    return cli_auth.sign_in(db, command, user, action)


def _gui(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.app import run_gui

    return run_gui(settings, smoke=args.smoke, user=args.user, screen=args.screen,
                   screenshot=args.screenshot, size=args.size, list_screens=args.list_screens,
                   t0=START)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\n")


def _init(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.domain.validation import ValidationFailed
    from desk_app.services import installation
    from desk_app.services.presets import list_presets

    if args.list_presets:
        for p in list_presets():
            print(f"{p.key}\t{p.name_ar}\t{p.name_en}")
        return EXIT_OK
    db = _open(settings)
    try:
        installation.initialise(db, preset_key=args.preset or None, branch_code=args.branch,
                                admin_username=args.admin, admin_password=_read_password(),
                                admin_full_name=args.admin_name)
    except ValidationFailed as exc:
        for e in exc.errors:
            print(f"desk-app init: {e.field or 'database'}: {e.code}", file=sys.stderr)
        return EXIT_ERROR
    print(f"initialised {settings.db_url} (branch {args.branch.upper()})")
    return EXIT_OK


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.domain.validation import ValidationFailed
    from desk_app.services import demo, demo_requests
    from desk_app.storage.db import StorageError

    db = _open(settings)
    say = lambda msg: print(msg, file=sys.stderr)  # noqa: E731
    try:
        report = demo.generate(db, beneficiaries=args.beneficiaries, seed=args.seed,
                               preset_key=args.preset, branch_code=args.branch, progress=say)
        if args.requests_per_beneficiary > 0:
            report["service_requests"] = demo_requests.generate_requests(
                db, seed=args.seed, per_beneficiary=args.requests_per_beneficiary, progress=say)
    except ValidationFailed as exc:
        for e in exc.errors:
            print(f"desk-app demo: {e.field or 'database'}: {e.code}", file=sys.stderr)
        return EXIT_ERROR
    except StorageError as exc:
        print(f"desk-app demo: database problem ({exc.code}): {exc.detail}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(report, ensure_ascii=False))
    return EXIT_OK


def _find(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import registry

    db = _open(settings)
    _sign_in(db, "find", args.user, "beneficiary.open")
    page = registry.search(db, args.text, page=args.page, page_size=settings.page_size)
    if args.json:
        rows = [{**r.__dict__, "birth_date": r.birth_date.isoformat() if r.birth_date else None}
                for r in page.rows]
        print(json.dumps({"query": args.text, "page": page.page, "has_more": page.has_more,
                          "results": rows}, ensure_ascii=False, indent=1))
    else:
        for r in page.rows:
            print(f"{r.file_number}\t{r.id_number}\t{r.mobile}\t{r.full_name}")
        if page.has_more:
            print(f"… more (use --page {page.page + 1})")
    return EXIT_OK


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import backup

    if args.auto or args.drill:
        return _auto_backup(args, settings)
    db = _open(settings)
    _sign_in(db, "backup", args.user, "backup.create")
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
    db = _open(settings)
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
    if outcome is None:
        last = autobackup.status(plan, db.clock()).last_good
        print(json.dumps({"due": False, "last_good": last.isoformat() if last else None}))
        return EXIT_OK
    print(json.dumps(outcome.to_dict(), ensure_ascii=False))
    if outcome.copy_error:
        print(f"desk-app backup: not copied to the second folder: {outcome.copy_error}",
              file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _restore(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import backup

    db = _open(settings)
    _sign_in(db, "restore", args.user, "backup.restore")
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


def _migrate_to(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import move_up

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    cli_crypt.unlock(settings.db_url, settings.language, "migrate-to")  # an encrypted source
    try:
        tables = move_up.migrate_to(settings.db_url, args.url, progress=say)
    except move_up.MoveError as exc:
        print(f"desk-app migrate-to: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps([t.__dict__ for t in tables], ensure_ascii=False, indent=1))
    else:
        for t in tables:
            print(f"{t.table}\t{t.rows}\t{t.sha256[:16]}")
        print(f"copied and verified {len(tables)} tables, {sum(t.rows for t in tables):,} rows")
    return EXIT_OK


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import importer
    from desk_app.storage.db import StorageError

    db = _open(settings)
    actor = _sign_in(db, "import", args.user, "import.beneficiaries")
    try:
        report = importer.import_beneficiaries(db, args.file, skip_invalid=args.skip_invalid,
                                               actor_name=actor.username)
    except StorageError as exc:
        print(f"desk-app import: database problem ({exc.code}): {exc.detail}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(report.summary())
    return EXIT_OK if report.ok else EXIT_ERROR


def _requests(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.domain import calendar as cal
    from desk_app.services import profile as profile_service
    from desk_app.services import request_views

    db = _open(settings)
    _sign_in(db, "requests", args.user, "beneficiary.open")
    profile = profile_service.current(db)
    if profile is None:
        print("desk-app requests: the database is not set up (desk-app init)", file=sys.stderr)
        return EXIT_ERROR
    rows = request_views.listing(db, profile, db.clock().date(), open_only=False,
                                 overdue_only=args.overdue, limit=args.limit)
    lang = "ar" if settings.language == "ar" else "en"

    def name(items, code: str) -> str:  # noqa: ANN001
        item = next((i for i in items if i.code == code), None)
        return code if item is None else (item.name_ar if lang == "ar" else item.name_en)

    out = []
    for r in rows:
        out.append({
            "number": r.number, "beneficiary": r.beneficiary_name, "file_number": r.file_number,
            "service": r.service_code, "service_name": name(profile.services, r.service_code),
            "channel": r.channel_code, "channel_name": name(profile.channels, r.channel_code),
            "status": r.status, "received_at": r.received_at.isoformat(timespec="minutes"),
            "due_on": r.due_on.isoformat() if r.due_on else None,
            "due_hijri": cal.format_hijri(r.due_on, lang) if r.due_on else None,
            "due_gregorian": cal.format_gregorian(r.due_on, lang) if r.due_on else None,
            "days_left": r.days_left, "overdue": r.overdue,
        })
    if args.json:
        print(json.dumps({"overdue_only": args.overdue, "count": len(out), "requests": out},
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for o in out:
        due = f"{o['due_hijri']} ({o['due_gregorian']})" if o["due_on"] else "-"
        late = "\tOVERDUE" if o["overdue"] else ""
        print(f"{o['number']}\t{o['beneficiary']}\t{o['service_name']}\t{o['channel_name']}\t"
              f"{o['status']}\t{due}{late}")
    print(f"{len(out)} request(s)", file=sys.stderr)
    return EXIT_OK


def _print(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from desk_app.domain.permissions import PermissionDenied
    from desk_app.services import document_builders as builders
    from desk_app.services import document_kinds
    from desk_app.storage.db import StorageError

    db = _open(settings)
    actor = _sign_in(db, "print", args.user)
    try:
        request_id = builders.request_id_for(db, args.request)
        doc = document_kinds.kind(args.document).issue(db, actor, request_id)
    except builders.DocumentNotAvailable as exc:
        print(f"desk-app print: {args.document} not available for {args.request} ({exc.code})",
              file=sys.stderr)
        return EXIT_ERROR
    except PermissionDenied as exc:
        print(f"desk-app print: the role {exc.role!r} may not do this ({exc.action})",
              file=sys.stderr)
        return EXIT_ERROR
    except StorageError as exc:
        print(f"desk-app print: database problem ({exc.code}): {exc.detail}", file=sys.stderr)
        return EXIT_ERROR
    Path(args.out).write_bytes(doc.pdf or b"")
    print(json.dumps({"document": doc.kind, "serial": doc.serial, "code": doc.code,
                      "sha256": doc.sha256, "pages": doc.pages, "out": args.out},
                     ensure_ascii=False))
    if args.printer:
        from desk_app import printing

        name = None if args.printer == "default" else args.printer
        try:
            report = printing.print_pdf(doc.pdf or b"", name, title=f"{doc.title} {doc.serial}")
        except printing.PrintError as exc:
            print(f"desk-app print: not printed ({exc.code}) {exc.detail}; the document is "
                  f"archived as {doc.serial} and saved to {args.out}", file=sys.stderr)
            return EXIT_ERROR
        print(f"printed on {report.printer_name}", file=sys.stderr)


def _survey_results(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from desk_app.services import profile as profile_service
    from desk_app.services import survey_results as results

    try:
        query = results.ResultsQuery(
            args.questionnaire, args.campaign,
            date.fromisoformat(args.date_from) if args.date_from else None,
            date.fromisoformat(args.date_to) if args.date_to else None, args.branch)
    except ValueError as exc:
        print(f"desk-app survey-results: {exc}", file=sys.stderr)
        return EXIT_USAGE
    db = _open(settings)
    actor = _sign_in(db, "survey-results", args.user, "survey.results")
    try:
        rep = results.report(db, actor, query, profile_service.current(db), settings.language)
    except KeyError:
        print(f"desk-app survey-results: no questionnaire {args.questionnaire!r}", file=sys.stderr)
        return EXIT_ERROR
    data = results.to_dict(rep, settings.language)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print("\n".join(results.text_lines(data)))
    return EXIT_OK


def _complaints(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import complaint_views
    from desk_app.services import profile as profile_service

    db = _open(settings)
    _sign_in(db, "complaints", args.user, "beneficiary.open")
    profile = profile_service.current(db)
    if profile is None:
        print("desk-app complaints: the database is not set up (desk-app init)", file=sys.stderr)
        return EXIT_ERROR
    rows = complaint_views.rows(db, profile, complaint_views.Filters(open_only=args.open))
    if args.json:
        print(json.dumps({"open_only": args.open, "count": len(rows),
                          "complaints": [r.to_dict() for r in rows]}, ensure_ascii=False,
                         indent=1))
        return EXIT_OK
    for r in rows:
        who = r.complainant or "-"
        print(f"{r.number}\t{r.status}\t{r.deadline_state}\t{r.received_on}\t{r.due_on}\t"
              f"{r.category_code}\t{r.channel_code}\t{who}")
    print(f"{len(rows)} complaint(s)", file=sys.stderr)
    return EXIT_OK


def _report(args: argparse.Namespace, settings: Settings) -> int:
    db = _open(settings)
    actor = _sign_in(db, "report", args.user, "report.export" if args.out else "report.view")
    return cli_report.run(args, db, settings.language, actor)


def _sync(args: argparse.Namespace, settings: Settings) -> int:
    db = _open(settings)
    actor = _sign_in(db, "sync", args.user, cli_sync.action_of(args))
    return cli_sync.run(args, db, settings.language, actor)


def _retention(args: argparse.Namespace, settings: Settings) -> int:
    db = _open(settings)
    return cli_retention.run(args, db, _sign_in(db, "retention", args.user, "retention.run"))


def _audit(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import audit_trail

    db = _open(settings)
    actor = _sign_in(db, "audit", args.user, "audit.view")
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
