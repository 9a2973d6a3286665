"""An action whose connection died: the ROLLBACK after the error fails on the dead connection too
(the server has undone the transaction itself). The action's own error must still be what the
desk hears — classified (a banner), never the rollback's raw driver error, which once killed a
desk process in the test that stops the server while four desks save."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desk_app.domain.entities import Actor
from desk_app.storage.db import StorageError

SYSTEM = Actor(id="", username="system", role="system")


def _dead(*_a, **_k):
    raise OperationalError("ROLLBACK", {}, Exception("server closed the connection unexpectedly"))


@pytest.fixture
def rollback_fails(monkeypatch):
    monkeypatch.setattr(Session, "rollback", _dead)


def test_the_actions_error_not_the_rollbacks_reaches_the_desk(desk_db, rollback_fails):
    with pytest.raises(StorageError) as err:
        with desk_db.action(SYSTEM, "test.lost") as s:
            s.execute(text("SELECT 1"))
            raise OperationalError("INSERT", {}, Exception("terminating connection"))
    assert err.value.code == "unavailable" and "terminating" in str(err.value)


def test_a_programs_error_stays_itself_when_the_rollback_fails(desk_db, rollback_fails):
    with pytest.raises(KeyError):
        with desk_db.action(SYSTEM, "test.lost") as s:
            s.execute(text("SELECT 1"))
            raise KeyError("x")
