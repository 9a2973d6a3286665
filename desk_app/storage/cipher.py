"""Encryption at rest of the embedded SQLite database: SQLCipher 4 through ``sqlcipher3``.

The database key is 32 bytes stretched from the installation passphrase with argon2id; its salt,
its cost and a check value live in the key file beside the database (``<db>.key.json``, nothing
secret in it). SQLCipher gets the key raw (``PRAGMA key = "x'…'"``): its own PBKDF2 (256,000
rounds) would otherwise run at every new connection, and the stretching is already done once at
unlock. SQLCipher encrypts every page (AES-256) and authenticates it (HMAC-SHA512), so a copied
file, or a page changed in it, cannot be read without the key.

Unlocked keys are held for this process only, by database file (:func:`register`); every
connection to a file (engines, backups, checks, upgrades) goes through :func:`connect`, which
uses SQLCipher when the file has a key and Python's own ``sqlite3`` when it has none.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

try:  # the wheel carries SQLCipher and its crypto library (Linux and Windows alike)
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - a broken installation; plain databases still open
    sqlcipher = None  # type: ignore[assignment]

KEY_FILE_SUFFIX = ".key.json"
FORMAT = 1
_CHECK_LABEL = b"BeneficiaryDesk database key check v1"
_MAC_LABEL = b"BeneficiaryDesk backup manifest v1"
SQLITE_HEADER = b"SQLite format 3\x00"

#: Driver errors of either library (a keyed file raises SQLCipher's own classes).
Error: tuple[type[Exception], ...] = (sqlite3.Error,)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
OperationalError: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
if sqlcipher is not None:
    Error += (sqlcipher.Error,)
    DatabaseError += (sqlcipher.DatabaseError,)
    OperationalError += (sqlcipher.OperationalError,)


class WrongKey(Exception):
    """The passphrase (or key) does not open this database or backup."""


@dataclass(frozen=True)
class Cost:
    """argon2id cost. Production: RFC 9106's second recommended setting (64 MiB, 3 passes,
    2 lanes), 0.8-1.7 s once per start on this project's loaded 2-core machine (bench/): slow
    for someone trying passphrases against a stolen file, paid once by the person unlocking."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


STRONG = Cost()
#: Tests only (``DESK_APP_CHEAP_KDF=1``, set by tests/conftest.py): the cost is recorded in the
#: key file, so a database made this way stays cheap to unlock — never set it at an office.
CHEAP = Cost(time_cost=1, memory_kib=64, parallelism=1)


def default_cost() -> Cost:
    return CHEAP if os.environ.get("DESK_APP_CHEAP_KDF") == "1" else STRONG


# --- keys ----------------------------------------------------------------------------------

def derive(passphrase: str, salt: bytes, cost: Cost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # imported on unlock only

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=cost.time_cost,
                           memory_cost=cost.memory_kib, parallelism=cost.parallelism,
                           hash_len=32, type=Type.ID)


def check_value(key: bytes) -> str:
    """Shown in key files and manifests: tells a wrong passphrase from a damaged file."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def new_key(passphrase: str, cost: Cost | None = None) -> tuple[bytes, dict[str, Any]]:
    """A fresh key from ``passphrase`` and a new salt, and its key-file description."""
    cost = cost or default_cost()
    salt = os.urandom(16)
    key = derive(passphrase, salt, cost)
    return key, {"format": FORMAT, "cipher": "sqlcipher4", "kdf": "argon2id",
                 "salt": salt.hex(), **asdict(cost), "check": check_value(key)}


def unlock(meta: dict[str, Any], passphrase: str) -> bytes:
    """The key ``meta`` (a key file or manifest block) describes; :class:`WrongKey` otherwise."""
    try:
        cost = Cost(int(meta["time_cost"]), int(meta["memory_kib"]), int(meta["parallelism"]))
        key = derive(passphrase, bytes.fromhex(meta["salt"]), cost)
    except (KeyError, ValueError, TypeError) as exc:
        raise WrongKey(f"the key description is not one this application writes ({exc})") from exc
    if not hmac.compare_digest(check_value(key), str(meta.get("check", ""))):
        raise WrongKey("the passphrase does not open this database")
    return key


def key_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_FILE_SUFFIX)


def read_key_file(db_path: Path) -> dict[str, Any] | None:
    path = key_file(db_path)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_key_file(db_path: Path, meta: dict[str, Any]) -> Path:
    path = key_file(db_path)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    partial.replace(path)
    return path


def is_encrypted(db_path: Path) -> bool:
    """Whether the file is not plain SQLite (its header is ciphertext). A key file beside a
    plain file is stale (an interrupted conversion) and changes nothing."""
    try:
        with db_path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER


def needs_key(db_path: Path) -> bool:
    """An encrypted database of this application: ciphertext AND its key file beside it (the
    salt and cost live there). Without the key file the bytes are nobody's database to us: a
    damaged or foreign file, reported as such rather than as "enter the passphrase"."""
    return is_encrypted(db_path) and key_file(db_path).is_file()


def manifest_mac(key: bytes, fields: dict[str, Any]) -> str:
    """Authenticates a backup's manifest (and through its checksum the file) with the key."""
    mac_key = hmac.new(key, _MAC_LABEL, hashlib.sha256).digest()
    body = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hmac.new(mac_key, body, hashlib.sha256).hexdigest()


# --- keys held by this process --------------------------------------------------------------

_keys: dict[str, bytes] = {}
_lock = threading.Lock()


def _name(path: Path | str) -> str:
    text = str(path)
    if text.startswith("file:"):
        text = text.removeprefix("file:").split("?")[0]
    return str(Path(text).resolve())


def register(db_path: Path | str, key: bytes) -> None:
    with _lock:
        _keys[_name(db_path)] = key


def forget(db_path: Path | str) -> None:
    with _lock:
        _keys.pop(_name(db_path), None)


def key_for(db_path: Path | str | None) -> bytes | None:
    if db_path is None:
        return None
    with _lock:
        return _keys.get(_name(db_path))


def known_key(check: str) -> bytes | None:
    """A key held by this process whose check value is ``check`` (a backup of this office)."""
    with _lock:
        keys = list(_keys.values())
    return next((k for k in keys if hmac.compare_digest(check_value(k), check)), None)


# --- connections ----------------------------------------------------------------------------

_LOOKUP: Any = object()


def connect(database: Path | str, key: bytes | None = _LOOKUP, **kwargs: Any) -> Any:
    """A DB-API connection to ``database``; keyed with ``key`` (default: the key registered
    for that file), through SQLCipher; Python's ``sqlite3`` when there is no key."""
    if key is _LOOKUP:
        key = key_for(database)
    if key is None:
        return sqlite3.connect(database, **kwargs)
    if sqlcipher is None:  # pragma: no cover
        raise sqlite3.OperationalError("SQLCipher (sqlcipher3) is not installed")
    conn = sqlcipher.connect(str(database), **kwargs)
    apply_key(conn, key)
    return conn


#: Decrypted pages a keyed connection keeps (KiB, SQLite's negative cache_size). A plain file's
#: pages come back from the OS cache with a copy; an encrypted one's are decrypted and their HMAC
#: checked each time they leave SQLite's own cache, so a desk's hot pages (the search index, the
#: registry's indexes) are better kept decrypted: 32 MiB per connection, a handful of
#: connections per desk (measured in bench/RESULTS.md, "Encrypted vs plain").
CACHE_KIB = 32 * 1024


def apply_key(conn: Any, key: bytes) -> None:
    # A wrong key is our own message (WrongKey): SQLCipher's log to stderr would only repeat it.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def engine_kwargs(db_path: Path | None, timeout_s: float) -> dict[str, Any]:
    """``create_engine`` arguments for an SQLite file: SQLCipher's driver and a keyed
    connection when the file has a registered key, the stock driver otherwise."""
    key = key_for(db_path)
    if key is None:
        return {"connect_args": {"timeout": timeout_s}}
    return {"module": sqlcipher,
            "creator": lambda: connect(db_path, key, timeout=timeout_s,
                                       check_same_thread=False)}


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database ``plain`` to ``target`` (must not exist)."""
    if sqlcipher is None:  # pragma: no cover
        raise sqlite3.OperationalError("SQLCipher (sqlcipher3) is not installed")
    conn = sqlcipher.connect(str(plain), timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it.

    On a spinning disk the old bytes are gone; an SSD may keep them in blocks it remapped, which
    no program can reach: the README says to encrypt before the data go on a laptop.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as f:
        block = b"\x00" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
