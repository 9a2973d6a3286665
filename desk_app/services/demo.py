"""Synthetic demo data: a believable registry of any size, the same for the same seed.

``desk-app demo --beneficiaries N --seed S`` fills a database for demonstrations, training and
benchmarks. A fresh database is first set up with the chosen preset and the demo staff accounts
(:data:`DEMO_ACCOUNTS`). Names are four-part Arab names spelled the many ways people write them
(hamza forms, taa marbuta, alef maqsura, "عبد الله" / "عبدالله"), so search can be tried on the
variants it has to survive. Identity numbers carry valid check digits and never repeat; mobiles
are unique and stored normalised (E.164).

Speed matters (a million rows in minutes): rows are built as tuples and written with
``executemany`` (:mod:`desk_app.storage.repositories.bulk`), the name index is filled once at the
end, and the whole run is one transaction recorded as one audit event ("demo.generate").

Each kind of data has its own generator (:data:`GENERATORS`); later kinds (requests,
complaints, surveys) are added there and run in the same transaction after the beneficiaries.
"""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import select

from desk_app.domain.entities import SYSTEM, Actor
from desk_app.services import demo_surveys, installation
from desk_app.services import profile as profile_service
from desk_app.services import staff as staff_service
from desk_app.services.demo_complaints import generate_complaints
from desk_app.services.demo_people import (  # noqa: F401 - names re-exported for bench/ and tests
    FAMILY_NAMES,
    FEMALE_NAMES,
    FOREIGN_FAMILY_NAMES,
    MALE_NAMES,
    ROW_COLUMNS,
    _file_number,
    _NameKeys,
    _Plans,
    _RowMaker,
)
from desk_app.services.demo_run import DemoRun, Generator, Progress
from desk_app.storage.db import Database
from desk_app.storage.repositories import bulk, counters
from desk_app.storage.tables import Staff

#: (username, password, role, full name). Demo only: a fresh demo database gets these.
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "admin-pass-2026", "admin", "مدير النظام"),
    ("reception", "reception-pass-2026", "reception", "موظف الاستقبال"),
    ("researcher", "researcher-pass-2026", "researcher", "الباحث الاجتماعي"),
    ("committee", "committee-pass-2026", "committee", "عضو اللجنة"),
    ("manager", "manager-pass-2026", "manager", "المدير التنفيذي"),
)

CHUNK = 20_000
CACHE_MIB = 256

# --- the run --------------------------------------------------------------------------------

def generate(
    db: Database, *, beneficiaries: int, seed: int, preset_key: str = "althikr_alhakeem",
    branch_code: str = "HQ", progress: Progress | None = None,
) -> dict[str, Any]:
    """Add ``beneficiaries`` synthetic records (and set a fresh database up first).

    ``preset_key`` and ``branch_code`` only matter when this run sets the database up; an
    installed database keeps its profile in force and its own branch, and gets no demo
    accounts (their passwords are public). The people are fictitious: keep them out of a
    database that holds real ones.

    Returns a report: ``beneficiaries``, ``household_members``, ``file_numbers`` (first, last),
    ``branch``, ``seed``, ``initialised`` (whether this run set the database up), ``accounts``
    created, and ``seconds`` (total and per step).
    """
    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    actor, created_accounts = _ensure_installation(db, preset_key, branch_code, say)
    inst = installation.get(db)
    now = db.clock()
    profile = profile_service.current(db) or installation.seeded_profile(preset_key, now.year)
    counts = {"beneficiaries": beneficiaries}
    report: dict[str, Any] = {"branch": inst.branch_code, "seed": seed,
                              "initialised": bool(created_accounts), "accounts": created_accounts}
    timings: dict[str, float] = {"setup": round(time.perf_counter() - started, 2)}
    with db.action(actor, "demo.generate", "demo") as s:
        run = DemoRun(s, profile, inst.branch_code, seed, now, random.Random(seed), say)
        summaries = []
        for name, generator in GENERATORS:
            t0 = time.perf_counter()
            summary = generator(run, counts)
            timings[name] = round(time.perf_counter() - t0, 2)
            report.update(summary)
            summaries.append({"table": name, "id": "", "op": "bulk_insert", "after": summary})
        bulk.add_summary_event(s, actor, "demo.generate", now, summaries, "demo")
        say("committing…")
    report["seconds"] = round(time.perf_counter() - started, 2)
    report["step_seconds"] = timings
    say(f"done in {report['seconds']} s")
    return report


def _ensure_installation(
    db: Database, preset_key: str, branch_code: str, say: Progress
) -> tuple[Actor, list[str]]:
    """The actor the demo runs as; a fresh database is set up with the demo accounts."""
    if installation.is_initialised(db):
        with db.read() as s:
            admin = s.scalar(select(Staff).where(Staff.role == "admin", Staff.active)
                             .order_by(Staff.created_at).limit(1))
            if admin is None:
                return SYSTEM, []
            return Actor(admin.id, admin.username, admin.role, admin.full_name), []
    say(f"setting up the database (preset {preset_key or 'blank'}, branch {branch_code})")
    username, password, _role, full_name = DEMO_ACCOUNTS[0]
    admin = installation.initialise(db, preset_key=preset_key or None, branch_code=branch_code,
                                    admin_username=username, admin_password=password,
                                    admin_full_name=full_name)
    created = [username]
    existing = {a.username for a in staff_service.list_staff(db)}
    for username, password, role, full_name in DEMO_ACCOUNTS[1:]:
        if username not in existing:
            staff_service.create(db, admin, username, password, full_name, role,
                                 must_change=False)  # documented demo passwords
            created.append(username)
    return admin, created


# --- beneficiaries ------------------------------------------------------------------------------

def generate_beneficiaries(run: DemoRun, counts: dict[str, int]) -> dict[str, Any]:
    """Insert ``counts["beneficiaries"]`` people (and some household members), chunk by chunk."""
    total = counts.get("beneficiaries", 0)
    if total <= 0:
        return {"beneficiaries": 0, "household_members": 0}
    s = run.session
    counter = f"file:{run.branch}"
    first_seq = bulk.max_seq(s) + 1
    # Seeded by where the run starts too, so a second run adds other people, not the same ones.
    rng = random.Random(f"{run.seed}:beneficiaries:{first_seq}")
    first_file = bulk.counter_value(s, counter) + 1
    maker = _RowMaker(run, _Plans.for_seed(run.seed), first_seq, first_seq + total - 1)
    members = 0
    with bulk.large_page_cache(s, CACHE_MIB), bulk.name_index_deferred(s):
        done = 0
        while done < total:
            n = min(CHUNK, total - done)
            rows, household = maker.chunk(first_seq + done, first_file + done, n, rng)
            bulk.insert_rows(s, "beneficiaries", ROW_COLUMNS, rows)
            bulk.insert_rows(s, "household_members", bulk.HOUSEHOLD_COLUMNS, household)
            members += len(household)
            done += n
            run.progress(f"beneficiaries: {done:,}/{total:,}")
        run.progress("indexing names…")
    counters.set_at_least(s, counter, first_file + total - 1)
    return {
        "beneficiaries": total, "household_members": members,
        "file_numbers": [_file_number(run.branch, first_file),
                         _file_number(run.branch, first_file + total - 1)],
        "seq": [first_seq, first_seq + total - 1],
    }


#: The generators run in order inside one transaction; add requests, complaints and surveys
#: here as ``(name, function)``. Each returns the summary merged into the report and the audit.
GENERATORS: list[tuple[str, Generator]] = [
    ("beneficiaries", generate_beneficiaries),
    ("surveys", demo_surveys.generate_surveys),
    ("complaints", generate_complaints),
]
