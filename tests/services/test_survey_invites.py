"""The survey invitation (issue 21): queued through the outbox's template once a request was
closed (served or not) or a complaint resolved, never before, and once per request or complaint;
the message carries the person's name and the association's."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain import complaints as crules
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaints, outbox, survey_invites
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.services.test_requests import open_request, person  # noqa: F401 - fixture


def _codes(exc):
    return [(e.field, e.code) for e in exc.value.errors]


def test_a_closed_request_invites_once_and_an_open_one_not_yet(desk_db, desk_admin,
                                                               person):  # noqa: F811
    profile = profile_service.current(desk_db)
    r = open_request(desk_db, desk_admin, profile, person)
    with pytest.raises(ValidationFailed) as early:
        survey_invites.invite_for_request(desk_db, desk_admin, r.id, channel="sms",
                                          profile=profile)
    assert _codes(early) == [("event", "survey_not_yet")]
    for code in ("national_id", "national_address"):
        svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                            profile=profile)
    svc.send_to_committee(desk_db, desk_admin, r.id, profile=profile)
    svc.decide(desk_db, desk_admin, r.id, decision="rejected", reason="لم تنطبق المعايير",
               committee_code="competent", decided_on=date(2026, 11, 20), profile=profile)
    svc.close(desk_db, desk_admin, r.id)
    survey_invites.invite_for_request(desk_db, desk_admin, r.id, channel="sms", profile=profile)
    with pytest.raises(ValidationFailed) as twice:
        survey_invites.invite_for_request(desk_db, desk_admin, r.id, channel="sms",
                                          profile=profile)
    assert _codes(twice) == [("event", "survey_already_invited")]
    (m,) = outbox.listing(desk_db, desk_admin)
    assert (m.event, m.recipient) == ("survey_invitation", "+966551112233")
    assert "نورة" in m.body and profile.name_ar in m.body and "استبانة" in m.body


def test_a_resolved_complaint_invites_the_complainant(desk_db, desk_admin):
    profile = profile_service.current(desk_db)
    c = complaints.submit(desk_db, desk_admin, crules.ComplaintForm(
        channel_code="phone", category_code="delay", description="تأخر الرد على طلبي",
        complainant_name="سعد الحربي", complainant_contact="0553334444",
        submission_key="k-survey"), profile, branch_code="RYD")
    with pytest.raises(ValidationFailed) as early:
        survey_invites.invite_for_complaint(desk_db, desk_admin, c.id, channel="sms",
                                            profile=profile)
    assert _codes(early) == [("event", "survey_not_yet")]
    complaints.assign(desk_db, desk_admin, c.id, "follow_up", profile)
    complaints.start_review(desk_db, desk_admin, c.id)
    complaints.resolve(desk_db, desk_admin, c.id, "amicable", "اعتذار وتسوية ودية")
    survey_invites.invite_for_complaint(desk_db, desk_admin, c.id, channel="sms",
                                        profile=profile)
    (m,) = outbox.listing(desk_db, desk_admin)
    assert (m.event, m.recipient) == ("survey_invitation", "+966553334444")
