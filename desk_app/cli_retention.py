"""``desk-app retention [--dry-run | --yes] [--json] --user ADMIN``: the retention run.

Lists what the profile's retention periods make due (files to anonymise, scans to delete); with
``--dry-run`` nothing changes. Otherwise the administrator confirms (types ``yes`` at a
terminal, or gives ``--yes``) and the run anonymises and deletes what was listed, keeping the
statistics and an audit skeleton (services/retention.py). Run it monthly.
"""

from __future__ import annotations

import argparse
import json
import sys

EXIT_OK, EXIT_ERROR, EXIT_DECLINED = 0, 1, 3


def add_parser(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("retention", help="what the retention periods make due; anonymise and "
                                         "delete it after confirmation")
    r.add_argument("--dry-run", action="store_true", help="list only; change nothing")
    r.add_argument("--yes", action="store_true", help="confirm without asking")
    r.add_argument("--json", action="store_true", help="print the plan (and the run) as JSON")
    r.add_argument("--user", help="administrator account (or DESK_APP_USER); password from "
                                  "DESK_APP_PASSWORD")


def run(args: argparse.Namespace, db, actor) -> int:  # noqa: ANN001
    from desk_app.services import retention
    from desk_app.storage.db import StorageError

    try:
        plan = retention.plan(db, actor)
        out: dict = {"as_of": plan.as_of.isoformat(),
                     "periods_months": {"closed_files": plan.retention.closed_files,
                                        "scans_after_decision":
                                            plan.retention.scans_after_decision},
                     "files": [{"file_number": f.file_number,
                                "last_activity": f.last_activity.isoformat(sep=" ")}
                               for f in plan.files],
                     "scans": [{"request": n} for _i, n in plan.scans]}
        _say(args, out)
        if args.dry_run or plan.empty:
            _print(args, out)
            return EXIT_OK
        if not args.yes and not _confirmed(plan):
            print("desk-app retention: not confirmed; nothing changed", file=sys.stderr)
            return EXIT_DECLINED
        report = retention.run(db, actor, plan)
    except StorageError as exc:
        print(f"desk-app retention: database problem ({exc.code}): {exc.detail}",
              file=sys.stderr)
        return EXIT_ERROR
    out["done"] = {"files_anonymised": report.files_anonymised,
                   "household_deleted": report.household_deleted,
                   "scans_deleted": report.scans_deleted,
                   "documents_emptied": report.documents_emptied,
                   "audit_events_redacted": report.audit_events_redacted,
                   "audit_event": report.run_event_seq}
    _print(args, out)
    return EXIT_OK


def _say(args: argparse.Namespace, out: dict) -> None:
    if args.json:
        return
    print(f"as of {out['as_of']}: {len(out['files'])} file(s) to anonymise, "
          f"{len(out['scans'])} scan(s) to delete")
    for f in out["files"]:
        print(f"  file {f['file_number']}\tlast activity {f['last_activity']}")
    for s in out["scans"]:
        print(f"  scan of request {s['request']}")


def _print(args: argparse.Namespace, out: dict) -> None:
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    elif "done" in out:
        print("done: " + ", ".join(f"{k} {v}" for k, v in out["done"].items()))


def _confirmed(plan) -> bool:  # noqa: ANN001
    if not sys.stdin.isatty():
        print("desk-app retention: confirm with --yes (no terminal to ask at)", file=sys.stderr)
        return False
    answer = input(f"Anonymise {len(plan.files)} file(s) and delete {len(plan.scans)} "
                   "scan(s)? Type yes: ")
    return answer.strip().lower() == "yes"
