"""Password rules and sign-in throttling, as plain rules (the services apply them).

A password needs a minimum length, may not be the user name (case, digits and signs aside)
and may not be one of the passwords tried first by anyone guessing. After a few wrong passwords
in a row the account makes the next try wait a little longer each time, and after
:data:`LOCK_AFTER` it is locked until an administrator unlocks it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.domain.validation import FieldError

MIN_LENGTH = 8
LOCK_AFTER = 5  # wrong passwords in a row
FREE_TRIES = 2  # wrong passwords before the first wait
FIRST_WAIT_S, MAX_WAIT_S = 5, 60

# The most common passwords of the public breach lists that meet the length rule, and the
# obvious local ones (association, desk, Riyadh…): refused outright.
COMMON = frozenset("""
12345678 123456789 1234567890 0123456789 87654321 11111111 00000000 12341234 11223344 12121212
password password1 password12 password123 passw0rd p@ssw0rd p@ssword pass1234 password!
qwertyui qwerty12 qwerty123 1q2w3e4r 1qaz2wsx zaq12wsx asdfghjk asdf1234 abcd1234 abc12345
abcdefgh iloveyou sunshine princess football baseball superman starwars whatever trustno1
welcome1 welcome123 letmein1 admin123 admin1234 administrator changeme 123qweasd qweasdzxc
computer internet michael jennifer charlie1 dragon12 master12 monkey12 shadow12 freedom1
desk1234 reception reception1 manager1 manager123 committee researcher riyadh123 jeddah123
saudi123 ksa12345 makkah123 madinah123 ramadan1 allah123 mohammed mohammad muhammad123
association jameya123 charity1 charity123 beneficiary 1q2w3e4r5t qwertyuiop 123456789a
""".split())


def problems(password: str, username: str = "") -> list[FieldError]:
    """What is wrong with a new password (empty: acceptable)."""
    errors: list[FieldError] = []
    if len(password) < MIN_LENGTH:
        errors.append(FieldError("password", "password_too_short", {"min": MIN_LENGTH}))
    letters = "".join(ch for ch in password.casefold() if ch.isalpha())
    name = "".join(ch for ch in username.casefold() if ch.isalpha())
    if name and letters == name:
        errors.append(FieldError("password", "password_is_username"))
    if password.casefold() in COMMON or password.casefold().rstrip("!.") in COMMON:
        errors.append(FieldError("password", "password_too_common"))
    return errors


def wait_after(failures: int) -> timedelta:
    """How long the next try must wait after ``failures`` wrong passwords in a row."""
    if failures <= FREE_TRIES:
        return timedelta(0)
    return timedelta(seconds=min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES - 1), MAX_WAIT_S))


def next_try_at(failures: int, last_failed_at: datetime | None) -> datetime | None:
    """When the account takes a password again (None: now)."""
    wait = wait_after(failures)
    if not wait or last_failed_at is None:
        return None
    return last_failed_at + wait
