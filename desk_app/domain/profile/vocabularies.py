"""The profile format's vocabularies: code lists, criterion kinds and their parameters."""

from __future__ import annotations

import re

FORMAT_VERSION = 1

#: Highest qualification attained (code -> Arabic label), lowest first.
QUALIFICATIONS: dict[str, str] = {
    "none": "بدون مؤهل",
    "primary": "ابتدائي",
    "intermediate": "متوسط",
    "secondary": "ثانوي",
    "diploma": "دبلوم",
    "bachelor": "بكالوريوس",
    "master": "ماجستير",
    "doctorate": "دكتوراه",
}
QUALIFICATIONS_EN: dict[str, str] = {
    "none": "No qualification",
    "primary": "Primary",
    "intermediate": "Intermediate",
    "secondary": "Secondary",
    "diploma": "Diploma",
    "bachelor": "Bachelor's",
    "master": "Master's",
    "doctorate": "Doctorate",
}

#: Employment status (code -> Arabic label).
EMPLOYMENT_STATUSES: dict[str, str] = {
    "unemployed": "باحث عن عمل",
    "employed": "موظف",
    "student": "طالب",
    "retired": "متقاعد",
    "self_employed": "يعمل لحسابه الخاص",
}
EMPLOYMENT_STATUSES_EN: dict[str, str] = {
    "unemployed": "Job seeker / unemployed",
    "employed": "Employed",
    "student": "Student",
    "retired": "Retired",
    "self_employed": "Self-employed",
}

#: Gender (code -> Arabic label).
GENDERS: dict[str, str] = {"male": "ذكر", "female": "أنثى"}
GENDERS_EN: dict[str, str] = {"male": "Male", "female": "Female"}

#: Communication channels named by the seed policies (code -> (Arabic, English)). Presets use
#: these codes so reports can compare associations; each preset carries its own names.
CHANNEL_CATALOGUE: dict[str, tuple[str, str]] = {
    "interview": ("المقابلة", "Interview (in person)"),
    "phone": ("الاتصال الهاتفي", "Phone call"),
    "letters": ("الخطابات / المراسلات", "Letters / correspondence"),
    "fax": ("الفاكس", "Fax"),
    "email": ("البريد الإلكتروني", "E-mail"),
    "website": ("الموقع الإلكتروني", "Website"),
    "social_media": ("وسائل التواصل الاجتماعي", "Social media"),
    "volunteering": ("منصة التطوع", "Volunteering platform"),
    "aid_request": ("خدمة طلب المساعدة", "Aid-request service"),
    "representative": ("مندوب المكتب الفرعي", "Branch-office representative"),
    "service_office": ("مكتب الخدمة", "Service office"),
    "social_researcher": ("الباحث الاجتماعي", "Social researcher"),
}

CRITERION_KINDS: tuple[str, ...] = (
    "category_in",
    "age_between",
    "qualification_in",
    "employment_status_in",
    "nationality_in",
    "gender_is",
    "field_equals",
)
#: Which parameters each criterion kind takes (besides ``kind``).
CRITERION_PARAMS: dict[str, tuple[str, ...]] = {
    "category_in": ("values",),
    "age_between": ("min_age", "max_age"),
    "qualification_in": ("values",),
    "employment_status_in": ("values",),
    "nationality_in": ("values",),
    "gender_is": ("value",),
    "field_equals": ("field", "value"),
}
COMMITTEE_KINDS: tuple[str, ...] = ("decision", "follow_up", "investigation", "research")
RESPONSE_RULE_KINDS: tuple[str, ...] = ("working_days", "calendar_days", "custom")
#: What the receipt may promise about the answer (see ``ResponseRule``).
RESPONSE_PROMISES: tuple[str, ...] = ("deadline", "minimum", "none")
REFERRAL_KINDS: tuple[str, ...] = ("association", "social_researcher", "department")
AGE_CALENDARS: tuple[str, ...] = ("gregorian", "hijri")

MAX_AGE_YEARS = 150
CODE_RE = re.compile(r"^[a-z0-9_]+$")
ISO_ALPHA2_RE = re.compile(r"^[A-Z]{2}$")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def join(path: str, key: str | int) -> str:
    """The error path of ``key`` under ``path``: ``services[0].criteria[1].min_age``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key
