"""The register of personal-data requests in Arabic at 1366×768: recorded at the counter, the
30-day clock shown (overdue in red), identity checked, answered, and the person's data exported."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.subject_requests import SubjectRequestForm
from desk_app.services import subject_requests as dsr
from desk_app.ui.screens.subject_requests import SubjectRequestsController
from tests.ui.test_request_flow import register_one
from tests.ui.waiting import make_ctx, settle


def test_register_records_checks_answers_and_exports(qtbot, arabic, desk_db, desk_admin,
                                                     monkeypatch, tmp_path, clock):
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(tmp_path / "data"))
    bid = register_one(desk_db, desk_admin)
    clock.now = datetime(2026, 10, 1, 9, 0)
    dsr.record(desk_db, desk_admin, SubjectRequestForm("objection", "سعد القحطاني",
                                                       "01/10/2026"))  # overdue by 22 Nov
    clock.now = datetime(2026, 11, 22, 9, 30)
    ctx = make_ctx(desk_db, desk_admin)
    ctl = SubjectRequestsController(ctx)
    v = ctl.view
    qtbot.addWidget(v)
    v.resize(1366 - 230, 768 - 60)
    v.show()
    ctl.load()
    settle(qtbot, ctx)
    assert v.summary.text() == "1 مفتوح، 1 تجاوز الثلاثين يومًا."
    assert v.table.item(0, 6).text() == "أيام التأخير: 22"

    v.requester.setText("")
    v.person.setText("RYD-999999")
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.boxes["requester_name"].error.text() == "هذا الحقل مطلوب."
    assert v.boxes["person"].error.isVisible() and v.person.text() == "RYD-999999"
    v.kind.setCurrentIndex(v.kind.findData("access"))
    v.requester.setText("فاطمة عبدالله الزهراني")
    v.person.setText("RYD-000001")
    v.record_button.click()
    settle(qtbot, ctx)
    assert v.banner.text() == ("سُجّل برقم DSR-2026-0002: موعد الرد قبل "
                               "13/07/1448 هـ الموافق 22/12/2026 م.")
    row = next(i for i, r in enumerate(ctl.rows) if r.number == "DSR-2026-0002")
    v.table.setCurrentCell(row, 0)  # as a click does (selectRow misses in right-to-left)
    assert not v.answer_button.isEnabled()  # identity first
    v.identity.setCurrentIndex(v.identity.findData("national_id"))
    v.identity_button.click()
    settle(qtbot, ctx)
    row = next(i for i, r in enumerate(ctl.rows) if r.number == "DSR-2026-0002")
    assert v.table.item(row, 5).text() == "بطاقة الهوية الوطنية"
    v.export_button.click()
    settle(qtbot, ctx)
    assert ctl.exported is not None and ctl.exported.pdf_path.exists()
    assert ctl.exported.xlsx_path.exists() and ctl.exported.json_path.exists()
    assert v.banner.text().startswith("صُدّرت ")
    v.outcome.setCurrentIndex(v.outcome.findData("granted"))
    v.note.setText("سُلّمت نسخة من بياناتها")
    v.answer_button.click()
    settle(qtbot, ctx)
    assert v.table.item(row, 6).text() == "مُنجز: أُجيب الطلب"
    assert [r.status for r in dsr.register(desk_db, desk_admin)
            if r.beneficiary_id == bid] == ["answered"]
    qtbot.wait(20)
    v.grab().save("/tmp/govern-subject-register-ar.png")


def test_an_objection_withdraws_consent_and_open_requests(qtbot, arabic, desk_db, desk_admin):
    from desk_app.domain.requests import IntakeForm
    from desk_app.services import consent
    from desk_app.services import profile as profile_service
    from desk_app.services import requests as svc

    bid = register_one(desk_db, desk_admin)
    form = IntakeForm(bid, "service_request", "phone", "سلة غذائية", True, True, agreed_channel_code="phone")
    request = svc.create(desk_db, desk_admin, form, branch_code="RYD",
                         profile=profile_service.current(desk_db))
    row = dsr.record(desk_db, desk_admin, SubjectRequestForm(
        "objection", "فاطمة الزهراني", "22/11/2026", beneficiary_id=bid))
    ctx = make_ctx(desk_db, desk_admin)
    ctl = SubjectRequestsController(ctx)
    v = ctl.view
    qtbot.addWidget(v)
    ctl.load()
    settle(qtbot, ctx)
    v.table.setCurrentCell(0, 0)
    assert not v.withdraw_button.isEnabled()  # identity first
    dsr.check_identity(desk_db, desk_admin, row.id, "national_id")
    ctl.load()
    settle(qtbot, ctx)
    v.table.setCurrentCell(0, 0)
    v.withdraw_button.click()
    settle(qtbot, ctx)
    assert v.banner.text() == (f"سُجّل سحب الموافقة. الطلبات التي سُحبت: {request.number}. "
                               "ما زال أمام اللجنة: لا شيء.")
    assert consent.withdrawn_at(desk_db, bid) is not None
