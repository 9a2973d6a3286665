"""Indirect beneficiaries counted, not registered (issue 24, seed 003 §2-2): reach figures per
content item, channel and period, typed in or imported from a platform's export (CSV with the
platform's English columns, XLSX with Arabic ones), refused when a row is unusable or already
recorded, and stated by the registry report beside the registered people."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from desk_app.domain.validation import ValidationFailed
from desk_app.services import profile as profile_service
from desk_app.services import reach, reports
from desk_app.storage.partners_tables import ReachFigure

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def _codes(exc: pytest.ExceptionInfo) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.value.errors}


def test_typed_and_imported_figures_are_counted_and_reported(db, admin, tmp_path):
    p = profile_service.current(db)
    reach.record(db, admin, p, channel_code="website", content_item="دليل التسجيل في البرامج",
                 period_start=NOV[0], period_end=NOV[1], reached=1200)
    csv = tmp_path / "x-analytics.csv"
    csv.write_text("Tweet id,Tweet text,time,impressions,engagements\n"
                   "1,إطلاق برنامج الباحثين عن عمل,2026-11-03,\"5,400\",120\n"
                   "2,قصة نجاح متدرب,2026-11-10,2100,40\n"
                   "3,قصة نجاح متدرب,2026-11-12,300,4\n\n", encoding="utf-8-sig")
    assert reach.import_file(db, admin, p, csv, channel_code="email", period_start=NOV[0],
                             period_end=NOV[1]) == 2  # an item listed twice adds up
    book = openpyxl.Workbook()
    book.active.append(["المنشور", "الوصول"])
    book.active.append(["مقطع تعريفي بالجمعية", 800])
    xlsx = tmp_path / "instagram.xlsx"
    book.save(xlsx)
    assert reach.import_file(db, admin, p, xlsx, channel_code="volunteering",
                             period_start=NOV[0], period_end=NOV[1]) == 1
    lines = reach.listing(db, admin, *NOV)
    assert [(x.content_item, x.reached) for x in lines] == [
        ("إطلاق برنامج الباحثين عن عمل", 5400), ("قصة نجاح متدرب", 2400),
        ("دليل التسجيل في البرامج", 1200), ("مقطع تعريفي بالجمعية", 800)]
    report = reports.build(db, admin, reports.ReportQuery("registry", *NOV), p)
    assert report["figures"]["indirect_reached"] == 9800
    assert report["figures"]["beneficiaries_total"] == 0  # nobody was registered for it
    by_channel = next(t for t in report["tables"] if t["key"] == "indirect_by_channel")
    assert by_channel["rows"] == [["البريد الإلكتروني", 2, 7800], ["خدمة التطوع", 1, 800],
                                  ["الموقع الإلكتروني", 1, 1200]]
    october = reports.build(db, admin, reports.ReportQuery(
        "registry", date(2026, 10, 1), date(2026, 10, 31)), p)
    assert october["figures"]["indirect_reached"] == 0


def test_unusable_input_is_refused_and_nothing_is_half_written(db, admin, tmp_path):
    p = profile_service.current(db)
    with pytest.raises(ValidationFailed) as bad:
        reach.record(db, admin, p, channel_code="tiktok", content_item="", period_start=NOV[1],
                     period_end=NOV[0], reached=-1)
    assert _codes(bad) == {("channel_code", "invalid_choice"), ("content_item", "required"),
                           ("period_end", "end_before_start"), ("reached", "invalid_number")}
    reach.record(db, admin, p, channel_code="website", content_item="دليل", period_start=NOV[0],
                 period_end=NOV[1], reached=10)
    with pytest.raises(ValidationFailed) as twice:
        reach.record(db, admin, p, channel_code="website", content_item="دليل",
                     period_start=NOV[0], period_end=NOV[1], reached=99)
    assert _codes(twice) == {("content_item", "reach_recorded")}
    broken = tmp_path / "broken.csv"
    broken.write_text("post,reach\nمنشور أول,100\nمنشور ثان,كثير\n,5\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as rows:
        reach.import_file(db, admin, p, broken, channel_code="website", period_start=NOV[0],
                          period_end=NOV[1])
    assert _codes(rows) == {("file", "reach_rows_invalid")}
    assert rows.value.errors[0].params["rows"] == "3، 4"
    nocols = tmp_path / "nocols.csv"
    nocols.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as cols:
        reach.import_file(db, admin, p, nocols, channel_code="website", period_start=NOV[0],
                          period_end=NOV[1])
    assert _codes(cols) == {("file", "reach_columns_missing")}
    with db.read() as s:
        assert s.query(ReachFigure).count() == 1  # only the one typed figure
