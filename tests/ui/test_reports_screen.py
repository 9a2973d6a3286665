"""The Reports screen (issue 22) on the hand-counted database of tests/services/report_data:
figures with their definitions, a reversed period refused beside the field, an archived PDF and
a workbook saved through the ops runner."""

from openpyxl import load_workbook

from desk_app.domain import report_figures as rf
from desk_app.domain.entities import Actor
from desk_app.services import documents
from desk_app.ui.screens.reports import ReportsController
from tests.services import report_data
from tests.ui.waiting import make_ctx, settle


def test_report_screen_shows_saves_and_refuses(qtbot, desk_db, arabic, tmp_path):
    report_data.fill(desk_db)
    ctx = make_ctx(desk_db, Actor("m", "mona", "manager", "منى المديرة"))
    ctl = ReportsController(ctx)
    qtbot.addWidget(ctl.view)
    v = ctl.view
    v.report.setCurrentIndex(v.report.findData("complaints"))
    ctl.refresh()
    settle(qtbot, ctx)
    shown = {v.figures.item(r, 0).text(): v.figures.item(r, 1).text()
             for r in range(v.figures.rowCount())}
    assert shown[rf.FIGURES["complaints_received"].name_ar] == "6"  # Q4 by default
    assert shown[rf.FIGURES["complaints_resolved_in_time_pct"].name_ar] == "75%"
    assert v.figures.item(0, 0).toolTip() == rf.FIGURES["complaints_received"].definition_ar

    pdf = tmp_path / "q4.pdf"
    assert ctl.export_pdf(str(pdf))
    settle(qtbot, ctx)
    assert documents.verify_pdf(desk_db, desk_db.admin, pdf.read_bytes()).genuine
    assert "RYD-D-2026-" in v.banner.text()
    xlsx = tmp_path / "q4.xlsx"
    assert ctl.export_excel(str(xlsx))
    settle(qtbot, ctx)
    cells = {r[0]: r[1] for r in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)}
    assert cells[rf.FIGURES["compensation_amount"].name_ar] == 1750.5

    v.date_to.set_value("01/09/2026")  # before the start of the quarter
    ctl.refresh()
    settle(qtbot, ctx)
    assert v.boxes["date_to"].error.text() == "تاريخ النهاية يسبق تاريخ البداية."
    assert v.figures.rowCount() == 7  # what was shown stays
