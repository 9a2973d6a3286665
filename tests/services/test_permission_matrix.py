"""The whole permission matrix, walked through the real services: every action × every role.

The expected table is written out here by hand from the policies (shared seeds 000 §6, 003 §5-4,
§6-2, §6-5) — not generated from ``domain/permissions.py``, which it checks. Each action is
called through the service function people reach it by; "allowed" means the service did not
refuse on permission (it may still refuse the input or the state, which is checked after), and
"refused" means ``PermissionDenied`` and an access-log entry naming the account.
"""

from __future__ import annotations

import itertools
from datetime import date, time

import pytest
from sqlalchemy import select

from desk_app.domain import complaints as crules
from desk_app.domain import permissions as perm
from desk_app.domain.aid import AidForm
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.organisations import OrganisationForm
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.requests import IntakeForm
from desk_app.services import (
    access,
    aid,
    breaches,
    contacts,
    documents,
    duplicates,
    meeting_views,
    meetings,
    messaging_settings,
    officers,
    online_arrivals,
    online_import,
    organisations,
    outbox,
    partner_views,
    partners,
    permissions,
    policy,
    processing_record,
    reach,
    registry,
    reports,
    request_views,
    retention,
    review,
    staff,
    studies,
    subject_export,
    survey_export,
    surveys,
    sync,
    sync_conflicts,
)
from desk_app.services import complaints as complaint_svc
from desk_app.services import document_builders as builders
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services import subject_requests as dsr
from desk_app.services import survey_results as results
from desk_app.storage import access_log
from desk_app.storage.access_tables import AccessEntry

ROLES = ("admin", "reception", "researcher", "committee", "manager")

# x: allowed, .: refused. Columns: admin, reception, researcher, committee, manager.
MATRIX = """
beneficiary.open            x x x x x
beneficiary.register        x x x . .
beneficiary.update          x x x . .
beneficiary.confirm_review  x x x . .
beneficiary.log_contact     x x x . .
duplicates.review           x . . . x
beneficiary.merge           x . . . x
request.create              x x x . .
request.attach_scan         x x x . .
scan.view                   x x x x x
request.verify_document     x . x . .
request.send_to_committee   x . x . .
request.decide              x . . x .
request.refer               x x x . x
request.study               x . x . .
study.view                  x . x x x
request.withdraw            x x x . .
request.record_notification x x x . .
request.mark_served         x x x . .
request.close               x . x . x
document.print              x x x x x
document.reprint            x x x x x
document.verify             x x x x x
complaint.file              x x x x x
complaint.handle            x . . x x
complaint.investigate       x . . x x
complaint.compensate        x . . x x
survey.respond              x x x x x
survey.edit                 x . . . x
survey.results              x . x x x
report.view                 x . . . x
report.export               x . . . x
profile.edit                x . . . .
staff.manage                x . . . .
permissions.edit            x . . . .
audit.view                  x . . . .
policy.acknowledge          x x x x x
policy.follow_up            x . . . x
enquiry.follow_up           x . . . x
enquiry.answer              x x x x x
outbox.view                 x x x . x
outbox.queue                x x x . x
outbox.send                 x x x . x
outbox.settings             x . . . .
sync.run                    x . . . x
sync.setup                  x . . . .
sync.resolve                x . . . x
subject_request.record      x x x . x
subject_request.close       x . . . x
subject_request.export      x . . . x
arrivals.import             x x x . x
arrivals.review             x x x . .
officers.assign             x . . . .
officers.queue              x x x x x
breach.record               x . . . x
breach.view                 x . . . x
organisation.register       x x x . .
partner.view                x x x x x
partner.request             x x x . .
partner.study               x . x . .
partner.decide              x . . x .
partner.agreement           x . . . x
partner.reports             x . x . x
partner.evaluate            x . . . x
reach.record                x . . . x
retention.run               x . . . .
processing.record           x . . . .
meeting.hold                x . . x .
meeting.approve             x . . x .
"""
# Checked where they are reached (the command line's sign-in, tests/end_to_end/test_cli_auth.py):
# the importer and backup services take no acting user yet.
CLI_ONLY = {"import.beneficiaries": "x . . . x", "backup.create": "x . . . x",
            "backup.restore": "x . . . ."}

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def expected() -> dict[tuple[str, str], bool]:
    table = {}
    for line in MATRIX.strip().splitlines():
        action, *marks = line.split()
        table.update({(role, action): m == "x" for role, m in zip(ROLES, marks, strict=True)})
    return table


class World:
    """One database with a person, a request with a scan, a document, a complaint, a campaign
    and one account per role."""

    def __init__(self, db, admin, tmp_path):
        self.db, self.admin, self.tmp = db, admin, tmp_path
        self.profile = profile_service.current(db)
        self.ids = itertools.count(1)
        self.person = registry.register(db, admin, self.form(), branch_code="RYD").id
        form = IntakeForm(self.person, "service_request", "phone", "طلب مساعدة", True, True, agreed_channel_code="phone")
        self.request = svc.create(db, admin, form, branch_code="RYD", profile=self.profile).id
        scan = tmp_path / "id.pdf"
        scan.write_bytes(PDF)
        detail = svc.attach_scan(db, admin, self.request, "national_id", scan)
        self.scan = detail.checklist[0].scans[0].id
        self.scan_path = scan
        self.doc = builders.issue_receipt(db, admin, self.request)
        self.complaint = self.file(admin).id
        self.campaign = surveys.create_campaign(db, admin, kind="periodic", name_ar="دورية",
                                                starts_on=date(2026, 1, 1)).id
        self.other = staff.create(db, admin, "spare", "spare-pass-2026", "حساب آخر", "reception")
        self.actors = {"admin": admin} | {
            role: staff.create(db, admin, f"{role}1", f"{role}-pass-2026", f"موظف {role}", role)
            for role in ROLES[1:]}

    def form(self) -> BeneficiaryForm:
        n = next(self.ids)
        return BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                               family_name=f"القحطاني{'ي' * n}", gender="female",
                               id_number=make_saudi_id(1, f"{44556600 + n}"),
                               birth_date="01/01/1990", mobile=f"05511{n:05d}")

    def file(self, actor):
        form = crules.ComplaintForm(channel_code="fax", category_code="delay",
                                    description="تأخر الرد", anonymous=True,
                                    submission_key=f"k{next(self.ids)}")
        return complaint_svc.submit(self.db, actor, form, self.profile, branch_code="RYD")


def calls(w: World) -> dict:
    db, p, rid, today = w.db, w.profile, w.request, date(2026, 11, 22)
    return {
        "beneficiary.open": lambda a: registry.open_file(db, a, w.person),
        "beneficiary.register": lambda a: registry.register(db, a, w.form(), branch_code="RYD"),
        "beneficiary.update": lambda a: registry.update(db, a, w.person, w.form(),
                                                        expected_version=-1),
        "beneficiary.confirm_review": lambda a: review.confirm_current(db, a, w.person),
        "beneficiary.log_contact": lambda a: svc.log_contact(
            db, a, w.person, channel_code="phone", kind="call", summary="سؤال", profile=p),
        "duplicates.review": lambda a: duplicates.pairs(db, a),
        "beneficiary.merge": lambda a: duplicates.merge(db, w.person, w.person, a),
        "request.create": lambda a: svc.create(
            db, a, IntakeForm(w.person, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone"),
            branch_code="RYD", profile=p),
        "request.attach_scan": lambda a: svc.attach_scan(db, a, rid, "national_id", w.scan_path),
        "scan.view": lambda a: request_views.scan_content(db, a, w.scan),
        "request.verify_document": lambda a: svc.verify_document(
            db, a, rid, "national_id", seen=True, matches=True, profile=p),
        "request.send_to_committee": lambda a: svc.send_to_committee(db, a, rid, profile=p),
        "request.decide": lambda a: svc.decide(db, a, rid, decision="accepted", reason="",
                                               committee_code="competent", decided_on=today,
                                               profile=p),
        "request.refer": lambda a: svc.refer(db, a, rid, kind="department", target_name="x",
                                             reason="y"),
        "request.study": lambda a: svc.end_study(db, a, rid, outcome="", note="", profile=p),
        "study.view": lambda a: studies.get(db, a, rid),
        "request.withdraw": lambda a: svc.withdraw(db, a, rid, ""),
        "request.record_notification": lambda a: svc.record_notification(
            db, a, rid, channel_code="phone", text="", sent_on=today, profile=p),
        "request.mark_served": lambda a: aid.record(db, a, rid, AidForm(), profile=p),
        "request.close": lambda a: svc.close(db, a, "no-such-request"),
        "document.print": lambda a: builders.issue_receipt(db, a, rid),
        "document.reprint": lambda a: documents.reprint(db, a, w.doc.id),
        "document.verify": lambda a: documents.verify(db, a, w.doc.code),
        "complaint.file": lambda a: w.file(a),
        "complaint.handle": lambda a: complaint_svc.start_review(db, a, w.complaint),
        "complaint.investigate": lambda a: complaint_svc.record_ruling(
            db, a, w.complaint, crules.RulingForm()),
        "complaint.compensate": lambda a: complaint_svc.settle_compensation(
            db, a, w.complaint, crules.CompensationForm()),
        "survey.respond": lambda a: surveys.record_invitation(db, a, w.campaign, w.person),
        "survey.edit": lambda a: surveys.set_open(db, a, w.campaign, True),
        "survey.results": lambda a: results.report(db, a, results.ResultsQuery()),
        "report.view": lambda a: reports.build(db, a, reports.ReportQuery(
            "registry", date(2026, 11, 1), today), p),
        "report.export": lambda a: survey_export.write_xlsx(
            db, a, results.report(db, w.admin, results.ResultsQuery()), w.tmp / "r.xlsx"),
        "profile.edit": lambda a: profile_service.save(db, a, p, "matrix"),
        "staff.manage": lambda a: staff.set_active(db, a, w.other.id, True),
        "permissions.edit": lambda a: permissions.save(db, a, set(permissions.current(db).grants)),
        "audit.view": lambda a: access.who_looked(db, a, w.person),
        "policy.acknowledge": lambda a: policy.acknowledge(db, a, 1, "not-the-text"),
        "policy.follow_up": lambda a: policy.acknowledgements(db, a),
        "enquiry.follow_up": lambda a: contacts.day_list(db, a, today),
        "enquiry.answer": lambda a: contacts.answer(db, a, "no-such-contact", "أجيب"),
        "outbox.view": lambda a: outbox.listing(db, a),
        "outbox.queue": lambda a: outbox.queue_for_request(db, a, rid, "request_received",
                                                           channel="sms", profile=p),
        "outbox.send": lambda a: outbox.send_now(db, a, {}),
        "outbox.settings": lambda a: messaging_settings.for_editing(db, a),
        "sync.run": lambda a: sync.export_file(db, a, "NOPE"),
        "sync.setup": lambda a: sync.become_head(db, a),
        "sync.resolve": lambda a: sync_conflicts.open_conflicts(db, a),
        "subject_request.record": lambda a: dsr.register(db, a),
        "subject_request.close": lambda a: dsr.answer(db, a, "no-such-request", "granted", ""),
        "subject_request.export": lambda a: subject_export.export(db, a, w.person, w.tmp / "x"),
        "arrivals.import": lambda a: online_import.import_file(db, a, w.tmp / "none.csv", p),
        "arrivals.review": lambda a: online_arrivals.listing(db, a),
        "officers.assign": lambda a: officers.assign(db, a, "category", "family", "", p),
        "officers.queue": lambda a: officers.queue(db, a, a.id),
        "breach.record": lambda a: breaches.record_notification(db, a, "none", "", "gregorian",
                                                                time(9), "", ""),
        "breach.view": lambda a: breaches.register(db, a),
        # seed 003's partner steps (this association's profile has none: refused after the
        # permission check, which is what is walked here)
        "organisation.register": lambda a: organisations.register(db, a, OrganisationForm()),
        "partner.view": lambda a: partner_views.overdue_reports(db, a, today),
        "partner.request": lambda a: partners.submit_request(
            db, a, p, organisation_id="x", service_code="x", expected_beneficiaries=1,
            goals="x"),
        "partner.study": lambda a: partners.record_study(db, a, p, "x", criteria={}, impact=1,
                                                         regional_need=1),
        "partner.decide": lambda a: partners.decide(db, a, p, "x", approve=True, note="x"),
        "partner.agreement": lambda a: partners.record_agreement(
            db, a, p, "x", starts_on=None, ends_on=None, our_duties="", partner_duties=""),
        "partner.reports": lambda a: partners.receive_report(db, a, p, "x", reached=1),
        "partner.evaluate": lambda a: partners.evaluate(db, a, p, "x", rating=1, text="x"),
        "reach.record": lambda a: reach.record(db, a, p, channel_code="x", content_item="",
                                               period_start=None, period_end=None, reached=0),
        "retention.run": lambda a: retention.plan(db, a),
        "processing.record": lambda a: processing_record.issue(db, a),
        "meeting.hold": lambda a: meeting_views.agenda(db, a, p, today),
        "meeting.approve": lambda a: meetings.approve_minutes(db, "none", a.id, "x", p),
    }


def outcome(call, actor) -> bool:
    """True when the service let the role through (whatever it then said of the input)."""
    try:
        call(actor)
    except PermissionDenied:
        return False
    except Exception:  # noqa: BLE001 - refused input or state comes after the permission check
        return True
    return True


def refusals(db) -> list[tuple[str, str]]:
    access_log.flush(db)
    with db.read() as s:
        rows = s.execute(select(AccessEntry.actor_name, AccessEntry.action)
                         .where(AccessEntry.allowed.is_(False))).all()
    return sorted((r[0], r[1]) for r in rows)


def test_every_action_for_every_role_as_written(desk_db, desk_admin, tmp_path):
    w = World(desk_db, desk_admin, tmp_path)
    table, walk = expected(), calls(w)
    assert set(walk) | set(CLI_ONLY) == perm.CODES  # no action left out of the walk
    got = {(role, action): outcome(call, w.actors[role])
           for action, call in walk.items() for role in ROLES}
    wrong = sorted(k for k in table if got[k] != table[k])
    assert wrong == [], f"(role, action) where the service disagrees with the table: {wrong}"
    refused = sorted((w.actors[r].username, a) for (r, a), ok in table.items() if not ok)
    assert refusals(desk_db) == refused  # each refusal is in the access log, and only those


def test_defaults_agree_with_the_written_table_including_command_line_actions():
    defaults = perm.defaults()
    table = expected() | {(role, action): m == "x" for action, marks in CLI_ONLY.items()
                          for role, m in zip(ROLES, marks.split(), strict=True)}
    assert {k for k, ok in table.items() if ok} == {
        (r, a) for r in ROLES for a in perm.CODES if defaults.allows(r, a)}


def test_administrator_narrows_reception_and_keeps_the_locked_grants(desk_db, desk_admin,
                                                                       tmp_path):
    w = World(desk_db, desk_admin, tmp_path)
    reception = w.actors["reception"]
    assert request_views.scan_content(desk_db, reception, w.scan)[1] == PDF
    grants = set(permissions.current(desk_db).grants) - {("reception", "scan.view"),
                                                        ("admin", "staff.manage")}
    assert permissions.save(desk_db, desk_admin, grants, "scans: researchers only") == 1
    with pytest.raises(PermissionDenied) as refused:
        request_views.scan_content(desk_db, reception, w.scan)
    assert (refused.value.action, refused.value.role) == ("scan.view", "reception")
    staff.set_active(desk_db, desk_admin, w.other.id, False)  # staff.manage cannot be taken away
    assert permissions.current(desk_db).version == 1
    with pytest.raises(PermissionDenied):
        permissions.save(desk_db, reception, grants)
