"""Committee meetings' rules (issue 20): the quorum and who approves the minutes come from the
profile; no seed states either, so no preset carries the section and the defaults apply (more
than half the committee present; every member present approves)."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain import meetings as rules
from desk_app.domain.profile import OrgProfile
from desk_app.domain.profile.meetings import MeetingRules
from desk_app.domain.validation import ValidationFailed
from desk_app.services.presets import list_presets, load_preset


@pytest.mark.parametrize(("members", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (5, 3)])
def test_default_quorum_is_more_than_half(members, needed):
    assert MeetingRules().quorum_needed(members) == needed


def test_other_quorum_and_approval_rules():
    assert MeetingRules(quorum="all").quorum_needed(4) == 4
    assert MeetingRules(quorum="count", quorum_count=3).quorum_needed(9) == 3
    assert MeetingRules().approvals_needed(3) == 3
    assert MeetingRules(approval="majority_present").approvals_needed(3) == 2
    q = rules.quorum(MeetingRules(), 5, 2)
    assert (q.needed, q.met) == (3, False)


def test_presets_say_nothing_the_seeds_do_not():
    for info in list_presets():
        profile = load_preset(info.key)
        assert profile.meetings is None and "meetings" not in profile.to_dict()
        assert profile.meeting_rules == MeetingRules()


def test_profile_section_read_back_and_checked():
    data = load_preset("alsiraj").to_dict()
    data["meetings"] = {"quorum": "count", "quorum_count": 3, "approval": "majority_present"}
    profile = OrgProfile.from_dict(data)
    assert profile.meeting_rules == MeetingRules("count", 3, "majority_present")
    assert OrgProfile.from_dict(profile.to_dict()) == profile
    data["meetings"] = {"quorum": "half", "quorum_count": 0, "extra": 1}
    with pytest.raises(ValidationFailed) as err:
        OrgProfile.from_dict(data)
    assert {e.field for e in err.value.errors} >= {
        "meetings.quorum", "meetings.quorum_count", "meetings.extra"}


def test_meeting_and_decisions_are_checked():
    form = rules.MeetingForm("competent", date(2026, 11, 22), "remote", "", ("a", "b"))
    assert rules.validate_meeting(form, ["competent"], ["a", "b", "c"]) == []  # remote: no room
    twice = rules.MeetingForm("competent", date(2026, 11, 22), "in_person", "قاعة", ("a", "a"))
    assert [e.code for e in rules.validate_meeting(twice, ["competent"], ["a"])] == [
        "invalid_choice"]
    items = [rules.ItemDecision("r1", "accepted"), rules.ItemDecision("r2", "postponed"),
             rules.ItemDecision("r1", "maybe")]
    assert [(e.field, e.code) for e in rules.validate_items(items)] == [
        ("items.1.reason", "required"), ("items.2.decision", "invalid_choice"),
        ("items.2.request", "duplicate")]
    assert [e.code for e in rules.validate_items([])] == ["required"]
