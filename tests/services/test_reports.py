"""Management reports on a database whose counts are known by hand (tests/services/report_data).

Each figure is checked exactly in the JSON, in the archived PDF read back with pdftotext, and in
the Excel cells; the counts are worked out in report_data's docstring, not by the code under test.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from desk_app.domain import report_figures as rf
from desk_app.domain.entities import Actor
from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import ValidationFailed
from desk_app.services import documents, report_export, reports
from desk_app.services import profile as profile_service
from tests.documents.pdftext import requires_pdftotext, squash, text_of
from tests.services import report_data

START, END = report_data.Q4
MANAGER = Actor("m", "manager", "manager", "المدير")

DEADLINES = {"requests_received": 10, "requests_decided": 3, "requests_served": 1,
             "answered_in_time_pct": 66.7, "median_days_to_decide": 7.0,
             "requests_overdue_now": 3}
COMPLAINTS = {"complaints_received": 6, "complaints_resolved": 4,
              "complaints_resolved_in_time_pct": 75.0, "complaints_open_now": 3,
              "complaints_overdue_now": 2, "compensations_paid": 2,
              "compensation_amount": 1750.5}
SATISFACTION = {"satisfaction_index": 60.0, "satisfaction_responses": 10}
REGISTRY = {"beneficiaries_total": 10, "beneficiaries_new": 7, "review_backlog": 2,
            "indirect_reached": 0}  # no reach figures entered (issue 24)
ACTIVITY = {"staff_actions": 8, "documents_issued": 1}
BOARD = DEADLINES | COMPLAINTS | SATISFACTION | REGISTRY | ACTIVITY


@pytest.fixture
def rdb(db):
    report_data.fill(db)
    return db


@pytest.fixture
def profile(rdb):
    return profile_service.current(rdb)


def build(db, profile, name, *, branch=None, service=None, lang="ar"):
    query = reports.ReportQuery(name, START, END, branch, service)
    return json.loads(reports.to_json(reports.build(db, MANAGER, query, profile, lang)))


def tab(report, key):
    return next(t for t in report["tables"] if t["key"] == key)["rows"]


@pytest.mark.parametrize("name, expected", [
    ("deadlines", DEADLINES), ("complaints", COMPLAINTS), ("satisfaction", SATISFACTION),
    ("registry", REGISTRY), ("activity", ACTIVITY), ("board", BOARD)])
def test_each_reports_figures_exactly_in_the_json(rdb, profile, name, expected):
    r = build(rdb, profile, name)
    assert r["figures"] == expected
    assert [n["key"] for n in r["notes"]] == list(expected)
    assert all(n["definition"] for n in r["notes"])


def test_deadlines_by_branch_service_and_staff(rdb, profile):
    r = build(rdb, profile, "deadlines", lang="en")
    # branch, received, decided, served, in time %, median days, overdue now
    assert tab(r, "requests_by_branch") == [["JED", 6, 1, 0, 100.0, 7.0, 1],
                                            ["RYD", 4, 2, 1, 50.0, 9.0, 2]]
    assert tab(r, "requests_by_service") == [["Service request", 5, 2, 1, 100.0, 6.0, 2],
                                             ["Support request", 5, 1, 0, 0.0, 13.0, 1]]
    assert tab(r, "overdue_by_staff") == [["سارة الموظفة", 2], ["خالد الموظف", 1]]
    overdue = {row["key"]: row["rows"] for row in r["rows"]}["overdue_rows"]
    assert [o[0] for o in overdue] == ["R5", "J5", "R3"]  # most overdue first


def test_filters_by_branch_and_service(rdb, profile):
    jed = build(rdb, profile, "deadlines", branch="JED")["figures"]
    assert jed == {"requests_received": 6, "requests_decided": 1, "requests_served": 0,
                   "answered_in_time_pct": 100.0, "median_days_to_decide": 7.0,
                   "requests_overdue_now": 1}
    s1 = build(rdb, profile, "deadlines", service=report_data.S1)["figures"]
    assert s1 == {"requests_received": 5, "requests_decided": 2, "requests_served": 1,
                  "answered_in_time_pct": 100.0, "median_days_to_decide": 6.0,
                  "requests_overdue_now": 2}
    assert build(rdb, profile, "complaints", branch="RYD")["figures"] == {
        "complaints_received": 3, "complaints_resolved": 2,
        "complaints_resolved_in_time_pct": 50.0, "complaints_open_now": 1,
        "complaints_overdue_now": 1, "compensations_paid": 1, "compensation_amount": 1500.0}
    assert build(rdb, profile, "registry", branch="JED")["figures"] == {
        "beneficiaries_total": 4, "beneficiaries_new": 3, "review_backlog": 1,
        "indirect_reached": 0}


def test_complaints_by_branch_and_compensation(rdb, profile):
    r = build(rdb, profile, "complaints", lang="en")
    # branch, received, resolved, in time %, open now, overdue now
    assert tab(r, "complaints_by_branch") == [["JED", 3, 2, 100.0, 2, 1],
                                              ["RYD", 3, 2, 50.0, 1, 1]]
    assert tab(r, "compensation_by_kind") == [["Cash", 1, 1500.0], ["In kind", 1, 250.5]]


def test_satisfaction_hides_groups_under_five(rdb, profile):
    r = build(rdb, profile, "satisfaction", lang="en")
    by_branch = tab(r, "satisfaction_by_branch")
    assert by_branch[0] == ["RYD", "7", 75.0]
    assert by_branch[1][1:] == ["<5", None]  # JED's 3 answers: neither index nor exact n
    assert "JED" not in json.dumps(by_branch)


def test_registry_by_category_type_and_city(rdb, profile):
    r = build(rdb, profile, "registry", lang="en")
    cats = {row[0]: row[1:] for row in tab(r, "beneficiaries_by_category")}
    assert list(cats.values()) == [[3, 1, 4], [5, 1, 6]]  # family, individual: direct, indirect
    assert tab(r, "beneficiaries_by_city") == [["الرياض", 5], ["جدة", 3],
                                               ["No national address", 2]]


def test_activity_per_staff_member(rdb, profile):
    r = build(rdb, profile, "activity", lang="en")
    # staff, registrations, requests, decisions, served, complaints, documents, all actions
    assert tab(r, "activity_by_staff") == [["سارة الموظفة", 1, 3, 0, 0, 0, 1, 5],
                                           ["خالد الموظف", 0, 0, 1, 0, 2, 0, 3]]


def test_refusals(rdb, profile):
    with pytest.raises(ValidationFailed) as e:
        reports.build(rdb, MANAGER, reports.ReportQuery("deadlines", END, START), profile)
    assert [(x.field, x.code) for x in e.value.errors] == [("date_to", "end_before_start")]
    with pytest.raises(ValidationFailed):
        reports.build(rdb, MANAGER, reports.ReportQuery("deadlines", START, END, None, "nope"),
                      profile)
    reception = Actor("r", "reception", "reception")
    with pytest.raises(PermissionDenied) as e:
        reports.build(rdb, reception, reports.ReportQuery("deadlines", START, END), profile)
    assert e.value.action == "report.view"


def _printed(key: str, value) -> str:  # noqa: ANN001
    return reports.format_value(key, value)


@requires_pdftotext
def test_board_report_pdf_is_archived_and_reads_back_every_figure(rdb, profile, admin):
    rep = reports.build(rdb, MANAGER, reports.ReportQuery("board", START, END), profile)
    doc = report_export.issue_pdf(rdb, admin, rep, profile)
    assert documents.verify(rdb, MANAGER, doc.code).genuine
    assert documents.verify_pdf(rdb, MANAGER, doc.pdf).genuine
    text = text_of(doc.pdf, layout=True)
    lines = text.splitlines()
    for key, value in BOARD.items():
        name = rf.FIGURES[key].name_ar
        line = next(ln for ln in lines if ln.strip().endswith(name))
        assert _printed(key, value) in line, (key, line)
    assert _printed("compensation_amount", 1750.5) == "1,750.50"
    assert _printed("answered_in_time_pct", 66.7) == "66.7"
    flat = squash(text)
    assert "20/04/1448 هـ الموافق 01/10/2026 م" in flat  # the period in Hijri and Gregorian
    assert "22/07/1448 هـ الموافق 31/12/2026 م" in flat
    assert "جمعية" in lines[0] + lines[1]  # the association's letterhead
    assert text.count(doc.code) == text.count("\f")  # the verification code on every page
    assert rf.FIGURES["requests_served"].definition_ar in flat
    assert "سجل اعتماد مجلس الإدارة للسياسة" in text


def test_excel_cells_hold_the_same_figures(rdb, profile, tmp_path):
    rep = reports.build(rdb, MANAGER, reports.ReportQuery("board", START, END), profile)
    path = tmp_path / "board.xlsx"
    report_export.write_xlsx(rep, path)
    wb = load_workbook(path)
    first = wb.worksheets[0]
    assert first.sheet_view.rightToLeft
    cells = {row[0]: row[1] for row in first.iter_rows(values_only=True) if row[0]}
    for key, value in BOARD.items():
        assert cells[rf.FIGURES[key].name_ar] == value, key
    by_branch = wb["الطلبات حسب الفرع"]
    assert [list(r) for r in by_branch.iter_rows(min_row=2, values_only=True)] == [
        ["JED", 6, 1, 0, 100, 7, 1], ["RYD", 4, 2, 1, 50, 9, 2]]
    decided = [list(r) for r in wb["الطلبات المبتوت فيها"].iter_rows(min_row=2,
                                                                     values_only=True)]
    assert [(r[0], r[6], r[7]) for r in decided] == [("R1", "نعم", 5), ("J1", "نعم", 7),
                                                     ("R2", "لا", 13)]


def test_a_period_with_fewer_than_five_answers_hides_its_index(rdb, profile):
    jed = build(rdb, profile, "satisfaction", branch="JED")
    assert jed["figures"] == {"satisfaction_index": None, "satisfaction_responses": "<5"}
    assert tab(jed, "satisfaction_questions") == []


@pytest.mark.parametrize("day", [datetime(2026, 10, 25, 12), datetime(2026, 11, 22, 9, 30)])
def test_dashboard_says_what_the_reports_of_its_month_and_year_say(rdb, profile, clock, day):
    clock.now = day  # October: the month of every survey answer; November: none
    dash = reports.dashboard(rdb, MANAGER, profile, "ar")
    for rep, period in ((dash.month, rf.month_of(day.date())), (dash.year, rf.year_of(day))):
        direct = reports.build(rdb, MANAGER, reports.ReportQuery("board", period.start,
                                                                 period.end), profile)
        assert rep["figures"] == direct["figures"]
    assert dash.month["figures"]["satisfaction_responses"] == (10 if day.month == 10 else 0)


def test_a_merged_file_is_counted_once(rdb, profile, admin):
    from sqlalchemy import select

    from desk_app.services import duplicates
    from desk_app.storage.tables import Beneficiary

    with rdb.read() as s:
        jed = s.scalars(select(Beneficiary.id).where(Beneficiary.branch_code == "JED")
                        .order_by(Beneficiary.file_number)).all()
    duplicates.merge(rdb, jed[0], jed[1], admin, confirm_different_ids=True)
    figures = build(rdb, profile, "registry", branch="JED")["figures"]
    assert figures["beneficiaries_total"] == 3  # four files, three people
    whole = build(rdb, profile, "registry", lang="en")
    assert whole["figures"]["beneficiaries_total"] == 9
    assert sum(sum(row[1:3]) for row in tab(whole, "beneficiaries_by_category")) == 9
