"""The request screen in Arabic: an unclear request referred to a named researcher waits under
study (who with, shown), a study that ends without findings is refused beside the field and keeps
what was chosen, then it goes on to the committee with the findings in its history."""

from desk_app.services import staff
from desk_app.ui.screens.request import RequestController
from tests.ui.test_registry_flow import sign_in
from tests.ui.test_request_flow import choose, register_one
from tests.ui.typing import type_text
from tests.ui.waiting import settle


def test_referral_to_the_researcher_and_on_to_the_committee(qtbot, window, desk_db):
    sign_in(qtbot, window)
    admin = window.shell.ctx.actor
    amal = staff.create(desk_db, admin, "amal", "amal-pass-2026", "أمل الباحثة", "researcher")
    bid = register_one(desk_db, admin)
    shell = window.shell
    ctl = shell.show_screen("request", {"new_for": bid})
    settle(qtbot, window)
    assert isinstance(ctl, RequestController)
    v = ctl.view
    choose(v.intake.service, "service_request")
    choose(v.intake.channel, "phone")
    v.intake.consent_terms.setChecked(True)
    v.intake.consent_data.setChecked(True)
    v.intake.create_button.click()
    settle(qtbot, window)
    for code in ("national_id", "national_address"):
        v.checklist.table.set_checked(code, True, True)
        settle(qtbot, window)
    assert ctl.detail.status == "complete"

    v.tabs.setCurrentIndex(1)
    assert not v.study.isVisible()                 # nothing referred yet
    choose(v.workflow.refer_kind, "social_researcher")
    v.workflow.refer_to.setEditText("مسؤول البحث الاجتماعي")
    choose(v.workflow.refer_person, amal.id)
    type_text(v.workflow.refer_reason, "الإجراءات غير واضحة للمستفيدة")
    v.workflow.refer_button.click()
    settle(qtbot, window)
    assert ctl.detail.status == "under_study" and v.status.text() == "قيد الدراسة"
    assert v.study.isVisible() and v.study.end_button.isEnabled()
    assert v.study.with_whom.text() == "الباحث الاجتماعي — أمل الباحثة"
    assert not v.decision.record_button.isEnabled()
    assert not v.workflow.committee_button.isEnabled()   # only with the study's findings

    choose(v.study.outcome, "committee")
    v.study.end_button.click()
    settle(qtbot, window)
    assert v.study.boxes["note"].error.text() == "هذا الحقل مطلوب."
    assert ctl.detail.status == "under_study" and v.study.outcome.currentData() == "committee"
    type_text(v.study.findings, "زيارة منزلية: الأسرة بحاجة، يوصى بالقبول")
    v.study.end_button.click()
    settle(qtbot, window)
    assert ctl.detail.status == "committee" and v.status.text() == "قيد دراسة اللجنة"
    assert ctl.detail.history[-1].note == "زيارة منزلية: الأسرة بحاجة، يوصى بالقبول"
    assert v.decision.record_button.isEnabled() and not v.study.end_button.isEnabled()
    v.tabs.setCurrentIndex(2)
    steps = [v.trail.item(r, 2).text() for r in range(v.trail.rowCount())]
    assert steps[-2:] == ["إحالة", "انتهاء الدراسة"]
