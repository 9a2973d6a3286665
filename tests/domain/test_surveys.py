"""Questionnaire rules: validation of wording and of answers of every kind."""

import pytest

from desk_app.domain.survey_defaults import DEFAULTS, SATISFACTION_V1
from desk_app.domain.surveys import Questionnaire, clean_answers
from desk_app.domain.validation import ValidationFailed


def test_defaults_are_valid_and_cover_every_kind():
    for q in DEFAULTS:
        assert Questionnaire.from_dict(q.to_dict()) == q
    kinds = {x.kind for x in SATISFACTION_V1.questions}
    assert kinds == {"rating", "yes_no", "single", "multiple", "text"}
    assert SATISFACTION_V1.rating_codes() == ("reception", "clarity", "waiting", "courtesy",
                                              "overall")


def test_answers_checked_per_kind():
    ok = {"reception": 5, "clarity": 4, "waiting": 3, "courtesy": 5, "overall": 4,
          "service_obtained": False, "wait_time": "15_30",
          "improve": ["online", "shorter_wait"], "suggestions": "  شكرا  "}
    out = clean_answers(SATISFACTION_V1, ok)
    assert out["improve"] == ["shorter_wait", "online"]  # the question's order
    assert out["suggestions"] == "شكرا"
    bad = {**ok, "reception": 6, "service_obtained": "yes", "wait_time": "x",
           "improve": ["online", "online"], "extra": 1}
    del bad["overall"]
    with pytest.raises(ValidationFailed) as err:
        clean_answers(SATISFACTION_V1, bad)
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("reception", "invalid_rating"), ("service_obtained", "invalid_choice"),
        ("wait_time", "invalid_choice"), ("improve", "invalid_choice"),
        ("overall", "required"), ("extra", "unknown_question")}


def test_optional_questions_may_be_left_out():
    minimal = {"reception": 1, "clarity": 2, "waiting": 3, "courtesy": 4, "overall": 5,
               "service_obtained": True, "suggestions": "", "improve": []}
    assert set(clean_answers(SATISFACTION_V1, minimal)) == {
        "reception", "clarity", "waiting", "courtesy", "overall", "service_obtained"}


def test_bad_wording_is_refused_with_paths():
    d = SATISFACTION_V1.to_dict()
    d["questions"][1]["code"] = "reception"
    d["questions"][6]["choices"] = d["questions"][6]["choices"][:1]
    d["questions"][0]["text_ar"] = ""
    with pytest.raises(ValidationFailed) as err:
        Questionnaire.from_dict(d)
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("questions[1].code", "duplicate_code"), ("questions[6].choices", "too_few_choices"),
        ("questions[0].text_ar", "required")}
