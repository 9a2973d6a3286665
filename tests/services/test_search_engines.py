"""Registry search means the same on both engines: every query of the benchmark's fixed set
(bench/queries.txt) returns the same people in the same order from SQLite's FTS5 index and from
PostgreSQL's tsvector/GIN index, over the same deterministic demo registry."""

from __future__ import annotations

import pytest

from bench.queries import load
from desk_app.services import demo, registry
from desk_app.storage.db import Database

PEOPLE, SEED = 3000, 11


@pytest.fixture(scope="module")
def registries(tmp_path_factory, pg_server, pg_template):
    path = tmp_path_factory.mktemp("search") / "desk.sqlite3"
    lite = Database.open(f"sqlite:///{path}")
    pg = Database.open(pg_server.url(pg_server.create_database(pg_template)))
    for db in (lite, pg):
        demo.generate(db, beneficiaries=PEOPLE, seed=SEED, progress=None)
    yield path, lite, pg
    lite.dispose()
    pg.dispose()


def _found(db: Database, text: str, page: int) -> tuple[list[str], bool]:
    result = registry.search(db, text, page=page, page_size=20, branch_code="HQ")
    return [r.file_number for r in result.rows], result.has_more


def test_every_benchmark_query_finds_the_same_rows_in_the_same_order(registries):
    path, lite, pg = registries
    queries = load(path)
    assert len(queries) > 40
    hits = 0
    for q in queries:
        for page in (0, 1):
            expected = _found(lite, q.text, page)
            assert _found(pg, q.text, page) == expected, (q.line, page)
            hits += bool(expected[0])
    assert hits > len(queries)  # most queries find someone, several a second page


@pytest.mark.parametrize("text", ["م", "عبد", "عبد الل", "ال", "فاطمة الزه", "محمد عبدالله", "محمدين",
                                  "فاطمه فاطمه", "2", "10",
                                  "xyz", "نور'ة", "\\", "a b c d e f"])
def test_fragments_and_odd_input_agree(registries, text):
    _path, lite, pg = registries
    assert _found(pg, text, 0) == _found(lite, text, 0)
