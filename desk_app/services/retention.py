"""The retention run: what the profile's periods make due, and, once an administrator confirms,
the files anonymised and the scans deleted — the statistics kept, the audit trail kept as a
skeleton without personal data.

A file is due when none of its requests, complaints or personal-data requests is still open and
its last activity is older than ``retention.closed_files`` months. Anonymising keeps the row
(its file number, category, type, city, gender, nationality: what the reports count) and its
requests, decisions and dates; it removes the name, ID number, birth date, contact details,
address, notes, household members, archived PDFs about the person and every free text that may
hold them. Scans of a finished request older than ``retention.scans_after_decision`` months
are deleted (the checklist keeps what was seen and matched).

Nothing here goes through the ORM's change capture: the run's own audit event would otherwise
keep the very values it removes. It writes one event itself, chained like every other
(``retention.run``): the counts, the rows touched (ids only) and the events it redacted with
their hashes, which lets :func:`desk_app.storage.audit_chain.verify` accept them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, or_, select, update

from desk_app.domain import workflows as wf
from desk_app.domain.arabic import normalize_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile.governance import Retention, add_months
from desk_app.services import profile as profile_service
from desk_app.services.permissions import require
from desk_app.services.subject_export import gather
from desk_app.storage.audit_chain import REDACT_OP, seal
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.governance_tables import SubjectRequest
from desk_app.storage.requests_tables import RequestEvent, Scan, ServiceRequest
from desk_app.storage.schema import Base
from desk_app.storage.sync_tables import SyncChange
from desk_app.storage.tables import AuditEvent, Beneficiary

ANON_NAME = "محذوف"  # what an anonymised file shows instead of the name
# Person columns emptied (kept: file number, branch, category, type, city, gender, nationality,
# ID type and country, qualification, employment status, dates of the record itself).
PERSON_BLANK = ("father_name", "grandfather_name", "mobile", "email", "building_no", "street",
                "district", "postal_code", "additional_no", "short_address", "notes")
# Free texts of the rows about a person that may name or reach them.
FREE_TEXT = ("description", "summary", "note", "notes", "details", "body", "recipient",
             "complainant_name", "complainant_contact", "subject_name", "person_name",
             "person_phone", "answer", "requester_name", "outcome_note", "service_given",
             "name", "id_number", "file_name", "filename", "last_error", "text", "causes",
             "harm", "claim", "grounds", "outcome_text", "passed_to", "iban", "cheque_number")
# The social study: what the researcher wrote about the home, health and family (these names
# mean other things in other tables, so only this table's are rewritten).
STUDY_TEXT = {"housing": "", "health": "", "members": [], "needs": "", "recommendation": ""}
# Rows deleted outright: names and IDs of the household; images of documents and of signed
# aid receipts.
DELETED = ("household_members", "request_scans", "aid_signed_copies")


@dataclass(frozen=True)
class DueFile:
    beneficiary_id: str
    file_number: str
    last_activity: datetime


@dataclass(frozen=True)
class Plan:
    as_of: date
    retention: Retention
    files: list[DueFile] = field(default_factory=list)
    scans: list[tuple[str, str]] = field(default_factory=list)  # (scan id, request number)

    @property
    def empty(self) -> bool:
        return not self.files and not self.scans


@dataclass(frozen=True)
class RunReport:
    files_anonymised: int
    household_deleted: int
    scans_deleted: int
    documents_emptied: int
    audit_events_redacted: int
    run_event_seq: int | None


def plan(db: Database, actor: Actor) -> Plan:
    """What the periods in force make due today (nothing is changed)."""
    require(db, actor, "retention.run")
    profile = profile_service.current(db)
    retention = profile.governance.retention if profile else Retention()
    today = db.clock().date()
    with db.read() as s:
        files = _due_files(s, retention, today)
        scans = _due_scans(s, retention, today)
    return Plan(today, retention, files, scans)


def _due_files(s, retention: Retention, today: date) -> list[DueFile]:  # noqa: ANN001
    if retention.closed_files is None:
        return []
    cutoff = datetime.combine(add_months(today, -retention.closed_files), datetime.min.time())
    open_request = select(ServiceRequest.id).where(
        ServiceRequest.beneficiary_id == Beneficiary.id,
        ServiceRequest.status.in_(wf.OPEN_STATES)).exists()
    open_complaint = select(Complaint.id).where(
        Complaint.beneficiary_id == Beneficiary.id,
        Complaint.status.in_(wf.COMPLAINT_OPEN_STATES)).exists()
    open_dsr = select(SubjectRequest.id).where(
        SubjectRequest.beneficiary_id == Beneficiary.id, SubjectRequest.status == "open").exists()
    last_event = (select(func.max(RequestEvent.at)).join(
        ServiceRequest, ServiceRequest.id == RequestEvent.request_id)
        .where(ServiceRequest.beneficiary_id == Beneficiary.id).scalar_subquery())
    rows = s.execute(select(Beneficiary.id, Beneficiary.file_number, Beneficiary.updated_at,
                            last_event).where(
        Beneficiary.first_name != ANON_NAME, ~open_request, ~open_complaint, ~open_dsr,
        Beneficiary.updated_at < cutoff, or_(last_event.is_(None), last_event < cutoff))
        .order_by(Beneficiary.seq))
    return [DueFile(i, n, max(u, e or u)) for i, n, u, e in rows]


def _due_scans(s, retention: Retention, today: date) -> list[tuple[str, str]]:  # noqa: ANN001
    if retention.scans_after_decision is None:
        return []
    cutoff = datetime.combine(add_months(today, -retention.scans_after_decision),
                              datetime.min.time())
    finished = [st for st in wf.REQUEST_STATES if st not in wf.OPEN_STATES]
    rows = s.execute(select(Scan.id, ServiceRequest.number).join(
        ServiceRequest, ServiceRequest.id == Scan.request_id).where(
        ServiceRequest.status.in_(finished), ServiceRequest.updated_at < cutoff)
        .order_by(ServiceRequest.number))
    return [(i, n) for i, n in rows]


def run(db: Database, actor: Actor, confirmed: Plan) -> RunReport:
    """Carry out ``confirmed`` (the plan the administrator saw): only what is still due
    then is touched, in one transaction with one chained audit event."""
    require(db, actor, "retention.run")
    now = db.clock()
    with db.action(actor, "retention.run", "retention") as s:
        still_due = {f.beneficiary_id for f in _due_files(s, confirmed.retention, now.date())}
        files = [f for f in confirmed.files if f.beneficiary_id in still_due]
        touched: set[str] = set()
        counts = {"household_deleted": 0, "documents_emptied": 0, "scans_deleted": 0}
        for f in files:
            touched |= _anonymise(s, f.beneficiary_id, counts)
        scan_ids = [i for i, _n in confirmed.scans if i not in touched]
        if scan_ids:
            counts["scans_deleted"] += s.execute(delete(Scan).where(Scan.id.in_(scan_ids))
                                                 ).rowcount
            touched |= set(scan_ids)
        redacted = _redact_audit(s, touched, now)
        _scrub_sync_log(s, touched)
        report = RunReport(len(files), counts["household_deleted"], counts["scans_deleted"],
                           counts["documents_emptied"], len(redacted), None)
        event = AuditEvent(at=now, actor_id=actor.id, actor_name=actor.username,
                           action="retention.run", target_type="retention", target_id="",
                           changes=[{"table": "retention", "op": "run", "counts": {
                               "files_anonymised": report.files_anonymised,
                               "household_deleted": report.household_deleted,
                               "scans_deleted": report.scans_deleted,
                               "documents_emptied": report.documents_emptied},
                               "files": [f.file_number for f in files]},
                               {"op": REDACT_OP, "events": redacted}])
        seal(s, event)
        s.add(event)
        s.flush()
        seq = event.seq
    return RunReport(*(getattr(report, f) for f in
                       ("files_anonymised", "household_deleted", "scans_deleted",
                        "documents_emptied", "audit_events_redacted")), seq)


def _anonymise(s, beneficiary_id: str, counts: dict[str, int]) -> set[str]:  # noqa: ANN001
    """Empty one person's personal data; returns the ids of every row about them."""
    rows = gather(s, beneficiary_id)
    person = rows["beneficiaries"][0]
    family = f"({person['file_number']})"
    s.execute(update(Beneficiary).where(Beneficiary.id == beneficiary_id).values(
        first_name=ANON_NAME, family_name=family, name_key=normalize_name(ANON_NAME),
        id_number=f"ANON-{person['seq']}", birth_date=None,
        **{c: "" for c in PERSON_BLANK}))
    tables = Base.metadata.tables
    for name, table_rows in rows.items():
        table = tables.get(name)
        if name in ("beneficiaries", "audit_events", "access_log") or table is None:
            continue
        ids = [r["id"] for r in table_rows if "id" in r]
        if name in DELETED:
            s.execute(delete(table).where(table.c.id.in_(ids)))
            counts["household_deleted" if name == "household_members" else "scans_deleted"] \
                += len(ids)
            continue
        blank = {c: "" for c in FREE_TEXT if c in table.c and not table.c[c].nullable}
        blank |= {c: None for c in FREE_TEXT if c in table.c and table.c[c].nullable}
        if name == "social_studies":
            blank |= STUDY_TEXT
        if name == "issued_documents":
            blank["pdf"] = b""
            counts["documents_emptied"] += len(ids)
        if blank and ids:
            s.execute(update(table).where(table.c.id.in_(ids)).values(**blank))
    return {str(r["id"]) for t in rows.values() for r in t if "id" in r}


def _redact_audit(s, ids: set[str], now: datetime) -> dict[str, str]:  # noqa: ANN001
    """Replace the values of every event about ``ids`` by a skeleton; {seq: hash} of those."""
    out: dict[str, str] = {}
    for ev in s.execute(select(AuditEvent.id, AuditEvent.seq, AuditEvent.hash,
                               AuditEvent.target_id, AuditEvent.changes)
                        .where(AuditEvent.redacted_at.is_(None))):
        changes = ev.changes or []
        hit = ev.target_id in ids or any(isinstance(c, dict) and str(c.get("id")) in ids
                                         for c in changes)
        if not hit:
            continue
        skeleton = [_skeleton(c) for c in changes]
        s.execute(update(AuditEvent).where(AuditEvent.id == ev.id)
                  .values(changes=skeleton, redacted_at=now))
        out[str(ev.seq)] = ev.hash
    return out


#: Columns a retention run rewrites, per table (the rest of a row stays as it was).
def _rewritten(table: str) -> set[str]:
    if table == "beneficiaries":
        return {"first_name", "family_name", "name_key", "id_number", "birth_date",
                *PERSON_BLANK}
    return set(FREE_TEXT) | ({"pdf"} if table == "issued_documents" else set()) | (
        set(STUDY_TEXT) if table == "social_studies" else set())


def _current(s, table_name: str, row_id: str) -> dict[str, object]:  # noqa: ANN001
    """The rewritten columns of one row as they now are, encoded as the log encodes them."""
    table = Base.metadata.tables.get(table_name)
    cut = [c for c in _rewritten(table_name) if table is not None and c in table.c]
    if not cut:
        return {}
    row = s.execute(select(*(table.c[c] for c in cut)).where(table.c.id == row_id)).first()
    if row is None:
        return {}
    return {c: (v.isoformat() if hasattr(v, "isoformat") else "" if v == b"" else v)
            for c, v in zip(cut, row, strict=True)}


def _scrub_sync_log(s, ids: set[str]) -> None:  # noqa: ANN001
    """The branch-exchange log keeps every row's values too: the rows about the people are
    emptied there as well. A change not yet sent carries the emptied values (the other site
    then empties its copy); one already sent is the other site's own retention run's to
    empty (the periods travel with the profile)."""
    for pos, changes in s.execute(select(SyncChange.pos, SyncChange.changes)):
        kept, dirty = [], False
        for c in changes or []:
            key = (c.get("k") or {}).get("id") if isinstance(c, dict) else None
            if key is None or str(key) not in ids:
                kept.append(c)
                continue
            dirty = True
            if c.get("t") in DELETED:
                continue  # deleted rows: their insert goes from the log
            now_values = _current(s, c.get("t", ""), str(key))
            kept.append({**c, **{part: {k: (now_values.get(k) if k in now_values else v)
                                        for k, v in (c.get(part) or {}).items()}
                                 for part in ("v", "b") if part in c}})
        if dirty:
            s.execute(update(SyncChange).where(SyncChange.pos == pos).values(changes=kept))


def _skeleton(change: object) -> object:
    """Which table, row and columns changed — no values."""
    if not isinstance(change, dict):
        return "***"
    columns = sorted(set(change.get("before") or {}) | set(change.get("after") or {}))
    return {"table": change.get("table"), "id": change.get("id"), "op": change.get("op"),
            "columns": columns}
