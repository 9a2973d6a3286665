"""The figures the triggers keep per day (migration 0030, issue 22) equal the ones counted from
the rows, on both engines, after each kind of write: rows written straight into the tables, a
registration, a request opened, decided and served, a review, an edit, a merge and its undoing
by a sync, a request or a decision deleted, a request moved to another branch."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import delete, insert, select, update

from desk_app.domain.aid import AidForm, AidItem
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import aid, duplicates, registry, review
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.duplicates_tables import BeneficiaryMerge
from desk_app.storage.repositories import report_counts as counts
from desk_app.storage.repositories import report_queries as q
from desk_app.storage.requests_tables import Decision, ServiceRequest
from desk_app.storage.tables import Beneficiary
from desk_app.storage.tables import Counter as NumberCounter
from tests.services import report_data

SCOPES = [q.Scope(date(2025, 1, 1), date(2027, 12, 31)),
          q.Scope(*report_data.Q4),
          q.Scope(date(2025, 1, 1), date(2027, 12, 31), "RYD"),
          q.Scope(*report_data.Q4, "JED", "service_request"),
          q.Scope(date(2026, 11, 1), date(2026, 11, 30), None, "support_request")]


def _decided_from_rows(rows: list[tuple]) -> Counter:
    out: Counter = Counter()
    for _no, branch, service, completed, due, rule, on, _st in rows:
        timed = completed is not None and due is not None
        out[(branch, service, on, completed if timed else None, due if timed else None,
             timed and rule.startswith("calendar_days"))] += 1
    return out


def _people(rows: list[tuple]) -> set[tuple]:
    return {(cat or "", kind or "", city or "", n) for cat, kind, city, n in rows}


def assert_agree(db) -> None:  # noqa: ANN001
    """Every figure kept per day equals the one counted from the rows, for every scope."""
    with db.read() as s:
        for scope in SCOPES:
            assert set(counts.received_by(s, scope)) == set(q.received_by(s, scope)), scope
            assert set(counts.served_by(s, scope)) == set(q.served_by(s, scope)), scope
            kept = Counter({r[:-1]: r[-1] for r in counts.decided(s, scope)})
            assert kept == _decided_from_rows(q.first_decisions(s, scope)), scope
            assert _people(counts.beneficiaries_by(s, scope)) == _people(
                q.beneficiaries_by(s, scope)), scope
            assert counts.beneficiaries_new(s, scope) == q.beneficiaries_new(s, scope)
            for cutoff in (date(2025, 6, 1), date(2025, 11, 22), date(2026, 11, 22)):
                assert counts.review_backlog(s, scope, cutoff) == q.review_backlog(
                    s, scope, cutoff), (scope, cutoff)


def _register(db, admin, n: int) -> str:  # noqa: ANN001
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, f"4455{n:04d}"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    return registry.register(db, admin, form, branch_code="RYD", confirm_duplicates=True).id


def _through_the_workflow(db, admin, profile, person: str) -> str:  # noqa: ANN001
    r = svc.create(db, admin, IntakeForm(person, "service_request", "phone", "طلب مساعدة", True,
                                         True, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    assert_agree(db)
    for code in ("national_id", "national_address"):
        r = svc.verify_document(db, admin, r.id, code, seen=True, matches=True, profile=profile)
    r = svc.send_to_committee(db, admin, r.id, profile=profile)
    r = svc.decide(db, admin, r.id, decision="accepted", reason="", committee_code="competent",
                   decided_on=date(2026, 11, 20), profile=profile)
    assert_agree(db)
    aid.record(db, admin, r.id, AidForm("in_kind", delivered_on=date(2026, 11, 22), items=(
        AidItem("سلة غذائية", "1"),)), profile=profile)  # the service given: accepted → served
    assert_agree(db)
    return r.id


def test_kept_figures_equal_the_rows_after_every_kind_of_write(db, admin):
    report_data.fill(db)
    with db.write_engine.begin() as c:  # numbers after the ones report_data wrote by hand
        c.execute(insert(NumberCounter), [{"name": "file:RYD", "value": 100},
                                    {"name": "request:RYD:2026", "value": 100}])
    assert_agree(db)  # rows written straight into the tables (as the demo and an import do)
    profile = profile_service.current(db)
    first, second = _register(db, admin, 1), _register(db, admin, 2)
    assert_agree(db)
    request_id = _through_the_workflow(db, admin, profile, first)
    review.confirm_current(db, admin, second)
    assert_agree(db)
    with db.write_engine.begin() as c:  # edits as a branch sync applies them: plain updates
        c.execute(update(Beneficiary).where(Beneficiary.id == second).values(
            city="الدمام", category_code="orphans", beneficiary_type="indirect",
            data_reviewed_on=date(2025, 3, 1)))
        c.execute(update(ServiceRequest).where(ServiceRequest.id == request_id).values(
            branch_code="JED", completed_on=date(2026, 11, 23)))
    assert_agree(db)
    duplicates.merge(db, first, second, admin, confirm_different_ids=True)
    assert_agree(db)
    with db.write_engine.begin() as c:  # a sync removes the merge, a decision, a request
        c.execute(delete(BeneficiaryMerge).where(BeneficiaryMerge.merged_id == second))
        other = c.execute(select(Decision.request_id).where(
            Decision.request_id != request_id)).scalars().first()
        c.execute(delete(Decision).where(Decision.request_id == other))  # its request stays
        # and a decided, served request goes with its decision and events (cascade)
        c.execute(delete(ServiceRequest).where(ServiceRequest.id == request_id))
    assert_agree(db)
    with db.read() as s:  # and what they count is what the rows say, not zero everywhere
        year = q.Scope(date(2026, 1, 1), date(2026, 12, 31))
        assert sum(r[-1] for r in counts.received_by(s, year)) == 12
        assert sum(r[-1] for r in counts.beneficiaries_by(s, year)) == 12


def test_the_upgrade_counts_the_rows_already_there(db, db_url):  # noqa: ANN001
    from alembic import command

    from desk_app.storage.db import HEAD_REVISION, alembic_config

    report_data.fill(db)
    with db.write_engine.begin() as c:  # a merged file, left out of the registry's figures
        c.execute(insert(BeneficiaryMerge).values(merged_id="person-2", kept_id="person-1",
                                                  merged_at=db.clock(), merged_by="admin"))
    db.dispose()
    from alembic.script import ScriptDirectory

    before = ScriptDirectory.from_config(alembic_config(db_url)).get_revision(
        "0030_report_counts").down_revision
    command.downgrade(alembic_config(db_url), before)
    command.upgrade(alembic_config(db_url), HEAD_REVISION)  # the backfill
    assert_agree(db)
    with db.read() as s:
        assert sum(r[-1] for r in counts.beneficiaries_by(s, SCOPES[0])) == 9
