"""Eligibility (R-VER-3): every criterion kind passes and fails with its reason; ages."""

import datetime as dt

import hijridate
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.eligibility import (
    BeneficiaryFacts,
    Reason,
    Verdict,
    age_years,
    describe_reason_ar,
    evaluate,
)
from desk_app.domain.profile import Criterion
from desk_app.services.presets import load_preset

TODAY = dt.date(2025, 6, 15)

def _born(years_ago: int, today=TODAY) -> dt.date:
    return today.replace(year=today.year - years_ago)


ADULT = BeneficiaryFacts(
    category="direct",
    birth_date=dt.date(1995, 3, 10),
    qualification="bachelor",
    employment_status="unemployed",
    nationality="SA",
    gender="female",
    extra={"region": "الشرقية"},
)


def _only_reason(criterion, facts, today=TODAY, cal="gregorian") -> Reason:
    v = evaluate([criterion], facts, today, cal)
    assert not v.eligible
    assert len(v.reasons) == 1
    return v.reasons[0]


# -- each kind: pass and fail ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("criterion", "facts_change", "code", "params"),
    [
        (Criterion.category_in("direct", "indirect"), {"category": "partner_association"},
         "category_not_allowed", {"allowed": ["direct", "indirect"],
                                  "actual": "partner_association"}),
        (Criterion.qualification_in("diploma", "bachelor"), {"qualification": "secondary"},
         "qualification_not_allowed", {"allowed": ["diploma", "bachelor"],
                                       "actual": "secondary"}),
        (Criterion.employment_status_in("unemployed"), {"employment_status": "employed"},
         "employment_status_not_allowed", {"allowed": ["unemployed"], "actual": "employed"}),
        (Criterion.nationality_in("SA", "YE"), {"nationality": "EG"},
         "nationality_not_allowed", {"allowed": ["SA", "YE"], "actual": "EG"}),
        (Criterion.gender_is("female"), {"gender": "male"},
         "gender_mismatch", {"expected": "female", "actual": "male"}),
        (Criterion.field_equals("region", "الشرقية"), {"extra": {"region": "الرياض"}},
         "field_mismatch", {"field": "region", "expected": "الشرقية", "actual": "الرياض"}),
        (Criterion.age_between(18, 35), {"birth_date": _born(40)},
         "age_above_max", {"max": 35, "age": 40}),
        (Criterion.age_between(18, None), {"birth_date": _born(17)},
         "age_below_min", {"min": 18, "age": 17}),
    ],
)
def test_each_kind_passes_and_fails_with_reason(criterion, facts_change, code, params):
    assert evaluate([criterion], ADULT, TODAY) == Verdict(True, ())
    facts = BeneficiaryFacts(**{**ADULT.__dict__, **facts_change})
    reason = _only_reason(criterion, facts)
    assert reason.criterion_kind == criterion.kind
    assert reason.code == code
    assert dict(reason.params) == params


@pytest.mark.parametrize(
    ("criterion", "missing", "code"),
    [(Criterion.category_in("direct"), {"category": None}, "category_missing"),
     (Criterion.qualification_in("bachelor"), {"qualification": ""}, "qualification_missing"),
     (Criterion.employment_status_in("unemployed"), {"employment_status": None},
      "employment_status_missing"),
     (Criterion.nationality_in("SA"), {"nationality": None}, "nationality_missing"),
     (Criterion.gender_is("male"), {"gender": None}, "gender_missing"),
     (Criterion.field_equals("region", "x"), {"extra": {}}, "field_missing"),
     (Criterion.age_between(18, 60), {"birth_date": None}, "birth_date_missing")],
)
def test_missing_facts_fail_with_their_own_code(criterion, missing, code):
    facts = BeneficiaryFacts(**{**ADULT.__dict__, **missing})
    assert _only_reason(criterion, facts).code == code


def test_birth_date_missing_params():
    r = _only_reason(Criterion.age_between(18, 60), BeneficiaryFacts(category="direct"))
    assert r == Reason("age_between", "birth_date_missing", {"min": 18, "max": 60})


def test_birth_date_in_future_is_not_an_age():
    r = _only_reason(Criterion.age_between(None, 5),
                     BeneficiaryFacts(birth_date=TODAY + dt.timedelta(days=1)))
    assert r.code == "birth_date_in_future"


def test_nationality_is_case_insensitive():
    assert evaluate([Criterion.nationality_in("SA")],
                    BeneficiaryFacts(nationality="sa"), TODAY).eligible


def test_no_criteria_means_eligible():
    assert evaluate([], BeneficiaryFacts(), TODAY) == Verdict(True, ())


def test_multiple_failures_give_multiple_reasons_in_order():
    criteria = [
        Criterion.category_in("direct"),
        Criterion.age_between(18, 35),
        Criterion.qualification_in("bachelor"),
        Criterion.employment_status_in("unemployed"),
        Criterion.gender_is("female"),
    ]
    facts = BeneficiaryFacts(category="indirect", birth_date=_born(16),
                             qualification="intermediate", employment_status="student",
                             gender="female")
    v = evaluate(criteria, facts, TODAY)
    assert not v.eligible
    assert [r.code for r in v.reasons] == [
        "category_not_allowed", "age_below_min", "qualification_not_allowed",
        "employment_status_not_allowed"]
    assert dict(v.reasons[1].params) == {"min": 18, "age": 16}


def test_only_the_criteria_decide():
    # The same facts differing only in things no criterion names get the same verdict.
    criteria = [Criterion.age_between(18, 60), Criterion.employment_status_in("unemployed")]
    a = BeneficiaryFacts(birth_date=_born(30), employment_status="unemployed", gender="male",
                         nationality="SA", qualification="none", category="x")
    b = BeneficiaryFacts(birth_date=_born(30), employment_status="unemployed",
                         gender="female", nationality="YE", qualification="doctorate",
                         category="y", extra={"anything": "else"})
    assert evaluate(criteria, a, TODAY) == evaluate(criteria, b, TODAY) == Verdict(True, ())


# -- age ---------------------------------------------------------------------------------------


def test_turns_eighteen_today_is_eligible_for_min_18():
    today = dt.date(2025, 6, 15)
    c = [Criterion.age_between(18, None)]
    assert evaluate(c, BeneficiaryFacts(birth_date=dt.date(2007, 6, 15)), today).eligible
    r = _only_reason(c[0], BeneficiaryFacts(birth_date=dt.date(2007, 6, 16)), today)
    assert dict(r.params) == {"min": 18, "age": 17}


def test_max_age_is_inclusive_until_next_birthday():
    c = Criterion.age_between(None, 35)
    assert evaluate([c], BeneficiaryFacts(birth_date=dt.date(1989, 6, 16)), TODAY).eligible
    r = _only_reason(c, BeneficiaryFacts(birth_date=dt.date(1989, 6, 15)), TODAY)
    assert dict(r.params) == {"max": 35, "age": 36}


@pytest.mark.parametrize(
    ("today", "age"),
    [(dt.date(2026, 2, 28), 17),   # common year: not yet
     (dt.date(2026, 3, 1), 18),    # birthday counted on 1 March
     (dt.date(2028, 2, 28), 19),
     (dt.date(2028, 2, 29), 20)],  # leap year: on the day itself
)
def test_feb_29_birthday(today, age):
    born = dt.date(2008, 2, 29)
    assert age_years(born, today) == age
    eligible = evaluate([Criterion.age_between(18, None)], BeneficiaryFacts(birth_date=born),
                        today).eligible
    assert eligible == (age >= 18)


def test_hijri_age_differs_from_gregorian():
    born, today = dt.date(2007, 1, 1), dt.date(2024, 9, 1)
    assert age_years(born, today, "gregorian") == 17
    assert age_years(born, today, "hijri") == 18
    facts = BeneficiaryFacts(birth_date=born)
    c = [Criterion.age_between(18, None)]
    assert not evaluate(c, facts, today).eligible
    assert evaluate(c, facts, today, age_calendar="hijri").eligible


def test_hijri_age_turns_on_the_hijri_birthday():
    born = hijridate.Hijri(1428, 5, 10).to_gregorian()
    eve = hijridate.Hijri(1446, 5, 9).to_gregorian()
    day = hijridate.Hijri(1446, 5, 10).to_gregorian()
    b = dt.date(born.year, born.month, born.day)
    assert age_years(b, dt.date(eve.year, eve.month, eve.day), "hijri") == 17
    assert age_years(b, dt.date(day.year, day.month, day.day), "hijri") == 18


def test_hijri_age_outside_umm_al_qura_range_is_still_counted():
    # 1920 is before the Umm al-Qura table; an arithmetic calendar is used instead.
    assert age_years(dt.date(1920, 1, 1), dt.date(2025, 1, 1), "hijri") == 108


def test_unknown_calendar_rejected():
    with pytest.raises(ValueError):
        evaluate([], BeneficiaryFacts(), TODAY, age_calendar="julian")


@given(st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2070, 12, 31)),
       st.integers(min_value=0, max_value=5000))
def test_hijri_age_is_at_least_gregorian_age(born, days):
    today = born + dt.timedelta(days=days)
    g, h = age_years(born, today), age_years(born, today, "hijri")
    assert 0 <= g <= h <= g + 1 + g // 30


@given(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.integers(min_value=0, max_value=120))
def test_gregorian_age_matches_birthday_arithmetic(born, years):
    try:
        birthday = born.replace(year=born.year + years)
    except ValueError:  # 29 Feb into a common year: birthday is 1 March
        birthday = dt.date(born.year + years, 3, 1)
    assert age_years(born, birthday) == years
    assert age_years(born, birthday - dt.timedelta(days=1)) == years - 1


# -- Arabic sentences --------------------------------------------------------------------------


def test_describe_age_below_min():
    r = Reason("age_between", "age_below_min", {"min": 18, "age": 16})
    assert describe_reason_ar(r) == "العمر (16 سنة) أقل من الحد الأدنى المطلوب (18 سنة)"


def test_describe_uses_profile_category_names_and_vocab_labels():
    profile = load_preset("tuwaiq_cadres")
    r = Reason("category_in", "category_not_allowed",
               {"allowed": ["direct"], "actual": "indirect"})
    text = describe_reason_ar(r, profile)
    assert "مستفيد غير مباشر" in text and "مستفيد مباشر" in text and "indirect" not in text
    q = Reason("qualification_in", "qualification_not_allowed",
               {"allowed": ["bachelor", "master"], "actual": "secondary"})
    assert describe_reason_ar(q) == (
        "المؤهل الدراسي (ثانوي) لا يطابق المؤهلات المطلوبة لهذه الخدمة (بكالوريوس، ماجستير)")
    f = Reason("field_equals", "field_mismatch",
               {"field": "region", "expected": "الشرقية", "actual": "الرياض"})
    assert "المنطقة" in describe_reason_ar(f, {"region": "المنطقة"})


def test_every_reason_code_produced_has_a_sentence():
    criteria = [Criterion.category_in("direct"), Criterion.age_between(18, 20),
                Criterion.qualification_in("bachelor"),
                Criterion.employment_status_in("unemployed"), Criterion.nationality_in("SA"),
                Criterion.gender_is("male"), Criterion.field_equals("region", "x")]
    generic = describe_reason_ar(Reason("x", "unheard_of", {}))
    for facts in (BeneficiaryFacts(),
                  BeneficiaryFacts("indirect", _born(30), "none", "employed", "EG", "female",
                                   {"region": "y"}),
                  BeneficiaryFacts(birth_date=_born(10)),
                  BeneficiaryFacts(birth_date=TODAY + dt.timedelta(days=3))):
        for r in evaluate(criteria, facts, TODAY).reasons:
            text = describe_reason_ar(r)
            assert text and text != generic, r.code
            assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_preset_programme_criteria_end_to_end():
    svc = load_preset("tuwaiq_cadres").service("job_seekers_programme")
    ok = BeneficiaryFacts("direct", _born(24), "diploma", "unemployed", "SA", "male")
    assert evaluate(svc.criteria, ok, TODAY).eligible
    employed_teen = BeneficiaryFacts("direct", _born(16), "intermediate", "employed")
    codes = [r.code for r in evaluate(svc.criteria, employed_teen, TODAY).reasons]
    assert codes == ["age_below_min", "qualification_not_allowed",
                     "employment_status_not_allowed"]
