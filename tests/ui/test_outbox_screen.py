"""The outbox screen: what waits and what went, sending now off the GUI thread (once, however
often the button is pressed), and the sending settings with their messages beside the fields."""

from __future__ import annotations

import os

import keyring
import pytest
from PySide6.QtCore import Qt

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.entities import Actor
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import messaging_settings, outbox, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as request_service
from desk_app.services.transports import SmsSettings
from desk_app.ui.screens.outbox import OutboxController
from tests.services.messaging_servers import SmsGateway
from tests.services.test_outbox import MemoryKeyring
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle


@pytest.fixture
def key_store():
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def gateway():
    g = SmsGateway()
    g.start()
    yield g
    g.stop()


@pytest.fixture
def queued(desk_db, desk_admin):
    profile = profile_service.current(desk_db)
    form = BeneficiaryForm(first_name="سارة", father_name="علي", grandfather_name="محمد",
                           family_name="الشهري", id_number=make_saudi_id(1, "22334455"),
                           gender="female", birth_date="01/01/1985", mobile="0561234567",
                           contact_channel_code="phone")
    person = registry.register(desk_db, desk_admin, form, branch_code="RYD").id
    r = request_service.create(desk_db, desk_admin, IntakeForm(
        person, "service_request", "phone", "طلب", True, True, agreed_channel_code="phone"), branch_code="RYD",
        profile=profile)
    return [outbox.queue_for_request(desk_db, desk_admin, r.id, event, channel="sms",
                                     profile=profile)
            for event in ("request_received", "documents_missing")]


def screen(qtbot, desk_db, desk_admin, language="ar"):
    from desk_app.config import Settings

    ctl = OutboxController(make_ctx(desk_db, desk_admin, Settings(desk_db.url, language)))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    return ctl


def column(ctl, c):
    t = ctl.view.table
    return [t.item(r, c).text() for r in range(t.rowCount())]


def test_send_now_goes_once_and_the_list_follows(qtbot, desk_db, desk_admin, arabic, queued,
                                                 gateway, key_store):
    messaging_settings.save(desk_db, desk_admin, smtp=None, smtp_password=None,
                            sms=SmsSettings(gateway.url, "DESK"), sms_token=gateway.token)
    ctl = screen(qtbot, desk_db, desk_admin)
    assert column(ctl, 4) == ["في الانتظار", "في الانتظار"]
    assert "في الانتظار: 2" in ctl.view.counts.text()
    # the number keeps its order inside the Arabic row
    assert column(ctl, 3) == ["\u202a+966561234567\u202c"] * 2
    qtbot.mouseClick(ctl.view.send_button, Qt.MouseButton.LeftButton)
    assert not ctl.view.send_button.isEnabled()          # busy while it runs
    qtbot.mouseClick(ctl.view.send_button, Qt.MouseButton.LeftButton)  # a second press
    settle(qtbot, ctl.ctx)
    qtbot.waitUntil(lambda: column(ctl, 4) == ["أُرسلت", "أُرسلت"], timeout=10000)
    assert len(gateway.requests) == 2                    # each message once
    assert "2" in ctl.view.banner.text() and ctl.view.banner.property("kind") == "ok"
    settle(qtbot, ctl.ctx)
    ctl.view.table.setCurrentCell(0, 0)
    assert "سارة الشهري" in ctl.view.text.toPlainText()
    assert not ctl.view.resend_button.isEnabled()        # a sent message is not resent
    if os.environ.get("DESK_SHOTS"):
        ctl.view.grab().save(os.path.join(os.environ["DESK_SHOTS"], "outbox-ar.png"))


def test_a_refused_message_can_be_sent_again_from_the_screen(qtbot, desk_db, desk_admin, arabic,
                                                            queued, gateway, key_store):
    messaging_settings.save(desk_db, desk_admin, smtp=None, smtp_password=None,
                            sms=SmsSettings(gateway.url, "DESK"), sms_token=gateway.token)
    gateway.status = 400
    ctl = screen(qtbot, desk_db, desk_admin)
    ctl.send_now()
    settle(qtbot, ctl.ctx)
    qtbot.waitUntil(lambda: column(ctl, 4) == ["تعذّر إرسالها"] * 2, timeout=10000)
    assert column(ctl, 6) == ["رفض الخادم هذه الرسالة. (\u202a400\u202c)"] * 2
    gateway.status = 201
    settle(qtbot, ctl.ctx)
    ctl.view.table.setCurrentCell(0, 0)
    assert ctl.view.resend_button.isEnabled()
    ctl.resend()
    settle(qtbot, ctl.ctx)
    qtbot.waitUntil(lambda: "في الانتظار" in column(ctl, 4), timeout=10000)


def test_settings_errors_beside_the_fields_and_the_form_keeps_what_was_typed(
        qtbot, desk_db, desk_admin, arabic, key_store):
    ctl = screen(qtbot, desk_db, desk_admin)
    v = ctl.view
    v.tabs.setCurrentIndex(1)
    type_text(v.sms_url, "http://sms.example")
    type_text(v.sms_token, "secret")
    ctl.save_settings()
    settle(qtbot, ctl.ctx)
    assert "https://" in v.boxes["sms_url"].error.text()
    assert v.boxes["sms_sender"].error.text() == "هذا الحقل مطلوب."
    assert v.sms_url.text() == "http://sms.example" and v.sms_token.text() == "secret"
    assert messaging_settings.current(desk_db) == (None, None)


def test_only_the_administrator_sees_the_sending_settings(qtbot, desk_db, arabic):
    clerk = Actor("r1", "reception", "reception", "موظف الاستقبال")
    ctl = screen(qtbot, desk_db, clerk)
    assert not ctl.view.tabs.isTabEnabled(1)
