"""End-of-programme list: direct beneficiaries whose programme ended, until asked or declined."""

import dataclasses
from datetime import date

from desk_app.domain.aid import AidForm
from desk_app.services import aid, survey_due, surveys
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.services.test_requests import open_request, person  # noqa: F401 - fixture


def served_programme(db, actor, person_id, end):  # noqa: F811
    profile = profile_service.current(db)
    services = tuple(dataclasses.replace(s, programme=True) if s.code == "service_request" else s
                     for s in profile.services)
    profile_service.save(db, actor, profile.with_changes(services=services), "programme")
    profile = profile_service.current(db)
    r = open_request(db, actor, profile, person_id)
    for code in ("national_id", "national_address"):
        svc.verify_document(db, actor, r.id, code, seen=True, matches=True, profile=profile)
    svc.send_to_committee(db, actor, r.id, profile=profile)
    svc.decide(db, actor, r.id, decision="accepted", reason="", committee_code="competent",
               decided_on=date(2026, 9, 1), profile=profile)
    aid.record(db, actor, r.id, AidForm("service", delivered_on=date(2026, 9, 1),
                                        details="برنامج تدريبي"), profile=profile,
               programme_start=date(2026, 9, 1), programme_end=end)
    return r


def test_due_until_asked_or_declined(desk_db, desk_admin, person):  # noqa: F811
    campaign = surveys.create_campaign(desk_db, desk_admin, kind="end_of_programme",
                                       name_ar="بعد البرنامج", starts_on=date(2026, 1, 1))
    r = served_programme(desk_db, desk_admin, person, date(2026, 11, 15))
    (row,) = survey_due.due_list(desk_db, campaign.id)
    assert (row.request_id, row.beneficiary_id, row.programme_end) == (
        r.id, person, date(2026, 11, 15))
    assert row.full_name.startswith("نورة")
    surveys.record_invitation(desk_db, desk_admin, campaign.id, person, subject_ref=r.id)
    assert survey_due.due_list(desk_db, campaign.id) == []
    other = surveys.create_campaign(desk_db, desk_admin, kind="end_of_programme",
                                    name_ar="حملة أخرى", starts_on=date(2026, 1, 1))
    (again,) = survey_due.due_list(desk_db, other.id)
    survey_due.decline(desk_db, desk_admin, other.id, again)
    assert survey_due.due_list(desk_db, other.id) == []
    assert survey_due.due_list(desk_db, other.id, window_days=3) == []
