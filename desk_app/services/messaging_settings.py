"""Where messages are sent from: the SMTP server and the SMS gateway of this installation.

Host, port, sender and user name are installation settings (in the database, audited when
changed). The password and the gateway token are kept out of the database, in the operating
system's key store (Windows Credential Manager, the desktop's Secret Service) through
``keyring``: a copied database or backup carries no way to send in the association's name.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import keyring
from keyring.errors import KeyringError

from desk_app.domain.entities import Actor
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.permissions import require
from desk_app.services.transports import HttpSms, SmsSettings, Smtp, SmtpSettings, Transport
from desk_app.storage.db import Database
from desk_app.storage.repositories import settings as settings_repo

__all__ = ["KEYRING_SERVICE", "current", "save", "transports"]

KEYRING_SERVICE = "BeneficiaryDesk"
_SMTP, _SMS = "messaging.smtp", "messaging.sms"
SECURITY = ("starttls", "tls", "none")


def _smtp_key(s: SmtpSettings) -> str:
    return f"smtp:{s.host}:{s.port}:{s.username}"


def _sms_key(s: SmsSettings) -> str:
    return f"sms:{s.base_url}"


def current(db: Database) -> tuple[SmtpSettings | None, SmsSettings | None]:
    """The stored settings (no secrets in them): what :func:`transports` sends with."""
    with db.read() as s:
        smtp_raw, sms_raw = settings_repo.get(s, _SMTP), settings_repo.get(s, _SMS)
    smtp = SmtpSettings(**json.loads(smtp_raw)) if smtp_raw else None
    sms = SmsSettings(**json.loads(sms_raw)) if sms_raw else None
    return smtp, sms


def for_editing(db: Database, actor: Actor) -> tuple[SmtpSettings | None, SmsSettings | None]:
    """The settings, for the person allowed to change them."""
    require(db, actor, "outbox.settings")
    return current(db)


def _secret(key: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, key)
    except KeyringError:
        return None


def transports(db: Database) -> dict[str, Transport]:
    """The transports that are set up (settings, and a secret where one is needed)."""
    smtp, sms = current(db)
    found: dict[str, Transport] = {}
    if smtp is not None and smtp.host:
        password = _secret(_smtp_key(smtp)) if smtp.username else ""
        if password is not None:
            found["email"] = Smtp(smtp, password)
    if sms is not None and sms.base_url:
        token = _secret(_sms_key(sms))
        if token:
            found["sms"] = HttpSms(sms, token)
    return found


def _check(smtp: SmtpSettings | None, sms: SmsSettings | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if smtp is not None:
        if not smtp.host.strip():
            errors.append(FieldError("smtp_host", "required"))
        if not 0 < smtp.port < 65536:
            errors.append(FieldError("smtp_port", "invalid_port"))
        if smtp.security not in SECURITY:
            errors.append(FieldError("smtp_security", "invalid_choice"))
        if "@" not in smtp.sender:
            errors.append(FieldError("smtp_sender", "invalid_email"))
    if sms is not None:
        if not sms.base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            errors.append(FieldError("sms_url", "https_required"))
        if not sms.sender.strip():
            errors.append(FieldError("sms_sender", "required"))
    return errors


def save(db: Database, actor: Actor, *, smtp: SmtpSettings | None, smtp_password: str | None,
         sms: SmsSettings | None, sms_token: str | None) -> None:
    """Store the settings (audited) and the secrets (key store; ``None`` keeps the stored one).

    Raises:
        ValidationFailed: a field is wrong, or the key store refused the secret
            (``keystore_unavailable``: nothing was changed).
    """
    require(db, actor, "outbox.settings")
    errors = _check(smtp, sms)
    if errors:
        raise ValidationFailed(errors)
    try:  # the secrets first: settings that point at a missing secret would send nothing
        if smtp is not None and smtp_password:
            keyring.set_password(KEYRING_SERVICE, _smtp_key(smtp), smtp_password)
        if sms is not None and sms_token:
            keyring.set_password(KEYRING_SERVICE, _sms_key(sms), sms_token)
    except KeyringError as exc:
        raise ValidationFailed([FieldError("settings", "keystore_unavailable")]) from exc
    with db.action(actor, "messaging.settings", "settings", "messaging") as s:
        for key, value in ((_SMTP, smtp), (_SMS, sms)):
            settings_repo.put(s, key, json.dumps(asdict(value)) if value is not None else "")
