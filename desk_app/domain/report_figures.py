"""The figures of the management reports and the dashboard, each defined once (issue 22).

A figure's definition is data: the screens show it as a tooltip, the PDFs print it in their
notes, the workbooks carry it on a sheet, so a manager and the board read the same words for the
same number. The arithmetic every report shares (periods, working days counted quickly over a
whole period, medians, shares) is here too, as pure functions over plain values.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.domain import calendar as cal
from desk_app.domain.survey_stats import MIN_GROUP  # noqa: F401 - the one threshold, re-exported
from desk_app.domain.validation import FieldError


@dataclass(frozen=True)
class Figure:
    key: str
    name_ar: str
    name_en: str
    definition_ar: str
    definition_en: str

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_en

    def definition(self, lang: str) -> str:
        return self.definition_ar if lang == "ar" else self.definition_en


_F = Figure
FIGURES: dict[str, Figure] = {f.key: f for f in (
    _F("requests_received", "الطلبات الواردة", "Requests received",
       "طلبات الخدمة المسجلة خلال الفترة (تاريخ الاستلام).",
       "Service requests recorded during the period (date received)."),
    _F("requests_decided", "الطلبات المبتوت فيها", "Requests decided",
       "الطلبات التي سجلت لها اللجنة قرارًا (قبول أو رفض أو إحالة) تاريخه داخل الفترة؛ "
       "يُعد القرار الأول لكل طلب.",
       "Requests whose committee decision (accepted, rejected or referred) is dated within the "
       "period; a request's first decision counts."),
    _F("requests_served", "الطلبات المقدمة خدمتها", "Requests served",
       "الطلبات التي سُجل تقديم خدمتها خلال الفترة.",
       "Requests recorded as served during the period."),
    _F("answered_in_time_pct", "نسبة الرد خلال المدة النظامية (بالمئة)",
       "Answered within the period (%)",
       "من الطلبات المبتوت فيها خلال الفترة: نسبة ما صدر قراره في موعده أو قبله؛ والموعد "
       "محسوب بقاعدة السياسة (أيام عمل بلا عطلة نهاية الأسبوع والإجازات الرسمية) من اكتمال "
       "المستندات.",
       "Of the requests decided in the period, the share decided on or before their due date; "
       "the due date follows the policy's rule (working days, weekend and official holidays "
       "skipped) from the day the documents were complete."),
    _F("median_days_to_decide", "وسيط أيام البت", "Median days to decide",
       "الوسيط لعدد أيام العمل من اكتمال المستندات إلى قرار اللجنة، للطلبات المبتوت فيها "
       "خلال الفترة (الأيام التقويمية إذا كانت قاعدة السياسة بالأيام التقويمية).",
       "The median number of working days from complete documents to the committee's decision, "
       "over the requests decided in the period (calendar days under a calendar-day rule)."),
    _F("requests_overdue_now", "الطلبات المتأخرة الآن", "Requests overdue now",
       "الطلبات المفتوحة (مستلم، ناقص، مكتمل، لدى اللجنة) التي مضى موعد الرد عليها اليوم، "
       "أيًّا كان تاريخ استلامها.",
       "Open requests (received, incomplete, complete, with the committee) whose due date has "
       "passed today, whenever they were received."),
    _F("complaints_received", "الشكاوى الواردة", "Complaints received",
       "الشكاوى المسجلة بتاريخ استلام داخل الفترة.",
       "Complaints with a date received within the period."),
    _F("complaints_resolved", "الشكاوى المعالجة", "Complaints resolved",
       "الشكاوى التي سُويت (وديًّا أو بإجراء أو بالرفض المسبب) بتاريخ داخل الفترة.",
       "Complaints settled (amicably, with action, or rejected with a reason) on a date within "
       "the period."),
    _F("complaints_resolved_in_time_pct", "نسبة المعالجة خلال المهلة (بالمئة)",
       "Resolved within their limit (%)",
       "من الشكاوى المعالجة خلال الفترة: نسبة ما سُوي في موعده أو قبله، والموعد أيام عمل "
       "بحسب تصنيف الشكوى من تاريخ استلامها.",
       "Of the complaints resolved in the period, the share settled on or before their due "
       "date: the working days their category allows from the day received."),
    _F("complaints_open_now", "الشكاوى المفتوحة الآن", "Complaints open now",
       "الشكاوى التي لم تُسوَّ بعد اليوم (مستلمة، محالة، قيد الدراسة، مصعدة، معاد فتحها).",
       "Complaints not settled today (received, assigned, under review, escalated, reopened)."),
    _F("complaints_overdue_now", "الشكاوى المتأخرة الآن", "Complaints overdue now",
       "الشكاوى المفتوحة التي مضى موعد معالجتها اليوم.",
       "Open complaints whose due date has passed today."),
    _F("compensations_paid", "التعويضات المصروفة", "Compensations paid",
       "التعويضات المتفق عليها والمسجلة بتاريخ تسوية داخل الفترة.",
       "Agreed compensations recorded with a settlement date within the period."),
    _F("compensation_amount", "مبلغ التعويضات (ريال)", "Compensation amount (SAR)",
       "مجموع مبالغ التعويضات المصروفة خلال الفترة بالريال.",
       "The total of the compensations paid in the period, in riyals."),
    _F("satisfaction_index", "مؤشر الرضا العام", "Satisfaction index",
       "متوسط مؤشرات أسئلة التقييم، ومؤشر السؤال متوسط إجاباته مطروحًا منه واحد مقسومًا على "
       "أربعة مضروبًا في مئة. لا تُعرض المجموعات التي تقل إجاباتها عن خمس منفصلةً.",
       "The mean of the rating questions' indices; a question's index = (mean − 1) ÷ 4 × 100. "
       "Groups with fewer than 5 answers are not shown apart."),
    _F("satisfaction_responses", "عدد إجابات الاستبانة", "Survey responses",
       "إجابات استبانة الرضا المسجلة خلال الفترة.",
       "Satisfaction questionnaire responses recorded during the period."),
    _F("beneficiaries_total", "المستفيدون المسجلون", "Registered beneficiaries",
       "كل المستفيدين في السجل اليوم.", "Every beneficiary in the registry today."),
    _F("beneficiaries_new", "المستفيدون الجدد", "New beneficiaries",
       "المستفيدون المسجلون لأول مرة خلال الفترة.",
       "Beneficiaries registered for the first time during the period."),
    _F("review_backlog", "متأخرات التحديث الدوري", "Periodic review backlog",
       "المستفيدون الذين مضت على آخر مراجعة لبياناتهم مدة التحديث في ملف الجمعية.",
       "Beneficiaries whose data were last reviewed longer ago than the profile's review "
       "period."),
    _F("indirect_reached", "المستفيدون غير المباشرين (الوصول)", "Indirect beneficiaries (reach)",
       "مجموع ما بلغه محتوى الجمعية في موقعها ومنصات التواصل خلال الفترة كما سُجل أو استورد "
       "من المنصات؛ أرقام لا أشخاص مسجلون، فقد يُعد الشخص الواحد أكثر من مرة.",
       "The reach of the association's website and social-media content during the period, "
       "as typed in or imported from the platforms; figures, not registered people, so one "
       "person may be counted more than once."),
    _F("documents_issued", "المستندات الصادرة", "Documents issued",
       "المستندات المطبوعة والمؤرشفة برمز تحقق خلال الفترة (لا تُعد إعادة الطباعة).",
       "Documents printed and archived with a verification code during the period (reprints "
       "not counted)."),
    _F("staff_actions", "إجراءات الموظفين", "Staff actions",
       "الإجراءات المسجلة في سجل التدقيق باسم كل موظف خلال الفترة.",
       "Actions recorded in the audit trail under each staff member during the period."),
)}

#: The reports, each with the figures it states (the board report states them all).
REPORTS: dict[str, tuple[str, ...]] = {
    "deadlines": ("requests_received", "requests_decided", "requests_served",
                  "answered_in_time_pct", "median_days_to_decide", "requests_overdue_now"),
    "complaints": ("complaints_received", "complaints_resolved",
                   "complaints_resolved_in_time_pct", "complaints_open_now",
                   "complaints_overdue_now", "compensations_paid", "compensation_amount"),
    "satisfaction": ("satisfaction_index", "satisfaction_responses"),
    "registry": ("beneficiaries_total", "beneficiaries_new", "review_backlog",
                 "indirect_reached"),
    "activity": ("staff_actions", "documents_issued"),
}
REPORTS["board"] = tuple(k for name in ("deadlines", "complaints", "satisfaction", "registry",
                                        "activity") for k in REPORTS[name])

REPORT_TITLES: dict[str, tuple[str, str]] = {
    "deadlines": ("تقرير الالتزام بمدة الرد على الطلبات", "Deadline compliance"),
    "complaints": ("تقرير الشكاوى والتعويضات", "Complaints and compensation"),
    "satisfaction": ("تقرير رضا المستفيدين", "Beneficiary satisfaction"),
    "registry": ("تقرير سجل المستفيدين", "Beneficiary registry"),
    "activity": ("تقرير نشاط الموظفين", "Activity per staff member"),
    "board": ("التقرير الدوري لمجلس الإدارة", "Board report"),
}


def title(report: str, lang: str) -> str:
    ar, en = REPORT_TITLES[report]
    return ar if lang == "ar" else en


# --- periods ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def validate_period(start: date | None, end: date | None) -> list[FieldError]:
    errors = []
    if start is None:
        errors.append(FieldError("date_from", "required"))
    if end is None:
        errors.append(FieldError("date_to", "required"))
    if start and end and end < start:
        errors.append(FieldError("date_to", "end_before_start"))
    return errors


def month_of(day: date) -> Period:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return Period(date(day.year, day.month, 1), nxt - timedelta(days=1))


def year_of(day: date) -> Period:
    return Period(date(day.year, 1, 1), date(day.year, 12, 31))


def quarter_of(day: date) -> Period:
    first = 3 * ((day.month - 1) // 3) + 1
    return Period(date(day.year, first, 1), month_of(date(day.year, first + 2, 1)).end)


# --- arithmetic --------------------------------------------------------------------------------

class WorkingDayCounter:
    """Working days in ``(a, b]`` in O(1) after one pass over the span (reports count
    thousands of intervals; :func:`calendar.working_days_between` walks each one)."""

    def __init__(self, first: date, last: date, holidays: Collection[date],
                 weekend: Iterable[int] = cal.SAUDI_WEEKEND):
        self.first, self.last = first, last
        wk, hol = frozenset(weekend), frozenset(holidays)
        self._holidays, self._weekend = hol, wk
        self._cum = [0]
        d = first
        while d <= last:
            self._cum.append(self._cum[-1] + cal.is_working_day(d, hol, wk))
            d += timedelta(days=1)

    def _upto(self, d: date) -> int:
        return self._cum[(d - self.first).days + 1]

    def between(self, a: date, b: date) -> int:
        if not (self.first <= a <= self.last and self.first <= b <= self.last):
            return cal.working_days_between(a, b, self._holidays, self._weekend)
        return self._upto(b) - self._upto(a)


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def share(part: int, whole: int) -> float | None:
    """A percentage to one decimal, or None when there is nothing to divide."""
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Timing:
    """One decided (or settled) case: when its clock started, its due date, when answered."""

    started_on: date
    due_on: date
    answered_on: date
    calendar_days: bool = False


@dataclass(frozen=True)
class Compliance:
    n: int
    in_time: int
    pct: float | None
    median_days: float | None


def days_taken(timings: Sequence[Timing], holidays: Collection[date],
               weekend: Iterable[int] = cal.SAUDI_WEEKEND) -> list[int]:
    """Days each case took from its start to its answer (working days unless calendar)."""
    if not timings:
        return []
    first = min(min(t.started_on, t.answered_on) for t in timings)
    last = max(max(t.answered_on, t.started_on) for t in timings)
    days = WorkingDayCounter(first, last, holidays, weekend)
    return [max(0, (t.answered_on - t.started_on).days if t.calendar_days
                else days.between(t.started_on, t.answered_on)) for t in timings]


def compliance(timings: Sequence[Timing], holidays: Collection[date],
               weekend: Iterable[int] = cal.SAUDI_WEEKEND) -> Compliance:
    """How many were answered by their due date, and the median days the answers took."""
    in_time = sum(1 for t in timings if t.answered_on <= t.due_on)
    return Compliance(len(timings), in_time, share(in_time, len(timings)),
                      median(days_taken(timings, holidays, weekend)))
