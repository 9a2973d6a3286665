"""Message templates, recipients and the retry schedule, without I/O."""

from datetime import datetime, timedelta

import pytest

from desk_app.domain import messaging as m

NOW = datetime(2026, 11, 22, 9, 30)
VALUES = {"name": "نورة القحطاني", "number": "RYD-2026-000001", "association": "جمعية البر"}


@pytest.mark.parametrize(("gender", "start"), [("female", "المكرمة نورة"), ("male", "المكرم نورة"),
                                                ("", "نورة")])
def test_the_title_follows_the_person_and_is_left_out_when_unknown(gender, start):
    subject, body = m.render("request_received", VALUES, gender=gender)
    assert subject == "استلام طلبكم رقم RYD-2026-000001"
    assert body.startswith(start + " القحطاني، تم استلام طلبكم رقم RYD-2026-000001")


def test_every_event_has_arabic_and_english_with_every_value_filled():
    for event in m.EVENTS:
        for lang in ("ar", "en"):
            subject, body = m.render(event, {**VALUES, "missing": "صورة الهوية",
                                             "decision": "مقبول"}, lang=lang)
            assert subject and body and "{" not in subject + body
            if event not in ("survey_invitation", "aid_ready"):
                assert "RYD-2026-000001" in subject + body


def test_filled_values_cannot_turn_the_message_around_or_add_lines():
    _, body = m.render("decision", {**VALUES, "name": "نورة\u202e\n\u2066سعد\x00",
                                    "decision": "مقبول"})
    assert "نورة سعد" in body
    assert not any(ch in body for ch in "\u202e\u2066\n\x00")


def test_recipients_per_channel():
    assert m.check_recipient("sms", "0551112233") == ("+966551112233", [])
    assert m.check_recipient("email", " a@b.org ") == ("a@b.org", [])
    assert m.check_recipient("sms", "055")[1][0].code == "invalid_mobile"
    assert m.check_recipient("email", "a@b")[1][0].code == "invalid_email"
    assert m.check_recipient("post", "x")[1][0].code == "invalid_choice"


def test_sms_parts_arabic_is_seventy_a_part():
    assert m.sms_segments("a" * 160) == 1 and m.sms_segments("a" * 161) == 2
    assert m.sms_segments("ع" * 70) == 1 and m.sms_segments("ع" * 71) == 2
    assert m.sms_segments("ع" * 135) == 3


def test_retry_schedule_then_give_up():
    waits = [m.next_attempt(n, NOW) for n in range(1, m.MAX_ATTEMPTS + 1)]
    assert [w - NOW for w in waits[:-1]] == [timedelta(minutes=x)
                                             for x in (1, 5, 15, 30, 60, 120, 240)]
    assert waits[-1] is None
