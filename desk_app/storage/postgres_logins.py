"""A PostgreSQL login per branch office, with only the rights its direct sync needs (issue 14).

A branch that reaches the head office's server exchanges changes with it directly
(services/sync.py ``sync_with``): it reads the registry and the change log, writes what it
brings up into the travelling tables (the head office's merge runs in its transaction), adds its
actions to the audit trail and moves its own positions. So a branch's login may:

- read, add, change and remove rows of the travelling tables (storage/sync_log.py);
- read and add to the change log and the audit trail, never change or remove an entry (the
  audit chain is append-only, and a branch must not rewrite another office's history);
- read the installation's settings and the schema revision, never change them;
- add to the report figures the head office's triggers keep as its rows arrive;
- read and move its own row of ``sync_peers`` — never another branch's row, and never a key
  column (each branch's exchange-file key stays at the head office): a restrictive row policy
  and column grants;

and nothing else: not the access log (who looked at which file), the messages queued to
beneficiaries, the web-form queue, the exchange files seen, the number counters, nor any DDL
(it owns nothing). Created by the administrator's "enrol a branch" step at the head office.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desk_app.storage.schema import metadata
from desk_app.storage.sync_log import travels

APPEND_ONLY = ("sync_changes", "audit_events")
READ_ONLY = ("app_settings", "alembic_version")
#: Figures the head office's triggers keep in the same transaction as the rows they count
#: (storage/report_counts_tables.py): a branch's rows arriving move them (insert or add to).
COUNTED = ("report_day_counts", "registry_counts")
PEER_COLUMNS_READ = ("code", "role", "acked", "received", "seeded", "files_out", "files_in",
                     "last_sync_at", "last_error", "enrolled_at")
PEER_COLUMNS_MOVED = ("acked", "received", "seeded", "last_sync_at", "last_error")


def login_name(conn: Connection, code: str) -> str:
    """Logins belong to the whole server: the database's name keeps two associations' (or a
    test's) branches apart."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return f"desk_{code.lower()}_{database}"[:63]


def _ident(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _literal(conn: Connection, value: str) -> str:
    """A string literal made by the server (``quote_literal``): DDL takes no parameters."""
    return conn.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar_one()


def create(conn: Connection, code: str, password: str) -> str:
    """Create (or reset the password of) branch ``code``'s login with its rights; returns its
    name. Runs in the caller's transaction: all of it, or nothing."""
    role = login_name(conn, code)
    r, pw = _ident(conn, role), _literal(conn, password)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": role}).first()
    conn.exec_driver_sql(f"{'ALTER' if exists else 'CREATE'} ROLE {r} LOGIN PASSWORD {pw}")
    database = _ident(conn, conn.execute(text("SELECT current_database()")).scalar_one())
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {r}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {r}")
    inserts = list(APPEND_ONLY)
    for t in metadata.sorted_tables:
        if travels(t.name):
            conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_ident(conn, t.name)}"
                                 f" TO {r}")
            inserts.append(t.name)
    for name in APPEND_ONLY:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {name} TO {r}")
    for name in READ_ONLY:
        conn.exec_driver_sql(f"GRANT SELECT ON {name} TO {r}")
    for name in COUNTED:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {name} TO {r}")
    for seq in _sequences(conn, inserts):
        conn.exec_driver_sql(f"GRANT USAGE ON SEQUENCE {_ident(conn, seq)} TO {r}")
    conn.exec_driver_sql(f"GRANT SELECT ({', '.join(PEER_COLUMNS_READ)}), "
                         f"UPDATE ({', '.join(PEER_COLUMNS_MOVED)}) ON sync_peers TO {r}")
    _own_row_only(conn, r, code)
    return role


def _sequences(conn: Connection, tables: list[str]) -> list[str]:
    """The sequences behind the serial and identity columns of ``tables``."""
    rows = conn.execute(text(
        "SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
        "JOIN pg_class t ON d.refobjid = t.oid WHERE s.relkind = 'S' AND t.relname = ANY(:t)"),
        {"t": tables})
    return [row[0] for row in rows]


def _own_row_only(conn: Connection, role: str, code: str) -> None:  # role: quoted
    """Row security on ``sync_peers``: every other login sees every row as before (a
    permissive policy for all), a branch's login only its own (a restrictive one for it)."""
    conn.exec_driver_sql("ALTER TABLE sync_peers ENABLE ROW LEVEL SECURITY")
    policies = {row[0] for row in conn.execute(text(
        "SELECT policyname FROM pg_policies WHERE tablename = 'sync_peers'"))}
    if "sync_peers_everyone" not in policies:
        conn.exec_driver_sql("CREATE POLICY sync_peers_everyone ON sync_peers "
                             "USING (true) WITH CHECK (true)")
    own = f"sync_peers_{code.lower()}"
    if own in policies:
        conn.exec_driver_sql(f"DROP POLICY {_ident(conn, own)} ON sync_peers")
    code_literal = _literal(conn, code)
    conn.exec_driver_sql(f"CREATE POLICY {_ident(conn, own)} ON sync_peers AS RESTRICTIVE "
                         f"TO {role} USING (code = {code_literal}) "
                         f"WITH CHECK (code = {code_literal})")
