"""A double click (or a shortcut pressed again) on an action button records once: the committee's
decision, the notification, a saved form and an issued document. The service is slowed down so
the second activation surely comes while the first is still running."""

from PySide6.QtCore import Qt

from desk_app.domain.requests import IntakeForm
from desk_app.services import documents, registry, request_views
from desk_app.services import requests as svc
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.request import RequestController
from tests.ui.stall import slow, slow_kind
from tests.ui.test_beneficiary_form import GOOD, fill
from tests.ui.test_request_flow import choose, register_one
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle

DELAY = 0.3


def at_committee(db, actor, profile) -> str:
    bid = register_one(db, actor)
    d = svc.create(db, actor, IntakeForm(bid, "service_request", "phone", "سلة غذائية", True,
                                         True, agreed_channel_code="phone"), branch_code="RYD", profile=profile)
    for row in d.checklist:
        svc.verify_document(db, actor, d.id, row.document_code, seen=True, matches=True,
                            profile=profile)
    return svc.send_to_committee(db, actor, d.id, profile=profile).id


def double(qtbot, button, again):
    """Two clicks as a double click gives them, then the action called once more directly."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()          # busy at once
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert again() in (False, None)        # refused while the first one runs


def open_request(qtbot, desk_db, desk_admin):
    ctx = make_ctx(desk_db, desk_admin)
    rid = at_committee(desk_db, desk_admin, ctx.profile)
    ctl = RequestController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.show()
    ctl.enter({"open": rid})
    settle(qtbot, ctx)
    return ctx, ctl, rid


def test_decision_and_notification_record_once(qtbot, desk_db, desk_admin, arabic, monkeypatch):
    ctx, ctl, rid = open_request(qtbot, desk_db, desk_admin)
    v = ctl.view
    monkeypatch.setattr(svc, "decide", slow(svc.decide, DELAY))
    choose(v.decision.decision, "rejected")
    type_text(v.decision.reason, "لا تنطبق شروط الخدمة")
    double(qtbot, v.decision.record_button, lambda: ctl.run(lambda db: None, {}, ""))
    settle(qtbot, ctx)
    assert len(request_views.get(desk_db, rid).decisions) == 1
    assert ctl.detail.status == "rejected"

    monkeypatch.setattr(svc, "record_notification", slow(svc.record_notification, DELAY))
    double(qtbot, v.notify.record_button, ctl.notify)
    settle(qtbot, ctx)
    assert len(request_views.get(desk_db, rid).notifications) == 1
    assert "تم تسجيل الإبلاغ" in v.banner.text()


def test_issuing_a_document_twice_archives_it_once(qtbot, desk_db, desk_admin, arabic,
                                                    monkeypatch):
    ctx, ctl, _rid = open_request(qtbot, desk_db, desk_admin)
    docs = ctl.documents
    slow_kind(monkeypatch, "declaration", DELAY)
    double(qtbot, docs.button("declaration"), lambda: docs.issue("declaration"))
    assert not docs.button("receipt").isEnabled()   # no other document of this request meanwhile
    settle(qtbot, ctx)
    assert documents.count(desk_db) == 1 and docs.last_issued.kind == "declaration"


def test_saving_a_new_beneficiary_twice_registers_once(qtbot, desk_db, desk_admin, arabic,
                                                       monkeypatch):
    ctx = make_ctx(desk_db, desk_admin)
    ctl = BeneficiaryController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.show()
    fill(ctl, **GOOD)
    monkeypatch.setattr(registry, "register", slow(registry.register, DELAY))
    double(qtbot, ctl.view.save_button, ctl.save)
    settle(qtbot, ctx)
    assert len(registry.search(desk_db, "").rows) == 1 and ctl.beneficiary_id
