"""What other desks save reaches this one within a second: PostgreSQL ``LISTEN/NOTIFY``.

Every write action on the office server sends, inside its own transaction, one notification
naming the tables it changed (:func:`notify`); PostgreSQL delivers it only if and when the
transaction commits, so a desk never hears of a save that was rolled back. Each desk listens on
one extra connection in a background thread (:class:`ChangeListener`) and hands the tables
changed by *other* desks to a callback (the composition root turns them into the change notice
open screens refresh on). When the server goes away the listener says so (``on_state(False)``),
keeps trying, and says so again when it is back.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from desk_app.storage.postgres import normalise_url

CHANNEL = "desk_changes"
#: This process, so that a desk does not refresh twice for its own saves.
DESK_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def notify(session: Session, tables: Iterable[str]) -> None:
    """Queue the notification of this transaction's changes (sent at commit, if it commits)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    names = sorted(set(tables))
    if names:
        payload = json.dumps({"desk": DESK_ID, "tables": names})
        session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


class ChangeListener:
    """Calls ``on_change(tables)`` (from its own thread) when another desk commits changes."""

    def __init__(self, url: str, on_change: Callable[[frozenset[str]], None],
                 on_state: Callable[[bool], None] | None = None, retry_s: float = 2.0):
        self.engine = create_engine(normalise_url(url), poolclass=NullPool,
                                    connect_args={"connect_timeout": 5})
        self.on_change, self.on_state, self.retry_s = on_change, on_state, retry_s
        self.own = DESK_ID  # this desk's notifications are not news to it
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-listen", daemon=True)
        self.connected = threading.Event()

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.engine.dispose()

    def _state(self, up: bool) -> None:
        if up:
            self.connected.set()
        else:
            self.connected.clear()
        if self.on_state is not None:
            self.on_state(up)

    def _run(self) -> None:
        was_up = None
        while not self._stop.is_set():
            try:
                raw = self.engine.raw_connection()
                try:
                    conn = raw.driver_connection
                    conn.autocommit = True
                    conn.execute(f"LISTEN {CHANNEL}")
                    if was_up is not True:
                        self._state(True)
                    was_up = True
                    self._listen(conn)
                finally:
                    raw.close()
            except Exception:  # noqa: BLE001 - any failure: the server is away; try again
                if was_up is not False:
                    self._state(False)
                was_up = False
                self._stop.wait(self.retry_s)

    def _listen(self, conn) -> None:  # noqa: ANN001 - a psycopg connection
        while not self._stop.is_set():
            for note in conn.notifies(timeout=0.5):
                try:
                    message = json.loads(note.payload)
                except ValueError:
                    continue
                if message.get("desk") != self.own and message.get("tables"):
                    self.on_change(frozenset(message["tables"]))
            conn.execute("SELECT 1")  # notices a server that went away while all was quiet
