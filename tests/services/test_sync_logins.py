"""A login per branch on the head office's PostgreSQL server (issue 14): made when the branch
is enrolled, used by the branch's direct sync, and unable to read or change what a branch has
no business with. On the real server (a login is a server's notion: PostgreSQL only)."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk_app.services import sync
from desk_app.storage import postgres
from tests.services.sync_sites import contents, make_head, make_site, person, register


@pytest.fixture
def head(pg_url, clock):
    site = make_head(pg_url, clock)
    yield site
    site.db.dispose()


@pytest.fixture
def branch(head, tmp_path, clock):
    site = make_site(f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock, "jedadmin")
    enrolment = sync.enrol_branch(head.db, head.admin, "JED")
    site.enrolment = json.loads(enrolment)
    sync.join(site.db, site.admin, enrolment)
    yield site
    site.db.dispose()


def no_user(url: str) -> str:
    """The server's address as a branch is given it: no login in it."""
    parsed = make_url(url)
    out = url.replace(f"//{parsed.username}@", "//", 1)
    assert make_url(out).username is None
    return out


def test_enrolling_makes_a_login_the_branch_syncs_with(head, branch, pg_url):
    login = branch.enrolment["login"]
    assert login.startswith("desk_jed_") and len(branch.enrolment["password"]) >= 24
    mine, theirs = register(branch, 1), register(head, 2)
    # no user in the address: only the enrolment's login can connect (the OS user has none)
    result = sync.sync_to(branch.db, no_user(pg_url), branch.admin)
    assert result.error == ""
    assert person(head, mine) is not None and person(branch, theirs) is not None
    assert contents(head) == contents(branch)


def _as(pg_url: str, login: str):  # noqa: ANN202
    return create_engine(postgres.normalise_url(
        make_url(pg_url).set(username=login).render_as_string(hide_password=False)))


DENIED = [
    "SELECT key FROM sync_peers",  # every branch's exchange-file key stays at the head office
    "UPDATE audit_events SET actor_name = 'x'",  # the audit trail is append-only
    "DELETE FROM audit_events",
    "DELETE FROM sync_changes",
    "UPDATE app_settings SET value = 'branch' WHERE key = 'sync.role'",
    "SELECT count(*) FROM access_log",  # who looked at which file
    "SELECT count(*) FROM outbox_messages",
    "SELECT count(*) FROM online_arrivals",
    "SELECT count(*) FROM sync_files_seen",
    "UPDATE counters SET value = 0",
    "UPDATE alembic_version SET version_num = 'x'",
    "DROP TABLE beneficiaries",
    "CREATE TABLE mine (x int)",
]


def test_the_branch_login_cannot_touch_what_is_not_its_business(head, branch, pg_url):
    sync.enrol_branch(head.db, head.admin, "DMM")
    engine = _as(pg_url, branch.enrolment["login"])
    try:
        for sql in DENIED:
            with engine.connect() as conn, pytest.raises(Exception) as caught:
                conn.exec_driver_sql(sql)
            assert isinstance(caught.value.orig, psycopg.errors.InsufficientPrivilege), sql
        with engine.begin() as conn:
            assert conn.exec_driver_sql("SELECT code FROM sync_peers").scalars().all() == ["JED"]
            moved = conn.exec_driver_sql("UPDATE sync_peers SET acked = 99 WHERE code = 'DMM'")
            assert moved.rowcount == 0  # another branch's row: invisible, unchanged
            assert conn.exec_driver_sql("SELECT count(*) FROM beneficiaries").scalar() >= 0
    finally:
        engine.dispose()
    with head.db.read() as s:
        assert s.execute(text("SELECT acked FROM sync_peers WHERE code = 'DMM'")).scalar() == 0
