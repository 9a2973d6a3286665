"""Two desks act on the same request: a step taken on a request another desk changed since it
was shown is refused (nothing written) and says who changed what; both engines."""

import pytest

from desk_app.services import request_views, staff
from desk_app.services import requests as svc
from desk_app.services.errors import ConflictError
from desk_app.storage.db import Database
from tests.services import test_requests as base
from tests.services.test_requests import open_request

profile, person = base.profile, base.person  # the same fixtures as the request tests


@pytest.fixture
def other_desk(desk_db, desk_admin):
    db = Database(desk_db.url, clock=desk_db.clock)
    clerk = staff.create(desk_db, desk_admin, "researcher2", "research-pass-2026",
                         "منى الباحثة", "researcher", must_change=False)
    yield db, clerk
    db.dispose()


def test_a_tick_on_a_request_changed_elsewhere_is_refused(desk_db, desk_admin, profile, person,
                                                          other_desk):
    r = open_request(desk_db, desk_admin, profile, person)
    shown = request_views.get(desk_db, r.id)  # this desk's screen
    first, second = shown.checklist[0].document_code, shown.checklist[1].document_code
    db2, clerk = other_desk
    svc.verify_document(db2, clerk, r.id, first, seen=True, matches=False, notes="الاسم مختلف",
                        profile=profile, expected_version=shown.version)
    with pytest.raises(ConflictError) as exc:  # this desk ticks the same document as matching
        svc.verify_document(desk_db, desk_admin, r.id, first, seen=True, matches=True,
                            profile=profile, expected_version=shown.version)
    assert exc.value.by == "منى الباحثة"
    stored = request_views.get(desk_db, r.id)
    row = next(i for i in stored.checklist if i.document_code == first)
    assert (row.matches, row.notes) == (False, "الاسم مختلف")  # theirs, not overwritten
    # looking again (the fresh version), the desk may act
    svc.verify_document(desk_db, desk_admin, r.id, second, seen=True, matches=True,
                        profile=profile, expected_version=stored.version)


def test_a_step_on_a_request_moved_elsewhere_names_the_move(desk_db, desk_admin, profile,
                                                            person, other_desk):
    r = open_request(desk_db, desk_admin, profile, person)
    shown = request_views.get(desk_db, r.id)
    db2, clerk = other_desk
    svc.withdraw(db2, desk_admin, r.id, "تراجع المستفيد", expected_version=shown.version)
    with pytest.raises(ConflictError) as exc:
        svc.refer(desk_db, desk_admin, r.id, kind="association", target_name="جمعية البر",
                  reason="خارج النطاق", expected_version=shown.version)
    assert ("status", "withdrawn") in {(c.field, c.after) for c in exc.value.changes}
    assert request_views.get(desk_db, r.id).status == "withdrawn"
    assert not request_views.get(desk_db, r.id).referrals


def test_without_a_shown_version_steps_work_as_before(desk_db, desk_admin, profile, person):
    r = open_request(desk_db, desk_admin, profile, person)  # the CLI and imports pass none
    d = svc.withdraw(desk_db, desk_admin, r.id, "تراجع المستفيد")
    assert d.status == "withdrawn" and d.version > r.version
