"""The outbox against real protocol servers on loopback: an SMTP server (aiosmtpd) and an HTTP
server in the SMS gateway's shape. Arabic arrives intact; with both servers down nothing is lost
and everything goes when they come back; a sender killed mid-send never sends a message twice."""

from __future__ import annotations

import asyncio
import email
import os
import random
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from email.header import decode_header, make_header

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from sqlalchemy import select, text

from desk_app.domain import messaging as rules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import ValidationFailed
from desk_app.services import messaging_settings, outbox, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as request_service
from desk_app.services.transports import HttpSms, SmsSettings, Smtp, SmtpSettings
from desk_app.storage.requests_tables import Contact, Notification
from tests.services.messaging_servers import MailServer, SmsGateway

ASSOCIATION = "جمعية الذكر الحكيم بمحافظة أملج"


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def mail():
    server = MailServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def gateway():
    server = SmsGateway()
    server.start()
    yield server
    server.stop()


def smtp_for(server: MailServer) -> Smtp:
    return Smtp(SmtpSettings("127.0.0.1", server.port, security="none",
                             sender="desk@althikr.example", sender_name=ASSOCIATION))


def sms_for(server: SmsGateway) -> HttpSms:
    return HttpSms(SmsSettings(server.url, sender="ALTHIKR"), token=server.token)


@pytest.fixture
def request_id(desk_db, desk_admin, profile):
    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           email="noura@example.org", contact_channel_code="phone")
    person = registry.register(desk_db, desk_admin, form, branch_code="RYD").id
    r = request_service.create(desk_db, desk_admin, IntakeForm(
        person, "service_request", "phone", "طلب مساعدة", True, True, agreed_channel_code="phone"), branch_code="RYD",
        profile=profile)
    return r.id


def test_arabic_email_arrives_intact_and_is_the_request_notification(
        desk_db, desk_admin, profile, request_id, mail):
    mid = outbox.queue_for_request(desk_db, desk_admin, request_id, "decision", channel="email",
                                   profile=profile, extra={"decision": "مقبول"})
    report = outbox.send_due(desk_db, {"email": smtp_for(mail)}, profile=profile)
    assert (report.sent, report.retry_later, report.failed) == (1, 0, 0)
    [got] = mail.inbox
    assert str(make_header(decode_header(got["Subject"]))) == "القرار في طلبكم رقم RYD-2026-000001"
    # RFC 2047 decoding of the raw header (the new parser of Python 3.13.0 shows a space where
    # a long display name was folded into two encoded words; mail programs join them)
    raw_from = email.message_from_bytes(mail.raw[0])["From"]
    assert str(make_header(decode_header(raw_from))) == f"{ASSOCIATION} <desk@althikr.example>"
    assert got["To"] == "noura@example.org"
    body = got.get_content()
    assert body.strip() == ("المكرمة نورة القحطاني، صدر القرار في طلبكم رقم RYD-2026-000001 "
                            f"لدى {ASSOCIATION}: مقبول.")
    assert mid in got["Message-ID"]
    [row] = outbox.listing(desk_db, desk_admin)
    assert (row.status, row.attempts, row.sent_at) == (rules.SENT, 1, desk_db.clock())
    with desk_db.read() as s:
        [note] = s.scalars(select(Notification).where(Notification.request_id == request_id))
        assert note.text == body.strip() and note.channel_code == "email"
        kinds = s.scalars(select(Contact.kind).where(Contact.request_id == request_id)).all()
        assert "notification" in kinds


def test_sms_gateway_receives_the_expected_request(desk_db, desk_admin, profile, request_id,
                                                  gateway):
    outbox.queue_for_request(desk_db, desk_admin, request_id, "request_received", channel="sms",
                             profile=profile)
    assert outbox.send_due(desk_db, {"sms": sms_for(gateway)}, profile=profile).sent == 1
    [req] = gateway.requests
    assert req["path"] == "/v1/messages" and req["auth"] == "Bearer test-token"
    assert req["content_type"].startswith("application/json")
    assert req["json"] == {
        "recipients": ["966551112233"], "sender": "ALTHIKR",
        "body": "المكرمة نورة القحطاني، تم استلام طلبكم رقم RYD-2026-000001 لدى "
                f"{ASSOCIATION}، وسنبلغكم بالنتيجة."}
    assert outbox.listing(desk_db, desk_admin)[0].status == rules.SENT


def test_with_both_servers_down_messages_wait_and_go_once_they_are_back(
        desk_db, desk_admin, profile, request_id, clock):
    mail, gateway = MailServer(), SmsGateway()           # not started: nobody answers
    transports = {"email": smtp_for(mail), "sms": sms_for(gateway)}
    for channel in ("email", "sms", "email"):
        outbox.queue_for_request(desk_db, desk_admin, request_id, "request_complete",
                                 channel=channel, profile=profile)
    first = outbox.send_due(desk_db, transports, profile=profile)
    # one try per channel and run: a server that is away is not asked again in the same run
    assert (first.sent, first.retry_later) == (0, 2)
    assert outbox.send_due(desk_db, transports, profile=profile).retry_later == 1  # the 2nd e-mail
    assert outbox.counts(desk_db, desk_admin)[rules.QUEUED] == 3
    rows = outbox.listing(desk_db, desk_admin)
    assert all(r.attempts == 1 and r.next_attempt_at == clock.now + timedelta(minutes=1)
               and r.last_error.startswith("unreachable") for r in rows)
    # too early: nothing is tried again before its time
    assert outbox.send_due(desk_db, transports, profile=profile).retry_later == 0
    mail.start()
    gateway.start()
    try:
        clock.now += timedelta(minutes=2)
        for _ in range(3):
            outbox.send_due(desk_db, transports, profile=profile)
        assert outbox.counts(desk_db, desk_admin)[rules.SENT] == 3
        assert len(mail.inbox) == 2 and len(gateway.requests) == 1
    finally:
        mail.stop()
        gateway.stop()


def test_a_refused_message_fails_with_its_reason_and_can_be_resent(
        desk_db, desk_admin, profile, request_id, gateway):
    gateway.status = 400
    mid = outbox.queue_for_request(desk_db, desk_admin, request_id, "aid_ready", channel="sms",
                                   profile=profile)
    assert outbox.send_due(desk_db, {"sms": sms_for(gateway)}).failed == 1
    [row] = outbox.listing(desk_db, desk_admin, rules.FAILED)
    assert row.last_error == "rejected: 400"
    gateway.status = 201
    outbox.resend(desk_db, desk_admin, mid)
    assert outbox.send_due(desk_db, {"sms": sms_for(gateway)}).sent == 1
    with pytest.raises(ValidationFailed) as info:
        outbox.resend(desk_db, desk_admin, mid)          # sent: nothing to resend
    assert info.value.errors[0].code == "message_state"


def test_a_recipient_the_channel_cannot_use_is_refused_at_the_desk(desk_db, desk_admin):
    for channel, recipient, code in (("sms", "12345", "invalid_mobile"),
                                     ("email", "noura at example", "invalid_email"),
                                     ("email", "", "required"), ("fax", "x", "invalid_choice")):
        with pytest.raises(ValidationFailed) as info:
            outbox.queue(desk_db, desk_admin, event="decision", channel=channel,
                         recipient=recipient, values={})
        assert [e.code for e in info.value.errors] == [code]
    assert outbox.listing(desk_db, desk_admin) == []


SENDER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from desk_app.services import outbox
    from desk_app.services.transports import Smtp, SmtpSettings
    from desk_app.storage.db import Database
    url, port, now = sys.argv[1], int(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
    db = Database.open(url, clock=lambda: now)
    smtp = Smtp(SmtpSettings("127.0.0.1", port, security="none", sender="desk@althikr.example"))
    print("ready", flush=True)
    outbox.send_due(db, {"email": smtp}, limit=1000)
    print("done", flush=True)
""")


class _SlowInbox:
    """The mail server takes a moment per message, so kills land inside a send."""

    def __init__(self, inner):
        self.inner = inner

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        await asyncio.sleep(0.03)
        return await self.inner.handle_DATA(server, session, envelope)


def test_a_sender_killed_mid_send_never_sends_a_message_twice(
        desk_db, desk_admin, profile, request_id, clock):
    server = MailServer()
    inner = server.handler
    server.handler = _SlowInbox(inner)
    server.start()
    try:
        ids = [outbox.queue_for_request(desk_db, desk_admin, request_id, "request_received",
                                        channel="email", profile=profile) for _ in range(60)]
        rng = random.Random(11)
        kills = 0
        for _ in range(15):
            child = subprocess.Popen(
                [sys.executable, "-c", SENDER, desk_db.url, str(server.port),
                 clock.now.isoformat()], stdout=subprocess.PIPE, text=True)
            assert child.stdout.readline().strip() == "ready"
            try:
                child.wait(timeout=rng.uniform(0.0, 0.25))
            except subprocess.TimeoutExpired:
                os.kill(child.pid, signal.SIGKILL)
                kills += 1
            child.wait()
            child.stdout.close()
        clock.now += rules.STALE_AFTER + timedelta(minutes=1)
        outbox.send_due(desk_db, {"email": smtp_for(server)}, limit=1000)
        received = [m["Message-ID"] for m in inner.messages]
        per_id = {i: sum(i in r for r in received) for i in ids}
        statuses = {r.id: r.status for r in outbox.listing(desk_db, desk_admin)}
        assert kills >= 5
        assert max(per_id.values()) == 1, "a message went twice"
        assert all(statuses[i] in (rules.SENT, rules.UNCERTAIN) for i in ids), statuses
        assert all(per_id[i] == 1 for i in ids if statuses[i] == rules.SENT)
        if desk_db.url.startswith("sqlite"):
            with desk_db.read() as s:
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        server.stop()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A key store for the test run (the real one is the OS's: Windows, Secret Service)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):  # noqa: ANN001, ANN201
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):  # noqa: ANN001, ANN201
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):  # noqa: ANN001, ANN201
        self.secrets.pop((service, username), None)


@pytest.fixture
def key_store():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


def test_settings_keep_the_token_out_of_the_database_and_send(
        desk_db, desk_admin, profile, request_id, gateway, key_store):
    sms = SmsSettings(gateway.url, "ALTHIKR")
    assert messaging_settings.transports(desk_db) == {}
    messaging_settings.save(desk_db, desk_admin, smtp=None, smtp_password=None, sms=sms,
                            sms_token=gateway.token)
    assert list(key_store.secrets.values()) == [gateway.token]
    with desk_db.read() as s:
        dumped = " ".join(str(v) for v in s.execute(text("SELECT value FROM app_settings"))
                          .scalars())
        audit = " ".join(str(c) for c in s.execute(text("SELECT changes FROM audit_events"))
                         .scalars())
    assert gateway.token not in dumped and gateway.token not in audit
    outbox.queue_for_request(desk_db, desk_admin, request_id, "aid_ready", channel="sms",
                             profile=profile)
    found = messaging_settings.transports(desk_db)
    assert set(found) == {"sms"}
    assert outbox.send_due(desk_db, found).sent == 1 and len(gateway.requests) == 1


def test_without_a_key_store_nothing_is_saved(desk_db, desk_admin):
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(ValidationFailed) as info:
            messaging_settings.save(desk_db, desk_admin, smtp=None, smtp_password=None,
                                    sms=SmsSettings("https://api.example.sa", "X"),
                                    sms_token="secret")
    finally:
        keyring.set_keyring(before)
    assert info.value.errors[0].code == "keystore_unavailable"
    assert messaging_settings.current(desk_db) == (None, None)
    with pytest.raises(ValidationFailed) as info:
        messaging_settings.save(desk_db, desk_admin, smtp=SmtpSettings("", 0, sender="x"),
                                smtp_password=None, sms=SmsSettings("http://sms.example", ""),
                                sms_token=None)
    assert {e.field for e in info.value.errors} == {
        "smtp_host", "smtp_port", "smtp_sender", "sms_url", "sms_sender"}


def test_the_missing_documents_are_named_from_the_request(desk_db, desk_admin, profile,
                                                         request_id):
    outbox.queue_for_request(desk_db, desk_admin, request_id, "documents_missing",
                             channel="sms", profile=profile)
    [row] = outbox.listing(desk_db, desk_admin)
    names = [d.name_ar for d in request_service.get(desk_db, request_id).missing]
    assert names and f"ينقصه: {'، '.join(names)}." in row.body
