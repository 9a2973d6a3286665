"""Sample document data shared by the document tests (and handy for looking at the output)."""

from __future__ import annotations

import io
import math
import struct
import zlib

from desk_app.documents.model import (
    BeneficiaryBlock,
    ComplaintAckData,
    Decision,
    DecisionLetterData,
    DeclarationData,
    OrgHeader,
    ReceiptData,
    ReferralData,
    ReferralTarget,
    RequestBlock,
    Verification,
)

ISSUED = "10/11/1445 هـ الموافق 18/05/2024 م"
DUE = "02/12/1445 هـ الموافق 08/06/2024 م"


def tiny_png(width: int = 60, height: int = 60, *, stroke: bool = False) -> bytes:
    """A small grey-scale PNG built by hand: a ring logo or, with ``stroke``, a scribble."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if stroke:
                dark = abs((y - height / 2) - (height / 3) * math.sin(x / 6)) < 2
            else:
                r2 = (x - width / 2) ** 2 + (y - height / 2) ** 2
                dark = (width / 2 - 6) ** 2 < r2 < (width / 2 - 1) ** 2
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    out = io.BytesIO()
    out.write(b"\x89PNG\r\n\x1a\n")
    out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)))
    out.write(chunk(b"IDAT", raw))
    out.write(chunk(b"IEND", b""))
    return out.getvalue()


ORG = OrgHeader(
    name_ar="جمعية البر الخيرية بمحافظة جدة",
    name_en="Al-Birr Charitable Association, Jeddah",
    licence_no="1234",
    phone="+966 12 345 6789",
    email="info@example.org",
    address="جدة، حي الروضة، شارع الأمير سلطان",
    logo_png=tiny_png(),
)

BENEFICIARY = BeneficiaryBlock(
    full_name="مُحَمَّد عبدالله سالم القحطاني",
    id_label="رقم الهوية الوطنية",
    id_number="1012345678",
    nationality="سعودي",
    mobile="0551234567",
    file_number="F-2024-0153",
    address_text="RJDA1234 — جدة، حي الروضة",
)

REQUEST = RequestBlock(
    number="REQ-2024-00042",
    service_name="دعم السلة الغذائية",
    channel_name="المقابلة",
    description="طلب دعم غذائي شهري لأسرة مكونة من 6 أفراد",
    received_on_text=ISSUED,
    status_text="غير مكتمل",
    missing_documents=["صورة العنوان الوطني", "إثبات الدخل (الضمان الاجتماعي)"],
    due_date_text=DUE,
    contact_channel_text="رسالة نصية إلى الجوال 0551234567",
)

#: An association's declaration, with the ``{masculine|feminine}`` forms the profile texts use.
DECLARATION_TEXT = (
    "أقر أنا {الموقّع|الموقّعة} أدناه بأن جميع البيانات والمعلومات التي قدمتها إلى الجمعية في هذا "
    "الطلب والمستندات المرفقة به صحيحة وكاملة ومطابقة للواقع، وأنني {المسؤول|المسؤولة} عنها "
    "مسؤولية مباشرة.\n"
    "كما أوافق على قيام الجمعية بمعالجة بياناتي الشخصية لغرض تقديم الخدمة المطلوبة ودراسة "
    "الاستحقاق فقط، وفق نظام حماية البيانات الشخصية."
)
RECEIPT_NOTE = "سيحال طلبكم إلى اللجنة المختصة لدراسته والرد عليكم بشأن قبوله أو رفضه."
RESPONSE_TEXT = "خلال مدة لا تتجاوز 15 يوم عمل من تاريخ اكتمال الطلب"

VERIFY = Verification(code="BD-7Q4K-9XZ2", qr_payload="https://verify.example.org/d/BD-7Q4K-9XZ2")


def declaration(**changes: object) -> DeclarationData:
    base = DeclarationData(
        org=ORG, beneficiary=BENEFICIARY, request=REQUEST, verification=VERIFY,
        issued_on_text=ISSUED, employee_name="سارة أحمد الزهراني",
        declaration_text=DECLARATION_TEXT,
    )
    return DeclarationData(**{**base.__dict__, **changes})


def receipt(**changes: object) -> ReceiptData:
    base = ReceiptData(org=ORG, beneficiary=BENEFICIARY, request=REQUEST, verification=VERIFY,
                       issued_on_text=ISSUED, employee_name="سارة أحمد الزهراني",
                       note_text=RECEIPT_NOTE, response_text=RESPONSE_TEXT, promise="deadline")
    return ReceiptData(**{**base.__dict__, **changes})


def referral(**changes: object) -> ReferralData:
    base = ReferralData(
        org=ORG, beneficiary=BENEFICIARY, request=REQUEST, verification=VERIFY,
        issued_on_text=ISSUED, letter_number="REF-2024-0007", target=ReferralTarget.ASSOCIATION,
        recipient_name="جمعية الإسكان الأهلية بجدة",
        reason="الخدمة المطلوبة (ترميم مسكن) خارج نطاق خدمات الجمعية وتقدمها الجمعية المختصة.",
        employee_name="سارة أحمد الزهراني",
    )
    return ReferralData(**{**base.__dict__, **changes})


def decision(**changes: object) -> DecisionLetterData:
    base = DecisionLetterData(
        org=ORG, beneficiary=BENEFICIARY, request=REQUEST, verification=VERIFY,
        issued_on_text=ISSUED, decision=Decision.REJECTED,
        reasons=["الدخل الشهري للأسرة (6500 ريال) يتجاوز الحد المعتمد للفئة المستهدفة.",
                 "لم يقدم إثبات السكن في نطاق خدمة الجمعية."],
        committee_name="لجنة البحث", decided_on_text=ISSUED, signatory_name="خالد عمر الغامدي",
        next_steps_text="يحق للمستفيد التقدم بطلب جديد عند تغير ظروفه أو التظلم خلال 10 أيام عمل.",
    )
    return DecisionLetterData(**{**base.__dict__, **changes})


def complaint_ack(**changes: object) -> ComplaintAckData:
    base = ComplaintAckData(
        org=ORG, verification=VERIFY, complaint_number="CMP-2024-0019", received_on_text=ISSUED,
        channel_name="الموقع الإلكتروني", expected_handling_text="خلال 5 أيام عمل",
        issued_on_text=ISSUED, complainant=BENEFICIARY, subject="تأخر الرد على طلب الدعم",
        contact_channel_text="البريد الإلكتروني info@example.org",
        employee_name="سارة أحمد الزهراني",
    )
    return ComplaintAckData(**{**base.__dict__, **changes})
