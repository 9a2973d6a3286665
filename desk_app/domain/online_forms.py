"""Applications and complaints filled in online (shared seed 003 §5-2, §5-7; 000 §5): what a web
form's export holds beyond the registration fields, read the way the form tools write it.

A form tool (Google Forms, Microsoft Forms, a website plug-in) exports one row per submission
with the questions as headers, in whatever language the form was written in. The registration
fields are recognised by :data:`desk_app.services.importer.HEADERS`; this module adds what the
request or complaint needs (the kind of submission, the service, the description, the complaint
category, when it was sent, the applicant's consent) and the whole name in one question, which
forms often ask instead of the four parts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from desk_app.domain.arabic import normalize_name

REQUEST, COMPLAINT = "request", "complaint"
KINDS = (REQUEST, COMPLAINT)

# What became of the registry lookup for a submission.
NEW, MATCHED, LIKELY, DUPLICATE, INVALID = "new", "matched", "likely", "duplicate", "invalid"
MATCHES = (NEW, MATCHED, LIKELY, DUPLICATE, INVALID)

# Where a submission is in the review queue.
WAITING, CONVERTING, CONVERTED, DISMISSED = "waiting", "converting", "converted", "dismissed"
STATUSES = (WAITING, CONVERTING, CONVERTED, DISMISSED)

#: field → header names accepted for it (English, then Arabic), beyond the registration fields.
EXTRA_HEADERS: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "form", "submission type", "type of submission", "نوع النموذج",
             "نوع الطلب", "نوع المشاركة"),
    "service": ("service", "requested service", "الخدمة", "الخدمة المطلوبة", "البرنامج"),
    "description": ("description", "details", "message", "request details", "complaint",
                    "الوصف", "التفاصيل", "تفاصيل الطلب", "نص الشكوى", "الرسالة"),
    "complaint_category": ("complaint category", "complaint type", "تصنيف الشكوى",
                           "نوع الشكوى"),
    "submitted_at": ("timestamp", "submitted at", "submission date", "completion time",
                     "الطابع الزمني", "تاريخ الإرسال", "وقت الإرسال", "تاريخ التقديم"),
    "consent": ("consent", "i agree", "agreement", "الموافقة", "الإقرار", "أوافق"),
    "full_name": ("full name", "name", "الاسم الكامل", "الاسم", "الاسم الرباعي"),
}

_KIND_WORDS = {
    "request": REQUEST, "application": REQUEST, "طلب": REQUEST, "طلب خدمه": REQUEST,
    "طلب مساعده": REQUEST, "complaint": COMPLAINT, "شكوي": COMPLAINT, "شكوى": COMPLAINT,
    "بلاغ": COMPLAINT,
}
_YES = {"yes", "y", "true", "1", "agree", "i agree", "نعم", "موافق", "اوافق", "أوافق",
        "موافقه", "موافقة"}


def header_key(text: str) -> str:
    """A header as compared: case, spaces, underscores, hamza forms and taa marbuta folded."""
    return normalize_name(text.replace("_", " ").replace("-", " "))


EXTRA_ALIASES = {header_key(name): f for f, names in EXTRA_HEADERS.items() for name in names}


def kind_of(text: str, default: str) -> str:
    """``request`` or ``complaint`` from what the form wrote (its own words), else ``default``."""
    key = header_key(text)
    for word, kind in _KIND_WORDS.items():
        if key == header_key(word) or key.startswith(header_key(word) + " "):
            return kind
    return default


def consented(text: str) -> bool:
    return header_key(text) in {header_key(w) for w in _YES} or header_key(text).startswith(
        header_key("أوافق"))


def split_full_name(text: str) -> dict[str, str]:
    """The four name parts from one «full name» answer: first, father, grandfather, family
    (two words: first and family; three: first, father, family)."""
    words = text.split()
    if not words:
        return {}
    if len(words) == 1:
        return {"first_name": words[0]}
    parts = {"first_name": words[0], "family_name": words[-1]}
    middle = words[1:-1]
    if middle:
        parts["father_name"] = middle[0]
    if len(middle) >= 2:
        parts["grandfather_name"] = " ".join(middle[1:])
    return parts


def fingerprint(values: Mapping[str, str], occurrence: int) -> str:
    """The same submission read again (a form tool's export holds every answer so far, so the
    same rows come back in the next file) gets the same fingerprint: it is not queued twice.
    ``occurrence`` tells apart identical rows within one file."""
    canonical = json.dumps(sorted((k, " ".join(v.split())) for k, v in values.items() if v),
                           ensure_ascii=False)
    return hashlib.sha256(f"{canonical}#{occurrence}".encode()).hexdigest()


def choose(text: str, options: list[tuple[str, ...]]) -> str:
    """The code among ``options`` (``(code, name, …)``) whose code or a name is what the form
    wrote ('' when none is): the reviewer starts from the applicant's own choice."""
    key = header_key(text)
    if not key:
        return ""
    for code, *names in options:
        if key in {header_key(n) for n in (code, *names) if n}:
            return code
    return ""
