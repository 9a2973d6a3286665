"""Organisation profile (R-ORG): presets per seed policy, round trips, validation errors."""

import base64
import copy
import dataclasses
import datetime as dt
import json
from importlib.resources import files

import pytest

from desk_app.domain.profile import (
    COMMITTEE_KINDS,
    CRITERION_KINDS,
    EMPLOYMENT_STATUSES,
    GENDERS,
    QUALIFICATIONS,
    Channel,
    Criterion,
    Holiday,
    OrgProfile,
    PresetInfo,
    blank_profile,
)
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.presets import list_presets, load_preset

KEYS = ["althikr_alhakeem", "alsiraj", "iou_academy", "tuwaiq_cadres", "hadiyat_alhaj"]


def _codes(items):
    return {i.code for i in items}


def _errors(d) -> list[FieldError]:
    with pytest.raises(ValidationFailed) as exc:
        OrgProfile.from_dict(d)
    return list(exc.value.errors)


def _has(errors, field, code):
    return any(e.field == field and e.code == code for e in errors)


# -- presets: load, validate, round trip --------------------------------------------------------


def test_list_presets_names_all_five():
    infos = list_presets()
    assert sorted(i.key for i in infos) == sorted(KEYS)
    assert all(isinstance(i, PresetInfo) and i.name_ar and i.name_en for i in infos)


@pytest.mark.parametrize("key", KEYS)
def test_preset_loads_validates_and_round_trips(key):
    p = load_preset(key)
    assert p.key == key
    assert p.errors() == ()
    d = p.to_dict()
    assert OrgProfile.from_dict(d) == p
    # JSON-serialisable and exactly the shipped canonical file
    assert json.loads(json.dumps(d)) == d
    shipped = json.loads((files("desk_app") / "presets" / f"{key}.json").read_text("utf-8"))
    assert d == shipped


@pytest.mark.parametrize("key", KEYS)
def test_preset_common_shape(key):
    p = load_preset(key)
    assert p.weekend == (4, 5)
    assert p.holidays == ()
    assert p.review_period_months == 12
    assert p.age_calendar == "gregorian"
    assert p.committees_of_kind("follow_up"), "complaints need a follow-up committee"
    assert _codes(p.complaint_categories) == {
        "service_quality", "staff_conduct", "delay", "eligibility_decision", "data_privacy",
        "technical_support"}
    assert p.complaint_channels
    assert p.services and all(s.documents for s in p.services)
    for t in (p.texts.declaration_ar, p.texts.consent_ar, p.texts.receipt_note_ar):
        assert t.strip()
    assert "البيانات الشخصية" in p.texts.consent_ar


def test_unknown_preset_is_keyerror():
    with pytest.raises(KeyError):
        load_preset("no_such_association")
    with pytest.raises(KeyError):
        load_preset("../pyproject")


def test_althikr_alhakeem_000():
    p = load_preset("althikr_alhakeem")
    assert "الذكر الحكيم" in p.name_ar and p.city == "أملج"
    rr = p.response_rule
    assert (rr.kind, rr.days) == ("working_days", 15)
    assert "15" in rr.text_ar and "يوم عمل" in rr.text_ar
    assert _codes(p.channels) == {"interview", "letters", "phone", "fax", "website", "email",
                                  "volunteering"}
    assert p.channel("fax").for_complaints and p.channel("website").for_complaints
    assert {c.kind for c in p.committees} >= {"decision", "follow_up", "investigation"}
    assert p.committee("investigation").name_ar == "لجنة التحقيق والمتابعة"
    assert all(c.contact_officer for c in p.categories)
    assert _codes(p.services) == {"service_request", "support_request"}
    # contact data the policy does not give stay empty
    assert (p.licence_no, p.phone, p.email, p.website) == ("", "", "", "")


@pytest.mark.parametrize("key", ["alsiraj", "iou_academy"])
def test_two_weeks_is_fourteen_calendar_days(key):
    p = load_preset(key)
    assert (p.response_rule.kind, p.response_rule.days) == ("calendar_days", 14)
    assert "أسبوعين" in p.response_rule.text_ar
    assert p.committee("research").kind == "research"
    assert [r.kind for r in p.referral_targets] == ["social_researcher"]
    assert _codes(p.services) == {"service_request", "support_request"}
    assert "proof_of_need" in _codes(p.service("support_request").documents)


def test_alsiraj_001_channels_and_contact():
    p = load_preset("alsiraj")
    assert p.name_ar == "جمعية السراج الأهلية"
    assert _codes(p.channels) == {"interview", "phone", "social_media", "letters", "aid_request",
                                  "volunteering", "website", "representative"}
    assert p.channel("representative").name_ar == "مناديب المكاتب الفرعية"
    assert (p.licence_no, p.email, p.city) == ("5593", "info@alseraj.sa", "الرياض")


def test_iou_academy_002_channels():
    p = load_preset("iou_academy")
    assert p.name_ar == "جمعية الأكاديمية الإسلامية المفتوحة"
    assert _codes(p.channels) == {"interview", "phone", "social_media", "letters",
                                  "volunteering", "website", "representative"}
    assert "fax" not in _codes(p.channels)


def test_tuwaiq_cadres_003():
    p = load_preset("tuwaiq_cadres")
    assert p.name_ar == "جمعية طويق لصناعة الكوادر البشرية"
    assert {"direct", "indirect"} <= _codes(p.categories)
    assert _codes(p.channels) == {"interview", "phone", "letters", "social_researcher",
                                  "social_media", "volunteering", "website"}
    assert [r.kind for r in p.referral_targets] == ["association"]
    assert p.response_rule.kind == "custom" and p.response_rule.notes
    kinds = {c.kind for s in p.services for c in s.criteria}
    assert {"category_in", "age_between", "qualification_in", "employment_status_in"} <= kinds
    jobs = p.service("job_seekers_programme")
    assert jobs.programme
    assert {"national_id", "national_address", "cv", "qualification"} <= _codes(jobs.documents)
    assert "status_proof" in _codes(p.service("special_groups_programme").documents)


def test_hadiyat_alhaj_004():
    p = load_preset("hadiyat_alhaj")
    assert p.name_ar == "جمعية هدية الحاج والمعتمر الخيرية"
    assert _codes(p.channels) == {"service_office", "phone", "social_media", "letters",
                                  "website"}
    rr = p.response_rule
    assert (rr.kind, rr.days) == ("custom", 10)
    assert "المدة اللازمة" in rr.text_ar and "10" in rr.notes
    assert [r.kind for r in p.referral_targets] == ["department"]
    # pilgrims are served: the identity document accepts a passport
    assert "جواز السفر" in p.service("service_request").document("identity_document").name_ar


# -- blank profile, helpers ---------------------------------------------------------------------


def test_blank_profile_is_valid_and_round_trips():
    p = blank_profile()
    assert p.errors() == ()
    assert {"interview", "phone", "letters", "website"} <= _codes(p.channels)
    assert len(p.services) == 1 and p.weekend == (4, 5)
    assert OrgProfile.from_dict(p.to_dict()) == p


def test_lookup_helpers_raise_keyerror():
    p = load_preset("althikr_alhakeem")
    assert p.channel("fax").name_ar == "الفاكس"
    assert p.service("service_request").committee_code == "competent"
    for getter in (p.channel, p.category, p.committee, p.service, p.complaint_category,
                   p.referral_target):
        with pytest.raises(KeyError):
            getter("nope")


def test_with_changes_replaces_and_validates():
    p = blank_profile()
    q = p.with_changes(name_ar="جمعية البر", weekend=(4,))
    assert (q.name_ar, q.weekend, p.weekend) == ("جمعية البر", (4,), (4, 5))
    with pytest.raises(ValidationFailed) as exc:
        p.with_changes(weekend=tuple(range(7)))
    assert _has(exc.value.errors, "weekend", "all_days_weekend")


def test_profile_is_frozen_and_hashable():
    p = load_preset("tuwaiq_cadres")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.name_ar = "x"  # type: ignore[misc]
    assert hash(p) == hash(load_preset("tuwaiq_cadres"))


def test_holidays_and_logo_round_trip():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 8).decode()
    p = blank_profile().with_changes(
        holidays=(Holiday(dt.date(2025, 9, 23), "اليوم الوطني"),), holiday_table_version=3,
        logo_png_b64=png, age_calendar="hijri")
    d = p.to_dict()
    assert d["holidays"] == [{"date": "2025-09-23", "name_ar": "اليوم الوطني"}]
    assert OrgProfile.from_dict(json.loads(json.dumps(d))) == p


def test_vocabularies():
    assert list(QUALIFICATIONS) == ["none", "primary", "intermediate", "secondary", "diploma",
                                    "bachelor", "master", "doctorate"]
    assert set(EMPLOYMENT_STATUSES) == {"unemployed", "employed", "student", "retired",
                                        "self_employed"}
    assert set(GENDERS) == {"male", "female"}
    assert len(CRITERION_KINDS) == 7 and len(COMMITTEE_KINDS) == 4


# -- validation ---------------------------------------------------------------------------------


@pytest.fixture
def base():
    return copy.deepcopy(load_preset("tuwaiq_cadres").to_dict())


def test_duplicate_channel_code(base):
    base["channels"].append(dict(base["channels"][0]))
    errs = _errors(base)
    n = len(base["channels"]) - 1
    assert FieldError(f"channels[{n}].code", "duplicate_code", {"value": "interview"}) in errs


def test_unknown_committee(base):
    base["services"][0]["committee_code"] = "board"
    assert FieldError("services[0].committee_code", "unknown_committee",
                      {"value": "board"}) in _errors(base)


@pytest.mark.parametrize(
    ("weekend", "field", "code"),
    [([4, 7], "weekend[1]", "out_of_range"),
     ([-1], "weekend[0]", "out_of_range"),
     ([0, 1, 2, 3, 4, 5, 6], "weekend", "all_days_weekend"),
     ([4, 4], "weekend[1]", "duplicate_value"),
     (["fri"], "weekend[0]", "invalid_type")],
)
def test_bad_weekend(base, weekend, field, code):
    base["weekend"] = weekend
    assert _has(_errors(base), field, code)


def test_every_error_is_reported_not_just_the_first(base):
    base["name_ar"] = "  "
    base["response_rule"]["days"] = 0
    base["committees"][0]["kind"] = "board"
    base["services"][0]["criteria"][1]["min_age"] = 70  # max is 60
    errs = _errors(base)
    assert _has(errs, "name_ar", "required")
    assert _has(errs, "response_rule.days", "out_of_range")
    assert _has(errs, "committees[0].kind", "unknown_value")
    assert _has(errs, "services[0].criteria[1].max_age", "min_greater_than_max")


@pytest.mark.parametrize(
    ("criterion", "field", "code"),
    [({"kind": "shoe_size_in", "values": ["42"]}, "kind", "unknown_value"),
     ({"kind": "qualification_in", "values": ["phd"]}, "values[0]", "unknown_value"),
     ({"kind": "employment_status_in", "values": []}, "values", "required"),
     ({"kind": "nationality_in", "values": ["Saudi"]}, "values[0]", "unknown_value"),
     ({"kind": "category_in", "values": ["vip"]}, "values[0]", "unknown_category"),
     ({"kind": "gender_is", "value": "other"}, "value", "unknown_value"),
     ({"kind": "age_between", "min_age": None, "max_age": None}, "min_age", "required"),
     ({"kind": "age_between", "min_age": -1, "max_age": 20}, "min_age", "out_of_range"),
     ({"kind": "age_between", "min_age": 30, "max_age": 20}, "max_age",
      "min_greater_than_max"),
     ({"kind": "field_equals", "field": "", "value": "x"}, "field", "required"),
     ({"kind": "gender_is", "value": "male", "values": ["x"]}, "values", "not_applicable")],
)
def test_bad_criteria(base, criterion, field, code):
    base["services"][0]["criteria"] = [criterion]
    assert _has(_errors(base), f"services[0].criteria[0].{field}", code)


def test_structure_errors(base):
    base["channels"][0]["for_complaints"] = "yes"
    base["colour"] = "green"
    base["holidays"] = [{"date": "2025-13-01", "name_ar": "x"}]
    base["email"] = "not-an-email"
    base["logo_png_b64"] = base64.b64encode(b"GIF89a").decode()
    del base["texts"]
    errs = _errors(base)
    assert _has(errs, "channels[0].for_complaints", "invalid_type")
    assert _has(errs, "colour", "unknown_field")
    assert _has(errs, "holidays[0].date", "invalid_date")
    assert _has(errs, "email", "invalid_email")
    assert _has(errs, "logo_png_b64", "invalid_png")
    assert _has(errs, "texts", "required")


def test_codes_and_names_required(base):
    base["categories"][1]["code"] = "Direct Beneficiary"
    base["channels"][0]["name_en"] = ""
    errs = _errors(base)
    assert _has(errs, "categories[1].code", "invalid_code")
    assert _has(errs, "channels[0].name_en", "required")


def test_empty_channel_list_rejected(base):
    base["channels"] = []
    assert _has(_errors(base), "channels", "required")


def test_not_a_mapping():
    assert _errors(["not", "a", "profile"]) == [FieldError("", "invalid_type",
                                                           {"expected": "object"})]


def test_criterion_constructors_round_trip(base):
    crit = (Criterion.nationality_in("SA", "YE"), Criterion.gender_is("female"),
            Criterion.field_equals("region", "الشرقية"), Criterion.age_between(None, 35))
    p = OrgProfile.from_dict(base)
    svc = dataclasses.replace(p.services[0], criteria=crit)
    q = p.with_changes(services=(svc,) + p.services[1:])
    assert OrgProfile.from_dict(json.loads(json.dumps(q.to_dict()))) == q
    assert q.to_dict()["services"][0]["criteria"][2] == {
        "kind": "field_equals", "field": "region", "value": "الشرقية"}


def test_validation_of_profiles_built_in_code():
    p = blank_profile()
    dup = p.channels + (Channel("phone", "هاتف", "Phone"),)
    with pytest.raises(ValidationFailed) as exc:
        p.with_changes(channels=dup)
    assert _has(exc.value.errors, f"channels[{len(dup) - 1}].code", "duplicate_code")
