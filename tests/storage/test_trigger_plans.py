"""Every statement the report-count triggers (migration 0030) run inside a desk's save reads
through an index (issue 23): a trigger's plan is a query plan like any other, and one that went
through the wrong index cost every request saved at 1M 4 s (bench/NOTES.md). The file carries no
ANALYZE statistics, so SQLite plans the same on this small file as on the 1M one."""

import re
import sqlite3

import pytest

from desk_app.storage.db import sqlite_file

pytestmark = pytest.mark.sqlite_only


def _plans(path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'rc\\_%' ESCAPE '\\'"):
            body = sql[sql.upper().index("BEGIN") + 5:sql.upper().rindex("END")]
            for statement in filter(str.strip, body.split(";")):
                q = re.sub(r"\b(?:NEW|OLD)\.\w+", "?", statement, flags=re.I)
                plan = con.execute("EXPLAIN QUERY PLAN " + q, [None] * q.count("?")).fetchall()
                out.setdefault(name, []).extend(row[-1] for row in plan)
        return out
    finally:
        con.close()


def test_every_report_count_trigger_statement_reads_through_an_index(desk_db):
    plans = _plans(sqlite_file(desk_db.url))
    assert {"rc_person_ins", "rc_request_ins", "rc_event_ins", "rc_decision_ins"} <= set(plans)
    scans = {name: step for name, steps in plans.items() for step in steps
             if step.startswith("SCAN") and step != "SCAN CONSTANT ROW"}
    assert scans == {}
    # a request's events are found by the request, never by the status index (the regression)
    by_event = {step for steps in plans.values() for step in steps if " e USING " in step}
    assert by_event and all("ix_request_events_request_id" in step for step in by_event)
