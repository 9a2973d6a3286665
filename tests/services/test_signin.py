"""Sign-in: throttling, lockout after repeated failures, administrator unlock, password policy,
forced change of a password the administrator set; every try audited. Time from the clock
fixture (moved by hand), never the machine's."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import signin, staff
from desk_app.storage import access_log
from desk_app.storage.access_tables import AccessEntry
from desk_app.storage.tables import AuditEvent

PASSWORD = "reception-pass-2026"


@pytest.fixture
def clerk(desk_db, desk_admin):
    return staff.create(desk_db, desk_admin, "salma", PASSWORD, "سلمى", "reception",
                        must_change=False)


def actions(db, target):
    with db.read() as s:
        return [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.target_id == target)
                                            .order_by(AuditEvent.seq))]


def test_fifty_wrong_passwords_lock_the_account_until_the_administrator_unlocks_it(
        desk_db, desk_admin, clerk, clock):
    statuses, started = [], time.perf_counter()
    for i in range(50):
        clock.now += timedelta(minutes=2)  # past every wait: only the lockout stops them
        statuses.append(signin.sign_in(desk_db, "salma", f"guess-{i}").status)
    elapsed = time.perf_counter() - started
    print(f"\n50 wrong passwords took {elapsed:.2f} s; statuses: "
          f"{ {s: statuses.count(s) for s in set(statuses)} }")
    assert statuses == ["wrong"] * 4 + ["locked"] * 46
    assert signin.sign_in(desk_db, "salma", PASSWORD).status == "locked"  # even the right one
    assert staff.authenticate(desk_db, "salma", PASSWORD) is None  # kiosk unlock and CLI too
    assert [r.locked for r in staff.list_staff(desk_db) if r.username == "salma"] == [True]
    assert actions(desk_db, clerk.id) == ["staff.create"] + ["auth.sign_in_failed"] * 4 + [
        "auth.locked"]
    with pytest.raises(PermissionDenied):
        staff.unlock(desk_db, clerk, clerk.id)
    staff.unlock(desk_db, desk_admin, clerk.id)
    result = signin.sign_in(desk_db, "salma", PASSWORD)
    assert result.signed_in and result.actor.id == clerk.id
    assert actions(desk_db, clerk.id)[-2:] == ["staff.unlock", "auth.sign_in"]
    access_log.flush(desk_db)
    with desk_db.read() as s:
        refused = s.scalars(select(AccessEntry.action).where(
            AccessEntry.actor_id == clerk.id, AccessEntry.allowed.is_(False))).all()
    # 45 tries while locked, the right password, authenticate; and the clerk's own unlock
    assert sorted(refused) == ["auth.locked_try"] * 47 + ["staff.manage"]


def test_wrong_passwords_in_a_row_make_the_next_try_wait(desk_db, clerk, clock):
    start = clock.now
    for _ in range(3):
        assert signin.sign_in(desk_db, "salma", "nope-nope").status == "wrong"
    waiting = signin.sign_in(desk_db, "salma", PASSWORD)  # not even checked while waiting
    assert (waiting.status, waiting.retry_at) == ("wait", start + timedelta(seconds=5))
    clock.now = start + timedelta(seconds=5)
    assert signin.sign_in(desk_db, "salma", "nope-nope").retry_at == clock.now + timedelta(
        seconds=10)
    clock.now += timedelta(seconds=10)
    assert signin.sign_in(desk_db, "salma", PASSWORD).signed_in  # the count starts again
    assert signin.sign_in(desk_db, "salma", "nope-nope").status == "wrong"
    assert signin.sign_in(desk_db, "salma", "nope-nope").retry_at is None


def test_unknown_names_say_nothing_more_and_are_logged(desk_db, clerk):
    assert signin.sign_in(desk_db, "nobody", PASSWORD).status == "wrong"
    assert signin.sign_in(desk_db, "salma", "wrong-one").status == "wrong"
    access_log.flush(desk_db)
    with desk_db.read() as s:
        rows = s.execute(select(AccessEntry.actor_name, AccessEntry.action)).all()
    assert [tuple(r) for r in rows] == [("nobody", "auth.sign_in_failed")]


@pytest.mark.parametrize(("password", "code"), [
    ("12345678", "password_too_common"), ("password", "password_too_common"),
    ("Password1", "password_too_common"), ("short", "password_too_short"),
    ("Salma2026", "password_is_username"), ("SALMA!!!", "password_is_username"),
])
def test_password_policy(desk_db, desk_admin, password, code):
    with pytest.raises(ValidationFailed) as refused:
        staff.create(desk_db, desk_admin, "salma", password, "سلمى", "reception")
    assert code in {e.code for e in refused.value.errors}


def test_a_password_the_administrator_set_must_be_changed_first(desk_db, desk_admin, clerk):
    staff.reset_password(desk_db, desk_admin, clerk.id, "temporary-2026")
    first = signin.sign_in(desk_db, "salma", "temporary-2026")
    assert first.status == "must_change" and first.actor.id == clerk.id
    with pytest.raises(ValidationFailed) as refused:
        staff.change_password(desk_db, first.actor, "temporary-2026", "temporary-2026")
    assert {e.code for e in refused.value.errors} == {"password_unchanged"}
    with pytest.raises(ValidationFailed) as refused:
        staff.change_password(desk_db, first.actor, "not-the-old-one", "my-own-secret-9")
    assert {e.field for e in refused.value.errors} == {"old_password"}
    staff.change_password(desk_db, first.actor, "temporary-2026", "my-own-secret-9")
    assert signin.sign_in(desk_db, "salma", "my-own-secret-9").status == "ok"
    assert actions(desk_db, clerk.id)[-4:] == ["staff.reset_password", "auth.sign_in",
                                               "staff.change_password", "auth.sign_in"]
