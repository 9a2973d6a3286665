"""Plain input data for the printed documents.

Dates arrive already formatted ("10/11/1445 هـ الموافق 18/05/2024 م") so that this package needs
nothing but reportlab; the service layer formats them with the domain calendar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class OrgHeader:
    """The association's letterhead (from the organisation profile)."""

    name_ar: str
    name_en: str = ""
    licence_no: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class BeneficiaryBlock:
    """Who the document is about, as printed in the beneficiary data table."""

    full_name: str
    id_label: str  # e.g. "رقم الهوية الوطنية", "رقم الإقامة", "رقم جواز السفر"
    id_number: str
    nationality: str = ""
    mobile: str = ""
    file_number: str = ""
    address_text: str = ""
    gender: str = ""  # "male", "female" or "" (unknown: both forms are printed, «الموقّع/الموقّعة»)


@dataclass(frozen=True)
class RequestBlock:
    """A service request (طلب خدمة) as printed on the declaration, receipt and letters."""

    number: str
    service_name: str
    channel_name: str
    description: str = ""
    received_on_text: str = ""
    status_text: str = ""
    missing_documents: list[str] = field(default_factory=list)
    due_date_text: str | None = None
    contact_channel_text: str = ""
    officer_text: str = ""  # the contact officer (seed 000 §7), when one is named


@dataclass(frozen=True)
class Verification:
    """Printed on every page: a short code and a QR code to check the document is genuine."""

    code: str
    qr_payload: str


@dataclass(frozen=True)
class DeclarationData:
    """الإقرار. ``declaration_text`` and ``consent_text`` are the organisation profile's (with
    ``{masculine|feminine}`` forms, resolved for the beneficiary when printed); no built-in
    wording stands in for them."""

    org: OrgHeader
    beneficiary: BeneficiaryBlock
    request: RequestBlock
    verification: Verification
    issued_on_text: str  # "10/11/1445 هـ الموافق 18/05/2024 م"
    employee_name: str
    declaration_text: str = ""
    signature_png: bytes | None = None
    consent_text: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """إيصال استلام طلب."""

    org: OrgHeader
    beneficiary: BeneficiaryBlock
    request: RequestBlock
    verification: Verification
    issued_on_text: str
    employee_name: str
    note_text: str = ""  # the profile's receipt note
    response_text: str = ""  # the response period as the policy words it ("" when it names none)
    promise: str = "none"  # "deadline" prints the due date; "minimum" and "none" never do


class ReferralTarget(Enum):
    """Where an out-of-scope or unclear request is referred (R-INT-6)."""

    ASSOCIATION = "association"  # الجمعية المختصة
    SOCIAL_RESEARCHER = "social_researcher"  # الباحث الاجتماعي
    DEPARTMENT = "department"  # الإدارة المعنية


@dataclass(frozen=True)
class ReferralData:
    """خطاب إحالة."""

    org: OrgHeader
    beneficiary: BeneficiaryBlock
    request: RequestBlock
    verification: Verification
    issued_on_text: str
    letter_number: str
    target: ReferralTarget
    recipient_name: str  # e.g. "جمعية البر الخيرية بجدة" or the researcher's name
    reason: str
    employee_name: str


class Decision(Enum):
    """The committee's decision (القرار)."""

    ACCEPTED = "accepted"  # مقبول
    REJECTED = "rejected"  # مرفوض
    REFERRED = "referred"  # محال


@dataclass(frozen=True)
class DecisionLetterData:
    """إشعار بقرار اللجنة."""

    org: OrgHeader
    beneficiary: BeneficiaryBlock
    request: RequestBlock
    verification: Verification
    issued_on_text: str
    decision: Decision
    reasons: list[str]
    committee_name: str = "اللجنة المختصة"
    decided_on_text: str = ""
    referred_to: str = ""  # for Decision.REFERRED
    next_steps_text: str = ""
    signatory_name: str = ""


@dataclass(frozen=True)
class ComplaintAckData:
    """إشعار استلام الشكوى. ``complainant`` is None for an anonymous complaint (R-CMP-1)."""

    org: OrgHeader
    verification: Verification
    complaint_number: str
    received_on_text: str
    channel_name: str
    expected_handling_text: str  # e.g. "خلال 5 أيام عمل"
    issued_on_text: str
    complainant: BeneficiaryBlock | None = None
    subject: str = ""
    contact_channel_text: str = ""
    employee_name: str = ""
