"""Request rules: intake validation, checklist completeness, deadlines under each response rule
(weekends, official holidays, Hijri month ends), decisions, scans by magic bytes, review dates."""

from datetime import date, timedelta

import pytest

from desk_app.domain import aid as aid_rules
from desk_app.domain import calendar as cal
from desk_app.domain import requests as rq
from desk_app.domain.eligibility import BeneficiaryFacts, describe_reason_ar, evaluate
from desk_app.domain.profile import Holiday, ResponseRule
from desk_app.services.presets import load_preset

THIKR = load_preset("althikr_alhakeem")          # 15 working days
SIRAJ = load_preset("alsiraj")                  # two weeks: 14 calendar days
TUWAIQ = load_preset("tuwaiq_cadres")           # custom: 10 (working) days
EID_1447 = [date(2026, 3, d) for d in (19, 20, 21, 22, 23, 24)]
FOUNDING_2026 = date(2026, 2, 22)


def working(n):
    return ResponseRule("working_days", n, "-")


# --- deadlines -----------------------------------------------------------------------------------

def test_fifteen_working_days_skip_two_weekends():
    # Sunday 22/11/2026 → Sunday 13/12/2026 (three Fri–Sat weekends in between)
    assert rq.due_date(date(2026, 11, 22), working(15), []) == date(2026, 12, 13)


def test_counting_starts_the_day_after_completion():
    # completed on a Thursday with one working day: due the next Sunday
    assert rq.due_date(date(2026, 11, 26), working(1), []) == date(2026, 11, 29)
    # completed on a Friday (weekend): the Sunday is still the first working day
    assert rq.due_date(date(2026, 11, 27), working(1), []) == date(2026, 11, 29)


def test_official_holiday_is_skipped():
    # Thursday 19/02/2026; Sunday 22/02 is Founding Day → due Sunday 15/03/2026
    assert rq.due_date(date(2026, 2, 19), working(15), [FOUNDING_2026]) == date(2026, 3, 15)
    assert rq.due_date(date(2026, 2, 19), working(15), []) == date(2026, 3, 12)


def test_across_the_end_of_ramadan_and_the_eid_holiday():
    completed = cal.from_hijri(1447, 9, 29)
    assert completed == date(2026, 3, 18)
    due = rq.due_date(completed, working(3), EID_1447)
    # 19–24 March are Eid al-Fitr, 27–28 a weekend: 25, 26 and 29 March count
    assert due == date(2026, 3, 29)
    assert cal.to_hijri(due) == (1447, 10, 10)
    assert cal.format_dual(due) == "10/10/1447 هـ الموافق 29/03/2026 م"


def test_last_day_of_a_29_day_hijri_month():
    completed = cal.from_hijri(1447, 8, 29)          # Sha'ban 1447 has 29 days
    assert cal.hijri_month_length(1447, 8) == 29
    assert completed == date(2026, 2, 17)             # a Tuesday
    due = rq.due_date(completed, working(2), [])
    assert due == date(2026, 2, 19)                   # Thursday, 2 Ramadan 1447
    assert cal.to_hijri(due) == (1447, 9, 2)


def test_calendar_days_count_weekends_and_holidays():
    rule = SIRAJ.response_rule
    assert (rule.kind, rule.days) == ("calendar_days", 14)
    assert rq.due_date(date(2026, 11, 22), rule, []) == date(2026, 12, 6)
    assert rq.due_date(date(2026, 3, 18), rule, EID_1447) == date(2026, 4, 1)


def test_custom_rule_counts_the_associations_working_days():
    rule = TUWAIQ.response_rule
    assert (rule.kind, rule.days) == ("custom", 10)
    assert rq.due_date(date(2026, 11, 22), rule, []) == date(2026, 12, 6)


def test_deadline_uses_the_profiles_weekend_and_holidays_and_keeps_the_table_version():
    profile = THIKR.with_changes(holidays=(Holiday(FOUNDING_2026, "يوم التأسيس"),),
                                 holiday_table_version=7)
    d = rq.deadline(date(2026, 2, 19), profile)
    assert (d.due_on, d.rule, d.holiday_table_version) == (date(2026, 3, 15), "working_days:15", 7)
    # a Thursday-only weekend moves it: six working days a week, Sunday 22/02 still a holiday
    odd = profile.with_changes(weekend=(3,))
    assert rq.deadline(date(2026, 2, 19), odd).due_on == date(2026, 3, 9)


def test_days_left_and_overdue():
    due = date(2026, 12, 13)
    assert rq.days_left(due, date(2026, 11, 22), "working_days", []) == 15
    assert rq.days_left(due, due, "working_days", []) == 0
    assert rq.days_left(due, date(2026, 12, 15), "working_days", []) == -2
    assert rq.days_left(due, date(2026, 12, 1), "calendar_days", []) == 12
    assert not rq.is_overdue(due, due) and rq.is_overdue(due, date(2026, 12, 14))
    assert not rq.is_overdue(None, date(2030, 1, 1))


# --- checklist -----------------------------------------------------------------------------------

def test_checklist_is_complete_only_when_every_document_is_seen_and_matches():
    required = ["national_id", "national_address", "proof_of_need"]
    items = [rq.ChecklistState("national_id", True, True),
             rq.ChecklistState("national_address", True, False),
             rq.ChecklistState("proof_of_need", False, False)]
    assert rq.missing_documents(required, items) == ["national_address", "proof_of_need"]
    assert not rq.is_complete(required, items)
    items = [rq.ChecklistState(c, True, True) for c in required]
    assert rq.is_complete(required, items)
    assert rq.is_complete([], [])


# --- intake, decision, notification, referral, served -----------------------------------------

def codes(errors):
    return {(e.field, e.code) for e in errors}


def test_intake_needs_service_channel_and_consent():
    assert codes(rq.validate_intake(rq.IntakeForm(), THIKR)) == {
        ("beneficiary_id", "required"), ("service_code", "required"),
        ("channel_code", "required"), ("consent", "consent_required")}
    form = rq.IntakeForm("b1", "no_such", "pigeon", "", True, False)
    assert codes(rq.validate_intake(form, THIKR)) == {
        ("service_code", "invalid_choice"), ("channel_code", "invalid_choice"),
        ("consent", "consent_required")}
    ok = rq.IntakeForm("b1", "service_request", "phone", "", True, True)
    assert rq.validate_intake(ok, THIKR) == []


def test_decision_rules():
    assert codes(rq.validate_decision("", "", "", THIKR)) == {
        ("decision", "required"), ("committee_code", "required")}
    assert codes(rq.validate_decision("rejected", " ", "competent", THIKR)) == {
        ("reason", "required")}
    assert codes(rq.validate_decision("referred", "خارج النطاق", "competent", THIKR)) == {
        ("referral_to", "required")}
    assert rq.validate_decision("accepted", "", "competent", THIKR) == []
    assert codes(rq.validate_decision("maybe", "x", "nope", THIKR)) == {
        ("decision", "invalid_choice"), ("committee_code", "invalid_choice")}
    assert rq.decision_status("rejected") == "rejected"


def test_notification_referral_and_served_rules():
    assert codes(rq.validate_notification("", "", THIKR)) == {
        ("channel_code", "required"), ("text", "required")}
    assert rq.validate_notification("phone", "أُبلغ بالقرار", THIKR) == []
    assert codes(rq.validate_referral("", "", "")) == {
        ("kind", "required"), ("target_name", "required"), ("reason", "required")}
    assert rq.validate_referral("association", "جمعية البر", "خارج نطاق الجمعية") == []
    assert codes(aid_rules.programme_date_errors(True, None, None)) == {
        ("programme_start", "required"), ("programme_end", "required")}
    assert codes(aid_rules.programme_date_errors(True, date(2027, 2, 1), date(2027, 1, 1))) == {
        ("programme_end", "end_before_start")}
    assert aid_rules.programme_date_errors(False, None, None) == []


# --- scans ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "mime"), [
    (b"%PDF-1.7\n", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"II*\x00\x08\x00", "image/tiff"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", None),                     # a .docx renamed .pdf is still refused
    (b"MZ\x90\x00", None),
    (b"hello", None),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", None),
])
def test_scan_type_from_magic_bytes(head, mime):
    assert rq.sniff_mime(head) == mime


def test_scan_checks():
    limit = 20 * 1024 * 1024
    assert rq.check_scan(100, b"%PDF-1.4", limit) == ("application/pdf", None)
    assert rq.check_scan(0, b"", limit)[1].code == "scan_empty"
    mime, err = rq.check_scan(limit + 1, b"%PDF-1.4", limit)
    assert mime is None and err.code == "scan_too_large" and err.params == {"max_mb": 20.0}
    assert rq.check_scan(10, b"PK\x03\x04", limit)[1].code == "scan_not_image_or_pdf"


# --- periodic review -----------------------------------------------------------------------------

def test_review_dates():
    assert rq.review_due_on(date(2025, 11, 22), 12) == date(2026, 11, 22)
    assert rq.review_due_on(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert rq.review_due_on(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert rq.needs_review(date(2025, 11, 22), 12, date(2026, 11, 22))
    assert not rq.needs_review(date(2025, 11, 23), 12, date(2026, 11, 22))
    cutoff = rq.review_cutoff(date(2026, 11, 22), 12)
    assert cutoff == date(2025, 11, 22)
    cutoff = rq.review_cutoff(date(2027, 2, 28), 6)
    assert rq.needs_review(cutoff, 6, date(2027, 2, 28))
    assert not rq.needs_review(cutoff + timedelta(days=1), 6, date(2027, 2, 28))


# --- eligibility as the request screen uses it (Tuwaiq job-seekers programme) ------------------

def test_eligibility_of_a_programme_gives_one_arabic_reason_per_failed_criterion():
    service = TUWAIQ.service("job_seekers_programme")
    facts = BeneficiaryFacts(category="direct", birth_date=date(2010, 1, 1),
                             qualification="primary", employment_status="employed")
    verdict = evaluate(service.criteria, facts, date(2026, 11, 22))
    assert not verdict.eligible
    assert [r.code for r in verdict.reasons] == [
        "age_below_min", "qualification_not_allowed", "employment_status_not_allowed"]
    sentences = [describe_reason_ar(r, TUWAIQ) for r in verdict.reasons]
    assert sentences[0] == "العمر (16 سنة) أقل من الحد الأدنى المطلوب (18 سنة)"
    assert "ابتدائي" in sentences[1] and "موظف" in sentences[2]
    fit = BeneficiaryFacts(category="direct", birth_date=date(1995, 1, 1),
                           qualification="bachelor", employment_status="unemployed")
    assert evaluate(service.criteria, fit, date(2026, 11, 22)).eligible
