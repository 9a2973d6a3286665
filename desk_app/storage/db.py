"""Engine, SQLite pragmas, migrations at start, and the one-transaction-per-action runner.

Reads use ordinary deferred transactions. Writes take the SQLite write lock up front
(``BEGIN IMMEDIATE``) so two desks on one file never deadlock half-way through an action, and
every write goes through :meth:`Database.action`, which records exactly one audit event listing
every row the action changed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk_app.domain.entities import Actor
from desk_app.storage import (
    access_log,
    cipher,
    desk_lease,
    direct_insert,
    location,
    postgres,
    postgres_listen,
    schema,  # noqa: F401 - every mapper known before the first session
)
from desk_app.storage.audit import AuditCapture
from desk_app.storage.sync_log import SyncCapture
from desk_app.storage.upgrade import UpgradeFailed, UpgradeNotice, upgrade_with_backup

# Kept equal to Alembic's head by tests/storage/test_migrations.py, so that start-up can skip
# importing Alembic (slow) when the database is already current.
HEAD_REVISION = "0046_name_prefixes"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

Clock = Callable[[], datetime]


class StorageError(Exception):
    """A database problem people can act on; ``code`` picks the message shown to them.

    Codes: ``locked`` (another desk holds the database), ``readonly`` (cannot be written),
    ``disk_full``, ``corrupt``, ``unavailable`` (cannot be opened), ``conflict`` (someone else
    changed the record meanwhile), ``duplicate`` (a unique value already exists),
    ``network_path`` (an SQLite file on a network share: use the office server),
    ``upgrade_failed`` (the schema upgrade at start failed; the database is as it was and a
    backup taken just before is named in ``detail``), ``restoring`` (a restore is replacing the
    database), ``replaced`` (:class:`DatabaseReplaced`), ``bad_url`` (``--db`` names no
    database this application can use), ``key_needed`` (the file is encrypted and its key has
    not been unlocked: :mod:`desk_app.services.encryption`).
    """

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


class DatabaseReplaced(StorageError):
    """The database file was replaced (restored) after this desk opened it: the desk must stop
    and sign in again on the new one; nothing more is read from or written to the old one."""

    def __init__(self, detail: str = ""):
        super().__init__("replaced", detail)


def classify(exc: BaseException) -> StorageError:
    """Map a driver exception to a :class:`StorageError` code."""
    original = getattr(exc, "orig", exc)
    code = postgres.classify_code(original)
    if code is not None:
        return StorageError(code, str(original))
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return StorageError("locked", str(original))
    if "readonly" in message or "read-only" in message or "read only" in message:
        return StorageError("readonly", str(original))
    if "disk is full" in message or "database or disk is full" in message or "no space" in message:
        return StorageError("disk_full", str(original))
    if "malformed" in message or "not a database" in message:
        return StorageError("corrupt", str(original))
    if "unique constraint" in message:
        return StorageError("duplicate", str(original))
    return StorageError("unavailable", str(original))


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:  # or SQLCipher's
    # Take transaction control away from the driver so BEGIN is ours (see _begin_*).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit returns once the write-ahead log is on disk, so what the desk shows as
    # saved survives a power cut too (NORMAL may lose the last commits; cost in bench/NOTES.md).
    cur.execute("PRAGMA synchronous=FULL")
    try:
        cur.execute("PRAGMA journal_mode=WAL")
    except cipher.OperationalError:
        pass  # a read-only file keeps its journal mode
    cur.close()


# How long a save waits for the other desks' saves before it gives up. SQLite's busy handler polls
# with sleeps of up to 100 ms, so among four desks saving continuously one desk can lose the race
# for several seconds running (measured: 4.3 s at worst in a minute of four desks; with 5 s, one
# save in 600 failed with "database is locked"). The save runs off the GUI thread with the busy
# sign showing, so waiting longer is better than telling a person to try again.
BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, *, immediate: bool = False,
                busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    if postgres.is_postgres(url):
        return postgres.make_engine(url, writer=immediate, lock_timeout_ms=busy_timeout_ms)
    # The driver's timeout sets SQLite's busy_timeout: wait that long for another desk's lock.
    # An encrypted file (its key unlocked at start) is opened through SQLCipher, keyed first.
    engine = create_engine(url, **cipher.engine_kwargs(sqlite_file(url), busy_timeout_ms / 1000))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        @event.listens_for(engine, "begin")
        def _begin(conn):  # noqa: ANN001 - SQLAlchemy event signature
            conn.exec_driver_sql(begin)

    return engine


def sqlite_file(url: str) -> Path | None:
    """The file behind an SQLite URL (``sqlite:///path`` or a ``file:`` URI); None otherwise."""
    if not url.startswith("sqlite:///") or ":memory:" in url or "mode=memory" in url:
        return None
    path = url.removeprefix("sqlite:///").split("?")[0]
    return Path(path.removeprefix("file:"))


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            has = postgres.has_alembic_table(conn)
        else:
            has = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
        if not has:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def alembic_config(url: str):  # noqa: ANN201 - alembic imported lazily on purpose
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", postgres.normalise_url(url).replace("%", "%%"))
    return cfg


#: Alembic's ``op`` and ``context`` are module-level proxies that each run installs and removes:
#: two runs at once in one process (a sign-out backup's schema check on its worker, a database
#: opened on another thread) removed each other's (``KeyError: 'script'``). One at a time.
_MIGRATING = threading.RLock()


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command

    with _MIGRATING:
        command.upgrade(alembic_config(url), revision)


def _roll_back(session: Session) -> None:
    """Undo the action's transaction. When the server went away mid-action, the ROLLBACK itself
    fails on the dead connection (the server has undone the transaction anyway): that second
    error must not replace the first, which says what happened and becomes the desk's message
    (found by the test that kills the server while four desks save: one desk died of it)."""
    try:
        session.rollback()
    except (OperationalError, DBAPIError):
        pass


@dataclass
class Database:
    """The application's handle on its database."""

    url: str
    clock: Clock = datetime.now
    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    #: Set by :meth:`open` when it upgraded the schema: what to tell the people at the desk.
    upgrade_notice: UpgradeNotice | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        live = sqlite_file(self.url)
        self._identity = desk_lease.FileIdentity(live) if live else None
        self._lease: desk_lease.Lease | None = None
        if live is not None and live.parent.is_dir():
            try:
                self._lease = desk_lease.Lease(live)
            except desk_lease.Busy as exc:
                raise StorageError("restoring", str(exc)) from exc
            except OSError:
                pass  # a folder nobody may write to: nobody can restore into it either
        self.read_engine = make_engine(self.url, busy_timeout_ms=self.busy_timeout_ms)
        self.write_engine = make_engine(self.url, immediate=True,
                                        busy_timeout_ms=self.busy_timeout_ms)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, clock: Clock = datetime.now, migrate: bool = True,
             busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
        """Open (creating if needed) and bring the schema to the current revision."""
        share = location.network_share(sqlite_file(url)) if sqlite_file(url) else None
        if share:  # several desks on one file over the network corrupt it: use the server
            raise StorageError("network_path", location.MESSAGE.format(where=share))
        path = sqlite_file(url)
        if path is not None and cipher.key_for(path) is None and cipher.needs_key(path):
            raise StorageError("key_needed", str(path))
        try:
            if url.startswith("sqlite:///") and ":memory:" not in url and "mode=ro" not in url:
                Path(url.removeprefix("sqlite:///").split("?")[0]).parent.mkdir(
                    parents=True, exist_ok=True
                )
            db = cls(url, clock, busy_timeout_ms)
        except (ArgumentError, ImportError, ValueError) as exc:  # unknown driver, bad URL
            raise StorageError("bad_url", f"{url}: {exc}") from exc
        except OSError as exc:
            raise StorageError("unavailable", f"{url}: {exc}") from exc
        if db._lease is not None:
            desk_lease.clean_leftovers(db._lease.live)
        if migrate:
            try:
                current = stored_revision(db.read_engine)
                if current is None:
                    db._create_schema()
                elif current != HEAD_REVISION:
                    db._upgrade_from(current)
            except UpgradeFailed as exc:
                db.dispose()
                state = "restored from" if exc.restored else "unchanged; backup"
                raise StorageError("upgrade_failed", f"{exc} (database {state} "
                                                     f"{exc.backup_path})") from exc
            except (OperationalError, DBAPIError, *cipher.Error, OSError) as exc:
                db.dispose()
                raise classify(exc) from exc
            except ValueError as exc:  # the pre-upgrade backup did not verify: nothing migrated
                db.dispose()
                raise StorageError("upgrade_failed", str(exc)) from exc
        db._check_file()  # remembers which file this desk opened
        return db

    def reopen(self) -> None:
        """Open again after :meth:`dispose`: the file may have been replaced meanwhile by this
        desk itself (encrypted in place), and is opened as it now is, with its key."""
        self.__post_init__()
        self._check_file()

    def _check_file(self) -> None:
        """Stop (:class:`DatabaseReplaced`) when the file is not the one this desk opened."""
        if self._identity is not None and not self._identity.same():
            self._dispose_engines()  # pooled connections still point at the old file
            raise DatabaseReplaced(str(self._identity.live))

    def _upgrade_from(self, current: str) -> None:
        """Migrate to the head; an SQLite file is first backed up (verified) beside itself."""
        path = sqlite_file(self.url)
        if path is None:
            upgrade(self.url)
            postgres.vacuum_registry(self.write_engine)
            return
        self._dispose_engines()
        self.upgrade_notice = upgrade_with_backup(path, current, HEAD_REVISION, self.clock(),
                                                  lambda: upgrade(self.url))

    def _journal_mode(self, mode: str) -> None:
        raw = self.write_engine.raw_connection()
        try:
            raw.cursor().execute(f"PRAGMA journal_mode={mode}")
        finally:
            raw.close()

    def _create_schema(self) -> None:
        """Migrate a new, empty database with a rollback journal, then switch to WAL.

        Through the write-ahead log the whole schema would take about twice its size on disk
        until SQLite's next automatic checkpoint; nobody else can be using a database that has
        no schema yet, so the journal mode can change meanwhile.
        """
        self._dispose_engines()
        if self.write_engine.dialect.name == "sqlite":
            self._journal_mode("DELETE")
        upgrade(self.url)
        if self.write_engine.dialect.name == "sqlite":
            self._journal_mode("WAL")
        self._dispose_engines()

    def _dispose_engines(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()

    def dispose(self) -> None:
        """Close the database: its connections, and this desk's lease on the file."""
        access_log.flush_pending(self)  # queued looks belong in this database, not lost
        self._dispose_engines()
        if self._lease is not None:
            self._lease.release()
            self._lease = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; driver errors become :class:`StorageError`."""
        self._check_file()
        session = self._reader()
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            raise classify(exc) from exc
        finally:
            session.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only connection without a session, for a statement or two that need no ORM
        (the permission check every action starts with); errors as :meth:`read` raises them."""
        self._check_file()
        try:
            with self.read_engine.connect() as connection:
                yield connection
        except (OperationalError, DBAPIError) as exc:
            raise classify(exc) from exc

    @contextmanager
    def action(
        self, actor: Actor, action: str, target_type: str = "", target_id: str = ""
    ) -> Iterator[Session]:
        """One user action: one transaction and one audit event, or nothing at all.

        The block may set ``session.info["audit_target"] = (type, id)`` once it knows the id of
        the record it created.
        """
        self._check_file()
        session = self._writer()
        capture, outbox = AuditCapture(session), SyncCapture(session)
        try:
            yield session
            session.flush()
            target = session.info.get("audit_target", (target_type, target_id))
            at = self.clock()
            event = capture.write_event(actor, action, target[0], target[1], at)
            log = outbox.write(at, actor.username, action)  # what branch sync sends
            capture.detach()
            outbox.detach()
            # Two plain INSERTs in the action's transaction, not a flush of two ORM objects.
            direct_insert.insert_new(session, [row for row in (log, event) if row is not None])
            postgres_listen.notify(session, (c["table"] for c in capture.changes))
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            _roll_back(session)
            raise classify(exc) from exc
        except StaleDataError as exc:
            _roll_back(session)
            raise StorageError("conflict", str(exc)) from exc
        except BaseException:
            _roll_back(session)
            raise
        finally:
            capture.detach()
            outbox.detach()
            session.close()
