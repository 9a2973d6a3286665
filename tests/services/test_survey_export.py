"""Excel export and the printable PDF summary of satisfaction results."""

from datetime import date

from openpyxl import load_workbook

from desk_app.services import documents, survey_export, surveys
from desk_app.services import profile as profile_service
from desk_app.services import survey_results as results
from tests.documents.pdftext import requires_pdftotext, squash, text_of

ANSWERS = {"reception": 4, "clarity": 4, "waiting": 2, "courtesy": 5, "overall": 4,
           "service_obtained": True, "suggestions": "مكان الانتظار ضيق"}


def make_report(db, admin):
    c = surveys.create_campaign(db, admin, kind="periodic", name_ar="الاستبانة الدورية",
                                starts_on=date(2026, 1, 1), service_code="service_request")
    for channel in ["interview"] * 5 + ["phone"]:
        surveys.submit(db, admin, c.id, ANSWERS, mode="paper", channel_code=channel,
                       branch_code="HQ", answered_on=date(2026, 11, 1))
    return results.report(db, admin, results.ResultsQuery(), profile_service.current(db), "ar")


def test_excel_workbook(db, admin, tmp_path):
    rep = make_report(db, admin)
    path = tmp_path / "r.xlsx"
    survey_export.write_xlsx(db, admin, rep, path, "ar")
    wb = load_workbook(path)
    assert wb.sheetnames == ["المؤشرات", "حسب الخدمة", "حسب قناة التواصل", "حسب الفرع",
                             "حسب الشهر", "إجابات أخرى", "الملاحظات"]
    ws = wb["المؤشرات"]
    assert ws["C1"].value == 6 and ws.sheet_view.rightToLeft
    waiting = [r for r in ws.iter_rows(min_row=3, values_only=True)][2]
    assert waiting[1:] == (6, 2.0, 25.0, 0.0)  # mean 2 → (2-1)/4*100 = 25, none answered 4|5
    channels = list(wb["حسب قناة التواصل"].iter_rows(min_row=2, values_only=True))
    assert channels[1][1] == "<5" and channels[1][2] is None  # phone alone: hidden
    assert wb["الملاحظات"]["B2"].value == "مكان الانتظار ضيق"


@requires_pdftotext
def test_pdf_summary_reads_back(db, admin):
    rep = make_report(db, admin)
    pdf = survey_export.pdf_bytes(db, rep, profile_service.current(db), admin)
    assert pdf.startswith(b"%PDF")
    # archived before it is handed out: the app's own verifier knows it
    [doc] = documents.search(db, kind="survey_summary")
    assert doc.code in squash(text_of(pdf))
    assert documents.verify(db, admin, doc.code).genuine and documents.verify_pdf(db, admin, pdf).genuine
    text = squash(text_of(pdf))
    for phrase in ("ملخص نتائج قياس رضا المستفيدين", "مؤشر الرضا العام", "ما مدى رضاك عن مدة الانتظار",
                   "مكان الانتظار ضيق", "حمايةً لخصوصية المستفيدين"):
        assert squash(phrase) in text, phrase
