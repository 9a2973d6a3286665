"""``desk-app requests | print | survey-results | complaints``: what the desk lists and prints
from the command line.

Kept beside :mod:`desk_app.cli`, which only registers and dispatches them.
"""

from __future__ import annotations

import argparse
import json
import sys

from desk_app.cli_common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, open_db, sign_in
from desk_app.config import Settings


def add_parsers(sub: argparse._SubParsersAction) -> None:
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
    for personal in (rq, sr, c):  # commands that read or change personal data
        personal.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                             "DESK_APP_PASSWORD, asked for at a terminal")


def requests(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.domain import calendar as cal
    from desk_app.services import profile as profile_service
    from desk_app.services import request_views

    db = open_db(settings)
    sign_in(db, "requests", args.user, "beneficiary.open")
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


def print_document(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from desk_app.domain.permissions import PermissionDenied
    from desk_app.services import document_builders as builders
    from desk_app.services import document_kinds
    from desk_app.storage.db import StorageError

    db = open_db(settings)
    actor = sign_in(db, "print", args.user)
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
    return EXIT_OK


def survey_results(args: argparse.Namespace, settings: Settings) -> int:
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
    db = open_db(settings)
    actor = sign_in(db, "survey-results", args.user, "survey.results")
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


def complaints(args: argparse.Namespace, settings: Settings) -> int:
    from desk_app.services import complaint_views
    from desk_app.services import profile as profile_service

    db = open_db(settings)
    sign_in(db, "complaints", args.user, "beneficiary.open")
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
