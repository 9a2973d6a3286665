"""Installation key/value settings (branch code, document secret, preset)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.storage.tables import AppSetting


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def put(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
