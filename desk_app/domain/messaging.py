"""Messages to beneficiaries (R-COM-2): templates per event, the recipient per channel, retries.

A message is written once from a template with the person's name and the record's numbers, then
queued; the outbox sends it when the desk is online and keeps it until then. What happens after
each attempt is decided here, without I/O, so the rules can be tested for any clock:

* a temporary failure (no network, the server busy, a 5xx or 429 answer) waits and tries again
  (:func:`next_attempt`), up to :data:`MAX_ATTEMPTS`;
* a permanent failure (a refused address, a 4xx answer) stops at once with its reason;
* a send that was cut off after the message may have left (the process died while sending)
  is never sent again by itself: it becomes ``uncertain`` and a person decides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from desk_app.domain.identifiers import normalize_mobile
from desk_app.domain.validation import FieldError

__all__ = [
    "CHANNELS",
    "EVENTS",
    "MAX_ATTEMPTS",
    "STATUSES",
    "Draft",
    "check_recipient",
    "next_attempt",
    "render",
    "sms_segments",
]

Channel = Literal["sms", "email"]
CHANNELS: tuple[Channel, ...] = ("sms", "email")

QUEUED, SENDING, SENT, FAILED, UNCERTAIN = "queued", "sending", "sent", "failed", "uncertain"
STATUSES = (QUEUED, SENDING, SENT, FAILED, UNCERTAIN)

MAX_ATTEMPTS = 8
_BACKOFF_MINUTES = (1, 5, 15, 30, 60, 120, 240)  # after attempts 1, 2, 3 …
STALE_AFTER = timedelta(minutes=5)
"""A message left ``sending`` this long was cut off mid-send (no send takes that long)."""

# The association addresses the person in the plural of respect («طلبكم»), so only the title
# before the name carries gender; an unknown gender gets no title rather than a wrong one.
_TITLE_AR = {"male": "المكرم ", "female": "المكرمة ", "": ""}
_TITLE_EN = {"male": "Mr ", "female": "Ms ", "": ""}

# event: (Arabic subject, Arabic body, English subject, English body)
_TEMPLATES: dict[str, tuple[str, str, str, str]] = {
    "request_received": (
        "استلام طلبكم رقم {number}",
        "{title}{name}، تم استلام طلبكم رقم {number} لدى {association}، وسنبلغكم بالنتيجة.",
        "Your request {number} was received",
        "Dear {title}{name}, {association} has received your request {number}; we will let "
        "you know the outcome."),
    "documents_missing": (
        "مستندات ناقصة لطلبكم رقم {number}",
        "{title}{name}، طلبكم رقم {number} لدى {association} ينقصه: {missing}. نرجو تزويدنا "
        "بها لاستكمال الطلب.",
        "Documents missing for request {number}",
        "Dear {title}{name}, your request {number} with {association} still needs: {missing}. "
        "Please bring them so we can complete it."),
    "request_complete": (
        "اكتمال طلبكم رقم {number}",
        "{title}{name}، اكتملت مستندات طلبكم رقم {number} لدى {association}، وهو الآن قيد "
        "الدراسة.",
        "Request {number} is complete",
        "Dear {title}{name}, the documents of your request {number} with {association} are "
        "complete; it is now being studied."),
    "decision": (
        "القرار في طلبكم رقم {number}",
        "{title}{name}، صدر القرار في طلبكم رقم {number} لدى {association}: {decision}.",
        "Decision on request {number}",
        "Dear {title}{name}, {association} has decided on your request {number}: {decision}."),
    "aid_ready": (
        "المساعدة جاهزة للاستلام",
        "{title}{name}، المساعدة الخاصة بطلبكم رقم {number} جاهزة للاستلام لدى {association}.",
        "Your aid is ready",
        "Dear {title}{name}, the aid for your request {number} is ready to collect at "
        "{association}."),
    "complaint_received": (
        "استلام شكواكم رقم {number}",
        "{title}{name}، تم استلام شكواكم رقم {number} لدى {association}، وستتم معالجتها "
        "وإبلاغكم بالنتيجة.",
        "Your complaint {number} was received",
        "Dear {title}{name}, {association} has received your complaint {number}; it will be "
        "handled and you will be told the outcome."),
    "complaint_resolved": (
        "معالجة شكواكم رقم {number}",
        "{title}{name}، تمت معالجة شكواكم رقم {number} لدى {association}. شكرًا لتواصلكم.",
        "Your complaint {number} was handled",
        "Dear {title}{name}, {association} has handled your complaint {number}. Thank you for "
        "telling us."),
    "survey_invitation": (
        "رأيكم يهمنا",
        "{title}{name}، يسعد {association} مشاركتكم في استبانة قياس الرضا عن الخدمة التي "
        "تلقيتموها.",
        "Your opinion matters",
        "Dear {title}{name}, {association} would be glad of your answers to a short "
        "satisfaction survey about the service you received."),
}
EVENTS: tuple[str, ...] = tuple(_TEMPLATES)
COMPLAINT_EVENTS = ("complaint_received", "complaint_resolved")
REQUEST_EVENTS = ("request_received", "documents_missing", "request_complete", "decision",
                  "aid_ready")
# What a request's state most likely calls for telling the person (the desk may pick another).
EVENT_FOR_STATUS = {"received": "request_received", "incomplete": "documents_missing",
                    "complete": "request_complete", "committee": "request_complete",
                    "accepted": "decision", "rejected": "decision", "referred": "decision",
                    "served": "aid_ready"}

_FIELD = re.compile(r"\{(\w+)\}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Draft:
    """A message ready to queue: where to, what it says."""

    channel: Channel
    recipient: str
    subject: str
    body: str


def _clean(value: object) -> str:
    """A filled-in value: one line, no control or bidi-override characters (they could turn a
    message around or hide text); everything else as given."""
    text = " ".join(str(value).split())
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Co"))


def render(event: str, values: dict[str, object], *, lang: Literal["ar", "en"] = "ar",
           gender: str = "") -> tuple[str, str]:
    """The subject and body of ``event`` with ``values`` filled in.

    Args:
        event: one of :data:`EVENTS`.
        values: ``name``, ``number``, ``association`` and what the event's text names
            (``missing``, ``decision``); a value not given prints as an empty string.
        lang: the language of the message.
        gender: ``male``, ``female`` or empty (no title).

    Raises:
        KeyError: for an unknown event.
    """
    ar_subject, ar_body, en_subject, en_body = _TEMPLATES[event]
    subject, body = (ar_subject, ar_body) if lang == "ar" else (en_subject, en_body)
    titles = _TITLE_AR if lang == "ar" else _TITLE_EN
    filled = {k: _clean(v) for k, v in values.items()}
    filled["title"] = titles.get(gender, "")

    def fill(text: str) -> str:
        return _FIELD.sub(lambda m: filled.get(m[1], ""), text)

    return fill(subject), fill(body)


def check_recipient(channel: str, recipient: str) -> tuple[str, list[FieldError]]:
    """The recipient in the form the transport needs, or the reason it cannot be used.

    SMS goes to a mobile number (normalised to +966… or the international form); e-mail to an
    address with one ``@`` and a dotted domain.
    """
    value = recipient.strip()
    if channel not in CHANNELS:
        return value, [FieldError("channel", "invalid_choice")]
    if not value:
        return value, [FieldError("recipient", "required")]
    if channel == "sms":
        try:
            return normalize_mobile(value), []
        except ValueError:
            return value, [FieldError("recipient", "invalid_mobile")]
    if not _EMAIL.fullmatch(value) or any(ord(c) < 32 for c in value):
        return value, [FieldError("recipient", "invalid_email")]
    return value, []


def sms_segments(text: str) -> int:
    """How many SMS parts the text takes: Arabic needs UCS-2 (70 a part, 67 when split)."""
    gsm = all(ord(c) < 128 for c in text)
    single, part = (160, 153) if gsm else (70, 67)
    n = len(text)
    if n <= single:
        return 1
    return -(-n // part)


def next_attempt(attempts: int, now: datetime) -> datetime | None:
    """When to try again after ``attempts`` temporary failures; ``None``: give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    wait = _BACKOFF_MINUTES[min(attempts, len(_BACKOFF_MINUTES)) - 1]
    return now + timedelta(minutes=wait)
