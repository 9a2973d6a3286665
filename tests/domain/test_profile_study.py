"""The profile's social-study section (issue 20): absent in every preset (no seed prescribes a
study form), so the default set in code applies; written, it narrows the parts and names the
required ones, refusing a required part nobody sees and unknown parts."""

from __future__ import annotations

import pytest

from desk_app.domain.profile import OrgProfile
from desk_app.domain.profile.study import DEFAULT_STUDY_FORM, SECTIONS
from desk_app.domain.validation import ValidationFailed
from desk_app.services import presets


@pytest.mark.parametrize("key", [p.key for p in presets.list_presets()])
def test_no_preset_claims_a_study_form_so_the_default_applies(key):
    profile = presets.load_preset(key)
    assert profile.study is None and "study" not in profile.to_dict()
    assert profile.study_form == DEFAULT_STUDY_FORM
    assert DEFAULT_STUDY_FORM.sections == SECTIONS
    assert DEFAULT_STUDY_FORM.required == ("visit", "recommendation")


def test_a_written_section_round_trips_in_canonical_order():
    d = presets.load_preset("alsiraj").to_dict()
    d["study"] = {"sections": ["recommendation", "visit", "needs"], "required": ["needs"]}
    profile = OrgProfile.from_dict(d)
    assert profile.study_form.sections == ("visit", "needs", "recommendation")
    assert profile.study_form.needs("needs") and not profile.study_form.shows("income")
    again = OrgProfile.from_dict(profile.to_dict())
    assert again == profile


def test_unknown_parts_and_a_required_part_not_shown_are_refused():
    d = presets.load_preset("alsiraj").to_dict()
    d["study"] = {"sections": ["visit", "pets"], "required": ["income"], "colour": "x"}
    with pytest.raises(ValidationFailed) as refused:
        OrgProfile.from_dict(d)
    assert sorted((e.field, e.code) for e in refused.value.errors) == [
        ("study.colour", "unknown_field"), ("study.required[0]", "unknown_value"),
        ("study.sections[1]", "unknown_value")]


def test_a_persons_export_names_every_part_of_their_study_in_arabic():
    from desk_app.domain.subject_data import COLUMNS_AR, TABLES_AR
    from desk_app.storage.casework_study_tables import SocialStudy

    assert TABLES_AR["social_studies"] == "البحث الاجتماعي"
    technical = {"id", "request_id", "beneficiary_id", "created_at", "updated_at", "version"}
    assert {c.name for c in SocialStudy.__table__.columns} - technical <= set(COLUMNS_AR)
