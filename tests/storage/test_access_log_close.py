"""Closing the database waits for a batch of looks the access-log thread is writing: closing
went on at once when the queue looked empty, and the batch then wrote through a closed engine
(reopening a connection, leaving a write-ahead log beside a file the desk had closed)."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from desk_app.storage import access_log
from desk_app.storage.access_tables import AccessEntry
from desk_app.storage.db import Database


def test_closing_waits_for_the_batch_being_written(tmp_path, clock, monkeypatch):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = Database.open(url, clock=clock)
    inside, gate = threading.Event(), threading.Event()
    real_insert = access_log.insert

    def held_insert(table):  # noqa: ANN001, ANN202 - the batch stops half-way until told
        inside.set()
        assert gate.wait(20)
        return real_insert(table)

    monkeypatch.setattr(access_log, "insert", held_insert)
    access_log.record(db, at=clock(), actor_id="s1", actor_name="admin", desk="d",
                      action="beneficiary.open", allowed=True, beneficiary_id="b1",
                      target_type="beneficiary", target_id="b1")
    assert inside.wait(20)  # the thread took the batch: the queue is empty now
    closing = threading.Thread(target=db.dispose)
    closing.start()
    closing.join(0.5)
    assert closing.is_alive(), "closed while a batch of looks was still being written"
    gate.set()
    closing.join(20)
    assert not closing.is_alive()
    again = Database.open(url, clock=clock)
    with again.read() as s:
        assert s.scalar(select(func.count()).select_from(AccessEntry)) == 1
    again.dispose()
