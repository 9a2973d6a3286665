"""``desk-app report NAME --from --to [--branch] [--service] [--out FILE.pdf|.xlsx] [--json]``.

Kept beside :mod:`desk_app.cli` (which only registers it) so that file stays readable. A PDF is
issued and archived with its verification code before it is written; ``--json`` prints the
figures, the tables and the definitions (``--rows`` adds the rows behind the figures).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 1
NAMES = ("deadlines", "complaints", "satisfaction", "registry", "activity", "board")


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help="a management report as JSON, PDF (archived) or Excel")
    r.add_argument("name", choices=NAMES)
    r.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    r.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    r.add_argument("--branch", help="one branch code")
    r.add_argument("--service", help="one service code")
    r.add_argument("--out", help="write FILE.pdf (archived with its code) or FILE.xlsx")
    r.add_argument("--json", action="store_true", help="print the report as JSON")
    r.add_argument("--rows", action="store_true", help="with --json: the rows behind too")
    r.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                  "DESK_APP_PASSWORD")


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"desk-app report: {what} must be YYYY-MM-DD, not {text!r}") from None


def run(args: argparse.Namespace, db, lang: str, actor) -> int:  # noqa: ANN001
    """``actor``: the staff member signed in by the command line (desk_app/cli_auth.py)."""
    from desk_app.domain.validation import ValidationFailed
    from desk_app.services import profile as profile_service
    from desk_app.services import report_export, reports
    from desk_app.storage.db import StorageError

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".pdf", ".xlsx"):
        print("desk-app report: --out must end in .pdf or .xlsx", file=sys.stderr)
        return EXIT_ERROR
    if out is None and not args.json:
        print("desk-app report: give --out FILE.pdf|.xlsx or --json", file=sys.stderr)
        return EXIT_ERROR
    profile = profile_service.current(db)
    if profile is None:
        print("desk-app report: the database is not set up (desk-app init)", file=sys.stderr)
        return EXIT_ERROR
    query = reports.ReportQuery(args.name, _day(args.date_from, "--from"),
                                _day(args.date_to, "--to"), args.branch, args.service)
    pdf = out is not None and out.suffix.lower() == ".pdf"
    try:
        rep = reports.build(db, actor, query, profile, "ar" if pdf else lang)
        if out is not None and pdf:
            doc = report_export.issue_pdf(db, actor, rep, profile)
            out.write_bytes(doc.pdf or b"")
            print(f"archived as {doc.serial}, verification code {doc.code}", file=sys.stderr)
        elif out is not None:
            report_export.write_xlsx(rep, out)
    except ValidationFailed as exc:
        for e in exc.errors:
            print(f"desk-app report: {e.field or 'report'}: {e.code}", file=sys.stderr)
        return EXIT_ERROR
    except StorageError as exc:
        print(f"desk-app report: database problem ({exc.code}): {exc.detail}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(reports.to_json(rep, with_rows=args.rows))
    return EXIT_OK
