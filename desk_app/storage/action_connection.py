"""The connection of an action's session, asked of the session once per action.

``Session.connection()`` walks the session's transaction machinery on every call (about a
tenth of a millisecond); the desk's saves ask for it for each plain statement they send
(issue 23). One action is one transaction on one connection, so the first answer holds until
the session closes.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm import Session

_KEY = "action_connection"


def of(session: Session) -> Connection:
    connection = session.info.get(_KEY)
    if connection is None or connection.closed or not connection.in_transaction():
        connection = session.info[_KEY] = session.connection()
    return connection
