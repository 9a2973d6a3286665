"""A branch's actions in the head office's audit trail (issue 14: the audit travels up).

Each action the head office receives from a branch becomes one audit event there, in the head
office's own chain of hashes: who at which branch (``name@JED``), what, when (the branch's
time), and the rows it changed — with the same redaction as the head office's own events
(passwords never, a scan's size not its bytes). The branch keeps its own chain for its own
verification; the head office's chain then tells the whole association's story.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import LargeBinary
from sqlalchemy.orm import Session

from desk_app.storage.audit import REDACTED
from desk_app.storage.audit_chain import seal
from desk_app.storage.sync_apply import Incoming
from desk_app.storage.sync_log import key_text, table, travels
from desk_app.storage.tables import AuditEvent


def _shown(t: Any, values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in values.items():
        column = t.c.get(name)
        if column is not None and column.info.get("audit") == "redact":
            out[name] = REDACTED
        elif column is not None and isinstance(column.type, LargeBinary) and value:
            out[name] = f"<{len(value) * 3 // 4} bytes>"
        else:
            out[name] = value
    return out


def _change(ch: dict[str, Any]) -> dict[str, Any]:
    t = table(ch["t"])
    row = {"table": ch["t"], "id": key_text(ch["k"]), "op": {"i": "insert", "u": "update",
                                                           "d": "delete"}[ch["op"]]}
    if ch["op"] == "i":
        row["after"] = _shown(t, ch["v"])
    elif ch["op"] == "u":
        row["before"] = _shown(t, ch.get("b") or {})
        row["after"] = _shown(t, ch["v"])
    return row


def record(s: Session, inc: Incoming) -> None:
    """One audit event for an action received from a branch (its changes as they came)."""
    changes = [_change(c) for c in inc.changes if travels(c["t"])]
    if not changes:
        return
    event = AuditEvent(at=inc.at, actor_id=None, actor_name=f"{inc.actor}@{inc.origin}"[:64],
                       action=inc.action[:64], target_type="sync",
                       target_id=changes[0]["id"][:36],
                       changes=changes)
    seal(s, event)
    s.add(event)
    s.flush()
