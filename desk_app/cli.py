"""The ``desk-app`` command: gui (default), init, demo, find, migrate-to, import; the other
sub-commands live in ``cli_*`` modules beside it and are only registered and dispatched here.

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
    cli_backup,
    cli_crypt,
    cli_lists,
    cli_report,
    cli_retention,
    cli_sync,
)
from desk_app.cli_common import EXIT_ERROR, EXIT_OK, open_db, sign_in  # noqa: E402
from desk_app.config import Settings  # noqa: E402 - after START, so its import is timed


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
    cli_backup.add_parsers(sub)
    mv = sub.add_parser("migrate-to", help="copy this SQLite database into an empty "
                                           "PostgreSQL one (the office server)")
    mv.add_argument("url", help="postgresql://user@server/database?sslmode=require")
    mv.add_argument("--json", action="store_true")
    im = sub.add_parser("import", help="import records from a spreadsheet")
    im.add_argument("kind", choices=("beneficiaries",))
    im.add_argument("file")
    im.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    im.add_argument("--json", action="store_true")
    cli_lists.add_parsers(sub)
    cli_report.add_parser(sub)
    cli_sync.add_parser(sub)
    cli_crypt.add_parser(sub)
    cli_retention.add_parser(sub)
    for personal in (f, im):  # commands that read or change personal data
        personal.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                             "DESK_APP_PASSWORD, asked for at a terminal")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.load(args.db, args.lang)
    command = args.command or "gui"
    handler = {
        "gui": _gui, "init": _init, "demo": _demo, "find": _find,
        "backup": cli_backup.backup, "restore": cli_backup.restore, "audit": cli_backup.audit,
        "migrate-to": _migrate_to, "import": _import,
        "requests": cli_lists.requests, "print": cli_lists.print_document,
        "survey-results": cli_lists.survey_results, "complaints": cli_lists.complaints,
        "report": _report,
        "sync": _sync,
        "encrypt": lambda a, s: cli_crypt.run(a, s, sign_in),
        "retention": _retention,
    }[command]
    return handler(args, settings)




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
    db = open_db(settings)
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

    db = open_db(settings)
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

    db = open_db(settings)
    sign_in(db, "find", args.user, "beneficiary.open")
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
            again = f"\t{t.rechecked} buckets compared value by value" if t.rechecked else ""
            print(f"{t.table}\t{t.rows}\t{t.digest[:16]}{again}")
        print(f"copied and verified {len(tables)} tables, {sum(t.rows for t in tables):,} rows")
    return EXIT_OK


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import importer
    from desk_app.storage.db import StorageError

    db = open_db(settings)
    actor = sign_in(db, "import", args.user, "import.beneficiaries")
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






def _report(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings)
    actor = sign_in(db, "report", args.user, "report.export" if args.out else "report.view")
    return cli_report.run(args, db, settings.language, actor)


def _sync(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings)
    actor = sign_in(db, "sync", args.user, cli_sync.action_of(args))
    return cli_sync.run(args, db, settings.language, actor)


def _retention(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings)
    return cli_retention.run(args, db, sign_in(db, "retention", args.user, "retention.run"))

