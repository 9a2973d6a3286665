"""Names of document kinds and verification answers, shared by the document screens."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk_app.domain.calendar import format_moment
from desk_app.services import document_kinds


def kind_name(kind: str, lang: str) -> str:
    """A document kind's title in the interface language (``services/document_kinds.py``)."""
    try:
        return document_kinds.kind(kind).title(lang)
    except KeyError:
        return kind


def verify_texts() -> dict[str, str]:
    return {
        "genuine": QCoreApplication.translate(
            "Documents", "Genuine: this document was issued by the association."),
        "unknown": QCoreApplication.translate(
            "Documents", "Unknown code: no document with this code was issued here. The code "
            "may be mistyped, or the document is not genuine."),
        "malformed": QCoreApplication.translate(
            "Documents", "This is not a verification code. A code has 10 letters and digits, "
            "for example 7Q4K9-XZ2AB."),
        "altered": QCoreApplication.translate(
            "Documents", "Altered: this file is not the document that was issued. The issued "
            "document is described below."),
        "not_ours": QCoreApplication.translate(
            "Documents", "This file carries no verification code of this association."),
        "tampered": QCoreApplication.translate(
            "Documents", "The archive record of this document does not match its code. Tell "
            "the administrator."),
    }


def when(moment: datetime | None, lang: str) -> str:
    """``10/11/1445 هـ الموافق 18/05/2024 م  09:30``."""
    if moment is None:
        return ""
    return format_moment(moment, "en" if lang == "en" else "ar")
