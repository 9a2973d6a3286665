"""Plain values the layers exchange."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("admin", "reception", "researcher", "committee", "manager")


@dataclass(frozen=True)
class Actor:
    """Who does an action: a staff member, or the system (CLI import, demo, kiosk session)."""

    id: str | None
    username: str
    role: str = "system"
    full_name: str = ""


SYSTEM = Actor(None, "system")
