"""The audit trail's tamper evidence, for the administrator and ``desk-app audit verify``."""

from __future__ import annotations

from desk_app.domain.entities import Actor
from desk_app.services.permissions import require
from desk_app.storage import audit_chain
from desk_app.storage.db import Database

ChainReport = audit_chain.ChainReport


def verify(db: Database, actor: Actor) -> ChainReport:
    """Walk the chain of audit events; the report names the first broken link, if any."""
    require(db, actor, "audit.view")
    with db.read() as s:
        return audit_chain.verify(s)
