"""Intake asks how the person will be told the outcome (issue 21): the field starts on their
preferred channel; where the policy names the agreed channel (seed 000, the desk fixture's
preset) a person without one cannot leave it blank — the Arabic message stands beside the field,
what was typed stays, nothing is opened — and the chosen channel is the request's."""

from __future__ import annotations

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry
from desk_app.ui.screens.request import RequestController
from desk_app.ui.widgets.fields import combo_code
from tests.ui.test_request_flow import choose
from tests.ui.waiting import make_ctx, settle


def _intake(qtbot, db, actor, channel) -> RequestController:
    bid = registry.register(db, actor, BeneficiaryForm(
        first_name="هند", father_name="سالم", grandfather_name="علي", family_name="الدوسري",
        id_number=make_saudi_id(1, "76543210"), gender="female", birth_date="02/04/1991",
        mobile="0557654321", contact_channel_code=channel), branch_code="RYD").id
    ctx = make_ctx(db, actor)
    ctl = RequestController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.enter({"new_for": bid})
    settle(qtbot, ctx)
    i = ctl.view.intake
    choose(i.service, "service_request")
    choose(i.channel, "interview")
    i.description.setPlainText("طلب سلة غذائية")
    i.consent_terms.setChecked(True)
    i.consent_data.setChecked(True)
    return ctl


def test_no_request_without_the_agreed_channel_where_the_policy_asks_it(qtbot, desk_db,
                                                                        desk_admin, arabic):
    ctl = _intake(qtbot, desk_db, desk_admin, "")
    i = ctl.view.intake
    assert combo_code(i.agreed_channel) == ""
    ctl.create()
    settle(qtbot, ctl.ctx)
    assert ctl.detail is None
    box = i.boxes["agreed_channel_code"]
    assert box.error.isVisible() and "الوسيلة المتفق عليها" in box.error.text()
    assert i.description.toPlainText() == "طلب سلة غذائية"
    choose(i.agreed_channel, "letters")
    ctl.create()
    settle(qtbot, ctl.ctx)
    assert ctl.detail is not None and ctl.detail.agreed_channel_code == "letters"
    assert not i.agreed_channel.isEnabled() and combo_code(i.agreed_channel) == "letters"


def test_the_field_starts_on_the_preferred_channel(qtbot, desk_db, desk_admin, arabic):
    ctl = _intake(qtbot, desk_db, desk_admin, "phone")
    assert combo_code(ctl.view.intake.agreed_channel) == "phone"
    ctl.create()
    settle(qtbot, ctl.ctx)
    assert ctl.detail.agreed_channel_code == "phone"
