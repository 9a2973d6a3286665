"""What the desk's two most frequent saves write, held to the letter (issue 23): registering a
person and opening a request with its checklist write these rows, this audit event and this
change-log row — the same on each engine before and after the write path was made cheaper.

The expected content is ``save_written.json`` beside this file, taken from the write path as it
was before session 6 (ORM objects throughout); both engines wrote exactly that. Ids are random and the audit hashes
follow from them: each is replaced by its order of first appearance, so a row that refers to
another row still has to name the same one. Dictionaries compare whatever their key order;
lists (the changes of an action, the rows of a table) in their order.
"""

import json
import re
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import profile as profile_service
from desk_app.services import registry
from desk_app.services import requests as svc
from desk_app.storage import audit_chain
from desk_app.storage.schema import metadata

HERE = Path(__file__).parent

#: (table, columns it is ordered by, column naming the save's rows; "" — the whole table)
ROWS = (
    ("beneficiaries", ("file_number",), "id"),
    ("household_members", ("position",), "beneficiary_id"),
    ("service_requests", ("number",), "beneficiary_id"),
    ("request_checklist", ("position",), "request_id"),
    ("request_events", ("at", "from_status"), "request_id"),
    ("consents", ("given_at",), "request_id"),
    ("contacts", ("at",), "request_id"),
    ("counters", ("name",), ""),
    ("registry_counts", ("branch_code", "category_code", "beneficiary_type", "city"), ""),
    ("report_day_counts", ("figure", "day", "branch_code", "service_code", "detail"), ""),
)
ACTIONS = ("beneficiary.create", "request.create")
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}")


def _person() -> BeneficiaryForm:
    return BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone", city="الرياض", district="الملز",
                           household=[HouseholdForm("سارة سعد", "daughter", "03/04/2012"),
                                      HouseholdForm("فهد سعد", "son", "",
                                                    make_saudi_id(1, "44556688"))])


def _table_rows(s, name: str, order: tuple[str, ...], key: str, ids: tuple[str, str]) -> list:
    t = metadata.tables[name]
    q = select(t).order_by(*(t.c[c] for c in order))
    if key:
        q = q.where(t.c[key].in_(ids))
    return [dict(r._mapping) for r in s.execute(q)]


def written(db, person_id: str, request_id: str) -> dict:
    """Everything the two saves left in the database, ids and hashes in order of appearance."""
    audit, log = metadata.tables["audit_events"], metadata.tables["sync_changes"]
    with db.read() as s:
        out = {"audit": [dict(r._mapping) for r in s.execute(
            select(audit.c.seq, audit.c.actor_name, audit.c.action, audit.c.target_type,
                   audit.c.target_id, audit.c.at, audit.c.changes, audit.c.prev_hash,
                   audit.c.hash).where(audit.c.action.in_(ACTIONS)).order_by(audit.c.seq))],
               "log": [dict(r._mapping) for r in s.execute(
            select(log.c.origin, log.c.origin_pos, log.c.at, log.c.actor, log.c.action,
                   log.c.changes, log.c.waits).where(log.c.action.in_(ACTIONS))
            .order_by(log.c.pos))]}
        ids = (person_id, request_id)
        for name, order, key in ROWS:
            out[name] = _table_rows(s, name, order, key, ids)
        assert audit_chain.verify(s).intact
    text = json.dumps(out, sort_keys=True, ensure_ascii=False, default=str, indent=1)
    seen: dict[str, str] = {}
    return json.loads(_ID.sub(lambda m: seen.setdefault(m[0], f"<{len(seen) + 1}>"), text))


def save_pair(db, actor) -> tuple[str, str]:
    person = registry.register(db, actor, _person(), branch_code="RYD")
    profile = profile_service.current(db)
    service = max(profile.services, key=lambda s: len(s.documents))
    r = svc.create(db, actor, IntakeForm(person.id, service.code, "phone", "طلب مساعدة",
                                         True, True, agreed_channel_code="phone"),
                   branch_code="RYD", profile=profile)
    return person.id, r.id


def test_a_registration_and_a_request_write_what_they_wrote_before(desk_db, desk_admin):
    got = written(desk_db, *save_pair(desk_db, desk_admin))
    expected = json.loads((HERE / "save_written.json").read_text(encoding="utf-8"))
    assert len(got["request_checklist"]) >= 2
    for part in expected:
        assert got[part] == expected[part], part
