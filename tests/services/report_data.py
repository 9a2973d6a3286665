"""A small database with counts known by hand, for the management reports (issue 22).

Rows are written straight into the tables (one session, no audit event of its own), so every
date is the one written here. The clock is the suite's Sunday, 22 November 2026; the period is
the fourth quarter of 2026. Working days below skip Friday and Saturday (no holiday in the
quarter: the preset's only autumn holiday is 23 September).

Requests (service S1 = service_request, S2 = support_request), received in Q4 unless noted:

====  ====  ===  ==========  ==========  ==========  ==========  =========  ==============
no.   br.   svc  received    complete    due         decided     status     note
====  ====  ===  ==========  ==========  ==========  ==========  =========  ==============
R1    RYD   S1   2026-10-04  2026-10-05  2026-10-19  2026-10-12  served     5 wd, in time;
                                                                            served 10-20
R2    RYD   S2   2026-10-06  2026-10-06  2026-10-20  2026-10-25  rejected   13 wd, late
R3    RYD   S1   2026-11-01  2026-11-02  2026-11-16              committee  overdue (Sara)
R4    RYD   S2   2026-11-10                                      incomplete
R5    RYD   S1   2026-09-15  2026-09-16  2026-09-30              committee  overdue (Khalid),
                                                                            not received in Q4
R6    RYD   S2   2026-09-01  2026-09-02  2026-09-16  2026-09-10  closed     decided before Q4
J1    JED   S1   2026-10-10  2026-10-11  2026-10-25  2026-10-20  accepted   7 wd, in time
J2    JED   S2   2026-11-15  2026-11-16  2026-11-30              complete   on time
J3    JED   S1   2026-10-12                                      withdrawn
J4    JED   S2   2026-11-18                                      received
J5    JED   S2   2026-10-01  2026-10-01  2026-10-15              committee  overdue (Sara)
J6    JED   S1   2026-10-20                                      referred   at intake
====  ====  ===  ==========  ==========  ==========  ==========  =========  ==============

Received 10 (RYD 4, JED 6; S1 5, S2 5); decided 3, in time 2 (66.7 %), median of 5, 13, 7 =
7 working days (RYD 50 %, median 9; JED 100 %, median 7); served 1; overdue now 3 (RYD 2,
JED 1; Sara 2, Khalid 1).

Complaints: C1 RYD received 10-05 due 10-12 settled 10-11 (closed); C2 RYD 10-07 due 10-14
settled 10-20 (resolved with action, cash 1500.00 paid 10-25); C3 RYD 11-02 due 11-09 under
review (overdue); C4 JED 11-16 due 11-23 received (on time); C5 JED 10-20 due 10-27 settled
10-26 (rejected); C6 JED 09-10 due 09-17 escalated (overdue, received before Q4); C7 JED 10-01
due 10-08 settled 10-08 (resolved with action, in kind 250.50 paid 10-09).
Received 6; resolved 4, in time 3 (75 %); open 3, overdue 2; compensations 2, SAR 1750.50.

Satisfaction: 7 responses in RYD answering 4 to every rating, 3 in JED answering 2: the index
of each question is (3.4 − 1) / 4 × 100 = 60; RYD alone 75; JED (3 < 5) not shown.

Registry: 10 people (RYD 6, JED 4); individual 6 (5 direct, 1 indirect), family 4 (3 + 1);
Riyadh 5, Jeddah 3, no address 2; 7 registered in Q4; review backlog 2 (reviewed 2025-11-22
and 2025-01-01; the period is 12 months).

Activity (audit trail, Q4): Sara 1 registration, 3 requests, 1 document = 5 actions; Khalid 2
complaint actions and 1 decision = 3; one more of Sara's in September and one system entry
not counted: 8 staff actions. Documents issued in Q4: 1 (one more in September).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Session

from desk_app.domain.entities import SYSTEM
from desk_app.services import surveys
from desk_app.storage.complaints_tables import Compensation, Complaint
from desk_app.storage.db import Database
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.requests_tables import Decision, RequestEvent, ServiceRequest
from desk_app.storage.surveys_tables import SurveyCampaign, SurveyResponse
from desk_app.storage.tables import AuditEvent, Beneficiary, Staff

Q4 = (date(2026, 10, 1), date(2026, 12, 31))
S1, S2 = "service_request", "support_request"
SARA, KHALID = "staff-sara", "staff-khalid"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _at(text: str) -> datetime:
    return datetime.combine(date.fromisoformat(text), time(10, 0))


PEOPLE = [  # (branch, category, type, city, created, reviewed)
    ("RYD", "individual", "direct", "الرياض", "2025-03-01", "2025-11-22"),
    ("RYD", "individual", "direct", "الرياض", "2025-03-02", "2025-11-23"),
    ("RYD", "individual", "indirect", "الرياض", "2026-10-02", "2026-10-02"),
    ("RYD", "family", "direct", "الرياض", "2026-10-03", "2026-10-03"),
    ("RYD", "family", "direct", "الرياض", "2026-10-04", "2026-10-04"),
    ("RYD", "individual", "direct", "", "2026-11-05", "2026-11-05"),
    ("JED", "individual", "direct", "جدة", "2025-01-01", "2025-01-01"),
    ("JED", "family", "indirect", "جدة", "2026-10-07", "2026-10-07"),
    ("JED", "family", "direct", "جدة", "2026-11-08", "2026-11-08"),
    ("JED", "individual", "direct", "", "2026-11-09", "2026-11-09"),
]

REQUESTS = [  # number, branch, service, received, complete, due, decided, decision, status, by
    ("R1", "RYD", S1, "2026-10-04", "2026-10-05", "2026-10-19", "2026-10-12", "accepted",
     "served", SARA),
    ("R2", "RYD", S2, "2026-10-06", "2026-10-06", "2026-10-20", "2026-10-25", "rejected",
     "rejected", SARA),
    ("R3", "RYD", S1, "2026-11-01", "2026-11-02", "2026-11-16", None, None, "committee", SARA),
    ("R4", "RYD", S2, "2026-11-10", None, None, None, None, "incomplete", KHALID),
    ("R5", "RYD", S1, "2026-09-15", "2026-09-16", "2026-09-30", None, None, "committee",
     KHALID),
    ("R6", "RYD", S2, "2026-09-01", "2026-09-02", "2026-09-16", "2026-09-10", "accepted",
     "closed", SARA),
    ("J1", "JED", S1, "2026-10-10", "2026-10-11", "2026-10-25", "2026-10-20", "accepted",
     "accepted", KHALID),
    ("J2", "JED", S2, "2026-11-15", "2026-11-16", "2026-11-30", None, None, "complete", SARA),
    ("J3", "JED", S1, "2026-10-12", None, None, None, None, "withdrawn", SARA),
    ("J4", "JED", S2, "2026-11-18", None, None, None, None, "received", KHALID),
    ("J5", "JED", S2, "2026-10-01", "2026-10-01", "2026-10-15", None, None, "committee", SARA),
    ("J6", "JED", S1, "2026-10-20", None, None, None, None, "referred", KHALID),
]

COMPLAINTS = [  # number, branch, received, due, settled, status, compensation
    ("C1", "RYD", "2026-10-05", "2026-10-12", "2026-10-11", "closed", None),
    ("C2", "RYD", "2026-10-07", "2026-10-14", "2026-10-20", "resolved_action",
     ("cash", 150000, "2026-10-25")),
    ("C3", "RYD", "2026-11-02", "2026-11-09", None, "under_review", None),
    ("C4", "JED", "2026-11-16", "2026-11-23", None, "received", None),
    ("C5", "JED", "2026-10-20", "2026-10-27", "2026-10-26", "rejected", None),
    ("C6", "JED", "2026-09-10", "2026-09-17", None, "escalated", None),
    ("C7", "JED", "2026-10-01", "2026-10-08", "2026-10-08", "resolved_action",
     ("in_kind", 25050, "2026-10-09")),
]

ACTIONS = [  # actor, action, day
    (SARA, "beneficiary.create", "2026-10-02"), (SARA, "request.create", "2026-10-04"),
    (SARA, "request.create", "2026-10-06"), (SARA, "request.create", "2026-11-01"),
    (SARA, "document.issue", "2026-10-15"), (KHALID, "complaint.submit", "2026-10-20"),
    (KHALID, "complaint.assign", "2026-10-21"), (KHALID, "request.decide", "2026-10-20"),
    (SARA, "request.create", "2026-09-15"), (None, "demo.generate", "2026-10-05"),
]


def _people(s: Session, now: datetime) -> list[str]:
    ids = []
    for i, (branch, cat, kind, city, created, reviewed) in enumerate(PEOPLE, start=1):
        b = Beneficiary(
            id=f"person-{i}", seq=i, file_number=f"{branch}-{i:06d}", branch_code=branch,
            first_name="محمد", family_name=f"الاختبار{i}", name_key=f"k{i}",
            id_type="passport", id_number=f"P{i:07d}", id_country="EG", nationality="EG",
            gender="male", mobile=f"+96650000{i:04d}", city=city, category_code=cat,
            beneficiary_type=kind, data_reviewed_on=_d(reviewed), created_at=_at(created),
            updated_at=now)
        s.add(b)
        ids.append(b.id)
    return ids


def _requests(s: Session, person: str) -> None:
    for n, branch, svc, rec, done, due, decided, decision, status, by in REQUESTS:
        r = ServiceRequest(id=f"req-{n}", number=n, branch_code=branch, beneficiary_id=person,
                           service_code=svc, channel_code="interview", status=status,
                           received_at=_at(rec), completed_on=_d(done), due_on=_d(due),
                           due_rule="working_days:15" if due else "", created_by=by,
                           updated_at=_at(rec))
        s.add(r)
        s.flush()
        if decided:
            s.add(Decision(request_id=r.id, decision=decision, committee_code="c",
                           decided_on=_d(decided), recorded_at=_at(decided)))
        if status == "served":
            s.add(RequestEvent(request_id=r.id, from_status="accepted", to_status="served",
                               at=_at("2026-10-20")))


def _complaints(s: Session) -> None:
    for n, branch, rec, due, settled, status, comp in COMPLAINTS:
        c = Complaint(id=f"cmp-{n}", number=n, branch_code=branch, submission_key=n,
                      channel_code="phone", category_code="delay", description="—",
                      received_on=_d(rec), status=status, limit_days=5,
                      clock_started_on=_d(rec), due_on=_d(due), settled_on=_d(settled),
                      created_at=_at(rec), updated_at=_at(rec))
        s.add(c)
        s.flush()  # no ORM relationship orders the insert before its compensation
        if comp:
            s.add(Compensation(complaint_id=c.id, kind=comp[0], amount_halalas=comp[1],
                               settled_on=_d(comp[2]), beneficiary_accepted=True,
                               grounds="minutes", recorded_at=_at(comp[2])))


def _surveys(db: Database, s: Session, now: datetime) -> None:
    qid, q = surveys.all_versions(db, "satisfaction")[0]
    camp = SurveyCampaign(id="camp-1", kind="periodic", name_ar="حملة", questionnaire_id=qid,
                          starts_on=date(2026, 10, 1), created_at=now)
    s.add(camp)
    for i in range(10):
        rating = 4 if i < 7 else 2
        s.add(SurveyResponse(campaign_id=camp.id, questionnaire_id=qid, mode="paper",
                             branch_code="RYD" if i < 7 else "JED", service_code=S1,
                             answered_on=date(2026, 10, 10 + i),
                             answers={code: rating for code in q.rating_codes()}))


def _activity(s: Session) -> None:
    for actor, action, day in ACTIONS:
        s.add(AuditEvent(at=_at(day), actor_id=actor, actor_name=actor or "system",
                         action=action, changes=[]))
    for serial, kind, day in (("D1", "receipt", "2026-10-15"), ("D2", "declaration",
                                                                "2026-09-01")):
        s.add(ArchivedDocument(serial=serial, kind=kind, code=serial + "XXXXXXX"[:9],
                               content_digest="0", sha256="0", pdf=b"%PDF", issued_at=_at(day),
                               issued_by=SARA, issued_by_name="سارة الموظفة"))


def fill(db: Database) -> None:
    """Write the rows above into an initialised database (preset althikr_alhakeem)."""
    now = db.clock()
    with Session(db.write_engine) as s, s.begin():
        s.add(Staff(id=SARA, username="sara", full_name="سارة الموظفة", role="reception",
                    password_hash="x", created_at=now))
        s.add(Staff(id=KHALID, username="khalid", full_name="خالد الموظف", role="committee",
                    password_hash="x", created_at=now))
        people = _people(s, now)
        s.flush()
        _requests(s, people[0])
        _complaints(s)
        _activity(s)
    surveys.ensure_defaults(db, SYSTEM)  # audited as the system: not a staff member's action
    with Session(db.write_engine) as s, s.begin():
        _surveys(db, s, now)
