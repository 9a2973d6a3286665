"""The survey-invitation button (issue 21): greyed while the request is open, enabled once it is
closed; a press queues the template's invitation, a second press is refused with the Arabic
message beside the message's event."""

from __future__ import annotations

from datetime import date

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import outbox, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.ui.screens.request import RequestController
from tests.ui.waiting import make_ctx, settle


def test_the_invitation_is_queued_once_the_request_is_closed(qtbot, desk_db, desk_admin, arabic):
    profile = profile_service.current(desk_db)
    person = registry.register(desk_db, desk_admin, BeneficiaryForm(
        first_name="سارة", father_name="علي", grandfather_name="محمد", family_name="الشهري",
        id_number=make_saudi_id(1, "22334455"), gender="female", birth_date="01/01/1985",
        mobile="0561234567", contact_channel_code="phone"), branch_code="RYD")
    r = svc.create(desk_db, desk_admin, IntakeForm(person.id, "service_request", "phone", "طلب",
                                                   True, True, agreed_channel_code="phone"), branch_code="RYD",
                   profile=profile)
    ctl = RequestController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.enter({"open": r.id})
    settle(qtbot, ctl.ctx)
    panel = ctl.view.notify
    assert not panel.survey_button.isHidden() and not panel.survey_button.isEnabled()
    for code in ("national_id", "national_address"):
        svc.verify_document(desk_db, desk_admin, r.id, code, seen=True, matches=True,
                            profile=profile)
    svc.send_to_committee(desk_db, desk_admin, r.id, profile=profile)
    svc.decide(desk_db, desk_admin, r.id, decision="rejected", reason="لم تنطبق المعايير",
               committee_code="competent", decided_on=date(2026, 11, 20), profile=profile)
    svc.close(desk_db, desk_admin, r.id)
    ctl.enter({"open": r.id})
    settle(qtbot, ctl.ctx)
    assert panel.survey_button.isEnabled()
    panel.survey_button.click()
    settle(qtbot, ctl.ctx)
    [m] = outbox.listing(desk_db, desk_admin)
    assert (m.event, m.recipient, m.request_id) == ("survey_invitation", "+966561234567", r.id)
    assert ctl.view.banner.text().startswith("أُعدّت دعوة الاستبانة")
    panel.survey_button.click()
    settle(qtbot, ctl.ctx)
    assert "سبق إعداد دعوة" in panel.message_boxes["event"].error.text()
    assert len(outbox.listing(desk_db, desk_admin)) == 1
