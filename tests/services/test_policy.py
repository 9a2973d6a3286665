"""The policy held in the profile version by version: the board approvals the presets carry (as
their seeds state them, and none they do not), the yearly review reminder of 003, the staff's
acknowledgements (asked again after every new version)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import installation, policy, presets, staff
from desk_app.storage.db import Database
from tests.conftest import engine_url

ALSIRAJ_MEMBERS = [
    ("أ. د. علي بن عبدالعزيز الخضير", "رئيس مجلس الإدارة"),
    ("أ. د. أحمد بن عبدالله الدريويش", "نائب رئيس المجلس"),
    ("أ. عايض محمد عيد العلي السبيعي", "عضو مجلس الإدارة"),
    ("م. بندر بن سعود النمر", "عضو مجلس الإدارة"),
    ("أ. أنس بن محمد التويجري", "عضو مجلس الإدارة"),
]


def test_presets_carry_exactly_the_approvals_their_seeds_state():
    siraj = presets.load_preset("alsiraj").governance.current
    a = siraj.approval
    # 001: «بجلسته الثانية الذي عقد عن بعد، بتاريخ 10/11/1445 هـ الموافق 18/05/2024 م»
    assert (a.meeting_no, a.date, a.hijri, a.mode) == (2, date(2024, 5, 18), (1445, 11, 10),
                                                       "remote")
    assert [(m.name, m.role) for m in a.members] == ALSIRAJ_MEMBERS
    iou = presets.load_preset("iou_academy").governance.current.approval
    # 002: «بجلسته الثانية المنعقدة بتاريخ: ١٧/٧/١٤٤٢ هـ الموافق: ١/٣/٢٠٢١ م» — no mode, no names
    assert (iou.meeting_no, iou.date, iou.hijri, iou.mode, iou.members) == (
        2, date(2021, 3, 1), (1442, 7, 17), "", ())
    # 000's approval line is illegible in the seed, 003 and 004 state none: nothing invented
    for key in ("althikr_alhakeem", "tuwaiq_cadres"):
        assert presets.load_preset(key).governance.current.approval is None
    assert presets.load_preset("hadiyat_alhaj").governance.policies == ()
    # staff acknowledgement is asked where the seed asks it: 000 §8 and 003 §7-1 (with AML)
    assert presets.load_preset("althikr_alhakeem").governance.current.asks_acknowledgement
    tuwaiq = presets.load_preset("tuwaiq_cadres").governance
    assert "غسل الأموال" in tuwaiq.current.acknowledgement_ar
    assert "غسل الأموال" in tuwaiq.current.text_ar and tuwaiq.review_months == 12
    assert not siraj.asks_acknowledgement


def _initialise(request, engine, tmp_path, clock, preset: str) -> tuple[Database, object]:
    db = Database.open(engine_url(request, engine, tmp_path, f"{preset}.sqlite3"), clock=clock)
    admin = installation.initialise(db, preset_key=preset, branch_code="HQ",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    return db, admin


def test_tuwaiq_yearly_review_is_reminded_when_due(request, engine, tmp_path, clock):
    db, _admin = _initialise(request, engine, tmp_path, clock, "tuwaiq_cadres")
    try:
        state = policy.status(db)
        # recorded at installation (22 Nov 2026); 003 renews its policy yearly
        assert state.recorded_on == date(2026, 11, 22)
        assert state.review_due == date(2027, 11, 22) and not state.review_overdue
        clock.now = datetime(2027, 11, 21, 23, 59)
        assert not policy.status(db).review_overdue
        clock.now = datetime(2027, 11, 22, 8, 0)
        assert policy.status(db).review_overdue
    finally:
        db.dispose()


def test_approval_recorded_and_new_version_asks_again(db, admin, clock):
    clerk = staff.create(db, admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    current = policy.pending(db, clerk)
    assert current is not None and current.number == 1
    with pytest.raises(ValidationFailed):  # words other than those in force
        policy.acknowledge(db, clerk, 1, "0" * 64)
    policy.acknowledge(db, clerk, 1, policy.text_sha256(current))
    assert policy.pending(db, clerk) is None
    policy.acknowledge(db, clerk, 1, policy.text_sha256(current))  # twice: no second row

    approval = policy.record_approval(db, admin, 1, meeting_no=3, date_text="10/11/1445",
                                      calendar="hijri", mode="in_person",
                                      members_text="أ. خالد - رئيس المجلس\nأ. سعد")
    assert (approval.date, approval.hijri) == (date(2024, 5, 18), (1445, 11, 10))
    assert [(m.name, m.role) for m in approval.members] == [("أ. خالد", "رئيس المجلس"),
                                                            ("أ. سعد", "")]
    assert policy.status(db).policy.approval == approval
    assert policy.pending(db, clerk) is None  # an approval does not change the words
    with pytest.raises(ValidationFailed) as bad:
        policy.record_approval(db, admin, 1, meeting_no=0, date_text="31/02/2024",
                               calendar="gregorian", mode="", members_text="")
    assert {e.field for e in bad.value.errors} == {"meeting_no", "date"}

    number = policy.add_version(db, admin, "السياسة المحدثة", "نص جديد", "اطلعت وألتزم.")
    assert number == 2 and policy.pending(db, clerk).number == 2
    version_1 = policy.status(db).versions[1]
    assert version_1.number == 1 and version_1.approval == approval  # kept with its approval
    with pytest.raises(PermissionDenied):
        policy.add_version(db, clerk, "x", "y", "")
    _, rows = policy.acknowledgements(db, admin)
    assert [(r.username, r.acknowledged_at) for r in rows] == [("salma", None), ("admin", None)]
    policy.acknowledge(db, clerk, 2, policy.text_sha256(policy.pending(db, clerk)))
    _, rows = policy.acknowledgements(db, admin)
    assert [(r.username, r.acknowledged_at) for r in rows] == [("admin", None),  # not yet first
                                                               ("salma", clock.now)]
    with pytest.raises(PermissionDenied):
        policy.acknowledgements(db, clerk)
