"""The schema check compares what a table is, not the order Alembic's batch mode happened to
write its constraints in (a Python set: different from one run to the next)."""

import sqlite3

from desk_app.storage import sqlite_check as sc

A = ('CREATE TABLE "contacts" (id VARCHAR(36) NOT NULL, b VARCHAR(36), r VARCHAR(36), '
     "note TEXT DEFAULT 'a, b (c)' NOT NULL, CONSTRAINT pk_contacts PRIMARY KEY (id), "
     "CONSTRAINT fk_b FOREIGN KEY(b) REFERENCES beneficiaries (id), "
     "CONSTRAINT fk_r FOREIGN KEY(r) REFERENCES service_requests (id))")
B = ('CREATE TABLE "contacts" (id VARCHAR(36) NOT NULL, b VARCHAR(36), r VARCHAR(36), '
     "note TEXT DEFAULT 'a, b (c)' NOT NULL, CONSTRAINT fk_r FOREIGN KEY(r) REFERENCES "
     "service_requests (id), CONSTRAINT pk_contacts PRIMARY KEY (id),\n  "
     "CONSTRAINT fk_b FOREIGN KEY(b) REFERENCES beneficiaries (id))")


def schema(sql):
    conn = sqlite3.connect(":memory:")
    conn.execute(sql)
    return sc.schema_of(conn)


def test_constraint_order_does_not_matter():
    assert schema(A) == schema(B)


def test_a_different_column_or_constraint_still_differs():
    assert schema(A) != schema(A.replace("r VARCHAR(36),", "r VARCHAR(40),"))
    assert schema(A) != schema(A.replace("fk_r FOREIGN KEY(r) REFERENCES service_requests",
                                         "fk_r FOREIGN KEY(r) REFERENCES beneficiaries"))
    assert schema(A) != schema(A.replace("b VARCHAR(36), r VARCHAR(36)",
                                         "r VARCHAR(36), b VARCHAR(36)"))  # column order counts
