"""Contact officers on screen: the administrator names them per category and field, the file
names the officer, and the officer's queue lists their people's open requests, complaints and
enquiries (the manager may look at anyone's)."""

from __future__ import annotations

import os

from desk_app import i18n
from desk_app.config import Settings
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.officers import OfficerAssignController, OfficerQueueController
from desk_app.ui.widgets.fields import set_combo_code
from tests.services.test_officers import office  # noqa: F401 - the fixture
from tests.ui.waiting import make_ctx, settle

SHOTS = os.environ.get("DESK_SHOTS", "")


def show(qtbot, ctl):
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    return ctl


def test_the_officers_queue_and_the_file(qtbot, desk_db, desk_admin, office, arabic):  # noqa: F811
    _p, a, b, fam, _ind, reqs, filed, _passed, _about = office
    ctl = show(qtbot, OfficerQueueController(make_ctx(desk_db, a)))
    v = ctl.view
    assert not v.officer.isVisible()  # an officer sees their own queue
    assert v.scope.text().startswith("مسؤول عن: ") and "طلب دعم" in v.scope.text()
    assert v.items.rowCount() == 3 and v.enquiries.rowCount() == 2
    numbers = {v.items.item(r, 2).text() for r in range(3)}
    assert numbers == {reqs["fam"].number, reqs["ind_support"].number, filed.number}
    assert v.items_label.text() == "الطلبات والشكاوى المفتوحة: 3"
    if SHOTS:
        v.grab().save(os.path.join(SHOTS, "officer-queue-ar.png"))
    form = show(qtbot, BeneficiaryController(make_ctx(desk_db, b)))
    form.open(fam)
    settle(qtbot, form.ctx)
    assert form.view.title.text().endswith("ضابط الاتصال: هدى")


def test_the_administrator_names_the_officers(qtbot, desk_db, desk_admin, office, arabic):  # noqa: F811
    _p, a, b, *_ = office
    ctl = show(qtbot, OfficerAssignController(make_ctx(desk_db, desk_admin)))
    combos = {(scope, code): combo for scope, code, combo in ctl.rows}
    assert combos[("category", "family")].currentData() == a.id
    set_combo_code(combos[("category", "family")], b.id)
    set_combo_code(combos[("service", "service_request")], a.id)
    if SHOTS:
        ctl.view.grab().save(os.path.join(SHOTS, "officers-assign-ar.png"))
    assert ctl.save()
    settle(qtbot, ctl.ctx)
    assert ctl.view.banner.text() == "حُفظ (تغيّر 2)."
    manager_view = show(qtbot, OfficerQueueController(make_ctx(desk_db, desk_admin)))
    assert manager_view.view.officer.isVisible()
    set_combo_code(manager_view.view.officer, b.id)
    manager_view.refresh()
    settle(qtbot, manager_view.ctx)
    assert manager_view.view.items.rowCount() == 4  # the family file's request and complaint too


def test_in_english(qtbot, qapp, desk_db, desk_admin, office):  # noqa: F811
    _p, a, *_ = office
    i18n.install(qapp, "en")
    try:
        ctl = show(qtbot, OfficerQueueController(make_ctx(desk_db, a, Settings(desk_db.url,
                                                                                "en"))))
        assert ctl.view.items_label.text() == "Open requests and complaints: 3"
        if SHOTS:
            ctl.view.grab().save(os.path.join(SHOTS, "officer-queue-en.png"))
    finally:
        i18n.install(qapp, "ar")
