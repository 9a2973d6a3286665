"""Seeding a new branch (issue 14): the head office's whole registry copied, streamed chunk by
chunk (storage/sync_seed.py), on each engine for the head office (PostgreSQL's values go
through SQLAlchemy's conversions into SQLite's storage format), and a seed cut half-way that
runs again without doubling anything. The report figures a bulk load counts once per chunk
(bulk.report_counts_deferred) equal the rows after a seed and after the demo."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import demo, demo_requests, registry, sync, sync_exchange
from desk_app.storage import report_counts_sql, sync_seed
from desk_app.storage.db import StorageError
from desk_app.storage.requests_tables import ChecklistItem, Scan
from desk_app.storage.tables import Beneficiary
from tests.conftest import engine_url
from tests.services.sync_sites import contents, make_branch, make_head
from tests.services.test_report_counts import assert_agree

SCAN = bytes(range(256)) * 40  # every byte value, 10 KiB


@pytest.fixture
def head(request, engine, tmp_path, clock):
    site = make_head(engine_url(request, engine, tmp_path, "head.sqlite3"), clock)
    demo.generate(site.db, beneficiaries=60, seed=3, progress=None)  # bulk: not in the log
    demo_requests.generate_requests(site.db, seed=3)
    with site.db.read() as s:
        item = s.scalars(select(ChecklistItem).limit(1)).first()
    with site.db.action(site.admin, "test.scan") as s:
        s.add(Scan(request_id=item.request_id, checklist_item_id=item.id, file_name="هوية.pdf",
                   mime="application/pdf", size=len(SCAN),
                   sha256=hashlib.sha256(SCAN).hexdigest(), data=SCAN, added_at=site.db.clock()))
    yield site
    site.db.dispose()


def fts_rows(site) -> int:  # noqa: ANN001
    with site.db.read() as s:
        return s.execute(text("SELECT count(*) FROM beneficiary_fts")).scalar()


def kept(site) -> dict[str, set[tuple]]:  # noqa: ANN001
    """The report figures kept, without the zeros a deletion may leave."""
    with site.db.read() as s:
        return {t: set(s.execute(text(f"SELECT * FROM {t} WHERE n <> 0")).all())
                for t in ("report_day_counts", "registry_counts")}


def recounted(site) -> dict[str, set[tuple]]:  # noqa: ANN001
    """The figures the migration's backfill counts from the rows as they are now."""
    q = report_counts_sql.Sql(site.db.write_engine.dialect.name == "postgresql")
    with site.db.write_engine.connect() as c:
        c.execute(text("DELETE FROM report_day_counts"))
        c.execute(text("DELETE FROM registry_counts"))
        for sql in report_counts_sql.backfill(q):
            c.execute(text(sql))
        out = {t: set(c.execute(text(f"SELECT * FROM {t} WHERE n <> 0")).all())
               for t in ("report_day_counts", "registry_counts")}
        c.rollback()
    return out


def assert_figures_are_the_rows(site) -> None:  # noqa: ANN001
    assert_agree(site.db)
    figures = kept(site)
    assert figures == recounted(site)
    received = sum(r[-1] for r in figures["report_day_counts"] if r[0] == "received")
    with site.db.read() as s:  # not zero everywhere: every request and person is counted
        assert received == s.execute(text("SELECT count(*) FROM service_requests")).scalar() > 0
        assert sum(r[-1] for r in figures["registry_counts"]) == s.execute(
            text("SELECT count(*) FROM beneficiaries")).scalar()
        if site.db.write_engine.dialect.name == "sqlite":  # the triggers are back after it
            assert set(report_counts_sql.BULK_TRIGGERS.values()) <= set(s.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        else:  # disabled for the demo's inserts, enabled again
            assert not set(s.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgenabled = 'D'")).scalars())


def test_the_demo_counts_its_figures_once_and_they_equal_the_rows(head):
    assert_figures_are_the_rows(head)
    demo.generate(head.db, beneficiaries=30, seed=4, progress=None)  # on top of figures kept
    demo_requests.generate_requests(head.db, seed=4)
    assert_figures_are_the_rows(head)


def test_a_new_branch_gets_every_row_of_every_kind(head, tmp_path, clock):
    branch = make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)
    try:
        result = sync.sync_with(branch.db, head.db, branch.admin)
        assert result.error == ""
        theirs, mine = contents(head), contents(branch)
        assert len(mine["beneficiaries"]) == 60 and len(mine["service_requests"]) > 10
        assert theirs == mine  # dates, times, JSON, flags, numbers and bytes alike
        with branch.db.read() as s:
            assert s.scalar(select(Scan.data)) == SCAN
            seqs = s.scalars(select(Beneficiary.seq)).all()
            someone = s.scalars(select(Beneficiary).limit(1)).first()
        assert sorted(seqs) == list(range(1, 61))  # the local search key, handed out here
        assert fts_rows(branch) == 60  # the name index filled for every newcomer
        found = registry.search(branch.db, someone.family_name).rows
        assert someone.id in {r.id for r in found}
        assert len(result.newcomers) == 60
        assert_figures_are_the_rows(branch)
        _register_one(branch)  # a desk's save after the seed: the triggers count it again
        assert_figures_are_the_rows(branch)
    finally:
        branch.db.dispose()


def test_a_seed_cut_half_way_runs_again_without_doubling(head, tmp_path, clock, monkeypatch):
    branch = make_branch(head, f"sqlite:///{tmp_path / 'jed.sqlite3'}", "JED", clock)
    try:
        monkeypatch.setattr(sync_seed, "BATCH", 25)
        real, calls = sync_exchange._seed_raw, []

        def cut_on_the_second_chunk(*args):  # noqa: ANN002, ANN202
            calls.append(1)
            if len(calls) == 2:
                raise StorageError("unavailable", "the link dropped")
            return real(*args)

        monkeypatch.setattr(sync_exchange, "_seed_raw", cut_on_the_second_chunk)
        assert sync.sync_with(branch.db, head.db, branch.admin).error == "unavailable"
        with branch.db.read() as s:
            half = s.scalar(select(func.count()).select_from(Beneficiary))
        assert 0 < half < 60
        assert sync.sync_with(branch.db, head.db, branch.admin).error == ""
        assert contents(head) == contents(branch)
        assert fts_rows(branch) == 60
        with branch.db.read() as s:
            assert s.scalar(select(func.count(func.distinct(Beneficiary.seq)))) == 60
        assert_figures_are_the_rows(branch)
    finally:
        branch.db.dispose()


def _register_one(site) -> None:  # noqa: ANN001
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44550001"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    registry.register(site.db, site.admin, form, branch_code="JED", confirm_duplicates=True)
