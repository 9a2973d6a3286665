"""How messages leave the desk: e-mail through SMTP, SMS through a gateway's HTTP API.

Each transport has one method, ``send(message) -> provider reference``, and says how it failed:
:class:`TemporaryFailure` (try again later: no network, the server busy, 5xx, 429) or
:class:`PermanentFailure` (this message will never go: address refused, 4xx). Settings (host,
port, sender…) are installation settings; passwords and tokens stay out of the database, in the
operating system's key store (``keyring``).

The SMS adapter speaks the shape most Saudi gateways share (Taqnyat's ``POST /v1/messages`` with a
Bearer token and ``{"recipients": [...], "body": ..., "sender": ...}``, numbers as 9665…
without ``+``); its base URL is a setting, so a compatible gateway is a change of address.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Protocol

__all__ = [
    "HttpSms",
    "OutgoingMessage",
    "PermanentFailure",
    "SmsSettings",
    "Smtp",
    "SmtpSettings",
    "TemporaryFailure",
    "Transport",
]

TIMEOUT_S = 20


class _Failure(Exception):
    """Why a send failed: a ``code`` the screens put in words, and a technical ``detail``.

    ``str()`` is ``"code: detail"``, what the outbox stores as the message's last error.
    """

    def __init__(self, code: str, detail: object = ""):
        self.code, self.detail = code, str(detail)
        super().__init__(f"{code}: {self.detail}" if self.detail else code)


class TemporaryFailure(_Failure):
    """The message did not leave; the same message may go later (``unreachable``,
    ``server_busy``, ``sign_in_refused``)."""


class PermanentFailure(_Failure):
    """The message cannot go as it is (``recipient_refused``, ``rejected``)."""


@dataclass(frozen=True)
class OutgoingMessage:
    id: str
    recipient: str
    subject: str
    body: str


class Transport(Protocol):
    def send(self, message: OutgoingMessage) -> str: ...


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls | tls | none (none only for a server on this PC)
    username: str = ""
    sender: str = ""
    sender_name: str = ""


class Smtp:
    """E-mail through an SMTP server; UTF-8 subject and body (Arabic arrives intact)."""

    def __init__(self, settings: SmtpSettings, password: str = ""):
        self.settings, self._password = settings, password

    def _message(self, m: OutgoingMessage) -> EmailMessage:
        s = self.settings
        msg = EmailMessage()
        # an Address, not a pre-encoded string: the policy encodes the Arabic display name
        # whole (a hand-made encoded word was split mid-word, showing a space in the name)
        msg["From"] = Address(display_name=s.sender_name, addr_spec=s.sender)
        msg["To"] = m.recipient
        msg["Subject"] = m.subject
        # the outbox id in the Message-ID: a copy that did leave can be recognised by the server
        msg["Message-ID"] = make_msgid(idstring=m.id, domain=s.sender.partition("@")[2] or None)
        msg.set_content(m.body, charset="utf-8")
        return msg

    def send(self, message: OutgoingMessage) -> str:
        s = self.settings
        msg = self._message(message)
        try:
            if s.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_S,
                                                        context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_S)
            with client:
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if s.username:
                    client.login(s.username, self._password)
                client.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentFailure("recipient_refused", exc.recipients) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise TemporaryFailure("sign_in_refused", exc.smtp_code) from exc
        except smtplib.SMTPResponseException as exc:
            if 500 <= exc.smtp_code < 600:
                raise PermanentFailure("rejected", exc.smtp_code) from exc
            raise TemporaryFailure("server_busy", exc.smtp_code) from exc
        except (OSError, smtplib.SMTPException) as exc:  # refused, unreachable, timed out
            raise TemporaryFailure("unreachable", exc) from exc
        return str(msg["Message-ID"])


@dataclass(frozen=True)
class SmsSettings:
    base_url: str
    sender: str


class HttpSms:
    """SMS through the gateway's HTTP API (see the module's note on the shape)."""

    def __init__(self, settings: SmsSettings, token: str):
        self.settings, self._token = settings, token

    def send(self, message: OutgoingMessage) -> str:
        number = message.recipient.removeprefix("+").removeprefix("00")
        payload = {"recipients": [number], "body": message.body, "sender": self.settings.sender}
        request = urllib.request.Request(
            self.settings.base_url.rstrip("/") + "/v1/messages",
            data=json.dumps(payload, ensure_ascii=False).encode("utf-8"), method="POST",
            headers={"Authorization": f"Bearer {self._token}",
                     "Content-Type": "application/json; charset=utf-8",
                     "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                answer = response.read()
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 or exc.code == 429:
                raise TemporaryFailure("server_busy", exc.code) from exc
            if exc.code in (401, 403):
                raise TemporaryFailure("sign_in_refused", exc.code) from exc
            raise PermanentFailure("rejected", exc.code) from exc
        except (TimeoutError, urllib.error.URLError, OSError) as exc:
            raise TemporaryFailure("unreachable", exc) from exc
        try:
            return str(json.loads(answer or b"{}").get("messageId", ""))
        except (ValueError, AttributeError):
            return ""
