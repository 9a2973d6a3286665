"""Demo service requests: every workflow state in realistic proportions, with checklists,
status histories, consents, contacts, committee decisions and notifications.

Written with ``executemany`` like the demo registry (:mod:`desk_app.services.demo`), one
transaction and one summary audit event ("demo.requests"), so 100k beneficiaries take seconds.
Only beneficiaries without any request get some, so running the demo again adds requests for
the people it added. The same seed gives the same requests.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.domain import requests as rules
from desk_app.domain import workflows as wf
from desk_app.domain.entities import SYSTEM
from desk_app.domain.profile import OrgProfile
from desk_app.services import installation
from desk_app.services import profile as profile_service
from desk_app.services.requests import request_number
from desk_app.storage import requests_tables as t
from desk_app.storage.db import Database
from desk_app.storage.repositories import bulk, counters

Progress = Callable[[str], None]
CHUNK = 20_000

#: Final state → share of requests (closed ones were mostly served or rejected first).
STATE_WEIGHTS: dict[str, float] = {
    "closed": 0.30, "served": 0.10, "accepted": 0.05, "rejected": 0.09, "referred": 0.04,
    "withdrawn": 0.03, "committee": 0.10, "complete": 0.09, "incomplete": 0.13, "received": 0.04,
    "under_study": 0.03,
}
#: The path each final state was reached by (closed: after being served).
PATHS: dict[str, tuple[str, ...]] = {
    "received": ("received",),
    "incomplete": ("received", "incomplete"),
    "complete": ("received", "incomplete", "complete"),
    "under_study": ("received", "incomplete", "under_study"),
    "committee": ("received", "incomplete", "complete", "committee"),
    "accepted": ("received", "incomplete", "complete", "committee", "accepted"),
    "rejected": ("received", "incomplete", "complete", "committee", "rejected"),
    "referred": ("received", "incomplete", "complete", "committee", "referred"),
    "served": ("received", "incomplete", "complete", "committee", "accepted", "served"),
    "closed": ("received", "incomplete", "complete", "committee", "accepted", "served", "closed"),
    "withdrawn": ("received", "incomplete", "withdrawn"),
}
REASONS = ("لم تنطبق معايير الخدمة", "سبق تقديم الخدمة خلال العام", "الطلب خارج نطاق الجمعية")


def _cols(table: Any) -> tuple[str, ...]:
    return tuple(c.name for c in table.__table__.columns)


def _insert(s: Session, table: Any, rows: Sequence[Sequence[Any]]) -> None:
    bulk.insert_table(s, table.__table__, _cols(table), rows)


class _Maker:
    """Builds the rows of one request and its parts, column order as in the tables."""

    def __init__(self, profile: OrgProfile, branch: str, now: datetime, rng: random.Random,
                 bases: dict[int, int]):
        self.p, self.branch, self.now, self.rng = profile, branch, now, rng
        self._base = bases
        self.services = [s for s in profile.active_services] or list(profile.services)
        self.committees = [c.code for c in profile.committees]
        self.channels = [c.code for c in profile.channels]
        self.states, self.weights = zip(*STATE_WEIGHTS.items(), strict=True)
        internal = [r.code for r in profile.referral_targets if r.kind != "association"]
        self.study_unit = internal[0] if internal else "social_researcher"
        self.due_cache: dict[date, date] = {}
        self.numbers: dict[int, int] = {}
        self.out: dict[Any, list] = {k: [] for k in (t.ServiceRequest, t.ChecklistItem,
                                                     t.RequestEvent, t.Consent, t.Contact,
                                                     t.Decision, t.Notification)}

    def _id(self) -> str:
        # Same text form as uuid4 (version and variant digits set), without building UUIDs.
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def _due(self, completed: date) -> date:
        if completed not in self.due_cache:
            self.due_cache[completed] = rules.deadline(completed, self.p).due_on
        return self.due_cache[completed]

    def request(self, bid: str, preferred: str) -> str:
        rng, dt = self.rng, bulk.sql_datetime
        state = rng.choices(self.states, self.weights)[0]
        path = PATHS[state]
        open_ = state in wf.OPEN_STATES
        received = self.now - timedelta(days=rng.randint(0, 30 if open_ else 360),
                                        minutes=rng.randint(0, 480))
        service = rng.choice(self.services)
        channel = preferred if preferred in self.channels and rng.random() < 0.6 else \
            rng.choice(self.channels)
        rid = self._id()
        year = received.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        completed = due = None
        stamps = [received]
        for _ in path[1:]:
            stamps.append(min(self.now, stamps[-1] + timedelta(days=rng.randint(0, 6),
                                                               minutes=rng.randint(1, 300))))
        texts = [dt(x) for x in stamps]
        if "complete" in path:
            completed = stamps[path.index("complete")].date()
            due = self._due(completed)
        rule = self.p.response_rule
        closed_at = stamps[-1] if state in ("closed", "withdrawn") else None
        served = state in ("served", "closed")
        programme = service.programme and served
        self.out[t.ServiceRequest].append((
            rid, request_number(self.branch, year, self._base[year] + self.numbers[year]),
            self.branch, bid, service.code, channel,
            preferred if preferred in self.channels else "", service.committee_code, "", state,
            texts[0], bulk.sql_date(completed), bulk.sql_date(due),
            f"{rule.kind}:{rule.days}" if due else "",
            self.p.holiday_table_version if due else None, 1, "[]",
            "خدمة مقدمة" if served else "", bulk.sql_date(completed) if programme else None,
            bulk.sql_date(completed + timedelta(days=90)) if programme and completed else None,
            texts[-1] if closed_at else None, None, None,
            self.study_unit if state == wf.STUDY else "", texts[-1], 1))
        done_all = completed is not None
        for i, doc in enumerate(service.documents):
            ok = done_all or rng.random() < 0.5
            self.out[t.ChecklistItem].append((
                self._id(), rid, i, doc.code, doc.name_ar, doc.name_en, int(ok), int(ok), "",
                "موظف الاستقبال" if ok else "", texts[0] if ok else None))
        prev = ""
        for status, at in zip(path, texts, strict=True):
            self.out[t.RequestEvent].append((self._id(), rid, prev, status, at,
                                             "موظف الاستقبال", ""))
            prev = status
        self.out[t.Consent].append((self._id(), bid, rid, 1, 1, self.p.texts.consent_version,
                                    texts[0], "موظف الاستقبال"))
        # person_name … answered_by: an enquiry's columns, empty for a request's contact
        self.out[t.Contact].append((self._id(), bid, rid, channel, "request", service.name_ar,
                                    texts[0], "موظف الاستقبال", "", "", "", "", None, "", None,
                                    ""))
        decision = next((s for s in path if s in wf.DECISIONS), None)
        if decision:
            k = path.index(decision)
            at, at_text = stamps[k], texts[k]
            reason = rng.choice(REASONS) if decision != "accepted" else ""
            self.out[t.Decision].append((
                self._id(), rid, decision, reason, service.committee_code,
                bulk.sql_date(at.date()), "جمعية أخرى" if decision == "referred" else "",
                "عضو اللجنة", at_text))
            if rng.random() < 0.9:
                self.out[t.Notification].append((
                    self._id(), rid, preferred if preferred in self.channels else channel,
                    bulk.sql_date(at.date()), "تم إبلاغ المستفيد بقرار اللجنة", "موظف الاستقبال",
                    at_text))
        return state


def generate_requests(db: Database, *, seed: int, per_beneficiary: float = 0.6,
                      progress: Progress | None = None) -> dict[str, Any]:
    """Add about ``per_beneficiary`` requests per beneficiary that has none yet.

    Returns ``requests``, ``by_state`` counts, ``checklist_items``, ``decisions``,
    ``notifications``.
    """
    say = progress or (lambda _m: None)
    now = db.clock()
    profile = profile_service.current(db)
    if profile is None:
        raise LookupError("not initialised")
    branch = installation.get(db).branch_code
    rng = random.Random(f"{seed}:requests")
    report: dict[str, Any] = {"requests": 0, "by_state": {}}
    with db.action(SYSTEM, "demo.requests", "demo") as s:
        people = s.execute(text(
            "SELECT b.id, b.contact_channel_code FROM beneficiaries b WHERE NOT EXISTS "
            "(SELECT 1 FROM service_requests r WHERE r.beneficiary_id = b.id) ORDER BY b.seq"
        )).all()
        maker = _Maker(profile, branch, now, rng, _Bases(s, branch))
        whole, frac = int(per_beneficiary), per_beneficiary - int(per_beneficiary)
        totals: dict[Any, int] = {k: 0 for k in maker.out}
        with bulk.large_page_cache(s):
            for i, (bid, preferred) in enumerate(people, 1):
                for _ in range(whole + (rng.random() < frac)):
                    state = maker.request(bid, preferred)
                    report["by_state"][state] = report["by_state"].get(state, 0) + 1
                if i % CHUNK == 0 or i == len(people):
                    for table, rows in maker.out.items():
                        _insert(s, table, rows)
                        totals[table] += len(rows)
                        rows.clear()
                    say(f"requests: {i:,}/{len(people):,} beneficiaries")
        for year, n in maker.numbers.items():
            counters.set_at_least(s, f"request:{branch}:{year}", maker._base[year] + n)
        report.update(requests=totals[t.ServiceRequest], checklist_items=totals[t.ChecklistItem],
                      decisions=totals[t.Decision], notifications=totals[t.Notification])
        bulk.add_summary_event(s, SYSTEM, "demo.requests", now,
                               [{"table": "service_requests", "id": "", "op": "bulk_insert",
                                 "after": dict(report)}], "demo")
    return report


class _Bases(dict):
    """The request counter of each year as it stood before this run (read when first needed)."""

    def __init__(self, session: Session, branch: str):
        super().__init__()
        self.session, self.branch = session, branch

    def __missing__(self, year: int) -> int:
        value = bulk.counter_value(self.session, f"request:{self.branch}:{year}")
        self[year] = value
        return value
