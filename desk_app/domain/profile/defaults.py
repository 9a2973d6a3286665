"""Default texts and values: the common core shared by :func:`blank_profile` and the presets."""

from __future__ import annotations

from desk_app.domain.profile.model import (
    Category,
    Channel,
    Committee,
    ComplaintCategory,
    ReferralTarget,
    RequiredDocument,
    ResponseRule,
    Service,
    Texts,
)
from desk_app.domain.profile.org import OrgProfile
from desk_app.domain.profile.vocabularies import CHANNEL_CATALOGUE

# The blank profile's texts say only what the product's own requirements say (R-DEC-1: the data
# are correct and the signer is directly responsible for them; R-INT-7: consent to the programme's
# terms and to the processing of the data). An association writes its own from its policy.
DECLARATION_AR = (
    "أقر أنا {الموقّع|الموقّعة} أدناه بصحة البيانات والمعلومات التي قدمتها إلى الجمعية في هذا "
    "الطلب، وأنني {مسؤول|مسؤولة} مسؤولية مباشرة عنها."
)
CONSENT_AR = (
    "أوافق على شروط الخدمة أو البرنامج الذي تقدمت إليه وتعليماته، وعلى معالجة الجمعية بياناتي "
    "الشخصية لدراسة طلبي وتقديم الخدمة، وفق نظام حماية البيانات الشخصية."
)
CONSENT_VERSION = "2"


def receipt_note_ar(committee_name_ar: str) -> str:
    """The receipt's message to the beneficiary, naming the body that studies the request."""
    return f"يُعرض طلبكم على {committee_name_ar} لدراسته والرد عليكم بشأن قبوله أو رفضه."


COMPLAINT_CATEGORIES: tuple[ComplaintCategory, ...] = (
    ComplaintCategory("service_quality", "جودة الخدمة", "Service quality", 10),
    ComplaintCategory("staff_conduct", "تعامل الموظفين", "Staff conduct", 10),
    ComplaintCategory("delay", "التأخر في الرد أو إنجاز الطلب", "Delay", 5),
    ComplaintCategory("eligibility_decision", "قرار الاستحقاق", "Eligibility decision", 10),
    ComplaintCategory("data_privacy", "البيانات والخصوصية", "Data and privacy", 5),
    ComplaintCategory("technical_support", "الدعم الفني للتواصل مع الجمعية",
                      "Technical support for contacting the association", 3),
)

DOC_NATIONAL_ID = RequiredDocument(
    "national_id", "صورة الهوية الوطنية أو الإقامة", "Copy of national ID / iqama")
DOC_NATIONAL_ADDRESS = RequiredDocument(
    "national_address", "العنوان الوطني", "National address")
DOC_PROOF_OF_NEED = RequiredDocument(
    "proof_of_need", "ما يثبت الحاجة (مشهد الضمان الاجتماعي أو إثبات اليتم أو الإعاقة أو غيرها)",
    "Proof of need (social security, orphan or disability certificate, …)")


def _channel(code: str, for_complaints: bool, name_ar: str | None = None) -> Channel:
    ar, en = CHANNEL_CATALOGUE[code]
    return Channel(code, name_ar or ar, en, for_complaints)


def blank_profile() -> OrgProfile:
    """A valid minimal profile for an association that is not among the presets.

    Common-core channels, one category, a competent committee and a follow-up committee, one
    service (طلب خدمة), 10 working days to respond, Friday–Saturday weekend; every value is
    meant to be edited.
    """
    return OrgProfile(
        key="custom",
        name_ar="الجمعية",
        name_en="The association",
        channels=(
            _channel("interview", True),
            _channel("phone", True),
            _channel("letters", True),
            _channel("email", True),
            _channel("website", True),
            _channel("social_media", False),
        ),
        categories=(Category("general", "مستفيد", "Beneficiary", "موظف علاقات المستفيدين"),),
        committees=(
            Committee("competent", "اللجنة المختصة", "Competent committee", "decision"),
            Committee("follow_up", "لجنة المتابعة", "Follow-up committee", "follow_up"),
        ),
        response_rule=ResponseRule(
            "working_days", 10, "خلال 10 أيام عمل من تاريخ اكتمال الطلب",
            "قيمة افتراضية تحددها الجمعية"),
        texts=Texts(DECLARATION_AR, CONSENT_AR, CONSENT_VERSION,
                    receipt_note_ar("اللجنة المختصة")),
        services=(
            Service("service_request", "طلب خدمة", "Service request", "competent",
                    documents=(DOC_NATIONAL_ID, DOC_NATIONAL_ADDRESS)),
        ),
        complaint_categories=COMPLAINT_CATEGORIES,
        referral_targets=(
            ReferralTarget("social_researcher", "الباحث الاجتماعي", "social_researcher"),
        ),
    ).validate()
