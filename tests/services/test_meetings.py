"""Committee meetings (issue 20): the agenda of requests before the committee, filtered by service,
branch and days waiting; a meeting without its quorum decides nothing; the decisions of a meeting
are written all or none, through the request's own decision; the minutes are approved by the
members' own passwords (a wrong one refused) and read back from the archived PDF in order."""

from __future__ import annotations

import os
from datetime import timedelta
from itertools import count

import pytest
from sqlalchemy import func, select, update

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.calendar import format_dual
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.meetings import ItemDecision, MeetingForm
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import (
    installation,
    meeting_minutes,
    meeting_views,
    meetings,
    outbox,
    registry,
    staff,
)
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.db import Database
from desk_app.storage.meetings_tables import Meeting
from desk_app.storage.messaging_tables import OutboxMessage
from desk_app.storage.requests_tables import Decision, RequestEvent, ServiceRequest
from desk_app.storage.tables import AuditEvent
from tests.clocks import INSTANTS, FixedClock
from tests.conftest import ENGINES
from tests.documents.pdftext import assert_words_in_order, requires_pdftotext, text_of

NAMES = (("سارة", "علي", "الدوسري"), ("خالد", "فهد", "العتيبي"), ("منيرة", "سعد", "الشهري"),
         ("عبدالله", "ماجد", "الغامدي"))
PEOPLE = (("huda", "هدى", "reception"), ("amal", "أمل", "researcher"),
          ("fahd", "فهد الزهراني", "committee"), ("noura", "نورة الحربي", "committee"),
          ("saad", "سعد القرني", "committee"))
_serial = count(1)


def _engines():
    wanted = [e for e in os.environ.get("DESK_TEST_ENGINES", "").split(",") if e]
    return [e for e in ENGINES if e in wanted] if wanted else list(ENGINES)


@pytest.fixture(scope="module", params=_engines())
def office(request, tmp_path_factory):
    """One database per engine for the module (setting up accounts costs seconds): each test
    brings its own requests, in a branch of its own, and its own meeting."""
    clock = FixedClock(INSTANTS["sunday"])
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        url = server.url(server.create_database(request.getfixturevalue("pg_template")))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('meetings') / 'desk.sqlite3'}"
    db = Database.open(url, clock=clock)
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="RYD",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    people = {user: staff.create(db, admin, user, f"{user}-pass-2026", name, role)
              for user, name, role in PEOPLE}
    people["desk"], people["researcher"] = people["huda"], people["amal"]
    yield db, people, profile_service.current(db)
    db.dispose()


@pytest.fixture
def desk_db(office):
    return office[0]


@pytest.fixture
def people(office):
    return office[1]


@pytest.fixture
def profile(office):
    return office[2]


@pytest.fixture
def branch():
    """A branch of the test's own: its requests are the only ones its agenda filter shows."""
    return f"T{next(_serial):02d}"


def to_committee(db, people, profile, i, branch, service="service_request"):
    first, father, family = NAMES[i]
    n = next(_serial)
    form = BeneficiaryForm(first_name=first, father_name=father, grandfather_name="حمد",
                           family_name=family, id_number=make_saudi_id(1, f"33{n:06d}"),
                           gender="female" if i % 3 != 1 else "male", birth_date="01/01/1985",
                           mobile=f"05533{n:05d}", contact_channel_code="phone")
    person = registry.register(db, people["desk"], form, branch_code=branch,
                               confirm_duplicates=True).id
    r = svc.create(db, people["desk"], IntakeForm(person, service, "phone", "طلب مساعدة", True,
                                                 True, agreed_channel_code="phone"), branch_code=branch, profile=profile)
    for item in r.checklist:
        r = svc.verify_document(db, people["researcher"], r.id, item.document_code, seen=True,
                                matches=True, profile=profile)
    return svc.send_to_committee(db, people["researcher"], r.id, profile=profile)


@pytest.fixture
def three(desk_db, people, profile, branch):
    return [to_committee(desk_db, people, profile, i, branch) for i in range(3)]


def agenda_of(db, people, profile, branch, **q):
    return meeting_views.agenda(db, people["fahd"], profile, db.clock().date(),
                                meeting_views.AgendaQuery(branch_code=branch, **q))


def meeting_of(db, people, profile, present=("fahd", "noura")):
    form = MeetingForm("competent", db.clock().date(), "in_person", "قاعة الاجتماعات",
                       tuple(people[p].id for p in present))
    return meetings.create(db, people["fahd"], form, profile)


def decisions_for(agenda_rows):
    kinds = [("accepted", ""), ("rejected", "الدخل يتجاوز الحد"), ("postponed", "تُستكمل الزيارة")]
    return [ItemDecision(r.request_id, d, why, r.version)
            for r, (d, why) in zip(agenda_rows, kinds, strict=False)]


def test_agenda_filters_by_service_branch_and_days_waiting(desk_db, people, profile, three,
                                                           branch):
    jed = f"{branch}J"
    other = to_committee(desk_db, people, profile, 3, jed, service="support_request")
    today = desk_db.clock().date()
    with desk_db.action(people["fahd"], "test.age") as s:  # the first went 10 days ago
        s.execute(update(RequestEvent).where(RequestEvent.request_id == three[0].id,
                                             RequestEvent.to_status == "committee")
                  .values(at=desk_db.clock() - timedelta(days=10)))
    ask = lambda **q: meeting_views.agenda(desk_db, people["fahd"], profile, today,  # noqa: E731
                                           meeting_views.AgendaQuery(**q))
    mine = ask(branch_code=branch)
    assert [r.request_id for r in mine.rows] == [r.id for r in three]  # longest waiting first
    assert [r.days_waiting for r in mine.rows] == [10, 0, 0] and mine.total == 3
    assert mine.rows[0].sent_on == today - timedelta(days=10)
    assert [r.request_id for r in ask(branch_code=jed).rows] == [other.id]
    support = ask(service_code="support_request").rows
    assert other.id in {r.request_id for r in support}
    assert {r.service_code for r in support} == {"support_request"}
    old = ask(min_days=10).rows
    assert three[0].id in {r.request_id for r in old}
    assert all(r.days_waiting >= 10 for r in old)
    assert not {r.id for r in (*three[1:], other)} & {r.request_id for r in old}
    assert ask(branch_code=branch, min_days=11).total == 0
    everything = ask(committee_code="competent")
    assert {r.id for r in (*three, other)} <= {r.request_id for r in everything.rows}
    assert ask(committee_code="follow_up").total == 0      # no service goes to that one
    with desk_db.read() as s:                              # every request before the committee
        assert everything.total == s.scalar(select(func.count()).select_from(ServiceRequest)
                                            .where(ServiceRequest.status == "committee"))
    with pytest.raises(PermissionDenied):
        meeting_views.agenda(desk_db, people["desk"], profile, today)


def test_a_meeting_without_quorum_records_no_decision(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile, present=("fahd",))   # 1 of 3: needs 2
    assert (m.quorum.present, m.quorum.needed, m.quorum.met) == (1, 2, False)
    rows = agenda_of(desk_db, people, profile, branch).rows
    with pytest.raises(meetings.NoQuorum) as err:
        meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    assert err.value.errors[0].code == "no_quorum"
    assert (err.value.present, err.value.needed) == (1, 2)
    assert all(svc.get(desk_db, r.id).status == "committee" for r in three)
    assert meeting_views.get(desk_db, people["fahd"], m.id, profile).status == "open"
    # a member arrives: the attendance is corrected and the meeting may decide
    late = meetings.set_members(desk_db, people["fahd"], m.id,
                                (people["fahd"].id, people["noura"].id), profile)
    assert [a.full_name for a in late.attendees] == ["فهد الزهراني", "نورة الحربي"]
    assert late.quorum.met and late.approvals.needed == 2
    done = meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    assert done.status == "decided"
    with pytest.raises(ValidationFailed):                # decided: attendance is final
        meetings.set_members(desk_db, people["fahd"], m.id, (people["fahd"].id,), profile)


def test_decisions_in_one_go_through_the_request_decision(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    done = meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    assert done.status == "decided" and [i.decision for i in done.items] == [
        "accepted", "rejected", "postponed"]
    statuses = [svc.get(desk_db, r.request_id) for r in rows]
    assert [r.status for r in statuses] == ["accepted", "rejected", "committee"]
    # the request's own decision rows, dated the meeting's day, by its committee
    assert statuses[1].decisions[0].reason == "الدخل يتجاوز الحد"
    assert statuses[0].decisions[0].committee_code == "competent"
    # the postponed one stays on the next agenda
    left = agenda_of(desk_db, people, profile, branch)
    assert [r.request_id for r in left.rows] == [rows[2].request_id]
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "meeting.decide",
                               AuditEvent.target_id == m.id)) == 1
    with pytest.raises(ValidationFailed):               # a meeting decides once
        meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    # the desk tells the beneficiary as after any decision: the message names the decision
    message_id = outbox.queue_for_request(desk_db, people["desk"], rows[1].request_id,
                                          "decision", channel="sms", profile=profile)
    with desk_db.read() as s:
        body = s.get(OutboxMessage, message_id).body
    assert rows[1].number in body and "مرفوض" in body


def test_all_or_nothing_when_another_desk_changed_a_request(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    # meanwhile another committee member decides the second one from the request screen
    svc.decide(desk_db, people["saad"], rows[1].request_id, decision="accepted", reason="",
               committee_code="competent", decided_on=desk_db.clock().date(), profile=profile)
    with desk_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Decision))
    with pytest.raises(meetings.AgendaChanged) as err:
        meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    assert err.value.numbers == (rows[1].number,)                 # named by its number
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == before
        assert s.get(ServiceRequest, rows[0].request_id).status == "committee"  # not half
        assert s.get(Meeting, m.id).status == "open" and not s.get(Meeting, m.id).items


def test_a_failure_half_way_leaves_every_request_as_it_was(desk_db, people, profile, three,
                                                           branch, monkeypatch):
    """The first decision is written in the session, the second fails (a lost connection, a
    bug): the transaction is rolled back as a whole."""
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    real, calls = svc.decide_in, []

    def second_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the connection dropped")
        return real(*args, **kwargs)

    monkeypatch.setattr(meetings.request_service, "decide_in", second_fails)
    with desk_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Decision))
    with pytest.raises(RuntimeError):
        meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    assert calls == [1, 1]                                 # the first one had been written
    with desk_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == before
        assert s.get(ServiceRequest, rows[0].request_id).status == "committee"
        assert s.get(ServiceRequest, rows[0].request_id).version == rows[0].version
        assert s.get(Meeting, m.id).status == "open" and not s.get(Meeting, m.id).items


def test_a_rejection_without_reason_refuses_the_whole_meeting(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    items = [ItemDecision(rows[0].request_id, "accepted", "", rows[0].version),
             ItemDecision(rows[1].request_id, "rejected", " ", rows[1].version)]
    with pytest.raises(ValidationFailed) as err:
        meetings.record_decisions(desk_db, people["fahd"], m.id, items, profile)
    assert [(e.field, e.code) for e in err.value.errors] == [("items.1.reason", "required")]
    assert svc.get(desk_db, rows[0].request_id).status == "committee"


def test_meeting_set_up_is_checked(desk_db, people, profile):
    bad = MeetingForm("", None, "in_person", " ", (people["desk"].id,))
    with pytest.raises(ValidationFailed) as err:
        meetings.create(desk_db, people["fahd"], bad, profile)
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("committee_code", "required"), ("held_on", "required"), ("place", "required"),
        ("members", "invalid_choice")}          # a receptionist is not a committee member


def test_minutes_approved_by_each_members_own_password(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    with pytest.raises(ValidationFailed):              # nothing to approve before decisions
        meetings.approve_minutes(desk_db, m.id, people["fahd"].id, "fahd-pass-2026", profile)
    meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    with pytest.raises(ValidationFailed) as err:       # someone else's password: refused
        meetings.approve_minutes(desk_db, m.id, people["noura"].id, "fahd-pass-2026", profile)
    assert err.value.errors[0].code == "wrong_member_password"
    with pytest.raises(ValidationFailed) as err:       # absent from the meeting
        meetings.approve_minutes(desk_db, m.id, people["saad"].id, "saad-pass-2026", profile)
    assert err.value.errors[0].code == "not_present"
    one = meetings.approve_minutes(desk_db, m.id, people["fahd"].id, "fahd-pass-2026", profile)
    assert one.status == "decided" and one.approvals.waiting_for == ("نورة الحربي",)
    both = meetings.approve_minutes(desk_db, m.id, people["noura"].id, "noura-pass-2026",
                                    profile)
    assert both.status == "approved" and both.approved_at == desk_db.clock()
    with desk_db.read() as s:
        events = s.execute(select(AuditEvent.actor_name, AuditEvent.action)
                           .where(AuditEvent.action.like("meeting.approve%"),
                                  AuditEvent.target_id == m.id)
                           .order_by(AuditEvent.seq)).all()
        failed = s.scalar(select(func.count()).select_from(AuditEvent)
                          .where(AuditEvent.action == "auth.sign_in_failed",
                                 AuditEvent.target_id == people["noura"].id))
    assert [e.actor_name for e in events] == ["fahd", "noura"]   # each approval is the member's
    assert failed == 1                                   # the wrong password counted as a failure


@requires_pdftotext
def test_minutes_pdf_reads_back_in_order(desk_db, people, profile, three, branch):
    m = meeting_of(desk_db, people, profile)
    rows = agenda_of(desk_db, people, profile, branch).rows
    with pytest.raises(ValidationFailed):               # no minutes before the decisions
        meeting_minutes.issue_minutes(desk_db, people["fahd"], m.id, profile)
    meetings.record_decisions(desk_db, people["fahd"], m.id, decisions_for(rows), profile)
    draft = text_of(meeting_minutes.issue_minutes(desk_db, people["fahd"], m.id, profile).pdf)
    assert_words_in_order(draft, "بانتظار الاعتماد (0 من 2)")    # printed before: says so
    assert_words_in_order(draft, "وهذه نسخة قبل اكتمال الاعتماد")
    for who in ("fahd", "noura"):
        meetings.approve_minutes(desk_db, m.id, people[who].id, f"{who}-pass-2026", profile)
    issued = meeting_minutes.issue_minutes(desk_db, people["fahd"], m.id, profile)
    assert issued.kind == "meeting_minutes" and issued.code and issued.number == m.number
    text = text_of(issued.pdf)
    assert_words_in_order(text, "محضر اجتماع اللجنة: اللجنة المختصة")
    # Hijri beside Gregorian: 12/06/1448 هـ الموافق 22/11/2026 م
    assert_words_in_order(text, f"التاريخ {format_dual(desk_db.clock().date())} الانعقاد")
    assert_words_in_order(text, "حضوري — قاعة الاجتماعات")
    assert_words_in_order(text, "حضر 2 من 3 عضوًا، والنصاب 2 (مكتمل)")
    assert text.index("فهد الزهراني") < text.index("نورة الحربي")
    assert_words_in_order(text, "رفض الدخل يتجاوز الحد")
    assert_words_in_order(text, "تأجيل تُستكمل الزيارة")
    assert text.index(rows[0].number) < text.index(rows[1].number) < text.index(rows[2].number)
    assert_words_in_order(text, "معتمد في")
    assert_words_in_order(text, "اعتمد الأعضاء هذا المحضر كلٌّ بدخوله إلى التطبيق بكلمة مروره")
    assert issued.code in text.replace(" ", "")
