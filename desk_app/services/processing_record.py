"""The record of processing, per association: generated from the profile (who the controller
is, the consent text, the retention periods) and the permission table (who may see each kind of
data), issued through the document archive with its verification code."""

from __future__ import annotations

import dataclasses

from desk_app.documents.model import Verification
from desk_app.documents.processing_record import (
    TITLE,
    Activity,
    ProcessingRecordData,
    render_processing_record,
)
from desk_app.domain import permissions as perm
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.domain.gendered import resolve
from desk_app.domain.subject_data import column_ar
from desk_app.services import documents
from desk_app.services import permissions as permission_service
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import org_header
from desk_app.services.documents import IssuedDocument
from desk_app.services.permissions import require
from desk_app.services.policy_print import ROLE_AR
from desk_app.storage.db import Database
from desk_app.storage.schema import Base

TECHNICAL = {"id", "seq", "version", "name_key", "created_at", "updated_at", "beneficiary_id",
             "request_id", "complaint_id", "checklist_item_id", "campaign_id", "questionnaire_id",
             "sha256", "data", "submission_key", "branch_code", "position"}
CONSENT = "موافقة المستفيد المكتوبة على الإقرار عند تقديم الطلب"
# (name, tables, purpose, legal basis, retention period key or fixed text, who: actions)
ACTIVITIES = (
    ("سجل المستفيدين", ("beneficiaries", "household_members"),
     "تسجيل المستفيد دون تكرار، والتحقق من استحقاقه، والتواصل معه", CONSENT, "closed_files",
     ("beneficiary.open",)),
    ("طلبات الخدمة والقرارات", ("service_requests", "request_decisions", "request_referrals"),
     "دراسة الطلب والبت فيه ضمن المدة النظامية وإبلاغ المستفيد", CONSENT, "closed_files",
     ("beneficiary.open",)),
    ("البحث الاجتماعي", ("social_studies",),
     "دراسة حال المستفيد وأسرته (السكن والدخل والمصروفات والصحة والاحتياجات) ورفعها إلى اللجنة",
     CONSENT, "closed_files", ("study.view",)),
    ("المستندات الممسوحة", ("request_scans",),
     "مطابقة المستندات المطلوبة مع معايير الخدمة", CONSENT, "scans_after_decision",
     ("scan.view",)),
    ("الشكاوى والتعويض", ("complaints", "complaint_investigations"),
     "استقبال الشكوى ومعالجتها وتسويتها", "طلب المشتكي ومعالجة شكواه", "closed_files",
     ("complaint.handle",)),
    ("استبانات قياس الرضا", ("survey_responses",),
     "قياس رضا المستفيدين وتحسين الخدمة", "موافقة المستفيد على المشاركة", "closed_files",
     ("survey.results",)),
    ("الرسائل إلى المستفيدين", ("outbox_messages",),
     "إبلاغ المستفيد بما آل إليه طلبه أو شكواه", CONSENT, "closed_files", ("outbox.view",)),
    ("سجل الاطلاع وسجل التدقيق", ("access_log", "audit_events"),
     "حماية البيانات: من اطلع على الملف ومن غيّر فيه", "التزام الجمعية بحماية البيانات",
     "audit", ("audit.view",)),
)


def _collected(tables: tuple[str, ...]) -> str:
    meta = Base.metadata.tables
    names: list[str] = []
    for t in tables:
        for c in meta[t].columns if t in meta else ():
            label = column_ar(c.name)
            if c.name not in TECHNICAL and label not in names:
                names.append(label)
    return "، ".join(names)


def _retention(key: str, profile) -> str:  # noqa: ANN001
    if key == "audit":
        return "يُحفظ؛ وتُحذف منه القيم الشخصية عند تجهيل الملف (يبقى هيكله)"
    months = getattr(profile.governance.retention, key)
    if months is None:
        return "لم تحدد الجمعية مدة بعد: يُحفظ إلى أن تحددها"
    what = "يُجهَّل الملف" if key == "closed_files" else "تُحذف المستندات"
    return f"{months} شهرًا من آخر نشاط بعد انتهاء الطلبات، ثم {what}"


def _who(table: perm.PermissionTable, actions: tuple[str, ...]) -> str:
    roles = sorted({r for a in actions if a in perm.CODES for r in table.roles_for(a)},
                   key=list(ROLE_AR).index)
    return "، ".join(ROLE_AR[r] for r in roles) or "—"


def issue(db: Database, actor: Actor) -> IssuedDocument:
    require(db, actor, "processing.record")
    profile = profile_service.current(db)
    table = permission_service.current(db)
    controller = [("الجهة المسؤولة", profile.name_ar), ("رقم الترخيص", profile.licence_no or "—"),
                  ("العنوان", "، ".join(p for p in (profile.address, profile.city) if p) or "—"),
                  ("التواصل", " ".join(p for p in (profile.phone, profile.email) if p) or "—")]
    activities = [Activity(name, _collected(tables), purpose, basis,
                           _retention(key, profile), _who(table, actions))
                  for name, tables, purpose, basis, key, actions in ACTIVITIES]
    data = ProcessingRecordData(org_header(profile), Verification("", ""), controller,
                                activities, resolve(profile.texts.consent_ar, None),
                                format_dual(db.clock().date()))
    return documents.issue(
        db, actor, "processing_record",
        lambda v: render_processing_record(dataclasses.replace(data, verification=v)),
        number=f"processing-{db.clock().date().isoformat()}", title=TITLE,
        subject_name=profile.name_ar)
