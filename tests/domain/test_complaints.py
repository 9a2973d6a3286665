"""Complaint rules: the whole workflow matrix, intake validation, working-day deadlines with
at-risk and overdue, and the grounds compensation needs (R-CMP-1 … R-CMP-3)."""

from datetime import date

import pytest

from desk_app.domain import complaints as rules
from desk_app.domain import workflows as wf
from desk_app.domain.workflows import TransitionNotAllowed

S = wf
# The complete matrix: every state → exactly the states that may follow it. Anything not listed
# here is forbidden, and the test below checks all 81 pairs against the machine.
ALLOWED = {
    S.C_RECEIVED: {S.C_ASSIGNED, S.C_REJECTED},
    S.C_ASSIGNED: {S.C_UNDER_REVIEW, S.C_ESCALATED},
    S.C_UNDER_REVIEW: {S.C_RESOLVED_AMICABLY, S.C_RESOLVED_ACTION, S.C_REJECTED, S.C_ESCALATED},
    S.C_ESCALATED: {S.C_RESOLVED_ACTION, S.C_REJECTED},
    S.C_RESOLVED_AMICABLY: {S.C_CLOSED},
    S.C_RESOLVED_ACTION: {S.C_CLOSED},
    S.C_REJECTED: {S.C_CLOSED},
    S.C_CLOSED: {S.C_REOPENED},
    S.C_REOPENED: {S.C_UNDER_REVIEW, S.C_ESCALATED},
}
PAIRS = [(a, b) for a in wf.COMPLAINT_STATES for b in wf.COMPLAINT_STATES]


def test_matrix_covers_every_state():
    assert set(ALLOWED) == set(wf.COMPLAINT_STATES) == wf.COMPLAINT.states
    assert wf.COMPLAINT.initial == S.C_RECEIVED
    assert len(PAIRS) == 81


@pytest.mark.parametrize(("current", "target"), PAIRS)
def test_every_transition_allowed_or_forbidden(current, target):
    if target in ALLOWED[current]:
        assert wf.COMPLAINT.can(current, target)
        wf.COMPLAINT.check(current, target)
    else:
        assert not wf.COMPLAINT.can(current, target)
        with pytest.raises(TransitionNotAllowed) as err:
            wf.COMPLAINT.check(current, target)
        assert err.value.errors[0].code == "transition_not_allowed"
        assert err.value.errors[0].params == {"machine": "complaint", "from": current,
                                              "to": target}


def test_nothing_is_terminal_but_closed_can_only_reopen():
    assert not any(wf.COMPLAINT.is_terminal(s) for s in wf.COMPLAINT_STATES)
    assert wf.COMPLAINT.allowed(S.C_CLOSED) == {S.C_REOPENED}


# --- intake ------------------------------------------------------------------------------------

TODAY = date(2026, 11, 22)  # a Sunday
CHANNELS, CATEGORIES = ("fax", "phone"), ("delay", "service_quality")


def form(**kw):
    base = dict(channel_code="fax", category_code="delay", description="تأخر الرد على طلبي",
                submission_key="k1")
    return rules.ComplaintForm(**{**base, **kw})


def codes(errors):
    return {(e.field, e.code) for e in errors}


def test_valid_anonymous_complaint_defaults_to_today():
    data, errors = rules.validate_complaint(form(anonymous=True, complainant_name="سالم"), TODAY,
                                            CHANNELS, CATEGORIES)
    assert errors == []
    assert data.received_on == TODAY and data.anonymous and data.complainant_name == ""


@pytest.mark.parametrize(("kw", "expected"), [
    ({"description": "   "}, ("description", "required")),
    ({"description": "x" * 4001}, ("description", "too_long")),
    ({"channel_code": ""}, ("channel_code", "required")),
    ({"channel_code": "social_media"}, ("channel_code", "invalid_choice")),
    ({"category_code": "nope"}, ("category_code", "invalid_choice")),
    ({"received_on": "23/11/2026"}, ("received_on", "in_future")),
    ({"received_on": "31/02/2026"}, ("received_on", "invalid_date")),
    ({"received_on": "01/01/2024"}, ("received_on", "too_old")),
    ({"complainant_name": "سالم 2"}, ("complainant_name", "name_has_digits")),
])
def test_bad_intake(kw, expected):
    data, errors = rules.validate_complaint(form(**kw), TODAY, CHANNELS, CATEGORIES)
    assert data is None and expected in codes(errors)


def test_hijri_received_date_and_arabic_digits():
    data, errors = rules.validate_complaint(form(received_on="٠١/٠٦/١٤٤٨",
                                                 received_calendar="hijri"), TODAY,
                                            CHANNELS, CATEGORIES)
    assert errors == [] and data.received_on < TODAY


def test_number_format():
    assert rules.number("RYD", 2026, 12) == "RYD-C-2026-000012"


# --- deadlines in working days ------------------------------------------------------------------

def test_due_date_skips_weekend_and_holidays():
    # Thursday 26 Nov 2026 + 3 working days: Sun 29, Mon 30 (holiday), Tue 1, Wed 2 Dec.
    due = rules.due_date(date(2026, 11, 26), 3, {date(2026, 11, 30)}, (4, 5))
    assert due == date(2026, 12, 2)


def test_on_time_at_risk_overdue_met_late():
    start, limit = date(2026, 11, 22), 10
    due = rules.due_date(start, limit, set(), (4, 5))
    assert due == date(2026, 12, 6)

    def state(today, settled=None):
        return rules.deadline(start, due, limit, today, settled, set(), (4, 5))

    assert state(date(2026, 11, 24)).state == rules.ON_TIME
    assert state(date(2026, 11, 24)).working_days_left == 8
    assert state(date(2026, 12, 2)).state == rules.AT_RISK    # 2 working days left = a fifth
    assert state(date(2026, 12, 6)).state == rules.AT_RISK    # due today
    late = state(date(2026, 12, 8))
    assert late.state == rules.OVERDUE and late.working_days_left == -2
    assert state(date(2026, 12, 9), settled=date(2026, 12, 3)).state == rules.MET
    assert state(date(2026, 12, 9), settled=date(2026, 12, 3)).working_days_taken == 9
    assert state(date(2026, 12, 9), settled=date(2026, 12, 7)).state == rules.LATE


def test_at_risk_margin_is_at_least_one_day():
    assert rules.at_risk_margin(3) == 1 and rules.at_risk_margin(10) == 2


# --- compensation grounds -------------------------------------------------------------------------

A, B = "staff-a", "staff-b"
MINUTES = dict(minutes_recorded=True, association_at_fault=True, members=frozenset({A, B}),
               minutes_date=date(2026, 11, 20))


def comp(**kw):
    base = dict(kind="cash", amount="1500", settled_on="22/11/2026", accepted=True)
    return rules.CompensationForm(**{**base, **kw})


@pytest.mark.parametrize(("grounds", "code"), [
    (rules.Grounds(), "no_compensation_grounds"),
    (rules.Grounds(**MINUTES), "minutes_not_approved"),
    (rules.Grounds(**MINUTES, approvals=frozenset({A})), "minutes_not_approved"),
    (rules.Grounds(**{**MINUTES, "association_at_fault": False},
                   approvals=frozenset({A, B})), "association_not_at_fault"),
    (rules.Grounds(ruling_date=date(2026, 11, 1), ruling_in_favour=False),
     "no_compensation_grounds"),
])
def test_compensation_refused_without_grounds(grounds, code):
    value, errors = rules.validate_compensation(comp(), TODAY, grounds)
    assert value is None and ("", code) in codes(errors)


def test_compensation_on_approved_minutes_or_a_ruling():
    approved = rules.Grounds(**MINUTES, approvals=frozenset({A, B}))
    assert approved.basis == rules.GROUNDS_MINUTES
    assert rules.validate_compensation(comp(), TODAY, approved) == ((150000, TODAY), [])
    ruling = rules.Grounds(ruling_date=date(2026, 11, 1), ruling_in_favour=True)
    assert ruling.basis == rules.GROUNDS_RULING
    assert rules.validate_compensation(comp(amount="1٬250.50"), TODAY, ruling)[0] == (125050,
                                                                                      TODAY)


@pytest.mark.parametrize(("kw", "expected"), [
    ({"amount": "-5"}, ("amount", "negative_amount")),
    ({"amount": "abc"}, ("amount", "invalid_amount")),
    ({"amount": ""}, ("amount", "required")),
    ({"amount": "0"}, ("amount", "zero_amount")),
    ({"settled_on": "30/11/2026"}, ("settled_on", "in_future")),
    ({"settled_on": "19/11/2026"}, ("settled_on", "before_grounds")),
    ({"accepted": False}, ("accepted", "acceptance_required")),
    ({"kind": "gold"}, ("kind", "invalid_choice")),
])
def test_bad_compensation_input(kw, expected):
    g = rules.Grounds(**MINUTES, approvals=frozenset({A, B}))
    value, errors = rules.validate_compensation(comp(**kw), TODAY, g)
    assert value is None and expected in codes(errors)


def test_minutes_need_date_members_harm_size_causes():
    _d, errors = rules.validate_minutes(rules.MinutesForm(minutes_date="25/11/2026"), TODAY, [A])
    assert codes(errors) == {("minutes_date", "in_future"), ("members", "required"),
                             ("harm", "required"), ("harm_size", "required"),
                             ("causes", "required")}
    _d, errors = rules.validate_minutes(rules.MinutesForm("20/11/2026", member_ids=["x"], harm="h",
                                                          harm_size="s", causes="c"), TODAY, [A])
    assert codes(errors) == {("members", "invalid_choice")}


def test_ruling_needs_authority_reference_past_date():
    _d, errors = rules.validate_ruling(rules.RulingForm(ruling_date="01/12/2026"), TODAY)
    assert codes(errors) == {("authority", "required"), ("reference", "required"),
                             ("ruling_date", "in_future")}
