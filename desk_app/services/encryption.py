"""Encryption at rest of this desk's SQLite database: unlocking at start, and converting a
plain database on request.

Where the key comes from, in order: the operating system's key store (``keyring``: Windows
Credential Manager, the desktop's Secret Service), when someone chose "remember on this PC";
otherwise the installation passphrase, stretched with argon2id (:mod:`desk_app.storage.cipher`).
The passphrase is the root: a key store is lost with its PC, the passphrase opens the backups
on a new one. An office server (PostgreSQL) is protected by the server and TLS instead.
"""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk_app.domain.entities import Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.storage import cipher, desk_lease, manifest
from desk_app.storage.db import Database, sqlite_file

KEYRING_SERVICE = "BeneficiaryDesk database key"
MIN_PASSPHRASE = 10

PLAIN, LOCKED, UNLOCKED, SERVER = "plain", "locked", "unlocked", "server"
WrongKey = cipher.WrongKey


class EncryptError(Exception):
    """Converting could not be done; ``code``: ``in_use``, ``short``, ``already``,
    ``server``, ``failed``. Nothing was changed."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


def state(url: str) -> str:
    """``server`` (not an SQLite file), ``plain``, ``locked`` (encrypted, key not unlocked
    in this process) or ``unlocked``."""
    path = sqlite_file(url)
    if path is None:
        return SERVER
    if cipher.key_for(path) is not None:
        return UNLOCKED
    return LOCKED if cipher.needs_key(path) else PLAIN


def unlock(url: str, passphrase: str, remember: bool = False) -> None:
    """Derive the key from the passphrase and hold it for this process; WrongKey otherwise.
    ``remember``: also keep it in the key store so that this PC starts unlocked."""
    path = _path(url)
    meta = cipher.read_key_file(path)
    if meta is None:
        raise WrongKey("this database has no key file beside it")
    key = cipher.unlock(meta, passphrase)
    cipher.register(path, key)
    if remember:
        remember_key(path, key)
    _wipe_leftovers(path)


def unlock_from_keystore(url: str) -> bool:
    """Unlock with the key this PC remembers; False when it has none or it no longer fits."""
    import keyring  # here, not at start: a plain database never pays for importing it
    from keyring.errors import KeyringError

    path = _path(url)
    meta = cipher.read_key_file(path)
    try:
        stored = keyring.get_password(KEYRING_SERVICE, str(path.resolve()))
    except KeyringError:
        return False
    if not stored or meta is None:
        return False
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return False
    if cipher.check_value(key) != meta.get("check"):
        return False  # a restore brought another key: the passphrase is asked for
    cipher.register(path, key)
    _wipe_leftovers(path)
    return True


def remember_key(path: Path, key: bytes) -> bool:
    """Keep the key in the OS key store; False when there is none (nothing is kept then)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, str(path.resolve()), key.hex())
    except KeyringError:
        return False
    return True


def lock(url: str) -> None:
    """Forget the key held by this process (the file can no longer be opened here)."""
    path = sqlite_file(url)
    if path is not None:
        cipher.forget(path)


@dataclass(frozen=True)
class Converted:
    path: str
    backup: str            # the verified, encrypted copy made first
    tables: int
    rows: int
    encrypted_copies: list[str]  # older plain copies (backups…) now encrypted with the key
    plain_backups: list[str]  # plain copies that could not be converted: for people to handle


def encrypt(url: str, passphrase: str, now: datetime, *, remember: bool = False,
            cost: cipher.Cost | None = None) -> Converted:
    """Convert the plain SQLite database at ``url`` in place, every desk closed.

    First a verified, encrypted backup beside it (``<db>.before-encrypt-TIME``, its key file
    beside it); then an encrypted copy, verified table by table against the plain file,
    renamed over it; the plain bytes are overwritten with zeros before they are removed.
    """
    path = _path(url)
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptError("short", str(MIN_PASSPHRASE))
    if state(url) != PLAIN:
        raise EncryptError("already", str(path))
    key, meta = cipher.new_key(passphrase, cost)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    try:
        with desk_lease.exclusive(path):
            counts = _checkpoint_and_count(path, None)
            backup = path.with_name(f"{path.name}.before-encrypt-{stamp}")
            _verified_export(path, backup, key, counts)
            cipher.write_key_file(backup, meta)
            work = path.with_name(f"{path.name}.encrypting-{stamp}")
            shutil.copyfile(backup, work)
            if _checkpoint_and_count(work, key) != counts:
                raise EncryptError("failed", "the encrypted copy differs from the database")
            _swap(path, work, key, meta, stamp)
    except (desk_lease.InUse, desk_lease.Busy) as exc:
        raise EncryptError("in_use", str(exc)) from exc
    except (*cipher.Error, OSError) as exc:
        raise EncryptError("failed", str(exc)) from exc
    if remember:
        remember_key(path, key)
    converted, left = encrypt_copies(path, key, meta)
    return Converted(str(path), str(backup), len(counts), sum(counts.values()), converted, left)


def encrypt_copies(path: Path, key: bytes, meta: dict) -> tuple[list[str], list[str]]:
    """Encrypt the plain copies left beside the database (automatic backups with their
    manifests, copies kept before upgrades and restores) with its key, each verified table by
    table before its plain bytes are zeroed. Returns (converted, left as they were)."""
    converted, left = [], []
    for plain in plain_copies(path):
        try:
            _encrypt_copy(plain, key, meta)
            converted.append(str(plain))
        except (EncryptError, ValueError, *cipher.Error, OSError):
            left.append(str(plain))  # not a database of ours, damaged, or in use: people decide
    return converted, left


def _encrypt_copy(plain: Path, key: bytes, meta: dict) -> None:
    recorded = manifest.read(plain)  # ValueError: unreadable manifest, left alone
    counts = _checkpoint_and_count(plain, None)
    work = plain.with_name(plain.name + ".encrypting")
    _verified_export(plain, work, key, counts)
    aside = plain.with_name(plain.name + ".plain")
    os.link(plain, aside)
    os.replace(work, plain)
    if recorded is not None:  # an automatic backup: its manifest now authenticated by the key
        manifest.write(plain, recorded["revision"], recorded["counts"],
                       datetime.fromisoformat(recorded["created_at"]), key, meta)
    else:
        cipher.write_key_file(plain, meta)
    cipher.wipe(aside)


def _swap(path: Path, work: Path, key: bytes, meta: dict, stamp: str) -> None:
    """The key file, then the encrypted file renamed over the plain one (atomic), whose bytes,
    kept reachable through a hard link, are then zeroed. A crash in between leaves either the
    plain database as it was (the key file beside it is ignored: its header is plain) or a
    ``.plain-`` link that the next unlock zeroes."""
    aside = path.with_name(f"{path.name}.plain-{stamp}")
    os.link(path, aside)
    cipher.write_key_file(path, meta)
    os.replace(work, path)
    cipher.register(path, key)
    for leftover in (aside, *_sidecars(path)):
        cipher.wipe(leftover)


def _verified_export(plain: Path, target: Path, key: bytes, counts: dict[str, int]) -> None:
    target.unlink(missing_ok=True)
    cipher.export_encrypted(plain, target, key)
    if _checkpoint_and_count(target, key) != counts:
        cipher.wipe(target)
        raise EncryptError("failed", "the encrypted backup differs from the database")


def _checkpoint_and_count(path: Path, key: bytes | None) -> dict[str, int]:
    """Every table's row count, after folding the write-ahead log into the file; also the
    integrity check (SQLCipher checks each page's authentication code as it reads it)."""
    with closing(cipher.connect(path, key, timeout=30)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            raise EncryptError("failed", f"integrity check: {integrity}")
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def plain_copies(path: Path) -> list[Path]:
    """Plain (readable) copies of the database left from before it was encrypted: the copies
    kept beside it before upgrades and restores, and backups with their manifest in the
    backups folder beside it. Other files are not this application's to touch."""
    beside = [p for p in sorted(path.parent.glob(f"{path.name}.before-*"))]
    backups = [p for p in sorted((path.parent / "backups").glob("*"))
               if manifest.path_for(p).is_file()]
    return [p for p in beside + backups
            if p.is_file() and _plain_sqlite(p) and not p.name.endswith((".plain", ".json"))]


def _plain_sqlite(p: Path) -> bool:
    try:
        with p.open("rb") as f:
            return f.read(len(cipher.SQLITE_HEADER)) == cipher.SQLITE_HEADER
    except OSError:
        return False


def _wipe_leftovers(path: Path) -> None:
    """A conversion interrupted after its swap left the plain file aside: zero it now."""
    if not cipher.is_encrypted(path):
        return  # the conversion did not get to its swap: the aside link IS the database
    for aside in path.parent.glob(f"{path.name}.plain-*"):
        if not aside.samefile(path):
            cipher.wipe(aside)


def _path(url: str) -> Path:
    path = sqlite_file(url)
    if path is None:
        raise EncryptError("server", url.split(":", 1)[0])
    return path


# --- for the desk (the screens call these through their runner) ------------------------------

def check_passphrase(passphrase: str, again: str | None = None) -> None:
    """ValidationFailed (field ``passphrase`` / ``passphrase2``) for a passphrase refused."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed([FieldError("passphrase", "passphrase_too_short",
                                           {"min": MIN_PASSPHRASE})])
    if again is not None and again != passphrase:
        raise ValidationFailed([FieldError("passphrase2", "passphrases_differ")])


def unlock_at_desk(url: str, passphrase: str, remember: bool) -> None:
    """The sign-in page's unlock: a wrong passphrase is a message beside the field."""
    try:
        unlock(url, passphrase, remember)
    except WrongKey as exc:
        raise ValidationFailed([FieldError("passphrase", "wrong_passphrase")]) from exc


def encrypt_open(db: Database, actor: Actor | None, passphrase: str, again: str,
                 remember: bool) -> Converted:
    """Encrypt the database this desk has open (the administrator's button, or first start
    with ``actor`` None: nobody else exists yet), then open it again, now encrypted.

    This desk lets go of the file meanwhile; another desk still open refuses it (the database
    is then reopened as it was).
    """
    check_passphrase(passphrase, again)
    if actor is not None:
        require(db, actor, "backup.restore")
    now = db.clock()
    db.dispose()
    try:
        return encrypt(db.url, passphrase, now, remember=remember)
    except EncryptError as exc:  # in_use, already, server, failed: a sentence in the banner
        raise ValidationFailed([FieldError("", f"encrypt_{exc.code}")]) from exc
    finally:
        db.reopen()
