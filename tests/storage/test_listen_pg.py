"""Live screens across desks: a save committed at one desk is announced to another within a
few seconds (LISTEN/NOTIFY); a rolled-back save is not; a desk does not hear its own saves; the
listener reports the server going away and coming back, and hears saves again afterwards."""

import threading
import time

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry
from desk_app.storage import postgres_listen
from desk_app.storage.db import Database, StorageError


class Heard:
    def __init__(self):
        self.changes: list[frozenset[str]] = []
        self.states: list[bool] = []
        self.event = threading.Event()

    def change(self, tables):
        self.changes.append(tables)
        self.event.set()

    def wait(self, timeout=10.0) -> frozenset[str]:
        assert self.event.wait(timeout), "no change announced"
        self.event.clear()
        return self.changes[-1]


def person(i):
    return BeneficiaryForm(first_name=("ريم", "هند", "نوف", "دانة")[i], father_name="سعد", grandfather_name="علي",
                           family_name="العنزي", gender="female", birth_date="01/01/1990",
                           id_number=make_saudi_id(1, f"6600000{i}"), mobile=f"055440000{i}")


@pytest.fixture
def office(pg_url):
    db = Database.open(pg_url)
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="HQ",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    yield db, admin
    db.dispose()


def test_another_desks_save_is_heard_and_a_rolled_back_one_is_not(office, monkeypatch):
    db, admin = office
    heard = Heard()
    listener = postgres_listen.ChangeListener(db.url, heard.change, heard.states.append).start()
    try:
        assert listener.connected.wait(10)
        # this process's own saves are not announced back to it
        registry.register(db, admin, person(1), branch_code="HQ")
        time.sleep(1.0)
        assert heard.changes == []
        # another desk = another process id in the message
        monkeypatch.setattr(postgres_listen, "DESK_ID", "other-desk")
        started = time.monotonic()
        registry.register(db, admin, person(2), branch_code="HQ")
        tables = heard.wait()
        assert time.monotonic() - started < 5
        assert "beneficiaries" in tables
        with pytest.raises(RuntimeError), db.action(admin, "test.rollback") as s:
            postgres_listen.notify(s, ["beneficiaries"])
            raise RuntimeError("the desk's action failed half-way")
        time.sleep(1.0)
        assert len(heard.changes) == 1
    finally:
        listener.stop()
    assert heard.states == [True]


def test_listener_reports_the_server_lost_and_back_and_hears_again(office, pg_server,
                                                                   monkeypatch):
    db, admin = office
    heard = Heard()
    listener = postgres_listen.ChangeListener(db.url, heard.change, heard.states.append,
                                              retry_s=0.3).start()
    try:
        assert listener.connected.wait(10)
        pg_server.stop("immediate")
        try:
            deadline = time.monotonic() + 10
            while listener.connected.is_set() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert heard.states[-1] is False
        finally:
            pg_server.start()
        assert listener.connected.wait(15)
        assert heard.states == [True, False, True]
        monkeypatch.setattr(postgres_listen, "DESK_ID", "other-desk")
        # The desk's pooled connections died with the server: the first action after the
        # restart may be refused as "unavailable" (the banner says so, nothing is written) and
        # the pool is renewed; the person's next try goes through.
        for attempt in range(3):
            try:
                registry.register(db, admin, person(3), branch_code="HQ")
                break
            except StorageError as exc:
                assert exc.code == "unavailable" and attempt < 2, exc
        assert "beneficiaries" in heard.wait()
    finally:
        listener.stop()
