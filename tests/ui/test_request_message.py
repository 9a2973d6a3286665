"""The request's notify panel queues a message from the templates: the event the request's state
calls for is offered first, the message lands in the outbox with the request's number, and a
file without the address the channel needs is said beside the channel, in Arabic."""

from __future__ import annotations

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import outbox, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as request_service
from desk_app.ui.screens.request import RequestController
from desk_app.ui.widgets.fields import set_combo_code
from tests.ui.waiting import make_ctx, settle


def test_queue_a_message_from_the_notify_panel(qtbot, desk_db, desk_admin, arabic):
    profile = profile_service.current(desk_db)
    person = registry.register(desk_db, desk_admin, BeneficiaryForm(
        first_name="سارة", father_name="علي", grandfather_name="محمد", family_name="الشهري",
        id_number=make_saudi_id(1, "22334455"), gender="female", birth_date="01/01/1985",
        mobile="0561234567", contact_channel_code="phone"), branch_code="RYD")
    r = request_service.create(desk_db, desk_admin, IntakeForm(
        person.id, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone"), branch_code="RYD",
        profile=profile)
    ctl = RequestController(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.enter({"open": r.id})
    settle(qtbot, ctl.ctx)
    panel = ctl.view.notify
    # a request taken without its documents is incomplete: the missing ones are what to say
    assert panel.message_event.currentData() == "documents_missing"
    assert panel.message_channel.currentData() == "sms"
    assert panel.queue_button.isEnabled() and not panel.record_button.isEnabled()

    set_combo_code(panel.message_channel, "email")  # the file has no e-mail address
    ctl.queue_message()
    settle(qtbot, ctl.ctx)
    assert panel.message_boxes["recipient"].error.text().startswith(
        "لا يوجد بريد إلكتروني في ملف المستفيد")
    assert outbox.listing(desk_db, desk_admin) == []

    set_combo_code(panel.message_channel, "sms")
    ctl.queue_message()
    settle(qtbot, ctl.ctx)
    [m] = outbox.listing(desk_db, desk_admin)
    assert (m.event, m.channel, m.recipient, m.request_id) == (
        "documents_missing", "sms", "+966561234567", r.id)
    assert r.number in m.body and "المكرمة سارة الشهري" in m.body
    assert r.checklist[0].name_ar in m.body  # the documents still missing, named
    assert ctl.view.banner.text().startswith("أُعدّت الرسالة")
    assert panel.message_boxes["recipient"].error.text() == ""
