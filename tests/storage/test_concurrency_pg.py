"""Four desks saving at once on one PostgreSQL server (four processes, tests/storage/pg_writer.py).

File, request and complaint numbers stay unique and without gaps, every desk's own numbers come
in increasing order, no database error reaches a desk, and concurrent edits of one shared file
are either applied or refused as a conflict naming who saved first — never lost silently.
Then the server is killed (``pg_ctl stop -m immediate``) while the desks save: nothing they were
told was saved is missing after the restart, and they carry on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.services import installation, registry
from desk_app.storage.complaints_tables import Complaint
from desk_app.storage.db import Database
from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.tables import AuditEvent, Beneficiary
from tests.storage.pg_writer import SHARED_ID_NUMBER

ROOT = Path(__file__).resolve().parents[2]
DESKS = 4


@pytest.fixture
def office(pg_url):
    db = Database.open(pg_url)
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code="HQ",
                                    admin_username="admin", admin_password="admin-pass-2026",
                                    admin_full_name="مدير النظام")
    registry.register(db, admin, BeneficiaryForm(
        first_name="مشترك", father_name="بين", grandfather_name="المكاتب", family_name="الأربعة",
        gender="male", id_number=SHARED_ID_NUMBER, birth_date="01/01/1970",
        mobile="0500000001"), branch_code="HQ")
    yield db
    db.dispose()


def start_desks(url: str, tmp_path: Path, rounds: int) -> tuple[list[subprocess.Popen], Path, Path]:
    go, stop = tmp_path / "go", tmp_path / "stop"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.storage.pg_writer", url, str(d + 1),
                               str(rounds), str(go), str(stop)], cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for d in range(DESKS)]
    for p in procs:  # every desk has imported and connected: they start together
        ready = p.stdout.readline()
        assert '"ready"' in ready, ready + p.stderr.read()[-3000:] if p.poll() else ready
    return procs, go, stop


def collect(procs: list[subprocess.Popen], timeout: float = 240) -> list[list[dict]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=timeout)
        assert p.returncode == 0, stderr[-3000:]
        out.append([json.loads(line) for line in stdout.splitlines() if line.strip()])
    return out


def serial(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def acknowledged(records: list[list[dict]]) -> dict[str, list[list[str]]]:
    by_kind: dict[str, list[list[str]]] = defaultdict(lambda: [[] for _ in records])
    for desk, lines in enumerate(records):
        for r in lines:
            if "number" in r:
                by_kind[r["kind"]][desk].append(r["number"])
    return by_kind


def stored_numbers(db: Database) -> dict[str, list[str]]:
    with db.read() as s:
        return {
            "file": list(s.scalars(select(Beneficiary.file_number)
                                  .where(Beneficiary.id_number != SHARED_ID_NUMBER))),
            "request": list(s.scalars(select(ServiceRequest.number))),
            "complaint": list(s.scalars(select(Complaint.number))),
        }


def assert_unique_gapless(stored: dict[str, list[str]], first_file: int) -> None:
    for kind, numbers in stored.items():
        serials = sorted(serial(n) for n in numbers)
        assert len(set(numbers)) == len(numbers), f"duplicate {kind} numbers"
        start = first_file if kind == "file" else 1
        assert serials == list(range(start, start + len(serials))), f"gap in {kind} numbers"


def test_four_desks_saving_at_once_keep_numbers_unique_in_order_and_edits_not_lost(
        office, tmp_path):
    rounds = 12
    procs, go, _stop = start_desks(office.url, tmp_path, rounds)
    go.touch()
    records = collect(procs)
    assert not [r for lines in records for r in lines if "error" in r]
    acks = acknowledged(records)
    stored = stored_numbers(office)
    for kind in ("file", "request", "complaint"):
        per_desk = acks[kind]
        assert all(len(d) == rounds for d in per_desk), kind
        for own in per_desk:  # each desk's numbers rise
            assert [serial(n) for n in own] == sorted(serial(n) for n in own)
        assert sorted(n for d in per_desk for n in d) == sorted(stored[kind])
    assert_unique_gapless(stored, first_file=2)  # the shared file took number 1

    edits = [r for lines in records for r in lines if r["kind"] == "edit"]
    conflicts = [r for lines in records for r in lines if r["kind"] == "conflict"]
    assert len(edits) + len(conflicts) == DESKS * rounds
    assert conflicts, "four desks editing one file at once never met: the test proves nothing"
    assert all(c["by"] == "مدير النظام" and c["fields"] == ["notes"] for c in conflicts)
    with office.read() as s:
        shared = s.scalar(select(Beneficiary).where(Beneficiary.id_number == SHARED_ID_NUMBER))
        updates = list(s.scalars(select(AuditEvent).where(
            AuditEvent.target_id == shared.id, AuditEvent.action == "beneficiary.update")))
    # every applied edit is stored and audited once; the last one audited is what the file says
    assert sorted(u.changes[0]["after"]["notes"] for u in updates) == sorted(
        e["notes"] for e in edits)
    last = max(updates, key=lambda u: u.changes[0]["version"])
    assert shared.notes == last.changes[0]["after"]["notes"]


def test_server_killed_mid_save_loses_nothing_acknowledged_and_desks_carry_on(
        office, pg_server, tmp_path):
    procs, go, stop = start_desks(office.url, tmp_path, 10_000)
    go.touch()
    time.sleep(2.0)  # desks are saving
    try:
        pg_server.stop("immediate")  # like pulling the plug: no shutdown checkpoint
        time.sleep(1.0)
    finally:
        pg_server.start()
    time.sleep(2.5)  # desks notice the server is back and save more
    stop.touch()
    records = collect(procs)
    errors = [r for lines in records for r in lines if "error" in r]
    assert errors and {e["error"] for e in errors} <= {"unavailable"}, errors[:3]
    acks = acknowledged(records)
    stored = stored_numbers(office)
    for kind in ("file", "request", "complaint"):
        acked = [n for d in acks[kind] for n in d]
        assert acked and set(acked) <= set(stored[kind]), f"an acknowledged {kind} was lost"
    assert_unique_gapless(stored, first_file=2)
    # every desk saved something after the restart (its last lines come after its errors)
    for lines in records:
        last_error = max(i for i, r in enumerate(lines) if "error" in r) if any(
            "error" in r for r in lines) else -1
        assert any("number" in r for r in lines[last_error + 1:])
    # and this handle, whose pooled connections died with the server, works at once
    assert registry.search(office, "المكتبي").rows
