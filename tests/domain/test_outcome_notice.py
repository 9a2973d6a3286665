"""How the outcome is told, per preset, from each one's own seed: all five answer the person,
only 000 names the means («على الوسيلة المتفق عليها للتواصل معه») and so requires the agreed
channel at intake; the others leave it asked but optional."""

from __future__ import annotations

import pytest

from desk_app.domain.profile import OrgProfile
from desk_app.domain.profile.outcome_notice import OutcomeNotice
from desk_app.domain.requests import agreed_channel
from desk_app.domain.validation import ValidationFailed
from desk_app.services.presets import load_preset

REQUIRED = {"althikr_alhakeem": True, "alsiraj": False, "iou_academy": False,
            "tuwaiq_cadres": False, "hadiyat_alhaj": False}


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_each_preset_says_what_its_seed_says(key):
    notice = load_preset(key).outcome_notice
    assert notice.agreed_channel_required is REQUIRED[key]
    assert "«" in notice.source  # quotes its own policy
    assert ("الوسيلة المتفق عليها" in notice.source) is REQUIRED[key]


def test_the_agreed_channel_defaults_to_the_preferred_one_and_is_required_only_by_the_rule():
    thikr = load_preset("althikr_alhakeem")
    assert agreed_channel("letters", "phone", thikr) == ("letters", [])
    assert agreed_channel("", "phone", thikr) == ("phone", [])
    code, errors = agreed_channel("", "", thikr)
    assert code == "" and [(e.field, e.code) for e in errors] == [
        ("agreed_channel_code", "agreed_channel_required")]
    assert agreed_channel("", "carrier_pigeon", thikr)[1]  # not a channel of the profile
    assert agreed_channel("", "", load_preset("alsiraj")) == ("", [])


def test_the_section_is_read_strictly_and_optional():
    d = load_preset("alsiraj").to_dict()
    d.pop("outcome_notice")
    assert OrgProfile.from_dict(d).outcome_notice == OutcomeNotice()
    d["outcome_notice"] = {"agreed_channel_required": "yes", "sauce": ""}
    with pytest.raises(ValidationFailed) as bad:
        OrgProfile.from_dict(d)
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("outcome_notice.agreed_channel_required", "invalid_type"),
        ("outcome_notice.sauce", "unknown_field")}
