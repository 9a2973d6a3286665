"""What the head office checks, beyond single fields, before taking a branch's change.

- A request's step (a withdrawal, a decision…) taken at a branch from a status the head office's
  copy no longer has — decided there meanwhile — is refused as a whole when the request workflow
  does not allow it from the head office's status: nothing of the action is applied, the branch
  gets the head office's rows back (:func:`inverse`), and a person sees it in the conflict list.
- A row deleted at the branch that the head office changed since the branch last saw it
  (:func:`changed_since`) is kept and sent back; a row the branch changed that the head office
  deleted is listed whole (:func:`deleted_row` finds it in the head office's log), so a person
  can keep the deletion or restore it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, and_, cast, select
from sqlalchemy.orm import Session

from desk_app.domain import workflows as wf
from desk_app.storage.sync_log import LATEST_WINS, columns, decode, encode, table, travels
from desk_app.storage.sync_tables import SyncChange

#: A row's place in its list: another row removed before it moves it, which is no edit of it.
ORDER_COLUMNS = frozenset({"position", "seq"})


def _row(s: Session, name: str, key: dict[str, Any]) -> Any:
    t = table(name)
    return s.execute(select(t).where(and_(*(t.c[k] == decode(t.c[k], v)
                                            for k, v in key.items())))).mappings().first()


def whole(t: Any, row: Any) -> dict[str, Any]:
    """A row's travelling values, encoded as the change log holds them."""
    return {c.name: encode(row[c.name]) for c in columns(t)}


def refused_step(s: Session, changes: list[dict[str, Any]]) -> tuple[str, str, str] | None:
    """``(request id, head office's status, branch's status)`` when the action moves a request
    from a status the head office's copy no longer has, to one the workflow does not allow
    from the head office's status (a decided request withdrawn at a branch, or decided at both
    ends)."""
    decides = any(ch["t"] == "request_decisions" and ch["op"] == "i" for ch in changes)
    for ch in changes:
        if ch["t"] != "service_requests" or ch["op"] != "u" or "status" not in ch["v"]:
            continue
        row = _row(s, "service_requests", ch["k"])
        before, after = (ch.get("b") or {}).get("status"), ch["v"]["status"]
        if row is None or row["status"] == before:
            continue
        # Both ends completing a checklist meet at the same status: the branch's ticks stay.
        # Both ends deciding do too, but a request has one committee decision.
        if (row["status"] != after or decides) and not wf.REQUEST.can(row["status"], after):
            return row["id"], row["status"], after
    return None


def inverse(s: Session, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What brings a site that applied ``changes`` back to the head office's rows: an insert
    removed (or set to the head office's values), an edit set back, a deletion re-inserted.
    Backwards, so children go before their parents and parents come back before children."""
    out: list[dict[str, Any]] = []
    for ch in reversed(changes):
        if not travels(ch["t"]):
            continue
        t, row = table(ch["t"]), _row(s, ch["t"], ch["k"])
        if row is None:
            if ch["op"] != "d":
                out.append({"t": t.name, "k": ch["k"], "op": "d"})
        elif ch["op"] == "u":
            mine = {k: encode(row[k]) for k in ch["v"] if k in t.c}
            out.append({"t": t.name, "k": ch["k"], "op": "u", "v": mine, "b": ch["v"]})
        else:
            out.append({"t": t.name, "k": ch["k"], "op": "i", "v": whole(t, row)})
    return out


def changed_since(t: Any, row: Any, before: dict[str, Any] | None) -> bool:
    """The head office's row differs from the one the branch deleted (``before``: the row as
    the branch last held it; none in changes logged before deletions carried it)."""
    if not before:
        return False
    names = {c.name for c in columns(t)} - LATEST_WINS - ORDER_COLUMNS
    return any(encode(row[k]) != v for k, v in before.items() if k in names)


def deleted_row(s: Session, name: str, key: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it was when deleted here (by this office or a branch it came from): the
    latest deletion of it in this office's log. Looked up only for a conflict (rare); the key
    is a UUID, so the text match is narrowed to the few actions that name it."""
    first = str(next(iter(key.values())))
    found = s.scalars(select(SyncChange.changes)
                      .where(cast(SyncChange.changes, Text).like(f"%{first}%"))
                      .order_by(SyncChange.pos.desc()).limit(50))
    for changes in found:
        for ch in changes:
            if ch["t"] == name and ch["k"] == key and ch["op"] == "d" and ch.get("b"):
                return dict(ch["b"])
    return None
