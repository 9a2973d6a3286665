"""A head office and branches for the sync tests: real databases, each set up as the app does
(its own preset profile, administrator and branch code), then enrolled and joined."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from sqlalchemy import select

from desk_app.domain.beneficiary import BeneficiaryForm, HouseholdForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import installation, registry, sync
from desk_app.storage.db import Database
from desk_app.storage.schema import metadata
from desk_app.storage.sync_log import columns, encode, travels
from desk_app.storage.tables import Beneficiary, HouseholdMember

PASSWORD = "admin-pass-2026"


@dataclass
class Site:
    code: str
    db: Database
    admin: Actor


def make_site(url: str, code: str, clock, user: str = "admin") -> Site:  # noqa: ANN001
    db = Database.open(url, clock=clock)
    admin = installation.initialise(db, preset_key="althikr_alhakeem", branch_code=code,
                                    admin_username=user, admin_password=PASSWORD,
                                    admin_full_name="مدير النظام")
    return Site(code, db, admin)


def make_head(url: str, clock) -> Site:  # noqa: ANN001
    head = make_site(url, "HQ", clock)
    sync.become_head(head.db, head.admin)
    return head


WIFE = HouseholdForm(name="نورة صالح", relation="زوجة", birth_date="01/01/1992")
SON = HouseholdForm(name="سعد", relation="ابن", birth_date="03/04/2015")


def head_and_jeddah(head_url: str, tmp_path, clock) -> tuple[Site, Site]:  # noqa: ANN001
    """A head office at ``head_url`` and its Jeddah branch (SQLite), seeded from it."""
    head = make_head(head_url, clock)
    return head, make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)


def make_branch(head: Site, url: str, code: str, clock) -> Site:  # noqa: ANN001
    branch = make_site(url, code, clock, f"{code.lower()}admin")  # each office its own account
    sync.join(branch.db, branch.admin, sync.enrol_branch(head.db, head.admin, code))
    return branch


LETTERS = "ابتثجحخدذرسشصضطظعغفق"


def family_name(n: int) -> str:
    """A distinct family name per number, in letters (names refuse digits)."""
    return "آل " + "".join(LETTERS[int(d) + i % 2 * 10] for i, d in enumerate(f"{n:04d}"))


def person_form(n: int, **changes) -> BeneficiaryForm:  # noqa: ANN003
    form = BeneficiaryForm(first_name="سارة", father_name="أحمد", grandfather_name="علي",
                           family_name=family_name(n), id_type="national_id",
                           id_number=make_saudi_id(1, f"{n:08d}"), gender="female",
                           birth_date="01/02/1990", mobile=f"05{n % 100000000:08d}")
    return replace(form, **changes)


def register(site: Site, n: int, **changes) -> str:  # noqa: ANN003
    return registry.register(site.db, site.admin, person_form(n, **changes),
                             branch_code=site.code, confirm_duplicates=True).id


def edit(site: Site, beneficiary_id: str, **changes) -> None:  # noqa: ANN003
    b = registry.get(site.db, beneficiary_id)
    form = replace(registry.to_form(b), **changes)
    registry.update(site.db, site.admin, beneficiary_id, form, expected_version=b.version)


def person(site: Site, beneficiary_id: str) -> Beneficiary | None:
    with site.db.read() as s:
        return s.scalar(select(Beneficiary).where(Beneficiary.id == beneficiary_id))


def contents(site: Site, skip: frozenset[str] = frozenset({"sync_runs"})) -> dict[str, set]:
    """Every travelling row as comparable text (local columns left out; the sync history is
    written after each exchange, so it arrives with the next one)."""
    out = {}
    with site.db.read() as s:
        for t in metadata.sorted_tables:
            if not travels(t.name) or t.name in skip:
                continue
            cols = columns(t)
            out[t.name] = {json.dumps([encode(v) for v in r], sort_keys=True, ensure_ascii=False)
                           for r in s.execute(select(*cols))}
    return out


def members(site: Site, pid: str) -> list[tuple[str, str]]:
    """A file's household members as (name, relation), by name."""
    with site.db.read() as s:
        rows = s.scalars(select(HouseholdMember).where(HouseholdMember.beneficiary_id == pid)
                         .order_by(HouseholdMember.name))
        return [(m.name, m.relation) for m in rows]
