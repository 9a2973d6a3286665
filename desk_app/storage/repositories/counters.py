"""Sequences for readable numbers (file numbers, request numbers) per branch and year."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.storage import action_connection

#: Built once and sent on the action's connection (a save takes one or two numbers).
_NEXT = text("INSERT INTO counters(name, value) VALUES (:n, 1) "
             "ON CONFLICT(name) DO UPDATE SET value = counters.value + 1 RETURNING value")


def next_value(session: Session, name: str) -> int:
    """Atomically take the next value of counter ``name`` (inside the action's transaction)."""
    return action_connection.of(session).execute(_NEXT, {"n": name}).scalar_one()


def set_at_least(session: Session, name: str, value: int) -> None:
    session.execute(
        text(
            "INSERT INTO counters(name, value) VALUES (:n, :v) "
            "ON CONFLICT(name) DO UPDATE SET value = CASE WHEN counters.value < :v THEN :v "
            "ELSE counters.value END"
        ),
        {"n": name, "v": value},
    )
