"""The name search's choice on PostgreSQL between walking the file order over the words and the
index of the words' starts (migration 0046, ``postgres_search``): made by the server's own
statistics, and the same people either way."""

import pytest
from sqlalchemy import text

from desk_app.services import demo
from desk_app.storage import postgres_search
from desk_app.storage.db import Database

pytestmark = pytest.mark.usefixtures("pg_server")


@pytest.fixture(scope="module")
def office(pg_server, pg_template):
    db = Database.open(pg_server.url(pg_server.create_database(pg_template)))
    demo.generate(db, beneficiaries=600, seed=5, progress=None)
    with db.write_engine.begin() as c:
        c.execute(text("ANALYZE beneficiaries"))
    postgres_search._cache.clear()
    yield db
    db.dispose()


def _ids(db: Database, condition: str, query: str) -> list[str]:
    with db.read_engine.connect() as c:
        return list(c.execute(text(f"SELECT id FROM beneficiaries WHERE {condition} "
                                   "ORDER BY seq"), {"q": query}).scalars())


def test_common_words_walk_and_rare_ones_use_the_starts(office):
    with office.read() as s:
        stats = postgres_search.start_stats(s)
    assert stats is not None and stats.rows == 600
    common, rare = ["ال"], ["فاطمه", "ال", "زخرفان"]
    assert postgres_search.walk_is_cheaper(stats, common, 1000)
    assert not postgres_search.walk_is_cheaper(stats, rare, 1000)
    assert postgres_search.walk_is_cheaper(None, rare, 1000)  # not analysed yet: walk


@pytest.mark.parametrize("typed", ["م", "ال", "محمد", "عبدالل", "فاطمه ال", "نوره عبد",
                                   "احمد عبدالله", "زخرفان", "ا ا ا"])
def test_both_ways_find_the_same_people(office, typed):
    tokens = typed.split()
    words = _ids(office, "name_words @@ CAST(:q AS tsquery)",
                 postgres_search.prefix_tsquery(tokens))
    starts = _ids(office, "name_prefixes @@ CAST(:q AS tsquery)",
                  postgres_search.starts_tsquery(tokens))
    assert words == starts
    assert words or typed == "زخرفان"
