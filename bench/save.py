"""Benchmark 3: saving a new beneficiary through ``registry.register`` (validation, duplicate
check, one transaction with its audit event), on a private copy of the demo database so the
cached database stays exactly what the demo command made.

Each form is a new person with a fresh, valid national ID (checked to be unused before the
clock starts) and a name from the demo's spelling lists, so the duplicate check meets the
same-name records a real registry has; the desk confirms name look-alikes
(``confirm_duplicates=True``) as the duplicate panel lets it.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import demo, installation, registry
from desk_app.storage.db import Database


def _forms(db_path: Path, count: int, seed: int) -> list[BeneficiaryForm]:
    rng = random.Random(f"bench-save:{seed}")
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    forms: list[BeneficiaryForm] = []
    ids: set[str] = set()
    try:
        while len(forms) < count:
            number = make_saudi_id(1, f"{rng.randrange(10**8):08d}")
            mobile = f"055{rng.randrange(10**7):07d}"
            taken = con.execute("SELECT 1 FROM beneficiaries WHERE id_number = ? OR mobile = ?",
                                (number, "+966" + mobile[1:])).fetchone()
            if taken or number in ids:
                continue
            ids.add(number)
            female = rng.random() < 0.5
            forms.append(BeneficiaryForm(
                first_name=rng.choice(demo.FEMALE_NAMES if female else demo.MALE_NAMES),
                father_name=rng.choice(demo.MALE_NAMES), grandfather_name=rng.choice(
                    demo.MALE_NAMES), family_name=rng.choice(demo.FAMILY_NAMES),
                id_type="national_id", id_number=number, gender="female" if female else "male",
                birth_date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                           f"{rng.randint(1950, 2005)}",
                mobile=mobile, city="جدة", district="الروضة", notes="bench"))
    finally:
        con.close()
    return forms


def _actor(db: Database) -> Actor:
    con = sqlite3.connect(db.url.removeprefix("sqlite:///"))
    try:
        row = con.execute("SELECT id, username, role, full_name FROM staff WHERE role = 'admin' "
                          "ORDER BY created_at LIMIT 1").fetchone()
    finally:
        con.close()
    return Actor(row[0], row[1], row[2], row[3])


def run(scratch: Path, count: int, seed: int = 1, warmup: int = 3) -> list[float]:
    """Seconds per ``register`` call (the first ``warmup`` calls are not counted)."""
    forms = _forms(scratch, count + warmup, seed)
    db = Database.open(f"sqlite:///{scratch}")
    try:
        actor, branch = _actor(db), installation.get(db).branch_code
        times = []
        for k, form in enumerate(forms):
            t0 = time.perf_counter()
            registry.register(db, actor, form, branch_code=branch, confirm_duplicates=True)
            if k >= warmup:
                times.append(time.perf_counter() - t0)
        return times
    finally:
        db.dispose()
