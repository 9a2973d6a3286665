"""``desk-app sync``: branch offices and the head office (issue 14).

At the head office: ``--become-head`` once, then ``--enrol CODE --out FILE`` per branch (the
enrolment file holds the branch's key: carry it by hand). At a branch: ``--join FILE`` once. Then
``--export FILE`` / ``--import FILE`` (a USB stick, e-mail), or ``--to URL`` to exchange directly
with the head office's server. Refusals are said in the desk's language (``--lang``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR = 0, 1

MESSAGES = {
    "not_exchange_file": ("هذا الملف ليس ملف مزامنة من هذا البرنامج.",
                          "This is not a synchronisation file from this application."),
    "altered": ("رُفض الملف: تغيّر بعد إنشائه أو تلف، أو لم يُشفَّر بمفتاح هذا الفرع. "
                "اطلب نسخة جديدة منه.",
                "File refused: it was changed or damaged after it was made, or not sealed with "
                "this branch's key. Ask for a new copy."),
    "other_association": ("رُفض الملف: صادر من جمعية أخرى.",
                          "File refused: it comes from another association."),
    "unknown_sender": ("رُفض الملف: صادر من فرع غير مسجّل لدى هذا المكتب.",
                       "File refused: it comes from a branch this office has not enrolled."),
    "wrong_recipient": ("رُفض الملف: موجّه إلى مكتب آخر.",
                        "File refused: it is addressed to another office."),
    "already_applied": ("رُفض الملف: طُبِّق من قبل، ولم يتغيّر شيء.",
                        "File refused: it was applied already; nothing changed."),
    "not_set_up": ("المزامنة غير معدّة في هذا المكتب بعد.",
                   "Synchronisation is not set up at this office yet."),
    "no_peer": ("لا يوجد مقر رئيسي أو فرع بهذا الرمز.", "No head office or branch with this code."),
    "not_head": ("هذه الخطوة في المقر الرئيسي فقط.", "This step is for the head office only."),
    "not_branch": ("هذه الخطوة في الفروع فقط.", "This step is for a branch only."),
    "same_code": ("رمز الفرع هو رمز المقر الرئيسي نفسه.",
                  "The branch code is the head office's own code."),
    "already_enrolled": ("هذا الفرع مسجّل من قبل.", "This branch is enrolled already."),
    "bad_enrolment": ("ملف التسجيل غير صالح.", "The enrolment file is not valid."),
    "wrong_branch": ("ملف التسجيل لفرع آخر.", "The enrolment file is for another branch."),
    "cannot_create_login": ("لا يملك حساب البرنامج على خادم المقر صلاحية إنشاء حساب دخول للفرع؛ "
                            "امنحه صلاحية CREATEROLE ثم أعد تسجيل الفرع.",
                            "The application's login on the head office's server may not create "
                            "the branch's login; grant it CREATEROLE, then enrol the branch "
                            "again."),
    "unavailable": ("تعذّر الوصول إلى خادم المقر الرئيسي؛ لم يُفقد شيء، أعد المحاولة لاحقاً.",
                    "The head office's server cannot be reached; nothing was lost, try again "
                    "later."),
}


def message(code: str, lang: str) -> str:
    ar, en = MESSAGES.get(code, (f"تعذّرت المزامنة ({code}).", f"Synchronisation failed ({code})."))
    return ar if lang == "ar" else en


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="synchronise a branch office with the head office")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--become-head", action="store_true",
                      help="make this installation the head office (once)")
    mode.add_argument("--enrol", metavar="CODE", help="head office: enrol branch CODE")
    mode.add_argument("--join", metavar="FILE", help="branch: join with the enrolment file")
    mode.add_argument("--export", metavar="FILE", help="write an exchange file")
    mode.add_argument("--import", dest="import_file", metavar="FILE",
                      help="apply an exchange file")
    mode.add_argument("--to", metavar="URL", nargs="?", const="",
                      help="branch: exchange directly with the head office's server (URL, or "
                           "DESK_APP_HEAD_DB)")
    p.add_argument("--out", help="with --enrol: where to write the enrolment file")
    p.add_argument("--branch", help="head office, with --export: the branch the file is for")
    p.add_argument("--json", action="store_true")
    p.add_argument("--user", help="staff account (or DESK_APP_USER); password from "
                                  "DESK_APP_PASSWORD")


def action_of(args: argparse.Namespace) -> str:
    """The permission the command needs."""
    return "sync.setup" if args.become_head or args.enrol or args.join else "sync.run"


def run(args: argparse.Namespace, db, lang: str, actor) -> int:  # noqa: ANN001
    from desk_app.services import sync
    from desk_app.services.sync_files import FileRefused

    try:
        return _run(args, db, lang, actor, sync)
    except (FileRefused, sync.SyncRefused) as exc:
        print(f"desk-app sync: {message(exc.code, lang)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"desk-app sync: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return EXIT_ERROR


def _run(args, db, lang, actor, sync) -> int:  # noqa: ANN001
    if args.become_head:
        print(sync.become_head(db, actor))
    elif args.enrol:
        if not args.out:
            print("desk-app sync: --enrol needs --out FILE", file=sys.stderr)
            return EXIT_ERROR
        Path(args.out).write_text(sync.enrol_branch(db, actor, args.enrol), encoding="utf-8")
    elif args.join:
        print(sync.join(db, actor, Path(args.join).read_text(encoding="utf-8")))
    elif args.export:
        data = sync.export_file(db, actor, args.branch)
        tmp = Path(args.export + ".part")
        tmp.write_bytes(data)
        os.replace(tmp, args.export)  # never half a file under the real name
    elif args.import_file:
        return _report(sync.import_file(db, actor, Path(args.import_file).read_bytes()),
                       args, lang)
    else:
        url = args.to or os.environ.get("DESK_APP_HEAD_DB", "")
        if not url:
            print("desk-app sync: --to URL or DESK_APP_HEAD_DB", file=sys.stderr)
            return EXIT_ERROR
        return _report(sync.sync_to(db, url, actor), args, lang)
    return EXIT_OK


def _report(result, args: argparse.Namespace, lang: str) -> int:  # noqa: ANN001
    if args.json:
        print(json.dumps({"peer": result.peer, "sent": result.sent, "received": result.received,
                          "conflicts": result.conflicts, "newcomers": len(result.newcomers),
                          "error": result.error}))
    elif not result.error:
        print(f"sent {result.sent}, received {result.received}, conflicts {result.conflicts}")
    if result.error:
        print(f"desk-app sync: {message(result.error, lang)}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
