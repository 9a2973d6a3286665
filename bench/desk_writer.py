"""One desk registering people and opening their requests as fast as it can, for a while.

``python -m bench.desk_writer URL DESK SECONDS GO`` waits for the file GO (all desks start
together), then for SECONDS registers a beneficiary and opens a service request with its
checklist, again and again, timing each pair of saves, and prints one JSON line: the latencies,
the numbers it was given, and the errors a person at the desk would have seen.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import profile as profile_service
from desk_app.services import registry, requests
from desk_app.storage.db import Database
from desk_app.storage.tables import Beneficiary, HouseholdMember, Staff

FIRST = ("محمد", "عبدالله", "فاطمة", "نورة", "سعد", "خالد", "منيرة", "أحمد", "سارة", "فهد")


def form(desk: int, i: int, id_number: str) -> BeneficiaryForm:
    female = FIRST[i % 10] in ("فاطمة", "نورة", "منيرة", "سارة")
    return BeneficiaryForm(first_name=FIRST[i % 10], father_name="ناصر", grandfather_name="علي",
                           family_name="الشمري", gender="female" if female else "male",
                           id_number=id_number, birth_date="01/01/1985",
                           mobile=f"055{desk}{i:06d}", contact_channel_code="phone")


def free_ids(db: Database, desk: int, count: int) -> list[str]:
    """Valid IDs of this desk that no one in the registry holds yet (a demo registry of 1M
    holds about 1% of all ID numbers, and an earlier run's desks theirs): a taken ID would be
    refused, which is the desk's rule working, not an error of the engine."""
    out, start, step = [], 0, 5000
    while len(out) < count:
        batch = [make_saudi_id(1, f"{desk}{j:07d}") for j in range(start, start + step)]
        with db.read() as s:
            taken = set(s.scalars(select(Beneficiary.id_number).where(
                Beneficiary.id_number.in_(batch))))
            taken |= set(s.scalars(select(HouseholdMember.id_number).where(
                HouseholdMember.id_number.in_(batch))))
        out += [n for n in batch if n not in taken]
        start += step
    return out[:count]


def main() -> int:
    url, desk, seconds, go = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), Path(sys.argv[4])
    db = Database(url, clock=lambda: datetime(2026, 11, 22, 10, 0))
    with db.read() as s:
        admin = s.query(Staff).filter_by(username="admin").one()
        actor = Actor(admin.id, admin.username, admin.role, admin.full_name)
    profile = profile_service.current(db)
    ids = free_ids(db, desk, max(2000, int(seconds * 200)))
    print(json.dumps({"ready": desk}), flush=True)
    while not go.exists():
        time.sleep(0.005)
    latencies, files, numbers, errors, i = [], [], [], [], 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and i < len(ids):
        t0 = time.perf_counter()
        try:
            b = registry.register(db, actor, form(desk, i, ids[i]), branch_code="HQ",
                                  confirm_duplicates=True)
            r = requests.create(db, actor, IntakeForm(b.id, "service_request", "phone", "طلب",
                                                      True, True), branch_code="HQ",
                                profile=profile)
            latencies.append(time.perf_counter() - t0)
            files.append(b.file_number)
            numbers.append(r.number)
        except Exception as exc:  # noqa: BLE001 - counted: what a desk would have been shown
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        i += 1
    db.dispose()
    print(json.dumps({"desk": desk, "latencies": latencies, "files": files, "requests": numbers,
                      "errors": errors}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
