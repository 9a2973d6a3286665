"""The online forms screen: a 200-row export brought in off the GUI thread, each form's match
in words, the review box following the selection, a request made on the website channel, a
conversion refused with the reason beside the field, a file that cannot be read said once."""

from __future__ import annotations

import os
from datetime import datetime

from desk_app import i18n
from desk_app.config import Settings
from desk_app.services import staff
from desk_app.ui.screens.online_arrivals import OnlineController
from desk_app.ui.widgets.fields import set_combo_code
from tests.services.online_exports import build
from tests.ui.waiting import make_ctx, settle

SHOTS = os.environ.get("DESK_SHOTS", "")


def screen(qtbot, db, actor, lang="ar"):
    ctl = OnlineController(make_ctx(db, actor, Settings(db.url, lang)))
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    return ctl


def test_bring_in_review_and_convert(qtbot, desk_db, desk_admin, tmp_path, arabic):
    path = tmp_path / "export.csv"
    build(desk_db, desk_admin, path, datetime(2026, 11, 20, 8, 0))
    clerk = staff.create(desk_db, desk_admin, "desk1", "desk1-pass-2026", "موظفة الاستقبال",
                         "reception")
    ctl = screen(qtbot, desk_db, clerk)
    v = ctl.view
    assert ctl.bring_in(str(path))
    settle(qtbot, ctl.ctx)
    assert v.banner.text() == ("200 نموذجًا جديدًا، و0 في قائمة المراجعة من قبل "
                               "(\u202aexport.csv\u202c).")
    assert v.table.rowCount() == 200
    assert v.table.item(0, 5).text() == "غير مسجل في السجل"
    assert v.table.item(120, 5).text().startswith("مسجل: RYD-")
    assert v.table.item(160, 6).text().startswith("رقم الهوية غير صحيح")

    v.table.setCurrentCell(121, 0)  # a registered person's form: their file first
    assert v.person.currentText().startswith("RYD-") and v.person.count() == 2
    if SHOTS:
        v.grab().save(os.path.join(SHOTS, "online-ar.png"))
    v.table.setCurrentCell(0, 0)
    assert v.service.currentData() == "support_request" and v.consent.isChecked()
    assert v.person.currentText() == "تسجيل مستفيد جديد"
    assert ctl.convert()
    settle(qtbot, ctl.ctx)
    assert v.banner.text().startswith("تم: RYD-") and "عبر الموقع" in v.banner.text()
    assert v.table.rowCount() == 199

    v.table.setCurrentCell(0, 0)
    set_combo_code(v.service, "")
    assert ctl.convert()
    settle(qtbot, ctl.ctx)
    assert v.boxes["service_code"].error.text() == "هذا الحقل مطلوب."
    assert v.table.rowCount() == 199  # still waiting

    (tmp_path / "empty.csv").write_bytes(b"")
    assert ctl.bring_in(str(tmp_path / "empty.csv"))
    settle(qtbot, ctl.ctx)
    assert v.banner.text() == "الملف فارغ."


def test_in_english(qtbot, qapp, desk_db, desk_admin, tmp_path):
    path = tmp_path / "export.csv"
    build(desk_db, desk_admin, path, datetime(2026, 11, 20, 8, 0))
    i18n.install(qapp, "en")
    try:
        ctl = screen(qtbot, desk_db, desk_admin, "en")
        assert ctl.bring_in(str(path))
        settle(qtbot, ctl.ctx)
        ctl.view.table.setCurrentCell(195, 0)  # a complaint
        assert ctl.view.convert_button.text() == "File the complaint"
        assert ctl.view.table.item(0, 5).text() == "Not in the registry"
        if SHOTS:
            ctl.view.grab().save(os.path.join(SHOTS, "online-en.png"))
    finally:
        i18n.install(qapp, "ar")
