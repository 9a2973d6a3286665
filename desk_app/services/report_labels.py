"""Words the reports print beside codes (statuses, columns, kinds), in Arabic and English.

Reports are read outside the app (PDF, Excel, JSON), so their words cannot come from the Qt
translation files the screens use.
"""

from __future__ import annotations

_AR_EN: dict[str, tuple[str, str]] = {
    # columns
    "branch": ("الفرع", "Branch"), "service": ("الخدمة", "Service"),
    "category": ("الفئة", "Category"), "complaint_category": ("تصنيف الشكوى", "Category"),
    "staff": ("الموظف", "Staff member"), "received": ("الواردة", "Received"),
    "decided": ("المبتوت فيها", "Decided"), "served": ("المقدمة", "Served"),
    "in_time_pct": ("في الموعد (بالمئة)", "In time (%)"), "median_days": ("وسيط الأيام",
                                                                    "Median days"),
    "overdue_now": ("المتأخرة الآن", "Overdue now"), "resolved": ("المعالجة", "Resolved"),
    "open_now": ("المفتوحة الآن", "Open now"), "n": ("العدد", "Count"),
    "amount": ("المبلغ (ريال)", "Amount (SAR)"), "kind": ("النوع", "Kind"),
    "direct": ("مباشر", "Direct"), "indirect": ("غير مباشر", "Indirect"),
    "total": ("المجموع", "Total"), "city": ("المدينة (العنوان الوطني)", "City (national address)"),
    "no_address": ("بلا عنوان وطني", "No national address"), "question": ("السؤال", "Question"),
    "mean": ("المتوسط", "Mean"), "index": ("المؤشر", "Index"), "group": ("المجموعة", "Group"),
    "month": ("الشهر", "Month"), "number": ("الرقم", "Number"), "status": ("الحالة", "Status"),
    "channel": ("القناة", "Channel"), "content_items": ("عناصر المحتوى", "Content items"),
    "reached": ("الوصول", "Reach"), "received_on": ("تاريخ الاستلام", "Received on"),
    "completed_on": ("اكتمال المستندات", "Documents complete"), "due_on": ("الموعد", "Due on"),
    "decided_on": ("تاريخ القرار", "Decided on"), "settled_on": ("تاريخ التسوية", "Settled on"),
    "served_on": ("تاريخ تقديم الخدمة", "Served on"),
    "in_time": ("في الموعد", "In time"), "yes": ("نعم", "Yes"), "no": ("لا", "No"),
    "registrations": ("تسجيل مستفيدين", "Registrations"), "requests": ("طلبات", "Requests"),
    "decisions": ("قرارات", "Decisions"), "complaints": ("شكاوى", "Complaints"),
    "documents": ("مستندات", "Documents"), "other": ("أخرى", "Other"),
    "actions": ("كل الإجراءات", "All actions"), "none": ("—", "—"),
    "unknown_staff": ("غير محدد", "Not recorded"),
    # request statuses
    "st.received": ("مستلم", "Received"), "st.incomplete": ("ناقص", "Incomplete"),
    "st.complete": ("مكتمل", "Complete"), "st.committee": ("لدى اللجنة", "With the committee"),
    "st.under_study": ("قيد الدراسة", "Under study"),
    "st.accepted": ("مقبول", "Accepted"), "st.rejected": ("مرفوض", "Rejected"),
    "st.referred": ("محال", "Referred"), "st.served": ("قُدمت الخدمة", "Served"),
    "st.withdrawn": ("مسحوب", "Withdrawn"), "st.closed": ("مغلق", "Closed"),
    # complaint states
    "cs.received": ("مستلمة", "Received"), "cs.assigned": ("محالة للجنة", "Assigned"),
    "cs.under_review": ("قيد الدراسة", "Under review"), "cs.escalated": ("مصعدة", "Escalated"),
    "cs.resolved_amicably": ("سُويت وديًّا", "Resolved amicably"),
    "cs.resolved_action": ("سُويت بإجراء", "Resolved with action"),
    "cs.rejected": ("مرفوضة بسبب", "Rejected"), "cs.closed": ("مغلقة", "Closed"),
    "cs.reopened": ("معاد فتحها", "Reopened"),
    # compensation kinds
    "ck.cash": ("نقدي", "Cash"), "ck.in_kind": ("عيني", "In kind"),
    "ck.service": ("خدمة", "Service"), "ck.other": ("أخرى", "Other"),
    # document kinds
    "dk.declaration": ("إقرار", "Declaration"), "dk.receipt": ("إيصال استلام", "Receipt"),
    "dk.referral": ("خطاب إحالة", "Referral letter"), "dk.decision": ("إشعار قرار", "Decision"),
    "dk.complaint_ack": ("إشعار استلام شكوى", "Complaint acknowledgment"),
    "dk.report": ("تقرير", "Report"),
}


def word(key: str, lang: str) -> str:
    ar, en = _AR_EN.get(key, (key, key))
    return ar if lang == "ar" else en


def prefixed(prefix: str, code: str, lang: str) -> str:
    """A status/kind name (``st.``, ``cs.``, ``ck.``, ``dk.``); the code itself if unknown."""
    key = f"{prefix}.{code}"
    return word(key, lang) if key in _AR_EN else code


def yes_no(flag: bool, lang: str) -> str:
    return word("yes" if flag else "no", lang)
