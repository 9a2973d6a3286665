"""Input hygiene at the door and gendered wording (issue 17): pure rules, no Qt, no database."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import beneficiary as rules
from desk_app.domain.gendered import form_errors, pick, resolve
from desk_app.domain.profile import OrgProfile, blank_profile
from desk_app.domain.text_input import NAME_MAX, clean_text, name_error
from desk_app.domain.validation import ValidationFailed
from desk_app.services.presets import load_preset
from tests.domain.test_beneficiary import good as valid_form

TODAY = date(2026, 11, 22)


# -- names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["محمد", "عبد الله", "آل سعود", "O'Brien", "Jean-Luc", "مُحَمَّد",
                                  "José", "فرزانه\u200cای", "Łukasz", "ابن‑سينا".replace("‑", "-")])
def test_names_of_many_scripts_are_accepted(name):
    assert name_error(name, "first_name") is None


@pytest.mark.parametrize("name, code", [
    ("محمد\u202e", "name_invalid_characters"), ("سارة\u2067", "name_invalid_characters"),
    ("علي😀", "name_invalid_characters"), ("خالد\ue000", "name_invalid_characters"),
    ("فهد!", "name_invalid_characters"), ("أحمد2", "name_has_digits"),
    ("ا" * (NAME_MAX + 1), "name_too_long"),
])
def test_names_refuse_what_a_name_cannot_hold(name, code):
    assert name_error(name, "first_name").code == code


def test_registration_form_reports_the_name_problem_beside_the_field():
    form = dataclasses.replace(valid_form(), first_name="ا" * 5000, family_name="آل\u202eسعود")
    data, errors = rules.validate(form, TODAY)
    assert data is None
    assert {(e.field, e.code) for e in errors} >= {("first_name", "name_too_long"),
                                                   ("family_name", "name_invalid_characters")}


# -- other text -----------------------------------------------------------------------------

def test_other_text_loses_invisible_characters_with_a_notice():
    form = dataclasses.replace(valid_form(), street="طريق\u202e الملك",
                               notes="سطر\u2066 أول\nثان\ue000")
    data, errors = rules.validate(form, TODAY)
    assert errors == [] and data.street == "طريق الملك" and data.notes == "سطر أول\nثان"
    assert {(e.field, e.code) for e in rules.entry_notices(form)} == {
        ("street", "invisible_removed"), ("notes", "invisible_removed")}
    assert rules.entry_notices(valid_form()) == []


@given(st.text())
def test_cleaned_text_holds_no_invisible_or_private_character(value):
    cleaned, changed = clean_text(value, multiline=True)
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert not any(ch in cleaned for ch in controls)
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in cleaned)
    assert changed == (cleaned != value.replace("\r\n", "\n").replace("\t", " "))


# -- gender -----------------------------------------------------------------------------------

def test_gendered_forms_follow_the_record_and_are_neutral_when_unknown():
    text = "أقر أنا {الموقّع|الموقّعة} أدناه وأنني {مسؤول|مسؤولة}"
    assert resolve(text, "male") == "أقر أنا الموقّع أدناه وأنني مسؤول"
    assert resolve(text, "female") == "أقر أنا الموقّعة أدناه وأنني مسؤولة"
    assert resolve(text, "") == "أقر أنا الموقّع/الموقّعة أدناه وأنني مسؤول/مسؤولة"
    assert pick("المكرم", "المكرمة", "female") == "المكرمة"


def test_a_malformed_gender_form_is_a_profile_error():
    assert form_errors("{الموقع}", "texts.declaration_ar")[0].code == "invalid_gender_form"
    assert form_errors("{a|b} و {c|d}", "x") == []
    d = blank_profile().to_dict()
    d["texts"]["declaration_ar"] = "أقر أنا {الموقع أدناه"
    with pytest.raises(ValidationFailed) as exc:
        OrgProfile.from_dict(d)
    assert ("texts.declaration_ar", "invalid_gender_form") in {
        (e.field, e.code) for e in exc.value.errors}


# -- the response rule's promise --------------------------------------------------------------

def test_each_preset_promises_what_its_policy_says():
    promises = {k: load_preset(k).response_rule.promise for k in (
        "althikr_alhakeem", "alsiraj", "iou_academy", "tuwaiq_cadres", "hadiyat_alhaj")}
    assert promises == {"althikr_alhakeem": "deadline", "alsiraj": "minimum",
                        "iou_academy": "minimum", "tuwaiq_cadres": "none",
                        "hadiyat_alhaj": "none"}


def test_profiles_saved_before_the_promise_existed_keep_their_meaning():
    d = load_preset("hadiyat_alhaj").to_dict()
    del d["response_rule"]["promise"]
    assert OrgProfile.from_dict(d).response_rule.promise == "none"  # custom: no period
    d = load_preset("althikr_alhakeem").to_dict()
    del d["response_rule"]["promise"]
    assert OrgProfile.from_dict(d).response_rule.promise == "deadline"


def test_a_promised_period_needs_its_wording():
    d = blank_profile().to_dict()
    d["response_rule"]["text_ar"] = ""
    with pytest.raises(ValidationFailed) as exc:
        OrgProfile.from_dict(d)
    assert ("response_rule.text_ar", "required") in {(e.field, e.code) for e in exc.value.errors}
    d["response_rule"]["promise"] = "none"
    assert OrgProfile.from_dict(d).response_rule.text_ar == ""
