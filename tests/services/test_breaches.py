"""The breach register: the 72-hour clock from discovery (on the test clock), the notification
recorded, and the manager's notice counting what is overdue."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.domain.breaches import BreachForm
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import breaches, governance_notices, staff


def test_seventy_two_hours_from_discovery(db, admin, clock):
    manager = staff.create(db, admin, "fahad", "manager-pass-2026", "فهد", "manager",
                           must_change=False)
    clerk = staff.create(db, admin, "salma", "reception-pass-2026", "سلمى", "reception",
                         must_change=False)
    with pytest.raises(ValidationFailed) as bad:
        breaches.record(db, manager, BreachForm("23/11/2026", "08:00", " ", "", -1))
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("discovered", "in_future"), ("description", "required"), ("data_kinds", "required"),
        ("people_affected", "out_of_range")}
    # the clock reads Sunday 22 Nov 2026 09:30; found on Thursday 19 Nov at 14:00
    row = breaches.record(db, manager, BreachForm(
        "19/11/2026", "14:00", "سُرق حاسب المكتب الفرعي", "الأسماء وأرقام الهوية", 120,
        "تغيير كلمات المرور"))
    assert (row.number, row.notify_by, row.overdue) == ("BR-2026-001",
                                                        datetime(2026, 11, 22, 14, 0), False)
    assert row.hours_left == pytest.approx(4.5)
    assert governance_notices.for_actor(db, manager).breaches_overdue == 0
    clock.now = datetime(2026, 11, 22, 14, 1)
    assert breaches.register(db, manager)[0].overdue
    assert governance_notices.for_actor(db, manager).breaches_overdue == 1
    assert governance_notices.for_actor(db, clerk).breaches_overdue == 0  # not theirs to see
    with pytest.raises(PermissionDenied):
        breaches.register(db, clerk)
    with pytest.raises(ValidationFailed) as bad:
        breaches.record_notification(db, manager, row.id, "18/11/2026", "gregorian", "09:00",
                                     "", "")
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("notified", "before_discovery"), ("notified_to", "required")}
    done = breaches.record_notification(db, manager, row.id, "22/11/2026", "gregorian",
                                        "13:00", "الهيئة السعودية للبيانات والذكاء الاصطناعي",
                                        "إبلاغ المستفيدين المتأثرين")
    assert (done.notified_at, done.overdue, done.measures) == (
        datetime(2026, 11, 22, 13, 0), False, "إبلاغ المستفيدين المتأثرين")
    assert governance_notices.for_actor(db, manager).breaches_overdue == 0
