"""``migrate-to``: a single-desk SQLite registry (people, requests, scans, an archived document,
complaints, audit) copied into an empty PostgreSQL database, verified table by table, with the
SQLite file left byte for byte as it was; then the office database works like the old one."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.domain.entities import Actor
from desk_app.services import demo, demo_requests, documents, move_up, registry, request_views
from desk_app.services import requests as request_service
from desk_app.storage.copy import verify
from desk_app.storage.db import Database
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.requests_tables import Scan, ServiceRequest
from desk_app.storage.schema import metadata
from desk_app.storage.tables import AuditEvent, Staff
from tests.documents import samples

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def desk(tmp_path):
    """This PC's registry: demo people and requests, a scan and an archived declaration."""
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
    db.dispose()
    return path


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


def test_copy_is_complete_verified_and_leaves_the_sqlite_file_untouched(desk, pg_server):
    before = _sha(desk)
    url = pg_server.url(pg_server.create_database())  # empty, not migrated yet
    tables = move_up.migrate_to(f"sqlite:///{desk}", url)
    # the file is byte for byte as it was; reading a WAL database may leave an empty log beside
    assert _sha(desk) == before
    assert all(p.stat().st_size == 0 for p in desk.parent.glob("desk.sqlite3-wal"))
    counts = {t.table: t.rows for t in tables}
    assert set(counts) == {t.name for t in metadata.sorted_tables}
    assert counts["beneficiaries"] == 400 and counts["request_scans"] == 1
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
        assert verify(lite, office)  # still equal after reading both again
    finally:
        lite.dispose()
        office.dispose()


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
    assert "beneficiaries\t400\t" in out.stdout and "copied and verified" in out.stdout
