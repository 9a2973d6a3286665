"""Every kind of printed document, described once — the way ``ui/navigation.py``'s
``ScreenSpec`` describes the screens.

A kind is its code (stored with every archived copy), its title (printed on it, listed in the
archive), the renderer that typesets it (``documents/<kind>.py``: plain data → PDF bytes), the
builder that issues it (gathers the data, archives it with its verification code, returns it),
what it is issued for, and whether it is archived at all. The screens, the archive and the
command line read this table; adding a kind is one row here and its builder module.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk_app.documents import (
    aid_receipt,
    decision_letter,
    declaration,
    meeting_minutes,
    partner_agreement,
    policy_acks,
    processing_record,
    receipt,
    referral,
    report_pdf,
    social_study,
    subject_export,
    survey_summary,
)
from desk_app.documents import complaint_ack as complaint_ack_doc


@dataclass(frozen=True)
class DocumentKind:
    code: str
    title_ar: str
    title_en: str
    render: Callable[[Any], bytes]
    # "module:function" that issues it: (db, actor, subject id, **options) for a request. Named,
    # not imported: the builders archive through services/documents.py, which checks kinds here.
    builder: str
    subject: str = "request"  # what a screen issues it for: request, complaint, survey
    archived: bool = True  # issued through the archive: verification code, reprints counted
    signed_on_screen: bool = False  # the request screen can capture a signature to print on it
    print_at_once: bool = False  # the request screen prints it straight after issuing it
    action: str = ""  # a screen offers it only to whom this action is allowed (beyond printing)

    def title(self, lang: str) -> str:
        return self.title_ar if lang == "ar" else self.title_en

    @property
    def issue(self) -> Callable[..., Any]:
        module, _, name = self.builder.partition(":")
        return getattr(importlib.import_module(module), name)


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("declaration", declaration.TITLE, "Beneficiary declaration",
                 declaration.render_declaration, "desk_app.services.document_builders:issue_declaration",
                 signed_on_screen=True),
    DocumentKind("receipt", receipt.TITLE, "Request receipt", receipt.render_receipt,
                 "desk_app.services.document_builders:issue_receipt", print_at_once=True),
    DocumentKind("referral", referral.TITLE, "Referral letter", referral.render_referral,
                 "desk_app.services.document_builders:issue_referral"),
    DocumentKind("decision", decision_letter.TITLE, "Decision notification",
                 decision_letter.render_decision_letter,
                 "desk_app.services.document_builders:issue_decision_letter"),
    DocumentKind("social_study", social_study.TITLE, "Social study report",
                 social_study.render_study_report,
                 "desk_app.services.study_report:issue_study_report", action="study.view"),
    DocumentKind("complaint_ack", complaint_ack_doc.TITLE, "Complaint acknowledgment",
                 complaint_ack_doc.render_complaint_ack,
                 "desk_app.services.complaint_ack:acknowledgment_pdf",
                 subject="complaint"),
    DocumentKind("report", "تقرير إداري", "Management report", report_pdf.render_report,
                 "desk_app.services.report_export:issue_pdf", subject="report"),
    DocumentKind("policy_acknowledgements", policy_acks.TITLE, "Staff acknowledgements of the policy",
                 policy_acks.render_policy_acks, "desk_app.services.policy_print:issue_list",
                 subject="policy"),
    DocumentKind("subject_export", subject_export.TITLE, "Everything held about a person",
                 subject_export.render_subject_export,
                 "desk_app.services.subject_export:export", subject="subject_request"),
    DocumentKind("processing_record", processing_record.TITLE, "Record of processing",
                 processing_record.render_processing_record,
                 "desk_app.services.processing_record:issue", subject="policy"),
    DocumentKind("survey_summary", survey_summary.TITLE, "Satisfaction results summary",
                 survey_summary.render_survey_summary,
                 "desk_app.services.survey_export:issue_summary", subject="survey"),
    DocumentKind("partner_agreement", partner_agreement.TITLE, "Partnership agreement (MoU)",
                 partner_agreement.render_partner_agreement,
                 "desk_app.services.partner_documents:issue_partner_agreement",
                 subject="partner"),
    DocumentKind("meeting_minutes", meeting_minutes.TITLE, "Committee meeting minutes",
                 meeting_minutes.render_meeting_minutes,
                 "desk_app.services.meeting_minutes:issue_minutes", subject="meeting"),
    DocumentKind("aid_receipt", aid_receipt.TITLE, "Aid handover receipt",
                 aid_receipt.render_aid_receipt,
                 "desk_app.services.aid_documents:issue_aid_receipt", subject="aid"),
)

_BY_CODE = {k.code: k for k in KINDS}
CODES = frozenset(_BY_CODE)


def kind(code: str) -> DocumentKind:
    """The kind with this code; ``KeyError`` for an unknown one."""
    return _BY_CODE[code]


def for_subject(subject: str) -> tuple[DocumentKind, ...]:
    """The kinds a screen issues for a request (or a complaint, a survey), in table order."""
    return tuple(k for k in KINDS if k.subject == subject)


_warm_lock = threading.Lock()
_warmed = False


def warm_up(_handle: object = None) -> None:
    """Load, while the desk is idle, what the first document of a session needs (fonts, Arabic
    shaping, QR codes, reportlab's PDF writing), so that issuing it is as quick as every later
    one. Once per process: what it loads is kept for the process's life."""
    global _warmed
    from desk_app.documents import layout

    with _warm_lock:
        if not _warmed:
            layout.warm_up()
            _warmed = True


def warm_up_in_background() -> threading.Thread | None:
    """:func:`warm_up` on a thread of its own (never the GUI thread; not one of the desk's
    queries either, which the screens wait for); None when it was already done."""
    if _warmed:
        return None
    thread = threading.Thread(target=warm_up, name="documents-warm-up", daemon=True)
    thread.start()
    return thread
