"""A request with two decisions (a sync brings the branch's and the head office's when both
decided before they met; issue 14): the kept figures, the migration's backfill and the rows
query all count it once, on the day of its first decision — as decisions arrive, are moved,
and go. Written as a sync writes them (plain statements, no service). Both engines."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy import delete, insert, select, update

from desk_app.storage.requests_tables import Decision
from tests.services import report_data
from tests.services.test_report_counts import assert_agree
from tests.services.test_sync_seed import kept, recounted


def decided(db) -> dict[str, int]:  # noqa: ANN001
    """Requests counted decided per day (ISO: SQLite gives the day as text)."""
    out: dict[str, int] = {}
    for figure, day, *_rest, n in kept(SimpleNamespace(db=db))["report_day_counts"]:
        if figure == "decided":
            out[str(day)[:10]] = out.get(str(day)[:10], 0) + n
    return out


def agree(db) -> None:  # noqa: ANN001
    """Triggers = backfill = rows."""
    site = SimpleNamespace(db=db)
    mine, counted = kept(site), recounted(site)
    for table, rows in mine.items():
        assert rows == counted[table], (rows - counted[table], counted[table] - rows)
    assert_agree(db)


def add(c, request_id: str, on: date, key: str) -> None:  # noqa: ANN001
    c.execute(insert(Decision).values(id=key, request_id=request_id, decision="accepted",
                                      committee_code="competent", decided_on=on,
                                      recorded_at=datetime(2026, 11, 22, 9, 0)))


def test_two_decisions_counted_once_on_the_first_by_triggers_and_backfill(db):
    report_data.fill(db)
    with db.read() as s:
        rid, first = s.execute(select(Decision.request_id, Decision.decided_on)).first()
    agree(db)
    before = decided(db)
    later, earlier = date(2026, 11, 25), date(2025, 2, 3)
    day = {later: later.isoformat(), earlier: earlier.isoformat()}
    with db.write_engine.begin() as c:  # the branch's decision arrives, a later day
        add(c, rid, later, "second-decision")
    agree(db)
    assert decided(db) == before  # still one request, on its first decision's day
    with db.write_engine.begin() as c:  # one dated earlier still: the request moves to it
        add(c, rid, earlier, "third-decision")
    agree(db)
    assert decided(db).get(day[earlier]) == before.get(day[earlier], 0) + 1
    with db.write_engine.begin() as c:  # corrected to a later day: back to the first one
        c.execute(update(Decision).where(Decision.id == "third-decision")
                  .values(decided_on=date(2026, 12, 1)))
    agree(db)
    assert decided(db) == before
    with db.write_engine.begin() as c:  # the first one goes: counted on the next
        c.execute(delete(Decision).where(Decision.request_id == rid,
                                         Decision.decided_on == first))
    agree(db)
    assert decided(db).get(day[later]) == before.get(day[later], 0) + 1
    with db.write_engine.begin() as c:  # and with none left, not decided
        c.execute(delete(Decision).where(Decision.request_id == rid))
    agree(db)
    assert sum(decided(db).values()) == sum(before.values()) - 1


def test_the_upgrade_counts_the_decided_figure_afresh(db, db_url):  # noqa: ANN001
    """0043 on an office whose decided figure drifted (0030's triggers against a two-decision
    request): counted again from the rows, and the new triggers in place."""
    from alembic import command
    from sqlalchemy import text

    from desk_app.storage.db import alembic_config

    report_data.fill(db)
    with db.read() as s:
        rid = s.scalar(select(Decision.request_id))
    with db.write_engine.begin() as c:
        c.execute(text("UPDATE report_day_counts SET n = n + 5 WHERE figure = 'decided'"))
    db.dispose()
    command.stamp(alembic_config(db_url), "0044_name_words_column")
    command.upgrade(alembic_config(db_url), "0043_decided_counts")
    agree(db)
    with db.write_engine.begin() as c:
        add(c, rid, date(2026, 12, 2), "second-decision")
    agree(db)
