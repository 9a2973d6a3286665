"""The manifest beside every backup: what it holds and its checksum, verified before a restore.

``<backup>.manifest.json``: ``format``, ``revision``, ``bytes``, ``sha256``, ``created_at`` and
the row ``counts`` per table. A backup whose bytes no longer match was changed after it was made.
(Authenticating backups with a key belongs to the personal-data work; a checksum alone proves
that nothing changed by accident or by someone who did not also rewrite the manifest.)
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

FORMAT = 1


def path_for(backup: Path) -> Path:
    return backup.with_name(f"{backup.name}.manifest.json")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write(backup: Path, revision: str, counts: dict[str, int], now: datetime) -> Path:
    target = path_for(backup)
    partial = target.with_name(f"{target.name}.partial")
    partial.write_text(json.dumps({
        "format": FORMAT, "revision": revision, "bytes": backup.stat().st_size,
        "sha256": sha256(backup), "created_at": now.isoformat(timespec="seconds"),
        "counts": counts}, indent=1), encoding="utf-8")
    partial.replace(target)
    return target


def read(backup: Path) -> dict[str, Any] | None:
    """The manifest of ``backup``; None when there is none; ValueError when unreadable."""
    target = path_for(backup)
    if not target.is_file():
        return None
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"its manifest cannot be read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sha256"), str):
        raise ValueError("its manifest is not one this application writes")
    return data


def mismatch(backup: Path, data: dict[str, Any]) -> str | None:
    """Why ``backup`` does not match its manifest ``data``; None when it does."""
    if data.get("bytes") not in (None, backup.stat().st_size):
        return "its size differs from its manifest"
    if sha256(backup) != data["sha256"]:
        return "its checksum differs from its manifest: it was changed after it was made"
    return None
