"""Demo complaints: every workflow state, deadlines met, at risk and overdue, a few with
investigation minutes approved by their members (or a ruling) and a settled compensation.

Runs inside the demo's single transaction (:data:`desk_app.services.demo.GENERATORS`), writing
rows directly (the service actions each open their own transaction) through a side session on
the same connection, so the run stays one audit event: the demo's summary.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import Actor
from desk_app.services.demo_run import DemoRun
from desk_app.storage.complaints_tables import (
    Compensation,
    Complaint,
    Investigation,
    MinutesApproval,
    Negotiation,
)
from desk_app.storage.repositories import complaints as repo
from desk_app.storage.repositories import counters
from desk_app.storage.tables import Beneficiary, Staff

# The path each demo complaint takes from "received"; cycled so every state is present.
PATHS: tuple[tuple[str, ...], ...] = (
    (),
    (wf.C_ASSIGNED,),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW),
    (wf.C_ASSIGNED, wf.C_ESCALATED),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW, wf.C_RESOLVED_AMICABLY),
    (wf.C_ASSIGNED, wf.C_ESCALATED, wf.C_RESOLVED_ACTION),                 # compensated
    (wf.C_REJECTED,),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW, wf.C_REJECTED, wf.C_CLOSED),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW, wf.C_RESOLVED_AMICABLY, wf.C_CLOSED),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW, wf.C_ESCALATED, wf.C_RESOLVED_ACTION, wf.C_CLOSED),
    (wf.C_ASSIGNED, wf.C_UNDER_REVIEW, wf.C_RESOLVED_ACTION, wf.C_CLOSED, wf.C_REOPENED),
    (wf.C_ASSIGNED,),
    (),
)

DESCRIPTIONS = (
    "تأخر الرد على طلب المساعدة المقدم منذ أكثر من شهر دون إبلاغي بأي جديد.",
    "تعامل غير لائق من أحد موظفي الاستقبال أثناء مراجعتي للجمعية.",
    "لم أتمكن من الدخول إلى رابط الشكاوى في الموقع الإلكتروني، والفاكس لا يرد.",
    "رُفض طلبي دون توضيح سبب عدم الاستحقاق.",
    "وصلتني رسالة تحتوي بيانات مستفيد آخر.",
    "المساعدة العينية التي استلمتها ناقصة عن المتفق عليه.",
)
OUTCOMES = {
    wf.C_RESOLVED_AMICABLY: "تواصلنا مع المستفيد واعتذرنا له وتمت التسوية الودية.",
    wf.C_RESOLVED_ACTION: "اتُّخذ الإجراء اللازم وعولج سبب الشكوى.",
    wf.C_REJECTED: "تبين بعد الدراسة أن الإجراء المتبع صحيح ووفق السياسة.",
    wf.C_ESCALATED: "أحيلت إلى لجنة التحقيق والمتابعة لدراسة الضرر.",
    wf.C_REOPENED: "تظلم المستفيد من نتيجة المعالجة.",
}


def generate_complaints(run: DemoRun, counts: dict[str, int]) -> dict[str, Any]:
    """About one complaint per 25 beneficiaries (18 to 300)."""
    total = max(18, min(300, counts.get("beneficiaries", 0) // 25))
    with Session(bind=run.session.connection()) as side:
        summary = _generate(run, side, total)
        side.flush()
    return summary


def _generate(run: DemoRun, s: Session, total: int) -> dict[str, Any]:
    p, rng = run.profile, random.Random(f"{run.seed}:complaints:{total}")
    channels = [c.code for c in p.complaint_channels] or [c.code for c in p.channels]
    categories = list(p.complaint_categories)
    follow_up = [c.code for c in p.committees_of_kind("follow_up")] or [""]
    if not categories:
        return {"complaints": 0, "compensations": 0}
    people = list(s.scalars(select(Beneficiary.id).order_by(Beneficiary.seq.desc()).limit(500)))
    staff = [Actor(x.id, x.username, x.role, x.full_name)
             for x in s.scalars(select(Staff).where(Staff.active).order_by(Staff.username))]
    handlers = [a for a in staff if a.role in ("committee", "manager", "admin")] or staff
    holidays = frozenset(h.date for h in p.holidays)
    today = run.now.date()
    compensated = 0
    for i in range(total):
        path = PATHS[i % len(PATHS)]
        category = categories[rng.randrange(len(categories))]
        received = _working_day_back(today, rng.randrange(0, 40) if path else rng.randrange(0, 12),
                                     holidays, p.weekend)
        c = _complaint(run, s, rng, i, received, category, channels, people, holidays)
        s.add(c)
        s.flush()
        actor = handlers[i % len(handlers)]
        at = datetime.combine(received, time(9, 0)) + timedelta(minutes=rng.randrange(0, 300))
        repo.add_event(s, c, actor, min(at, run.now), "received", to_status=c.status)
        for step, state in enumerate(path, 1):
            at = min(run.now, at + timedelta(days=rng.randrange(0, 3), hours=step))
            if state == wf.C_ASSIGNED:
                c.committee_code = follow_up[0]
            if state == wf.C_ESCALATED:
                s.add(Investigation(complaint_id=c.id, recorded_at=at))
            if state == wf.C_RESOLVED_ACTION and wf.C_ESCALATED in path:
                _investigate_and_compensate(s, c, handlers, at, rng)
                compensated += 1
            if state == wf.C_REOPENED:
                c.clock_started_on = at.date()
                c.due_on = rules.due_date(at.date(), c.limit_days, holidays, p.weekend)
                c.settled_on = c.closed_on = None
            note = OUTCOMES.get(state, "")
            repo.add_event(s, c, actor, at, "status", note, c.status, state)
            c.status = state
            if state in wf.COMPLAINT_SETTLED_STATES:
                c.settled_on, c.outcome_text = at.date(), note
            if state == wf.C_CLOSED:
                c.closed_on = at.date()
            c.updated_at = at
    return {"complaints": total, "compensations": compensated}


def _working_day_back(today: date, n: int, holidays: frozenset[date], weekend) -> date:  # noqa: ANN001
    d = today - timedelta(days=n)
    while d.weekday() in weekend or d in holidays:
        d -= timedelta(days=1)
    return d


def _complaint(run: DemoRun, s: Session, rng: random.Random, i: int, received: date,  # noqa: PLR0913
               category, channels, people: list[str], holidays: frozenset[date]  # noqa: ANN001
               ) -> Complaint:
    n = counters.next_value(s, f"complaint:{run.branch}:{received.year}")
    who = rng.random()
    beneficiary = people[rng.randrange(len(people))] if people and who < 0.6 else None
    anonymous = beneficiary is None and who > 0.8
    stamp = datetime.combine(received, time(9, 0))
    return Complaint(
        number=rules.number(run.branch, received.year, n), branch_code=run.branch,
        submission_key=f"demo:{run.seed}:{run.branch}:{received.year}:{n}",
        beneficiary_id=beneficiary, anonymous=anonymous,
        complainant_name="" if beneficiary or anonymous else "مراجع لم يسجل بعد",
        complainant_contact="" if anonymous and i % 2 else "0126543210",
        channel_code=channels[i % len(channels)], category_code=category.code,
        description=DESCRIPTIONS[i % len(DESCRIPTIONS)], received_on=received,
        status=wf.C_RECEIVED, limit_days=category.limit_working_days,
        clock_started_on=received,
        due_on=rules.due_date(received, category.limit_working_days, holidays,
                              run.profile.weekend),
        created_at=stamp, created_by=None, updated_at=stamp)


def _investigate_and_compensate(s: Session, c: Complaint, members: list[Actor], at: datetime,
                                rng: random.Random) -> None:
    inv = repo.investigation(s, c.id)
    if inv is None:
        inv = Investigation(complaint_id=c.id, recorded_at=at)
        s.add(inv)
    by_ruling = rng.random() < 0.3
    if by_ruling:
        inv.ruling_authority = "لجنة تسوية المنازعات"
        inv.ruling_reference = str(rng.randrange(4470000, 4479999))
        repo.add_event(s, c, members[0], at, "ruling",
                       f"{inv.ruling_authority} — {inv.ruling_reference}")
        inv.ruling_date, inv.ruling_in_favour = at.date(), True
    else:
        chosen = members[:3]
        inv.minutes_date = at.date()
        inv.member_ids = [m.id for m in chosen]
        inv.harm = "تأخر صرف المساعدة المستحقة بسبب خطأ في معالجة الطلب."
        inv.harm_size = "تأخر شهرين عن موعد الصرف"
        inv.causes = "خطأ في إدخال بيانات الطلب وعدم متابعته."
        inv.association_at_fault = True
        s.flush()
        repo.add_event(s, c, members[0], at, "minutes", inv.harm)
        for m in chosen:
            s.add(MinutesApproval(investigation_id=inv.id, staff_id=m.id, approved_at=at))
            repo.add_event(s, c, m, at, "approval")
    amount = rng.choice((50000, 100000, 150000, 250000))
    s.add(Negotiation(complaint_id=c.id, on=at.date(), note="عُرض على المستفيد تعويض نقدي فقبله.",
                      offer_halalas=amount, recorded_at=at, recorded_by=members[0].id))
    repo.add_event(s, c, members[0], at, "negotiation", "عُرض على المستفيد تعويض نقدي فقبله.")
    s.add(Compensation(complaint_id=c.id, kind="cash", amount_halalas=amount, settled_on=at.date(),
                       beneficiary_accepted=True, grounds="ruling" if by_ruling else "minutes",
                       recorded_at=at, recorded_by=members[0].id))
    repo.add_event(s, c, members[0], at, "compensation", rules.format_sar(amount))
