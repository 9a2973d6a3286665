"""``desk-app encrypt`` and the passphrase at the command line.

Every command that opens an encrypted SQLite database unlocks it first: with the key this PC
keeps in its key store, else the installation passphrase from ``DESK_APP_PASSPHRASE`` or asked
for at a terminal. ``restore`` asks for the passphrase of an encrypted backup the same way when
no key unlocked here opens it. Messages follow ``--lang`` (Arabic by default).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

EXIT_OK, EXIT_ERROR = 0, 1
ENV_PASSPHRASE = "DESK_APP_PASSPHRASE"
ENV_BACKUP_PASSPHRASE = "DESK_APP_BACKUP_PASSPHRASE"  # restore: a backup of another passphrase

_TEXT = {
    "wrong_key": ("عبارة المرور غير صحيحة: لم تُفتح قاعدة البيانات ولم يتغير فيها شيء.",
                  "wrong passphrase: the database was not opened and nothing changed"),
    "wrong_backup_key": ("عبارة المرور لا تفتح هذه النسخة الاحتياطية: رُفضت الاستعادة ولم تُمس "
                         "قاعدة البيانات الحالية.",
                         "the passphrase does not open this backup: restore refused, the live "
                         "database untouched"),
    "no_passphrase": ("قاعدة البيانات مشفرة: أدخل عبارة المرور في DESK_APP_PASSPHRASE أو "
                      "شغّل الأمر في طرفية.",
                      "the database is encrypted: set DESK_APP_PASSPHRASE or run the command at "
                      "a terminal"),
    "short": ("عبارة المرور قصيرة: عشرة أحرف على الأقل.",
              "the passphrase is too short: at least 10 characters"),
    "mismatch": ("العبارتان غير متطابقتين.", "the two passphrases differ"),
    "already": ("قاعدة البيانات مشفرة من قبل.", "the database is already encrypted"),
    "server": ("التشفير هنا لملف قاعدة البيانات المحلي؛ خادم المكتب تحميه إعداداته وTLS.",
               "encryption is for the desk's database file; the office server is protected "
               "by the server and TLS"),
    "in_use": ("قاعدة البيانات مفتوحة على مكتب آخر: أغلقه ثم أعد المحاولة.",
               "the database is open on another desk: close it and try again"),
    "failed": ("تعذر التشفير، ولم يتغير شيء في قاعدة البيانات.",
               "encryption failed; the database was left as it was"),
}


def say(code: str, lang: str, detail: str = "", command: str = "") -> None:
    ar, en = _TEXT[code]
    text = ar if lang == "ar" else en
    print(f"desk-app {command}: {text}" + (f" ({detail})" if detail else ""), file=sys.stderr)


def add_parser(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("encrypt", help="encrypt this desk's SQLite database (SQLCipher) with "
                                       "an installation passphrase; a verified backup first")
    e.add_argument("--remember", action="store_true",
                   help="keep the key in this PC's key store so the desk starts unlocked")
    e.add_argument("--user", help="administrator account (or DESK_APP_USER); password from "
                                  "DESK_APP_PASSWORD")


def passphrase(prompt: str = "Installation passphrase: ",
               env: str = ENV_PASSPHRASE) -> str | None:
    given = os.environ.get(env) or os.environ.get(ENV_PASSPHRASE)
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def unlock(url: str, lang: str, command: str) -> None:
    """Unlock ``url`` when it is an encrypted file; a message and exit status 1 otherwise."""
    from desk_app.services import encryption

    if encryption.state(url) != encryption.LOCKED or encryption.unlock_from_keystore(url):
        return
    given = passphrase()
    if not given:
        say("no_passphrase", lang, command=command)
        raise SystemExit(EXIT_ERROR)
    try:
        encryption.unlock(url, given)
    except encryption.WrongKey as exc:
        say("wrong_key", lang, command=command)
        raise SystemExit(EXIT_ERROR) from exc


def backup_key(meta: dict, lang: str) -> bytes:
    """The key of an encrypted backup, from the passphrase; exit status 1 when it is wrong."""
    from desk_app.storage import cipher

    given = passphrase("Passphrase of the backup: ", ENV_BACKUP_PASSPHRASE)
    if not given:
        say("no_passphrase", lang, command="restore")
        raise SystemExit(EXIT_ERROR)
    try:
        return cipher.unlock(meta, given)
    except cipher.WrongKey as exc:
        say("wrong_backup_key", lang, command="restore")
        raise SystemExit(EXIT_ERROR) from exc


def run(args: argparse.Namespace, settings, sign_in) -> int:  # noqa: ANN001
    """``desk-app encrypt``: an administrator converts the plain database in place."""
    from desk_app.services import encryption
    from desk_app.storage.db import Database, StorageError

    lang = settings.language
    state = encryption.state(settings.db_url)
    if state != encryption.PLAIN:
        say("server" if state == encryption.SERVER else "already", lang, command="encrypt")
        return EXIT_ERROR
    try:
        db = Database.open(settings.db_url)
    except StorageError as exc:
        print(f"desk-app encrypt: cannot open the database ({exc.code}): {exc.detail}",
              file=sys.stderr)
        return EXIT_ERROR
    sign_in(db, "encrypt", args.user, "backup.restore")
    now = db.clock()
    db.dispose()  # this desk's own lease: the conversion needs every desk closed
    first = passphrase("New installation passphrase: ")
    if not first:
        say("no_passphrase", lang, command="encrypt")
        return EXIT_ERROR
    if sys.stdin.isatty() and not os.environ.get(ENV_PASSPHRASE):
        if getpass.getpass("The same passphrase again: ") != first:
            say("mismatch", lang, command="encrypt")
            return EXIT_ERROR
    try:
        done = encryption.encrypt(settings.db_url, first, now, remember=args.remember)
    except encryption.EncryptError as exc:
        say(exc.code, lang, exc.detail if exc.code in ("in_use", "failed") else "", "encrypt")
        return EXIT_ERROR
    print(json.dumps(done.__dict__, ensure_ascii=False))
    if done.plain_backups:
        print("desk-app encrypt: plain copies are still readable beside it (older backups): "
              + ", ".join(done.plain_backups), file=sys.stderr)
    return EXIT_OK
