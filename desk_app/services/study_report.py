"""The social study printed for the committee (issue 20), issued through the archive with its
verification code like every document: the study as saved, in Arabic, Hijri beside Gregorian.
"""

from __future__ import annotations

import dataclasses

from desk_app.documents.model import Verification
from desk_app.documents.social_study import (
    EXPENSES_AR,
    HOUSING_KINDS_AR,
    INCOME_AR,
    TITLE,
    VISIT_KINDS_AR,
    StudyReportData,
    render_study_report,
)
from desk_app.domain import study as rules
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.services import documents, request_views, studies
from desk_app.services import profile as profile_service
from desk_app.services.document_builders import (
    DocumentNotAvailable,
    beneficiary_block,
    org_header,
)
from desk_app.services.documents import IssuedDocument
from desk_app.storage.db import Database

RESEARCHER_AR = "الباحث الاجتماعي"


def _lines(amounts: dict[str, int], codes: tuple[str, ...], words: dict[str, str]
           ) -> tuple[tuple[str, str], ...]:
    return tuple((words[c], rules.riyals(amounts[c])) for c in codes if c in amounts)


def _researcher_title(profile: OrgProfile, unit: str) -> str:
    """Who signs: the profile's name for the unit the request was referred to (seeds 001/002:
    «مسؤول البحث الاجتماعي»), else the glossary's «الباحث الاجتماعي»."""
    try:
        return profile.referral_target(unit).name_ar
    except KeyError:
        return RESEARCHER_AR


def _service(profile: OrgProfile, code: str) -> str:
    try:
        return profile.service(code).name_ar
    except KeyError:
        return code


def report_data(db: Database, profile: OrgProfile, v: studies.StudyView) -> StudyReportData:
    detail = request_views.get(db, v.request_id)
    income, expenses = v.income or {}, v.expenses or {}
    return StudyReportData(
        org_header(profile), Verification("", ""), format_dual(db.clock().date()),
        v.request_number, _service(profile, v.service_code),
        format_dual(detail.received_at.date()), beneficiary_block(db, v.beneficiary_id),
        profile.study_form.sections,
        format_dual(v.visit_on) if v.visit_on else "", VISIT_KINDS_AR.get(v.visit_kind, ""),
        HOUSING_KINDS_AR.get(v.housing_kind, ""), v.housing,
        _lines(income, rules.INCOME_SOURCES, INCOME_AR),
        _lines(expenses, rules.EXPENSE_ITEMS, EXPENSES_AR),
        rules.riyals(v.income_total), rules.riyals(v.expenses_total),
        rules.riyals(abs(v.balance)), v.balance < 0, v.health,
        tuple((m.name, m.relation, m.situation or "—") for m in v.members), v.needs,
        v.recommendation, _researcher_title(profile, v.assigned_unit), v.researcher_name)


def issue_study_report(db: Database, actor: Actor, request_id: str) -> IssuedDocument:
    """Print the request's study (archived first, with its verification code); refused as
    ``no_study`` while none is saved."""
    profile = profile_service.current(db)
    if profile is None:
        raise LookupError("no organisation profile")
    try:
        v = studies.get(db, actor, request_id)
    except KeyError as exc:
        raise DocumentNotAvailable("no_request", request_id) from exc
    if not v.exists:
        raise DocumentNotAvailable("no_study", v.request_number)
    data = report_data(db, profile, v)
    return documents.issue(
        db, actor, "social_study",
        lambda ver: render_study_report(dataclasses.replace(data, verification=ver)),
        number=v.request_number, title=TITLE, subject_name=data.beneficiary.full_name,
        beneficiary_id=v.beneficiary_id, request_id=v.request_id)
