"""Surveys: versions stay tied to answers, anonymous answers link no one, results add up."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from desk_app.domain.survey_defaults import SATISFACTION, SATISFACTION_V1
from desk_app.domain.validation import ValidationFailed
from desk_app.services import registry, surveys
from desk_app.services import survey_results as results
from desk_app.storage.surveys_tables import SurveyQuestionnaire, SurveyResponse
from desk_app.storage.tables import AuditEvent
from tests.services.test_registry import form as beneficiary_form

ANSWERS = {"reception": 5, "clarity": 4, "waiting": 2, "courtesy": 5, "overall": 4,
           "service_obtained": True, "wait_time": "30_60", "improve": ["shorter_wait"],
           "suggestions": "زيادة عدد الموظفين"}


@pytest.fixture
def campaign(db, admin):
    return surveys.create_campaign(db, admin, kind="periodic", name_ar="استبانة الربع الأخير",
                                   starts_on=date(2026, 10, 1), service_code="food_basket")


def test_defaults_are_stored_once(db, admin):
    assert surveys.ensure_defaults(db, admin) == 2
    assert surveys.ensure_defaults(db, admin) == 0
    assert [(q.key, q.version) for q in surveys.questionnaires(db)] == [
        ("office_visit", 1), ("satisfaction", 1)]


def test_answers_stay_tied_to_the_version_asked(db, admin, campaign):
    v1_id = campaign.questionnaire_id
    first = surveys.submit(db, admin, campaign.id, ANSWERS, mode="desk", channel_code="interview",
                           branch_code="HQ")
    d = SATISFACTION_V1.to_dict()
    d["questions"][0]["text_ar"] = "كيف وجدت الاستقبال؟"
    d["questions"] = [x for x in d["questions"] if x["code"] != "wait_time"]
    v2 = surveys.save_questionnaire(db, admin, d, note="صياغة أوضح")
    assert (v2.key, v2.version) == (SATISFACTION, 2) and v2.id != v1_id
    # the same wording again is not a new version
    assert surveys.save_questionnaire(db, admin, d).id == v2.id
    # the campaign already running keeps asking version 1 (with wait_time)
    second = surveys.submit(db, admin, campaign.id, ANSWERS, mode="paper",
                            channel_code="interview", branch_code="HQ",
                            answered_on=date(2026, 11, 20))
    later = surveys.create_campaign(db, admin, kind="periodic", name_ar="استبانة 2027",
                                    starts_on=date(2027, 1, 1))
    assert later.questionnaire_version == 2
    with pytest.raises(ValidationFailed) as err:  # version 2 no longer asks wait_time
        surveys.submit(db, admin, later.id, ANSWERS, mode="desk", channel_code="phone",
                       branch_code="HQ")
    assert [(e.field, e.code) for e in err.value.errors] == [("wait_time", "unknown_question")]
    with db.read() as s:
        rows = {r.id: r for r in s.scalars(select(SurveyResponse))}
    assert rows[first].questionnaire_id == rows[second].questionnaire_id == v1_id
    assert rows[second].answered_on == date(2026, 11, 20)
    assert surveys.questionnaire(db, v1_id).question("reception").text_ar == \
        SATISFACTION_V1.questions[0].text_ar
    counts = {(q.key, q.version): q.responses for q in surveys.questionnaires(db)}
    assert counts[(SATISFACTION, 1)] == 2 and counts[(SATISFACTION, 2)] == 0
    # a stored version cannot be changed in place, even bypassing the service
    with pytest.raises(ValueError, match="save a new version"):
        with db.action(admin, "tamper") as s:
            s.get(SurveyQuestionnaire, v1_id).note = "changed"
    # results over both versions keep the question only version 1 asked
    rep = results.report(db, admin, results.ResultsQuery())
    assert rep.questionnaire.question("wait_time").kind == "single"
    assert rep.questionnaire.question("reception").text_ar == "كيف وجدت الاستقبال؟"


def test_anonymous_kiosk_response_links_no_one(db, admin, campaign, clock):
    person = registry.register(db, admin, beneficiary_form(), branch_code="HQ")
    surveys.record_invitation(db, admin, campaign.id, person.id, subject_ref="req-1")
    session = surveys.start_kiosk(db, admin, campaign.id, "HQ")
    rid = surveys.submit(db, session.actor, campaign.id, ANSWERS, mode="kiosk",
                         channel_code="interview", branch_code="HQ")
    surveys.end_kiosk(db, admin, session)
    with db.read() as s:
        row = s.get(SurveyResponse, rid)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "survey.kiosk_response"))
    assert row.beneficiary_id is None
    assert row.answered_on == clock.now.date()  # a day, no time of day
    assert event.actor_id is None and event.actor_name.startswith("kiosk:")
    assert (event.target_type, event.target_id) == ("kiosk_session", session.id)
    dumped = json.dumps(event.changes, ensure_ascii=False)
    for trace in (person.id, person.file_number, admin.id, "req-1"):
        assert trace not in dumped
    assert [c["table"] for c in event.changes] == ["survey_responses"]
    assert event.changes[0]["after"]["beneficiary_id"] is None


def test_named_response_and_refusals(db, admin, campaign):
    person = registry.register(db, admin, beneficiary_form(), branch_code="HQ")
    rid = surveys.submit(db, admin, campaign.id, ANSWERS, mode="desk", channel_code="interview",
                         branch_code="HQ", beneficiary_id=person.id)
    with db.read() as s:
        assert s.get(SurveyResponse, rid).beneficiary_id == person.id
    with pytest.raises(ValidationFailed) as err:
        surveys.submit(db, admin, campaign.id, ANSWERS, mode="paper", channel_code="x",
                       branch_code="HQ", answered_on=date(2026, 12, 1))
    assert [e.code for e in err.value.errors] == ["in_future"]
    surveys.set_open(db, admin, campaign.id, False)
    with pytest.raises(ValidationFailed) as err:
        surveys.submit(db, admin, campaign.id, ANSWERS, mode="desk", channel_code="x",
                       branch_code="HQ")
    assert err.value.errors[0].code == "campaign_closed"


def test_results_report_and_dict(db, admin, campaign):
    for i, rating in enumerate([5, 4, 4, 3, 2, 5]):
        surveys.submit(db, admin, campaign.id, {**ANSWERS, "overall": rating}, mode="desk",
                       channel_code="interview" if i < 5 else "phone", branch_code="HQ")
    rep = results.report(db, admin, results.ResultsQuery(), lang="ar")
    d = results.to_dict(rep)
    overall = next(r for r in d["ratings"] if r["code"] == "overall")
    # overall: 5+4+4+3+2+5 = 23/6 = 3.83; index 70.8; 4|5: 4 of 6 = 66.7 %
    assert (overall["n"], overall["mean"], overall["index"], overall["share_4_or_5"]) == \
        (6, 3.83, 70.8, 66.7)
    assert d["n"] == 6
    channels = d["by"]["channel"]
    assert [(g["key"], g["n"], g["shown"]) for g in channels] == [
        ("interview", "5", True), ("__other__", "<5", False)]
    assert d["comments"][0]["text"] == "زيادة عدد الموظفين"
    json.dumps(d, ensure_ascii=False)
