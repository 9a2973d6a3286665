"""The SQL that keeps the report figures (``report_counts_tables.py``): the triggers of
migration ``0030_report_counts`` for both engines, and the grouped ``INSERT … SELECT`` that
counts rows already there — the migration's backfill, and a bulk load's own rows
(:func:`desk_app.storage.repositories.bulk.report_counts_deferred`), from one place so the two
can never disagree with the triggers."""

from __future__ import annotations

from collections.abc import Sequence

DAY_KEY = "(figure, day, branch_code, service_code, detail)"
PEOPLE_KEY = "(branch_code, category_code, beneficiary_type, city)"


class Sql:
    """The few expressions that differ between the engines."""

    def __init__(self, pg: bool):
        self.pg = pg

    def day(self, expr: str) -> str:
        return f"CAST({expr} AS DATE)" if self.pg else f"date({expr})"

    def unindexed(self, expr: str) -> str:
        # Without statistics SQLite would read a request's served event through the
        # (to_status, at) index — every served request of the office, on each save — instead
        # of the request_id index; a unary plus keeps the column out of index choice.
        return expr if self.pg else f"+{expr}"

    def iso(self, expr: str) -> str:
        return f"to_char({expr}, 'YYYY-MM-DD')" if self.pg else expr

    def detail(self, r: str) -> str:
        kind = f"CASE WHEN {r}.due_rule LIKE 'calendar_days%' THEN 'c' ELSE 'w' END"
        return (f"CASE WHEN {r}.completed_on IS NULL OR {r}.due_on IS NULL THEN '' ELSE "
                f"{self.iso(f'{r}.completed_on')} || '|' || {self.iso(f'{r}.due_on')} || '|' "
                f"|| {kind} END")


def bump(figure: str, day: str, branch: str, service: str, detail: str, sign: int,
         src: str = "", where: str = "1 = 1") -> str:
    return (f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
            f"SELECT '{figure}', {day}, coalesce({branch}, ''), coalesce({service}, ''), "
            f"{detail}, {sign} {src} WHERE {where} "
            f"ON CONFLICT {DAY_KEY} DO UPDATE SET n = report_day_counts.n + excluded.n")


def decided(req: str) -> str:
    # A request is counted decided once, on the day of its first decision. The workflow gives
    # it one; a sync may still bring a second (both ends decided before they met).
    return f"EXISTS (SELECT 1 FROM request_decisions d WHERE d.request_id = {req})"


def request_rows(q: Sql, x: str, sign: int) -> list[str]:
    """Everything counted about request ``x`` (NEW or OLD): received, decided, served."""
    return [
        bump("received", q.day(f"{x}.received_at"), f"{x}.branch_code", f"{x}.service_code",
             "''", sign),
        bump("decided", f"(SELECT min(d.decided_on) FROM request_decisions d WHERE "
                        f"d.request_id = {x}.id)", f"{x}.branch_code", f"{x}.service_code",
             q.detail(x), sign, where=decided(f"{x}.id")),
        bump("served", q.day("e.at"), f"{x}.branch_code", f"{x}.service_code", "''", sign,
             "FROM request_events e",
             f"e.request_id = {x}.id AND {q.unindexed('e.to_status')} = 'served'"),
    ]


def first_decision(q: Sql, req: str, sign: int, other_than: str = "",
                   also: str = "") -> str:
    """``sign`` × request ``req`` counted on its first decision among its decisions now,
    leaving out decision ``other_than`` and adding a day ``also`` (a new decision's): what a
    decision trigger needs to say the request's count before and after the row changes."""
    rows = f"FROM request_decisions d WHERE d.request_id = {req}" + (
        f" AND d.id <> {other_than}" if other_than else "")
    if also:
        day, where = (f"(SELECT min(u.x) FROM (SELECT d.decided_on AS x {rows} UNION ALL "
                      f"SELECT {also}) u)"), "1 = 1"
    else:
        day, where = f"(SELECT min(d.decided_on) {rows})", f"EXISTS (SELECT 1 {rows})"
    return bump("decided", day, "r.branch_code", "r.service_code", q.detail("r"), sign,
                "FROM service_requests r", f"r.id = {req} AND {where}")


def decision_rows(q: Sql, event: str) -> list[str]:
    """A decision inserted, updated or deleted: its request's count taken off as it was and
    put back as it will be (a second decision moves nothing unless it is earlier). Run BEFORE
    the row changes, when the table holds exactly the rows before it — also on PostgreSQL
    under a statement of many rows, whose AFTER row triggers would all see the statement's end."""
    if event == "insert":
        return [first_decision(q, "NEW.request_id", -1),
                first_decision(q, "NEW.request_id", 1, also="NEW.decided_on")]
    if event == "delete":
        return [first_decision(q, "OLD.request_id", -1),
                first_decision(q, "OLD.request_id", 1, "OLD.id")]
    return [first_decision(q, "OLD.request_id", -1),
            first_decision(q, "OLD.request_id", 1, "OLD.id"),
            first_decision(q, "NEW.request_id", -1, "OLD.id"),
            first_decision(q, "NEW.request_id", 1, "OLD.id", "NEW.decided_on")]


def event_rows(q: Sql, x: str, sign: int) -> list[str]:
    return [bump("served", q.day(f"{x}.at"), "r.branch_code", "r.service_code", "''", sign,
                 "FROM service_requests r", f"r.id = {x}.request_id AND {x}.to_status = 'served'")]


def people_rows(q: Sql, b: str, sign: int, src: str = "", where: str = "1 = 1") -> list[str]:
    return [
        (f"INSERT INTO registry_counts {PEOPLE_KEY.replace(')', ', n)')} SELECT "
         f"coalesce({b}.branch_code, ''), coalesce({b}.category_code, ''), "
         f"coalesce({b}.beneficiary_type, ''), coalesce({b}.city, ''), {sign} {src} "
         f"WHERE {where} ON CONFLICT {PEOPLE_KEY} DO UPDATE SET n = registry_counts.n + "
         f"excluded.n"),
        bump("new_people", q.day(f"{b}.created_at"), f"{b}.branch_code", "''", "''", sign, src,
             where),
        bump("reviewed", f"{b}.data_reviewed_on", f"{b}.branch_code", "''", "''", sign, src,
             where),
    ]


def not_merged(x: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM beneficiary_merges m WHERE m.merged_id = {x}.id)"


def changed(q: Sql, cols: Sequence[str]) -> str:
    op_ = "IS DISTINCT FROM" if q.pg else "IS NOT"
    return " OR ".join(f"OLD.{c} {op_} NEW.{c}" for c in cols)


REQUEST_COLS = ("received_at", "branch_code", "service_code", "completed_on", "due_on",
                "due_rule")
DECISION_COLS = ("request_id", "decided_on")
PEOPLE_COLS = ("branch_code", "category_code", "beneficiary_type", "city", "created_at",
               "data_reviewed_on")


def triggers(q: Sql) -> list[tuple[str, str, str, str | None, list[str]]]:
    """(name, timing and event, table, condition, statements) of every trigger."""
    return [
        ("rc_request_ins", "AFTER INSERT", "service_requests", None,
         request_rows(q, "NEW", 1)),
        ("rc_request_upd", f"AFTER UPDATE OF {', '.join(REQUEST_COLS)}", "service_requests",
         changed(q, REQUEST_COLS), request_rows(q, "OLD", -1) + request_rows(q, "NEW", 1)),
        # Before: a request's decisions and events are deleted with it (cascade), after which
        # their own triggers no longer find the request and count nothing.
        ("rc_request_del", "BEFORE DELETE", "service_requests", None,
         request_rows(q, "OLD", -1)),
        ("rc_decision_ins", "BEFORE INSERT", "request_decisions", None,
         decision_rows(q, "insert")),
        ("rc_decision_upd", f"BEFORE UPDATE OF {', '.join(DECISION_COLS)}", "request_decisions",
         changed(q, DECISION_COLS), decision_rows(q, "update")),
        ("rc_decision_del", "BEFORE DELETE", "request_decisions", None,
         decision_rows(q, "delete")),
        ("rc_event_ins", "AFTER INSERT", "request_events", None, event_rows(q, "NEW", 1)),
        ("rc_event_del", "AFTER DELETE", "request_events", None, event_rows(q, "OLD", -1)),
        ("rc_person_ins", "AFTER INSERT", "beneficiaries", None,
         people_rows(q, "NEW", 1, where=not_merged("NEW"))),
        ("rc_person_upd", f"AFTER UPDATE OF {', '.join(PEOPLE_COLS)}", "beneficiaries",
         changed(q, PEOPLE_COLS),
         people_rows(q, "OLD", -1, where=not_merged("OLD"))
         + people_rows(q, "NEW", 1, where=not_merged("NEW"))),
        ("rc_person_del", "BEFORE DELETE", "beneficiaries", None,
         people_rows(q, "OLD", -1, where=not_merged("OLD"))),
        ("rc_merge_ins", "AFTER INSERT", "beneficiary_merges", None,
         people_rows(q, "b", -1, "FROM beneficiaries b", "b.id = NEW.merged_id")),
        ("rc_merge_del", "AFTER DELETE", "beneficiary_merges", None,
         people_rows(q, "b", 1, "FROM beneficiaries b", "b.id = OLD.merged_id")),
    ]


def create_sqlite(q: Sql) -> list[str]:
    out = []
    for name, when, table, cond, body in triggers(q):
        where = f" WHEN {cond}" if cond else ""
        out.append(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} BEGIN "
                   + "; ".join(body) + "; END")
    return out


def create_pg(q: Sql) -> list[str]:
    out = []
    for name, when, table, cond, body in triggers(q):
        # A BEFORE trigger returns the row to go on with (NULL would skip it).
        ret = "NULL" if "AFTER" in when else "OLD" if "DELETE" in when else "NEW"
        out.append(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   + "; ".join(body) + f"; RETURN {ret}; END $$")
        where = f" WHEN ({cond})" if cond else ""
        out.append(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} "
                   f"EXECUTE FUNCTION {name}()")
    return out


# The tables whose rows the backfill counts, and the AFTER INSERT trigger of each that a bulk
# load may set aside (a merge's trigger stays: merges are few and the backfill has no delta).
BULK_TRIGGERS = {"service_requests": "rc_request_ins", "request_decisions": "rc_decision_ins",
                 "request_events": "rc_event_ins", "beneficiaries": "rc_person_ins"}


def backfill(q: Sql, table: str | None = None, newer: str = "") -> list[str]:
    """The figures of the rows already there, one grouped statement each. With ``table``: only
    what that table's rows add, and of them only those for which ``newer`` holds (a condition on
    ``{x}``, the table's alias: the rows a bulk load just wrote) — what its insert trigger would
    have counted for them one by one."""
    def only(t: str, x: str) -> str:
        return f" AND {newer.format(x=x)}" if t == table and newer else ""

    day_counts = f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
    new_decisions, served = "", "e.to_status"
    if table in ("request_decisions", "service_requests") and newer:  # only requests whose
        # first decision or the request itself just arrived
        src = ("SELECT x.request_id FROM request_decisions x" if table == "request_decisions"
               else "SELECT x.id FROM service_requests x")
        new_decisions = f" AND d.request_id IN ({src} WHERE {newer.format(x='x')})"
    if table and newer:  # the new rows along their key, not every served event so far
        served = q.unindexed(served)
    first = ("(SELECT d.request_id, min(d.decided_on) AS on_day "
             f"FROM request_decisions d WHERE 1 = 1{new_decisions} GROUP BY d.request_id)")
    statements = [
        ({"service_requests"},
         f"{day_counts}SELECT 'received', {q.day('r.received_at')}, coalesce(r.branch_code, ''), "
         f"coalesce(r.service_code, ''), '', count(*) FROM service_requests r "
         f"WHERE 1 = 1{only('service_requests', 'r')} GROUP BY 2, 3, 4"),
        ({"service_requests", "request_decisions"},
         f"{day_counts}SELECT 'decided', f.on_day, coalesce(r.branch_code, ''), "
         f"coalesce(r.service_code, ''), {q.detail('r')}, count(*) FROM service_requests r "
         f"JOIN {first} f ON f.request_id = r.id "
         f"WHERE 1 = 1{only('service_requests', 'r')} GROUP BY 2, 3, 4, 5"),
        ({"service_requests", "request_events"},
         f"{day_counts}SELECT 'served', {q.day('e.at')}, coalesce(r.branch_code, ''), "
         f"coalesce(r.service_code, ''), '', count(*) FROM request_events e "
         f"JOIN service_requests r ON r.id = e.request_id WHERE {served} = 'served'"
         f"{only('service_requests', 'r')}{only('request_events', 'e')} GROUP BY 2, 3, 4"),
        ({"beneficiaries"},
         f"INSERT INTO registry_counts {PEOPLE_KEY.replace(')', ', n)')} "
         f"SELECT coalesce(branch_code, ''), coalesce(category_code, ''), "
         f"coalesce(beneficiary_type, ''), coalesce(city, ''), count(*) FROM beneficiaries b "
         f"WHERE {not_merged('b')}{only('beneficiaries', 'b')} GROUP BY 1, 2, 3, 4"),
        ({"beneficiaries"},
         f"{day_counts}SELECT 'new_people', {q.day('created_at')}, coalesce(branch_code, ''), "
         f"'', '', count(*) FROM beneficiaries b WHERE {not_merged('b')}"
         f"{only('beneficiaries', 'b')} GROUP BY 2, 3"),
        ({"beneficiaries"},
         f"{day_counts}SELECT 'reviewed', data_reviewed_on, coalesce(branch_code, ''), '', '', "
         f"count(*) FROM beneficiaries b WHERE {not_merged('b')}{only('beneficiaries', 'b')} "
         f"GROUP BY 2, 3"),
    ]
    if table == "request_decisions" and newer:  # a request decided before: off its old day
        statements.append(({"request_decisions"}, _earlier_decisions(q, newer)))
    # Added to the figures already kept (the migration starts from none, a bulk load does not).
    add = {"report_day_counts": f" ON CONFLICT {DAY_KEY} DO UPDATE SET n = report_day_counts.n "
                                "+ excluded.n",
           "registry_counts": f" ON CONFLICT {PEOPLE_KEY} DO UPDATE SET n = registry_counts.n "
                              "+ excluded.n"}
    return [sql + add[sql.split()[2]] for tables, sql in statements
            if table is None or table in tables]


def _earlier_decisions(q: Sql, newer: str) -> str:
    """What the requests that get new decisions counted before the load: taken off (their
    first decision is counted again, over old and new, by the load's own statement)."""
    old = (f"(SELECT d.request_id, min(d.decided_on) AS on_day FROM request_decisions d "
           f"WHERE NOT ({newer.format(x='d')}) AND d.request_id IN (SELECT x.request_id FROM "
           f"request_decisions x WHERE {newer.format(x='x')}) GROUP BY d.request_id)")
    return (f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
            f"SELECT 'decided', o.on_day, coalesce(r.branch_code, ''), "
            f"coalesce(r.service_code, ''), {q.detail('r')}, -count(*) FROM service_requests r "
            f"JOIN {old} o ON o.request_id = r.id GROUP BY 2, 3, 4, 5")


#: The triggers that count decisions (recreated by migration 0043).
DECIDED_TRIGGERS = ("rc_request_ins", "rc_request_upd", "rc_request_del", "rc_decision_ins",
                    "rc_decision_upd", "rc_decision_del")


def decided_backfill(q: Sql) -> list[str]:
    """The backfill of the ``decided`` figure alone."""
    return [sql for sql in backfill(q, "request_decisions") if "'decided'" in sql]
