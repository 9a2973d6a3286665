"""Words for "everything we hold about this person": each table and column in Arabic, so the
printed copy a person receives names every field in their language (no column codes)."""

from __future__ import annotations

from desk_app.domain.action_words import ACTIONS_AR, AUDIT_ACTIONS_AR
from desk_app.domain.profile.vocabularies import EMPLOYMENT_STATUSES, GENDERS, QUALIFICATIONS

TABLES_AR: dict[str, str] = {
    "beneficiaries": "بيانات المستفيد", "household_members": "أفراد الأسرة",
    "service_requests": "طلبات الخدمة", "request_checklist": "قائمة التحقق من المستندات",
    "request_scans": "المستندات الممسوحة", "request_decisions": "قرارات اللجنة",
    "request_events": "مراحل الطلبات", "request_notifications": "إشعارات الطلبات",
    "request_referrals": "الإحالات", "contacts": "سجل التواصل", "consents": "الموافقات",
    "complaints": "الشكاوى", "complaint_events": "مراحل الشكاوى",
    "complaint_attachments": "مرفقات الشكاوى", "complaint_investigations": "محاضر التحقيق",
    "complaint_minutes_approvals": "اعتماد المحاضر", "complaint_negotiations": "التفاوض",
    "complaint_compensations": "التعويض", "outbox_messages": "الرسائل المرسلة",
    "survey_invitations": "دعوات الاستبانة", "survey_responses": "إجابات الاستبانة",
    "subject_requests": "طلبات بشأن البيانات الشخصية", "issued_documents": "المستندات الصادرة",
    "access_log": "سجل الاطلاع على الملف",
    "committee_meeting_items": "قرارات اجتماعات اللجنة",
    "social_studies": "البحث الاجتماعي",
    "aid_records": "المساعدات المصروفة", "aid_household_ids": "هويات الأسرة عند الصرف",
    "aid_signed_copies": "إيصالات التسليم الموقّعة",
    "audit_events": "سجل التعديلات", "beneficiary_merges": "دمج الملفات المكررة",
    "duplicate_pairs": "الملفات المحتمل تكرارها",
}

COLUMNS_AR: dict[str, str] = {
    # the audit trail, merges and duplicate pairs
    "changes": "التعديلات", "op": "العملية", "table": "نوع السجل", "before": "قبل",
    "after": "بعد", "prev_hash": "بصمة السجل السابق", "hash": "البصمة",
    "redacted_at": "وقت الحجب", "merged_id": "الملف المدموج", "kept_id": "الملف المُبقى",
    "merged_at": "وقت الدمج", "merged_by": "دمجه", "first_id": "الملف الأول",
    "second_id": "الملف الثاني", "strength": "درجة التشابه", "reasons": "أوجه التشابه",
    "found_at": "وقت الاكتشاف", "resolved_at": "وقت البت", "resolved_by": "بت فيه",
    # the contact log and the request's assignment
    "person_name": "اسم المتصل", "person_phone": "هاتف المتصل", "answer": "الرد",
    "passed_to_id": "معرّف من أُحيل إليه", "passed_to": "أُحيل إلى",
    "answered_at": "وقت الرد", "answered_by": "رد عليه",
    "agreed_channel_code": "قناة التواصل المتفق عليها", "assignee_id": "معرّف المكلّف",
    "assigned_unit": "الوحدة المكلفة",
    # the aid given (issue 20)
    "decision_id": "معرّف القرار", "programme_code": "البرنامج", "payment_method": "طريقة الصرف",
    "iban": "الآيبان", "cheque_number": "رقم الشيك", "items": "المواد والكميات",
    "delivered_on": "تاريخ التسليم", "repeat_of": "صرف سابق خلال المدة",
    "legacy": "مسجّل قبل سجلات المساعدات", "receipt_document_id": "معرّف إيصال التسليم",
    "aid_id": "معرّف المساعدة",
    # the social study (issue 20)
    "researcher_id": "معرّف الباحث", "researcher_name": "الباحث الاجتماعي",
    "visit_on": "تاريخ الزيارة", "visit_kind": "نوع الزيارة", "housing_kind": "نوع السكن",
    "housing": "وصف السكن", "income": "الدخل الشهري (هللة)",
    "expenses": "المصروفات الشهرية (هللة)", "health": "الحالة الصحية",
    "members": "أفراد الأسرة وأوضاعهم", "needs": "الاحتياجات", "recommendation": "توصية الباحث",
    "action": "الإجراء", "actor_id": "معرّف الموظف", "actor_name": "الموظف",
    "added_at": "وقت الإضافة", "added_by": "أضافه", "additional_no": "الرقم الإضافي",
    "allowed": "مسموح", "amount_halalas": "المبلغ (هللة)", "anonymous": "دون اسم",
    "answered_on": "تاريخ الإجابة", "answers": "الإجابات", "approved_at": "وقت الاعتماد",
    "asked_on": "تاريخ الطلب", "association_at_fault": "الخطأ من الجمعية", "at": "الوقت",
    "attempts": "المحاولات", "beneficiary_accepted": "قبول المستفيد",
    "beneficiary_id": "معرّف المستفيد", "beneficiary_type": "نوع المستفيد",
    "birth_calendar": "تقويم الميلاد", "birth_date": "تاريخ الميلاد", "body": "النص",
    "branch_code": "الفرع", "building_no": "رقم المبنى", "campaign_id": "معرّف الحملة",
    "category_code": "الفئة", "causes": "الأسباب", "channel": "القناة",
    "channel_code": "قناة التواصل", "checklist_item_id": "بند قائمة التحقق",
    "city": "المدينة", "claim": "المطالبة", "claimed_at": "وقت الاستلام للإرسال",
    "clock_started_on": "بداية احتساب المدة", "closed_at": "وقت الإغلاق",
    "closed_on": "تاريخ الإغلاق", "code": "الرمز", "committee_code": "اللجنة",
    "complainant_contact": "وسيلة التواصل مع المشتكي", "complainant_name": "اسم المشتكي",
    "complaint_id": "معرّف الشكوى", "completed_on": "تاريخ الاكتمال",
    "contact_channel_code": "قناة التواصل المفضلة", "content": "المحتوى",
    "content_digest": "بصمة المحتوى", "created_at": "وقت الإنشاء", "created_by": "أنشأه",
    "data": "البيانات", "data_processing": "الموافقة على معالجة البيانات",
    "data_reviewed_on": "تاريخ مراجعة البيانات", "decided_on": "تاريخ القرار",
    "decision": "القرار", "description": "الوصف", "desk": "المكتب", "details": "التفاصيل",
    "district": "الحي", "document_code": "المستند", "due_on": "الموعد النهائي",
    "due_rule": "قاعدة المدة", "eligible": "مستحق", "email": "البريد الإلكتروني",
    "employment_status": "الحالة الوظيفية", "event": "الحدث",
    "failed_criteria": "المعايير غير المستوفاة", "family_name": "اسم العائلة",
    "father_name": "اسم الأب", "file_name": "اسم الملف", "file_number": "رقم الملف",
    "filename": "اسم الملف", "first_name": "الاسم الأول", "from_status": "من حالة",
    "gender": "الجنس", "given_at": "وقت الموافقة", "grandfather_name": "اسم الجد",
    "grounds": "الأسباب", "harm": "الضرر", "harm_size": "حجم الضرر",
    "holiday_table_version": "إصدار جدول الإجازات", "id": "المعرّف",
    "id_country": "دولة الهوية", "id_number": "رقم الهوية", "id_type": "نوع الهوية",
    "identity_checked": "تم التحقق من الهوية", "identity_checked_at": "وقت التحقق من الهوية",
    "identity_checked_by": "تحقق من الهوية", "identity_method": "طريقة التحقق من الهوية",
    "investigation_id": "معرّف التحقيق", "issued_at": "وقت الإصدار",
    "issued_by": "معرّف المُصدر", "issued_by_name": "أصدره", "kind": "النوع",
    "last_error": "آخر خطأ", "last_reprinted_at": "آخر إعادة طباعة",
    "limit_days": "المدة بالأيام", "matches": "مطابق", "member_ids": "الأعضاء",
    "mime": "نوع الملف", "minutes_date": "تاريخ المحضر", "mobile": "رقم الجوال",
    "mode": "الطريقة", "name": "الاسم", "name_ar": "الاسم بالعربية",
    "name_en": "الاسم بالإنجليزية", "name_key": "مفتاح البحث بالاسم",
    "nationality": "الجنسية", "next_attempt_at": "المحاولة التالية", "note": "ملاحظة",
    "notes": "ملاحظات", "number": "الرقم", "offer_halalas": "العرض (هللة)", "on": "التاريخ",
    "outcome": "النتيجة", "outcome_note": "ملاحظة النتيجة", "outcome_text": "نص النتيجة",
    "pages": "الصفحات", "pdf": "ملف PDF", "position": "الترتيب", "postal_code": "الرمز البريدي",
    "programme_end": "نهاية البرنامج", "programme_start": "بداية البرنامج",
    "programme_terms": "الموافقة على شروط البرنامج", "provider_ref": "مرجع مزود الخدمة",
    "qualification": "المؤهل", "questionnaire_id": "معرّف الاستبانة", "reason": "السبب", "meeting_id": "معرّف الاجتماع",
    "received_at": "وقت الاستلام", "received_on": "تاريخ الاستلام", "recipient": "المستلم",
    "recorded_at": "وقت التسجيل", "recorded_by": "سجّله", "referral_to": "محال إلى",
    "relation": "صلة القرابة", "reprint_count": "مرات إعادة الطباعة", "request_id": "معرّف الطلب",
    "request_ref": "مرجع الطلب", "requester_name": "اسم مقدم الطلب",
    "ruling_authority": "جهة الحكم", "ruling_date": "تاريخ الحكم",
    "ruling_in_favour": "الحكم لصالح المستفيد", "ruling_reference": "مرجع الحكم",
    "seen": "اطُّلع عليه", "sent_at": "وقت الإرسال", "sent_on": "تاريخ الإرسال",
    "seq": "التسلسل", "serial": "الرقم التسلسلي", "service_code": "الخدمة",
    "service_given": "الخدمة المقدمة", "settled_on": "تاريخ التسوية", "sha256": "البصمة",
    "short_address": "العنوان المختصر", "size": "الحجم (بايت)", "staff_id": "معرّف الموظف",
    "stage": "المرحلة", "status": "الحالة", "street": "الشارع", "subject": "الموضوع",
    "subject_name": "اسم صاحب المستند", "subject_ref": "المرجع", "submission_key": "مفتاح الإرسال",
    "summary": "الملخص", "target_code": "الجهة", "target_id": "معرّف السجل",
    "target_kind": "نوع الجهة", "target_name": "اسم الجهة", "target_type": "نوع السجل",
    "text": "النص", "text_version": "إصدار النص", "title": "العنوان", "to_status": "إلى حالة",
    "updated_at": "وقت التحديث", "verified_at": "وقت التحقق", "verified_by": "تحقق منه",
    "version": "الإصدار",
}


def table_ar(name: str) -> str:
    return TABLES_AR.get(name, name)


def column_ar(name: str) -> str:
    return COLUMNS_AR.get(name, name)


#: Stored codes a person would not read, in the words the registry screen shows them.
VALUES_AR: dict[str, dict[str, str]] = {
    "gender": GENDERS,
    "id_type": {"national_id": "الهوية الوطنية", "iqama": "الإقامة", "passport": "جواز السفر",
                "gcc_id": "هوية خليجية", "other": "وثيقة أخرى"},
    "birth_calendar": {"gregorian": "ميلادي", "hijri": "هجري"},
    "beneficiary_type": {"direct": "مستفيد مباشر", "indirect": "مستفيد غير مباشر"},
    "qualification": QUALIFICATIONS,
    "employment_status": EMPLOYMENT_STATUSES,
    "channel": {"sms": "رسالة نصية", "email": "البريد الإلكتروني"},  # an outbox message's
    "target_type": {"beneficiary": "ملف مستفيد", "request": "طلب خدمة", "document": "مستند",
                    "scan": "مستند ممسوح", "aid": "مساعدة مصروفة", "staff": "حساب موظف",
                    "duplicates": "الملفات المحتمل تكرارها",
                    "survey_results": "نتائج الاستبانة",  # what the access log looked at
                    # and what the audit trail's events were about
                    "complaint": "شكوى", "contact": "تواصل", "subject_request":
                    "طلب بشأن البيانات الشخصية", "outbox": "رسالة", "meeting": "اجتماع اللجنة",
                    "survey_campaign": "حملة استبانة", "sync_conflict": "تعارض في المزامنة",
                    "import": "استيراد", "online_import": "نموذج إلكتروني"},
    "action": {**AUDIT_ACTIONS_AR, **ACTIONS_AR},  # the access log's and the audit's actions
    "op": {"insert": "إضافة", "update": "تعديل", "delete": "حذف"},  # an audit event's changes
    "visit_kind": {"home": "زيارة منزلية", "office": "مقابلة في مقر الجمعية",
                   "phone": "اتصال هاتفي"},
    "assigned_unit": {"social_researcher": "الباحث الاجتماعي",  # where a request is studied
                      "department": "الإدارة المختصة", "association": "جمعية أخرى"},
    "housing_kind": {"owned": "ملك", "rented": "إيجار", "with_relatives": "مع الأقارب",
                     "other": "أخرى"},
}


def value_ar(column: str, value: object) -> object:
    """``value`` of ``column`` as a person reads it: a code in words, anything else as it is."""
    if isinstance(value, str):
        return VALUES_AR.get(column, {}).get(value, value)
    return value


#: Codes whose words depend on the table (``kind`` or ``status`` mean different things in each),
#: in the words the desk's screens use for them.
TABLE_VALUES_AR: dict[tuple[str, str], dict[str, str]] = {
    ("subject_requests", "kind"): {"access": "الاطلاع على البيانات", "correction": "تصحيح",
                                   "destruction": "إتلاف",
                                   "objection": "اعتراض على المعالجة"},
    ("subject_requests", "status"): {"open": "مفتوح", "answered": "أُجيب"},
    ("subject_requests", "outcome"): {"granted": "أُجيب الطلب", "partly_granted": "أُجيب جزئيًا",
                                      "refused": "رُفض"},
    ("contacts", "kind"): {"request": "طلب", "enquiry": "استفسار", "call": "اتصال",
                           "visit": "زيارة", "notification": "إشعار"},
    ("complaint_events", "kind"): {
        "received": "استلام الشكوى", "status": "تغيير الحالة", "attachment": "إضافة مرفق",
        "minutes": "تسجيل محضر التحقيق", "approval": "اعتماد المحضر من عضو",
        "ruling": "تسجيل حكم نهائي", "negotiation": "التفاوض مع المستفيد",
        "compensation": "تسوية التعويض"},
    ("complaint_compensations", "grounds"): {"minutes": "محضر تحقيق معتمد",
                                             "ruling": "حكم نهائي"},
    ("survey_responses", "mode"): {"kiosk": "شاشة الاستبانة للمستفيد",
                                   "desk": "في مكتب الاستقبال", "paper": "نموذج ورقي",
                                   "interview": "المقابلة", "visit": "الزيارة الإشرافية"},
}

_DUE_RULES = {"working_days": "أيام عمل", "custom": "أيام عمل", "calendar_days": "أيام تقويمية"}


def due_rule_ar(rule: str) -> str:
    """``working_days:15`` → ``أيام عمل: 15``: the time limit a request was given."""
    kind, _, days = rule.partition(":")
    return f"{_DUE_RULES[kind]}: {days}" if kind in _DUE_RULES and days else rule
