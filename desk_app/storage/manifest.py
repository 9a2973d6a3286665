"""The manifest beside every backup: what it holds and its checksum, verified before a restore.

``<backup>.manifest.json``: ``format``, ``revision``, ``bytes``, ``sha256``, ``created_at`` and
the row ``counts`` per table. A backup whose bytes no longer match was changed after it was made.
A backup of an encrypted database is itself encrypted with the database key, and its manifest
carries ``encryption`` (the key's salt, argon2id cost and check value, nothing secret: a new PC
unlocks it with the installation passphrase) and ``mac``, an HMAC of every other field keyed
from the database key: whoever rewrites the file and its manifest without the key is caught.
A plain database's backup has a checksum only (it proves nothing changed by accident).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from desk_app.storage import cipher

FORMAT = 1


def path_for(backup: Path) -> Path:
    return backup.with_name(f"{backup.name}.manifest.json")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write(backup: Path, revision: str, counts: dict[str, int], now: datetime,
          key: bytes | None = None, key_meta: dict[str, Any] | None = None) -> Path:
    target = path_for(backup)
    partial = target.with_name(f"{target.name}.partial")
    data: dict[str, Any] = {
        "format": FORMAT, "revision": revision, "bytes": backup.stat().st_size,
        "sha256": sha256(backup), "created_at": now.isoformat(timespec="seconds"),
        "counts": counts}
    if key is not None:
        data["encryption"] = {k: v for k, v in (key_meta or {}).items() if k != "format"}
        data["encryption"]["check"] = cipher.check_value(key)
        data["mac"] = cipher.manifest_mac(key, data)
    partial.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
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


def authentic(data: dict[str, Any], key: bytes) -> bool:
    """Whether an encrypted backup's manifest was written by someone holding ``key``."""
    fields = {k: v for k, v in data.items() if k != "mac"}
    return hmac.compare_digest(cipher.manifest_mac(key, fields), str(data.get("mac", "")))
