"""Data-subject requests: the 30-day clock (from the test clock), the identity check before the
answer, and "everything we hold about this person" — checked against every table that reaches
the person through its foreign keys (joined upwards here, table by table)."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desk_app.domain.calendar import format_day
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.subject_requests import SubjectRequestForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import access, demo, demo_requests, registry, staff, subject_export
from desk_app.services import subject_requests as dsr
from desk_app.services.document_builders import issue_receipt
from desk_app.storage import access_log
from desk_app.storage.access_tables import AccessEntry
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.schema import Base
from desk_app.storage.tables import AuditEvent


def test_thirty_day_clock_identity_check_and_answer(db, admin, clock):
    bid = _person(db, admin)
    clerk = staff.create(db, admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    with pytest.raises(ValidationFailed) as bad:
        dsr.record(db, clerk, SubjectRequestForm("access", " ", "23/11/2026"))
    assert {(e.field, e.code) for e in bad.value.errors} == {("requester_name", "required"),
                                                            ("received", "in_future")}
    row = dsr.record(db, clerk, SubjectRequestForm("correction", "فاطمة الزهراني",
                                                   "15/05/1448", "hijri", bid, "تصحيح الجوال"))
    # 15 Jumada I 1448 = 26 Oct 2026; 30 days later; the clock reads Sunday 22 Nov 2026
    assert (row.number, row.received_on, row.due_on, row.days_left) == (
        "DSR-2026-0001", date(2026, 10, 26), date(2026, 11, 25), 3)
    manager = staff.create(db, admin, "fahad", "manager-pass-2026", "فهد", "manager",
                           must_change=False)
    with pytest.raises(ValidationFailed) as bad:
        dsr.answer(db, manager, row.id, "granted", "")
    assert bad.value.errors[0].code == "identity_not_checked"
    with pytest.raises(PermissionDenied):
        dsr.answer(db, clerk, row.id, "granted", "")
    clock.now = datetime(2026, 11, 26, 10, 0)
    assert dsr.register(db, clerk)[0].overdue  # a day past the 30
    dsr.check_identity(db, clerk, row.id, "national_id")
    with pytest.raises(ValidationFailed):  # a refusal gives its reason
        dsr.answer(db, manager, row.id, "refused", "")
    done = dsr.answer(db, manager, row.id, "granted", "صُحح رقم الجوال")
    assert (done.status, done.closed_on, done.overdue) == ("answered", date(2026, 11, 26), False)
    with pytest.raises(ValidationFailed):
        dsr.answer(db, manager, row.id, "granted", "")


def _person(db, admin) -> str:
    from desk_app.domain.beneficiary import BeneficiaryForm
    from desk_app.domain.identifiers import make_saudi_id

    form = BeneficiaryForm(first_name="فاطمة", father_name="عبدالله", grandfather_name="مصطفى",
                           family_name="الزهراني", gender="female",
                           id_number=make_saudi_id(1, "23456789"), birth_date="01/01/1990",
                           mobile="0551234567")
    return registry.register(db, admin, form, branch_code="HQ").id


def _upward_paths(table, seen=()):  # noqa: ANN001, ANN202
    """Every chain of foreign keys from ``table`` up to the beneficiaries."""
    if table.name == "beneficiaries":
        return [[]]
    paths = []
    for fk in table.foreign_keys:
        parent = fk.column.table
        if parent.name in seen:
            continue
        for rest in _upward_paths(parent, (*seen, table.name)):
            paths.append([(fk.parent, fk.column), *rest])
    return paths


def _expected_ids(session, bid) -> dict[str, set[str]]:  # noqa: ANN001
    out: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        for path in _upward_paths(table):
            stmt = select(*table.primary_key.columns).select_from(table)
            for child, parent in path:
                stmt = stmt.join(parent.table, child == parent)
            last = path[-1][1] if path else table.c.id
            ids = {tuple(map(str, r)) for r in session.execute(stmt.where(last == bid))}
            if ids:
                out.setdefault(table.name, set()).update(ids)
    return out


def test_export_of_a_demo_person_holds_every_row_about_them(db, admin, tmp_path, clock):
    demo.generate(db, beneficiaries=40, seed=11, progress=None)
    demo_requests.generate_requests(db, seed=11, per_beneficiary=1.5)  # as `desk-app demo`
    with db.read() as s:  # the person with the most requests
        bid = s.execute(select(ServiceRequest.beneficiary_id,
                               func.count()).group_by(ServiceRequest.beneficiary_id)
                        .order_by(func.count().desc()).limit(1)).first()[0]
        request_id = s.scalar(select(ServiceRequest.id)
                              .where(ServiceRequest.beneficiary_id == bid).limit(1))
    registry.open_file(db, admin, bid)  # a look: the access log holds it
    receipt = issue_receipt(db, admin, request_id)  # an archived document about them
    dsr.record(db, admin, SubjectRequestForm("access", "صاحب الملف", "22/11/2026",
                                             beneficiary_id=bid))
    with db.read() as s:
        expected = _expected_ids(s, bid)
    assert {"service_requests", "request_events", "subject_requests"} <= set(expected)
    manager = staff.create(db, admin, "fahad", "manager-pass-2026", "فهد", "manager",
                           must_change=False)
    out = subject_export.export(db, manager, bid, tmp_path / "export")
    tables = Base.metadata.tables
    got = {t: {tuple(str(r[c.name]) for c in tables[t].primary_key.columns) for r in rows}
           for t, rows in out.tables.items()}
    for table, ids in expected.items():
        assert ids <= got.get(table, set()), f"{table}: rows about the person left out"
    assert (receipt.id,) in got["issued_documents"] and got["access_log"]
    assert got["audit_events"]  # what was changed about them, with before/after values
    # no row of anyone else: every person row is this person
    assert got["beneficiaries"] == {(bid,)}
    data = json.loads(out.json_path.read_text("utf-8"))
    assert {t: {tuple(str(r[c.name]) for c in tables[t].primary_key.columns) for r in rows}
            for t, rows in data["tables"].items()} == got
    book = load_workbook(out.xlsx_path)
    assert book["طلبات الخدمة"].max_row == len(got["service_requests"]) + 1
    assert book["بيانات المستفيد"]["A1"].value == "المعرّف"
    text = subprocess.run(["pdftotext", "-layout", str(out.pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    person = out.tables["beneficiaries"][0]
    for word in ("كل ما تحفظه الجمعية من بيانات عن الشخص", person["file_number"],
                 person["family_name"], "سجل الاطلاع على الملف", "طلبات الخدمة", out.code):
        assert word in text, word
    # stored codes are printed as the words the registry shows (a person cannot read «female»)
    gender = {"male": "ذكر", "female": "أنثى"}[person["gender"]]
    assert gender in text and ("الهوية الوطنية" in text or "الإقامة" in text)
    assert "فتح ملف مستفيد" in text  # the access log's look, as the permission matrix names it
    for code in (person["gender"], "gregorian", "direct", "first_name", person["category_code"],
                 person["contact_channel_code"], "beneficiary.open", "beneficiary"):
        assert not re.search(rf"\b{code}\b", text), code
    # no stored code anywhere (statuses, kinds, committees, rules): only the staff's user names
    words = set(re.findall(r"\b[a-z][a-z_:.0-9]{2,}\b", re.sub(r"\S+@\S+", "", text)))
    assert words <= {"admin", "fahad"}  # (an e-mail address is the person's own data)
    # no internal key or ISO timestamp: the numbers and names they stand for, both calendars
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d\d-\d\d", text)
    bare = re.sub(r"[\u202a-\u202e\u200e\u200f\s]", "", text)  # direction marks, spaces moved
    assert re.sub(r"\s", "", format_day(person["birth_date"])) in bare
    assert "مدير النظام" in text  # the staff member who looked, by name
    request_number = next(r["number"] for r in out.tables["service_requests"]
                          if r["id"] == request_id)
    assert bare.count(request_number) >= 3  # the request, its events, its receipt
    # a kind of record the person has none of is not listed with a "(0)"
    assert not re.search(r"\)\(0(?!\d)|\(0\)", bare)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(out.pdf_path),
                    "/tmp/govern-subject-export"], check=True)
    access_log.flush(db)
    looks = access.who_looked(db, admin, bid)
    assert any(x.action == "subject_request.export" and x.username == "fahad" for x in looks)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "subject_request.export")) == 1
        assert s.scalar(select(func.count()).select_from(AccessEntry).where(
            AccessEntry.action == "subject_request.export",
            AccessEntry.beneficiary_id == bid)) == 1
    clerk = staff.create(db, admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    with pytest.raises(PermissionDenied):
        subject_export.export(db, clerk, bid, tmp_path / "no")
    assert not (tmp_path / "no").exists()
    assert timedelta(0) <= clock.now - datetime(2026, 11, 22) < timedelta(days=1)
