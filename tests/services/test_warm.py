"""The database side of the first sign-in is done while the sign-in page waits: afterwards the
sign-in's look-ups and the registry's first page compile nothing new (SQLAlchemy's statement
cache of the engine) and the warm-up itself writes nothing (nobody is signed in)."""

from sqlalchemy import func, select

from desk_app.services import installation, permissions, registry, signin, warm
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from desk_app.storage.tables import AuditEvent


def _first_sign_in(db: Database) -> None:
    signin.sign_in(db, "admin", "wrong")  # looks the account up (and logs the try)
    installation.get(db), profile_service.current(db), permissions.current(db)
    registry.search(db, "", 0, 50, "RYD")


def test_after_the_warm_up_the_first_sign_in_reads_compile_nothing(desk_db):
    db = Database.open(desk_db.url, clock=desk_db.clock)  # a desk just started: nothing cached
    try:
        with db.read() as s:
            events = s.scalar(select(func.count()).select_from(AuditEvent))
        cache = db.read_engine._compiled_cache  # noqa: SLF001 - what is measured
        warm.before_sign_in(db, 50, "RYD")
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
        warmed = len(cache)
        _first_sign_in(db)
        assert warmed > 0 and len(cache) == warmed  # the first sign-in's reads added nothing
    finally:
        db.dispose()
