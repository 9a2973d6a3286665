"""One desk saving as fast as it can, run as its own process by the concurrency tests.

``python -m tests.storage.pg_writer URL DESK N GO STOP`` waits until the file GO exists (so that
every desk starts at once), then repeats up to N times (or until the file STOP exists): register a
beneficiary, open a request for them, file a complaint, and edit the one shared beneficiary
whose version it read just before. Every save the services acknowledged is printed as a JSON line
at once (``{"kind": …, "number": …}``); a database error is printed as ``{"error": code}`` and,
when it says the server is gone, the desk waits and carries on, as a person would.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from desk_app.domain import complaints as complaint_rules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaints, registry, requests
from desk_app.services import profile as profile_service
from desk_app.storage.conflicts import ConflictError
from desk_app.storage.db import Database, StorageError
from desk_app.storage.tables import Beneficiary, Staff

BRANCH = "HQ"
SHARED_ID_NUMBER = make_saudi_id(1, "77700000")


def say(**record: object) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def person(desk: int, i: int) -> BeneficiaryForm:
    return BeneficiaryForm(first_name="سالم", father_name="ناصر", grandfather_name="فهد",
                           family_name="المكتب" + "ي" * desk, gender="male",
                           id_number=make_saudi_id(1, f"{desk}{i:07d}"),
                           birth_date="01/01/1980", mobile=f"055{desk}{i:06d}")


def until_saved(step):  # noqa: ANN001, ANN201
    """Run ``step`` until it is saved: a desk whose server is gone waits and tries again."""
    while True:
        try:
            return step()
        except ConflictError:
            raise
        except StorageError as exc:
            say(error=exc.code, detail=exc.detail[:200])
            time.sleep(0.2)


def register(db: Database, actor: Actor, desk: int, i: int) -> str:
    form = person(desk, i)
    try:
        b = registry.register(db, actor, form, branch_code=BRANCH, confirm_duplicates=True)
    except ValidationFailed as exc:  # saved before the server went away, never acknowledged
        if [e.code for e in exc.errors] != ["id_taken"]:
            raise
        with db.read() as s:
            return s.query(Beneficiary.id).filter_by(id_number=form.id_number).scalar()
    say(kind="file", number=b.file_number)
    return b.id


def one_round(db: Database, actor: Actor, profile, desk: int, i: int) -> None:  # noqa: ANN001
    bid = until_saved(lambda: register(db, actor, desk, i))
    intake = IntakeForm(bid, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone")
    r = until_saved(lambda: requests.create(db, actor, intake, branch_code=BRANCH,
                                            profile=profile))
    say(kind="request", number=r.number)
    form = complaint_rules.ComplaintForm(channel_code="fax", category_code="delay",
                                         description="تأخر الرد", anonymous=True,
                                         submission_key=f"{desk}-{i}")
    filed = until_saved(lambda: complaints.submit(db, actor, form, profile, branch_code=BRANCH))
    say(kind="complaint", number=filed.number)
    until_saved(lambda: edit_shared(db, actor, desk, i))


def edit_shared(db: Database, actor: Actor, desk: int, i: int) -> None:
    with db.read() as s:
        shared_id = s.query(Beneficiary.id).filter_by(id_number=SHARED_ID_NUMBER).scalar()
    current = registry.get(db, shared_id)
    form = registry.to_form(current)
    form.notes = f"desk {desk} round {i}"
    try:
        registry.update(db, actor, shared_id, form, expected_version=current.version)
        say(kind="edit", notes=form.notes)
    except ConflictError as exc:
        say(kind="conflict", by=exc.by, fields=list(exc.fields))


def main() -> int:
    url, desk, n, go, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:6]
    db = Database(url, clock=lambda: datetime(2026, 11, 22, 9, 30))
    with db.read() as s:
        admin = s.query(Staff).filter_by(username="admin").one()
        actor = Actor(admin.id, admin.username, admin.role, admin.full_name)
    profile = profile_service.current(db)
    say(kind="ready")
    while not Path(go).exists():
        time.sleep(0.01)
    i = 0
    while i < n and not Path(stop).exists():
        one_round(db, actor, profile, desk, i)
        i += 1
    say(kind="done", rounds=i)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
