"""``migrate-to``: a single-desk SQLite registry (people, requests, scans, an archived document,
complaints, audit) copied into an empty PostgreSQL database, verified table by table, with the
SQLite file left byte for byte as it was; then the office database works like the old one."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import demo, demo_requests, documents, move_up, registry, request_views
from desk_app.services import requests as request_service
from desk_app.storage import access_log
from desk_app.storage.copy import verify
from desk_app.storage.db import Database, StorageError
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.postgres import ROWID_TABLES
from desk_app.storage.requests_tables import Scan, ServiceRequest
from desk_app.storage.schema import metadata
from desk_app.storage.tables import AuditEvent, Staff
from tests.documents import samples

ROOT = Path(__file__).resolve().parents[2]
#: Typed at the desk (its audit event holds it as JSON, backslashes doubled) …
TYPED_NOTES = "سطر أول\nسطر ثانٍ \\N و \\ و C:\\Users\\ملف"
#: … and anything else a SQLite file can hold in a text column (tabs, CR, COPY's NULL marker).
STORED_NOTES = "\tجدولة\r\n\\N\\.\n\\x41 «»"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """This PC's registry: demo people and requests, a scan and an archived declaration (only
    ever read by the tests, so built once for the module)."""
    tmp_path = tmp_path_factory.mktemp("move-up")
    path = tmp_path / "desk.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.generate(db, beneficiaries=400, seed=3, progress=None)
    demo_requests.generate_requests(db, seed=3, per_beneficiary=0.3, progress=None)
    admin = _admin(db)
    request_id = _any_request(db)
    scan = tmp_path / "id-card.png"
    scan.write_bytes(PNG)
    code = request_views.get(db, request_id).checklist[0].document_code
    request_service.attach_scan(db, admin, request_id, code, scan)
    data = samples.declaration()
    documents.issue(db, admin, "declaration", lambda v: b"%PDF-1.4 " + v.code.encode() * 50,
                    number=data.request.number, title="إقرار", subject_name="س")
    registry.register(db, admin, _form("9", "0551234567", TYPED_NOTES), branch_code="HQ",
                      confirm_duplicates=True)
    access_log.flush(db)  # the looks are written now, not by the batch thread during a test
    db.dispose()
    con = sqlite3.connect(path)  # what COPY's text format must escape, stored as it is
    with con:
        con.execute("UPDATE beneficiaries SET notes = ? WHERE seq = 1", (STORED_NOTES,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file, the log empty
    con.close()
    return path


def _form(digit: str, mobile: str, notes: str = "") -> BeneficiaryForm:
    return BeneficiaryForm(
        first_name="سارة", father_name="ناصر", grandfather_name="علي", family_name="الشمري",
        gender="female", id_number=make_saudi_id(1, digit + "7654321"), birth_date="01/01/1985",
        mobile=mobile, contact_channel_code="phone", notes=notes)


def _admin(db: Database) -> Actor:
    with db.read() as s:
        row = s.scalar(select(Staff).where(Staff.username == "admin"))
        return Actor(row.id, row.username, row.role, row.full_name)


def _any_request(db: Database) -> str:
    with db.read() as s:
        return s.scalar(select(ServiceRequest.id).where(
            ServiceRequest.status.in_(("received", "incomplete"))).limit(1))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def moved(desk, pg_server):
    """The desk copied once into a new database (empty, not migrated before), its SHA-256 before
    the copy, what migrate-to returned, and a second database made from the first at once
    (a file copy on the server) for the test that tampers with a copy."""
    before = _sha(desk)
    name = pg_server.create_database()
    tables = move_up.migrate_to(f"sqlite:///{desk}", pg_server.url(name))
    return before, tables, pg_server.url(name), pg_server.url(pg_server.create_database(name))


def test_copy_is_complete_verified_and_leaves_the_sqlite_file_untouched(desk, moved):
    before, tables, url, _ = moved
    # the file is byte for byte as it was; reading a WAL database may leave an empty log beside
    assert _sha(desk) == before
    assert all(p.stat().st_size == 0 for p in desk.parent.glob("desk.sqlite3-wal"))
    counts = {t.table: t.rows for t in tables}
    assert set(counts) == {t.name for t in metadata.sorted_tables}
    assert counts["beneficiaries"] == 401 and counts["request_scans"] == 1
    assert counts["issued_documents"] == 1 and counts["audit_events"] > 3

    lite, office = Database(f"sqlite:///{desk}"), Database.open(url)
    try:
        with lite.read() as a, office.read() as b:
            for table in (Scan, ArchivedDocument):
                col = Scan.data if table is Scan else ArchivedDocument.pdf
                assert a.scalar(select(col)) == b.scalar(select(col))
            assert a.scalar(select(func.count()).select_from(AuditEvent)) == \
                b.scalar(select(func.count()).select_from(AuditEvent))
        for text in ("عبدالله", "محمد ال", "HQ-000007", "05"):
            assert [r.file_number for r in registry.search(office, text).rows] == \
                [r.file_number for r in registry.search(lite, text).rows]
        checked = verify(lite, office)  # still equal after reading both again
        assert [t.table for t in checked] == [t.table for t in tables]
        # each engine wrote every value of every column type alike: no bucket needed the
        # second, value-by-value look (which would make the check slow at 1M)
        assert [t.table for t in checked if t.rechecked] == []
        # the report figures were counted once after the copy (checked equal above), and
        # their triggers count again from now on
        with office.read_engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'rc_%%' "
                                     "AND tgenabled = 'O'").scalar() == 13
        _every_row_is_the_same(lite, office)
        # the office saves at once: its numbering (and the sync log's positions) go on from
        # the copied rows instead of handing out numbers they hold
        saved = registry.register(office, _admin(office), _form("4", "0559876543"),
                                  branch_code="HQ", confirm_duplicates=True)
        assert saved.file_number == "HQ-000402"
    finally:
        lite.dispose()
        office.dispose()


def _every_row_is_the_same(lite: Database, office: Database) -> None:
    """Row by row and value by value, independently of ``verify``'s checksums: every table
    (JSON texts compared as stored), and the tables read in insertion order keep that order."""
    with lite.read_engine.connect() as a, office.read_engine.connect() as b:
        for table in metadata.sorted_tables:
            key = [table.columns.keys().index(c.name) for c in table.primary_key]

            def rows(conn, table=table, key=key):  # noqa: ANN001, ANN202
                got = [tuple(r) for r in conn.execute(select(table))]
                return sorted(got, key=lambda r: [str(r[i]) for i in key])
            assert rows(a) == rows(b), table.name
            for col in (c.name for c in table.columns if c.type.__class__.__name__ == "JSON"):
                raw = f'SELECT "{col}"{{}} FROM {table.name}'
                assert sorted(str(v) for v, in a.execute(text(raw.format("")))) == \
                    sorted(v for v, in b.execute(text(raw.format("::text")))), (table.name, col)
        for name in ROWID_TABLES:
            order = f"SELECT id FROM {name} ORDER BY rowid"
            assert list(a.scalars(text(order))) == list(b.scalars(text(order))), name
        # laid out as written, the registry in file order (which the name search walks), not
        # in the order of the random primary keys: what the planner's statistics say
        correlation = b.scalar(text("SELECT correlation FROM pg_stats WHERE tablename = "
                                    "'beneficiaries' AND attname = 'seq'"))
        assert correlation > 0.9
        notes = select(text("notes")).select_from(text("beneficiaries")).where(
            text("notes <> ''"))
        assert sorted(a.scalars(notes)) == sorted(b.scalars(notes)) == sorted(
            [STORED_NOTES, TYPED_NOTES])


def test_one_changed_or_missing_value_in_the_copy_is_caught_and_named(desk, moved):
    url = moved[3]
    lite, office = Database(f"sqlite:///{desk}"), Database(url)
    try:
        with office.write_engine.begin() as c:  # behind the application's back: no triggers
            c.execute(text("SET LOCAL session_replication_role = replica"))
            key = c.scalar(text("UPDATE beneficiaries SET mobile = '0500000001' "
                                "WHERE seq = 7 RETURNING id"))
        with pytest.raises(StorageError, match=rf"beneficiaries: row {key}, column mobile: "
                                               r"source '\+9665\d+', copy '0500000001'"):
            verify(lite, office)
        with office.write_engine.begin() as c:
            c.execute(text("SET LOCAL session_replication_role = replica"))
            c.execute(text("UPDATE beneficiaries SET mobile = :m WHERE id = :k"), {
                "k": key, "m": _stored(desk, "mobile", key)})
            gone = c.scalar(text("DELETE FROM audit_events WHERE id = (SELECT max(id) "
                                 "FROM audit_events) RETURNING id"))
        with pytest.raises(StorageError, match=rf"audit_events: row {gone} is missing"):
            verify(lite, office)
    finally:
        lite.dispose()
        office.dispose()


def _stored(path: Path, column: str, key: str) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT {column} FROM beneficiaries WHERE id = ?", (key,)).fetchone()[0]
    finally:
        con.close()


def test_a_target_that_is_not_empty_is_refused_and_left_alone(desk, pg_url):
    move_up.migrate_to(f"sqlite:///{desk}", pg_url)
    with pytest.raises(move_up.MoveError, match="not_empty"):
        move_up.migrate_to(f"sqlite:///{desk}", pg_url)


def test_refusals(desk, tmp_path, pg_url):
    with pytest.raises(move_up.MoveError, match="no database file"):
        move_up.migrate_to(f"sqlite:///{tmp_path / 'none.sqlite3'}", pg_url)
    with pytest.raises(move_up.MoveError, match="PostgreSQL"):
        move_up.migrate_to(f"sqlite:///{desk}", f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with pytest.raises(move_up.MoveError, match="SQLite file"):
        move_up.migrate_to(pg_url, pg_url)


def test_cli_migrate_to_prints_each_table_and_exits_0(desk, pg_server):
    url = pg_server.url(pg_server.create_database())
    out = subprocess.run([sys.executable, "-m", "desk_app", "--db", str(desk), "migrate-to", url],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "beneficiaries\t401\t" in out.stdout and "copied and verified" in out.stdout
