"""Everything the association holds about one person, for their access request: every row of
every table that points at them (following foreign keys down from the beneficiary, and the
few references kept without one: issued documents, the access log, the audit trail), written
as an Arabic PDF (archived, with its verification code), an Excel workbook and a JSON file.
Scans and archived PDFs are listed (name, size), not copied. The export is in the access log."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import Table, or_, select

from desk_app.documents.model import Verification
from desk_app.documents.subject_export import TITLE, SubjectExportData, render_subject_export
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.domain.subject_data import column_ar, table_ar
from desk_app.domain.surveys import RATING_MAX, Questionnaire
from desk_app.services import documents, subject_words
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import org_header
from desk_app.services.permissions import require
from desk_app.services.safe_export import append_row
from desk_app.storage import access_log
from desk_app.storage.db import Database
from desk_app.storage.schema import Base
from desk_app.storage.surveys_tables import SurveyQuestionnaire
from desk_app.storage.tables import AuditEvent, Staff

ROOT = "beneficiaries"
# References kept without a foreign key (their rows outlive what they point at).
SOFT_LINKS: dict[str, dict[str, str]] = {
    "issued_documents": {"beneficiary_id": ROOT, "request_id": "service_requests",
                         "complaint_id": "complaints"},
    "access_log": {"beneficiary_id": ROOT},
}


def _links(table: Table) -> list[tuple[str, str, str]]:
    """(column, table it points at, column there) for every reference of ``table``."""
    hard = [(c.name, fk.column.table.name, fk.column.name)
            for c in table.columns for fk in c.foreign_keys]
    return hard + [(col, target, "id") for col, target in SOFT_LINKS.get(table.name, {}).items()]


def _key(table: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[c.name] for c in table.primary_key.columns)


def gather(session, beneficiary_id: str) -> dict[str, list[dict[str, Any]]]:  # noqa: ANN001
    """Table name → rows (column → value) about the person, the person first."""
    tables = Base.metadata.tables
    root = tables[ROOT]
    found: dict[str, list[dict[str, Any]]] = {ROOT: _rows(session, root,
                                                          root.c.id == beneficiary_id)}
    grew = True
    while grew:  # down the references until no table adds a row
        grew = False
        for table in Base.metadata.sorted_tables:
            conditions = []
            for col, target, target_col in _links(table):
                values = {r[target_col] for r in found.get(target, ())} - {None}
                if values:
                    conditions.append(table.c[col].in_(values))
            if not conditions or table.name == ROOT:
                continue
            rows = _rows(session, table, or_(*conditions))
            known = {_key(table, r) for r in found.get(table.name, ())}
            if {_key(table, r) for r in rows} - known:
                found[table.name], grew = rows, True
    every_id = {str(r["id"]) for rows in found.values() for r in rows if "id" in r}
    events = _rows(session, AuditEvent.__table__, AuditEvent.target_id.in_(every_id))
    if events:
        found["audit_events"] = events
    return found


def _rows(session, table: Table, condition) -> list[dict[str, Any]]:  # noqa: ANN001
    order = [table.c[c] for c in ("seq", "created_at", "at") if c in table.c][:1] + \
        list(table.primary_key.columns)
    return [dict(m) for m in session.execute(select(table).where(condition).order_by(*order))
            .mappings()]


def plain(value: Any) -> Any:
    """A value as exported: dates in ISO form, file contents as their size only."""
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclasses.dataclass(frozen=True)
class SubjectExport:
    tables: dict[str, list[dict[str, Any]]]
    pdf_path: Path
    xlsx_path: Path
    json_path: Path
    code: str  # the archived PDF's verification code

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def export(db: Database, actor: Actor, beneficiary_id: str, folder: Path) -> SubjectExport:
    """Write the three files into ``folder`` (the access log names the person and the staff
    member; the audit trail records the export)."""
    require(db, actor, "subject_request.export", beneficiary_id=beneficiary_id,
            target=("beneficiary", beneficiary_id))
    access_log.flush(db)  # the looks still queued (written in batches) are part of what we hold
    with db.read() as s:
        tables = gather(s, beneficiary_id)
    if not tables[ROOT]:
        raise KeyError(beneficiary_id)
    person = tables[ROOT][0]
    stem = f"{person['file_number']}-{db.clock():%Y%m%d-%H%M%S}"
    folder.mkdir(parents=True, exist_ok=True)
    json_path, xlsx_path = folder / f"{stem}.json", folder / f"{stem}.xlsx"
    json_path.write_text(json.dumps(
        {"file_number": person["file_number"], "generated_at": db.clock().isoformat(),
         "tables": {t: [{k: plain(v) for k, v in r.items()} for r in rows]
                    for t, rows in tables.items()}},
        ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    _workbook(tables).save(xlsx_path)
    doc = _issue_pdf(db, actor, beneficiary_id, person, tables)
    pdf_path = folder / f"{stem}.pdf"
    pdf_path.write_bytes(doc.pdf or b"")
    with db.action(actor, "subject_request.export", "beneficiary", beneficiary_id) as s:
        s.info["audit_always"] = True  # what was handed over, and when, is on record
    return SubjectExport(tables, pdf_path, xlsx_path, json_path, doc.code)


def _workbook(tables: dict[str, list[dict[str, Any]]]) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    for name, rows in tables.items():
        sheet = book.create_sheet(table_ar(name)[:31])
        sheet.sheet_view.rightToLeft = True
        columns = list(rows[0]) if rows else []
        append_row(sheet, [column_ar(c) for c in columns])
        for row in rows:
            append_row(sheet, [_cell(row[c]) for c in columns])
    return book


def _cell(value: Any) -> Any:
    value = plain(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _issue_pdf(db: Database, actor: Actor, beneficiary_id: str, person: dict[str, Any],
               tables: dict[str, list[dict[str, Any]]]) -> documents.IssuedDocument:
    name = " ".join(p for p in (person["first_name"], person["father_name"],
                                person["grandfather_name"], person["family_name"]) if p)
    profile = profile_service.current(db)
    with db.read() as s:
        reader = subject_words.Reader(_profile_names(profile), _labels(s, tables))
        if "survey_responses" in tables:
            tables = {**tables, "survey_responses": _answers_in_words(s, tables)}
    sections = [(table_ar(t), [reader.fields(t, r) for r in rows]) for t, rows in tables.items()]
    data = SubjectExportData(org_header(profile), Verification("", ""),
                             name, person["file_number"], format_dual(db.clock().date()),
                             sections)
    return documents.issue(
        db, actor, "subject_export",
        lambda v: render_subject_export(dataclasses.replace(data, verification=v)),
        number=person["file_number"], title=TITLE, subject_name=name,
        beneficiary_id=beneficiary_id)


# The number a person knows a row by, per table (the rest use their "number" column).
_LABEL_COLUMN = {ROOT: "file_number", "issued_documents": "serial"}
# Columns holding a staff member's key: printed as the member's name.
_STAFF_COLUMNS = ("actor_id", "created_by", "issued_by", "assignee_id", "passed_to_id",
                  "answered_by", "verified_by", "decided_by", "added_by", "merged_by",
                  "resolved_by", "researcher_id")


def _labels(session, tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:  # noqa: ANN001
    """Internal key → what a person reads for it: a file, request, complaint or document
    number, or a staff member's name."""
    labels = {}
    staff_ids = set()
    for table, rows in tables.items():
        column = _LABEL_COLUMN.get(table, "number")
        for row in rows:
            if row.get(column) and row.get("id"):
                labels[str(row["id"])] = str(row[column])
            staff_ids.update(str(row[c]) for c in _STAFF_COLUMNS if row.get(c))
    if staff_ids:
        labels.update((str(i), n) for i, n in session.execute(
            select(Staff.id, Staff.full_name).where(Staff.id.in_(staff_ids))))
    return labels


def _answers_in_words(session, tables: dict[str, list[dict[str, Any]]]) -> list[dict]:  # noqa: ANN001
    """Survey responses with each answer under its question's text, in the choice's words
    (the answers are kept by question and choice code)."""
    rows = tables["survey_responses"]
    ids = {r["questionnaire_id"] for r in rows}
    forms = {i: Questionnaire.from_dict(d) for i, d in session.execute(
        select(SurveyQuestionnaire.id, SurveyQuestionnaire.data)
        .where(SurveyQuestionnaire.id.in_(ids)))} if ids else {}
    return [{**r, "answers": _answers(forms.get(r["questionnaire_id"]), r["answers"] or {})}
            for r in rows]


def _answers(form: Questionnaire | None, answers: dict[str, Any]) -> dict[str, Any]:
    if form is None:
        return answers
    out = {}
    for q in form.questions:
        if q.code not in answers:
            continue
        value = answers[q.code]
        if q.kind == "rating" and isinstance(value, int):
            value = f"{value} من {RATING_MAX}"
        elif q.kind in ("single", "multiple"):
            codes = value if isinstance(value, list) else [value]
            texts = [q.choice(c).text_ar if c in {x.code for x in q.choices} else c
                     for c in codes]
            value = texts if isinstance(value, list) else texts[0]
        out[q.text_ar or q.code] = value
    return out


def _profile_names(profile) -> dict[str, dict[str, str]]:  # noqa: ANN001
    """The profile's own codes (category, channel, service, committee…) → their Arabic names."""
    if profile is None:
        return {}

    def named(items) -> dict[str, str]:  # noqa: ANN001
        return {i.code: i.name_ar for i in items}

    channels = named(profile.channels)
    return {"category_code": named(profile.categories), "channel_code": channels,
            "contact_channel_code": channels, "agreed_channel_code": channels,
            "service_code": named(profile.services),
            "committee_code": named(profile.committees),
            "document_code": named(d for s in profile.services for d in s.documents),
            "programme_code": named(profile.aid.programmes),
            "complaints.category_code": named(profile.complaint_categories)}
