"""The access log's writer: entries are queued and written in batches off the caller's path.

Opening a file or a scan must not wait for an extra write transaction, so :func:`record` only
appends to a queue; a short-lived worker thread writes whatever has gathered in one transaction
a moment later (and :func:`flush` writes at once: before the log is read, at exit, in tests).
The log is kept apart from the audit trail: it records looks, not changes.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from typing import Any

from sqlalchemy import insert

from desk_app.storage.access_tables import AccessEntry
from desk_app.storage.tables import new_id

# The database handle (storage.db.Database, which closes this log when it closes: typed
# loosely so that the two modules do not import each other).
Database = Any

log = logging.getLogger(__name__)
BATCH_DELAY_S = 0.25  # how long entries gather before one transaction writes them
MAX_QUEUE = 10_000  # beyond this (the database unwritable for long) the oldest are dropped

_writers: weakref.WeakValueDictionary[int, _Writer] = weakref.WeakValueDictionary()


class _Writer:
    def __init__(self, db: Database):
        self.db = db
        self.queue: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.write_lock = threading.Lock()
        self.worker: threading.Thread | None = None
        self.wake = threading.Event()

    def add(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.queue.append(entry)
            del self.queue[:-MAX_QUEUE]
            if self.worker is None or not self.worker.is_alive():
                self.worker = threading.Thread(target=self._run, name="access-log", daemon=True)
                self.worker.start()

    def _run(self) -> None:
        self.wake.wait(BATCH_DELAY_S)
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - logged by flush, kept queued for the next batch
            pass

    def flush(self) -> int:
        with self.write_lock:
            with self.lock:
                batch, self.queue = self.queue, []
            if not batch:
                return 0
            try:
                with self.db.write_engine.begin() as conn:
                    conn.execute(insert(AccessEntry), batch)
            except Exception:  # noqa: BLE001 - kept for the next try, never lost silently
                log.exception("access log: %d entries not written yet", len(batch))
                with self.lock:
                    self.queue[:0] = batch
                raise
            return len(batch)


def _writer(db: Database) -> _Writer:
    w = getattr(db, "_access_writer", None)
    if w is None:
        w = _Writer(db)
        db._access_writer = w  # type: ignore[attr-defined]
        _writers[id(w)] = w
    return w


def record(db: Database, **entry: Any) -> None:
    """Queue one entry (``at``, ``actor_id``, ``actor_name``, ``desk``, ``action``, ``allowed``,
    ``beneficiary_id``, ``target_type``, ``target_id``)."""
    entry.setdefault("id", new_id())
    _writer(db).add(entry)


def flush_pending(db: Database) -> None:
    """Write what is queued before the database closes; never raises (logged instead)."""
    w = getattr(db, "_access_writer", None)
    if w is None:
        return
    try:  # also when the queue looks empty: a batch being written holds write_lock till done
        w.flush()
    except Exception:  # noqa: BLE001 - closing must go on; flush logged what was kept
        pass


def flush(db: Database) -> int:
    """Write what is queued now; returns how many entries were written."""
    return _writer(db).flush()


@atexit.register
def _flush_all() -> None:
    for w in list(_writers.values()):
        try:
            w.flush()
        except Exception:  # noqa: BLE001 - at exit there is nobody left to tell but the log
            log.exception("access log not written at exit")
