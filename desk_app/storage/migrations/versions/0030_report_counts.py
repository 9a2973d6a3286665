"""figures per day kept by triggers for the dashboard and the reports (issue 22)

Revision ID: 0030_report_counts
Revises: 0020_social_studies
Create Date: 2026-11-27 16:45:00

The tables are described in ``desk_app/storage/report_counts_tables.py``. The triggers are
written once here for both engines (SQLite trigger bodies, PostgreSQL PL/pgSQL functions) from
the same statements; the backfill is one grouped ``INSERT … SELECT`` per figure.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0030_report_counts'
down_revision: str | Sequence[str] | None = '0020_social_studies'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

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


def one_decision(req: str, left: int = 1) -> str:
    # The workflow gives a request one committee decision; a request is counted on its day.
    # ``left``: how many the request has once the statement is done (0 after deleting it).
    return f"(SELECT count(*) FROM request_decisions d WHERE d.request_id = {req}) = {left}"


def request_rows(q: Sql, x: str, sign: int) -> list[str]:
    """Everything counted about request ``x`` (NEW or OLD): received, decided, served."""
    return [
        bump("received", q.day(f"{x}.received_at"), f"{x}.branch_code", f"{x}.service_code",
             "''", sign),
        bump("decided", f"(SELECT min(d.decided_on) FROM request_decisions d WHERE "
                        f"d.request_id = {x}.id)", f"{x}.branch_code", f"{x}.service_code",
             q.detail(x), sign, where=one_decision(f"{x}.id")),
        bump("served", q.day("e.at"), f"{x}.branch_code", f"{x}.service_code", "''", sign,
             "FROM request_events e",
             f"e.request_id = {x}.id AND {q.unindexed('e.to_status')} = 'served'"),
    ]


def decision_rows(q: Sql, x: str, sign: int, left: int = 1) -> list[str]:
    return [bump("decided", f"{x}.decided_on", "r.branch_code", "r.service_code", q.detail("r"),
                 sign, "FROM service_requests r",
                 f"r.id = {x}.request_id AND {one_decision('r.id', left)}")]


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
        ("rc_decision_ins", "AFTER INSERT", "request_decisions", None,
         decision_rows(q, "NEW", 1)),
        ("rc_decision_upd", f"AFTER UPDATE OF {', '.join(DECISION_COLS)}", "request_decisions",
         changed(q, DECISION_COLS), decision_rows(q, "OLD", -1) + decision_rows(q, "NEW", 1)),
        ("rc_decision_del", "AFTER DELETE", "request_decisions", None,
         decision_rows(q, "OLD", -1, left=0)),
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
        ret = "OLD" if "DELETE" in when and "BEFORE" in when else "NULL"
        out.append(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   + "; ".join(body) + f"; RETURN {ret}; END $$")
        where = f" WHEN ({cond})" if cond else ""
        out.append(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} "
                   f"EXECUTE FUNCTION {name}()")
    return out


def backfill(q: Sql) -> list[str]:
    """The figures of the rows already there, one grouped statement each."""
    first = ("(SELECT request_id, min(decided_on) AS on_day, count(*) AS k "
             "FROM request_decisions GROUP BY request_id)")
    return [
        f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
        f"SELECT 'received', {q.day('received_at')}, coalesce(branch_code, ''), "
        f"coalesce(service_code, ''), '', count(*) FROM service_requests GROUP BY 2, 3, 4",
        f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
        f"SELECT 'decided', f.on_day, coalesce(r.branch_code, ''), coalesce(r.service_code, ''), "
        f"{q.detail('r')}, count(*) FROM service_requests r JOIN {first} f ON f.request_id = r.id "
        f"WHERE f.k = 1 GROUP BY 2, 3, 4, 5",
        f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
        f"SELECT 'served', {q.day('e.at')}, coalesce(r.branch_code, ''), "
        f"coalesce(r.service_code, ''), '', count(*) FROM request_events e "
        f"JOIN service_requests r ON r.id = e.request_id WHERE e.to_status = 'served' "
        f"GROUP BY 2, 3, 4",
        f"INSERT INTO registry_counts {PEOPLE_KEY.replace(')', ', n)')} "
        f"SELECT coalesce(branch_code, ''), coalesce(category_code, ''), "
        f"coalesce(beneficiary_type, ''), coalesce(city, ''), count(*) FROM beneficiaries b "
        f"WHERE {not_merged('b')} GROUP BY 1, 2, 3, 4",
        f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
        f"SELECT 'new_people', {q.day('created_at')}, coalesce(branch_code, ''), '', '', "
        f"count(*) FROM beneficiaries b WHERE {not_merged('b')} GROUP BY 2, 3",
        f"INSERT INTO report_day_counts {DAY_KEY.replace(')', ', n)')} "
        f"SELECT 'reviewed', data_reviewed_on, coalesce(branch_code, ''), '', '', "
        f"count(*) FROM beneficiaries b WHERE {not_merged('b')} GROUP BY 2, 3",
    ]


def upgrade() -> None:
    op.create_table(
        'report_day_counts',
        sa.Column('figure', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('branch_code', sa.String(length=8), nullable=False),
        sa.Column('service_code', sa.String(length=40), nullable=False),
        sa.Column('detail', sa.String(length=40), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('figure', 'day', 'branch_code', 'service_code', 'detail',
                                name=op.f('pk_report_day_counts')))
    op.create_table(
        'registry_counts',
        sa.Column('branch_code', sa.String(length=8), nullable=False),
        sa.Column('category_code', sa.String(length=40), nullable=False),
        sa.Column('beneficiary_type', sa.String(length=10), nullable=False),
        sa.Column('city', sa.String(length=120), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('branch_code', 'category_code', 'beneficiary_type', 'city',
                                name=op.f('pk_registry_counts')))
    q = Sql(op.get_bind().dialect.name == "postgresql")
    for statement in backfill(q) + (create_pg(q) if q.pg else create_sqlite(q)):
        op.execute(statement)


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, _when, table, _cond, _body in triggers(Sql(pg)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table('registry_counts')
    op.drop_table('report_day_counts')
