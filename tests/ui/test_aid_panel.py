"""The request screen's "Aid given" tab in Arabic (issue 20): a bad amount and IBAN get their
Arabic messages beside the fields and the form keeps what was typed; the delivery serves the
request and is listed; a second member of the same household is warned before saving and the
aid is recorded only with a reason; the receipt is printed (previewed) and its signed copy
attached. Screenshots of the tab in Arabic and English at 1366×768 go to $DESK_SCREENSHOTS."""

from __future__ import annotations

import os
from pathlib import Path

from desk_app import i18n
from desk_app.services import aid
from desk_app.services import profile as profile_service
from tests.services.test_aid import IBAN, PNG, approved, cash
from tests.services.test_aid import family as family  # noqa: F401 - fixture
from tests.ui.test_registry_flow import sign_in
from tests.ui.typing import type_text
from tests.ui.waiting import settle
from tests.ui.windows import signed_in_window


def choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def _open(qtbot, window, request_id):
    ctl = window.shell.show_screen("request", {"open": request_id})
    settle(qtbot, window)
    ctl.view.tabs.setCurrentWidget(ctl.view.tabs.widget(2))
    settle(qtbot, window)
    return ctl


def _shots() -> Path | None:
    folder = os.environ.get("DESK_SCREENSHOTS")
    return Path(folder) if folder else None


def test_aid_tab_records_warns_and_keeps_the_form(qtbot, window, desk_db, family, tmp_path):  # noqa: F811
    sign_in(qtbot, window)
    admin = window.shell.ctx.actor
    profile = profile_service.current(desk_db)
    son_request = approved(desk_db, admin, profile, family["son"]).id
    aid.record(desk_db, admin, son_request, cash(), profile=profile)
    rid = approved(desk_db, admin, profile, family["wife"]).id
    ctl = _open(qtbot, window, rid)
    f, lst = ctl.view.aid.form, ctl.view.aid.list
    assert f.isEnabled() and lst.empty.isVisible()
    assert not f.warning.isVisible()  # no kind chosen yet

    choose(f.kind, "cash")
    settle(qtbot, window)
    # the repeat is shown before anything is saved: the son's cash this week
    assert f.warning.isVisible()
    assert "سعد" in f.warning.text() and f.repeat_reason.isVisibleTo(f)
    choose(f.payment_method, "iban")
    type_text(f.amount, "ألف")
    type_text(f.iban, "SA00 1234")
    f.record_button.click()
    settle(qtbot, window)
    assert f.boxes["amount"].error.text() == "اكتب المبلغ بالريال، مثل 1500 أو 1500.50."
    assert f.boxes["iban"].error.text().startswith("رقم الآيبان غير صحيح")
    assert f.amount.text() == "ألف" and f.iban.text() == "SA00 1234"  # kept as typed
    assert aid.for_request(desk_db, admin, rid) == []

    f.amount.clear()
    type_text(f.amount, "٧٠٠")
    f.iban.clear()
    type_text(f.iban, IBAN)
    f.record_button.click()
    settle(qtbot, window)
    assert f.boxes["repeat_reason"].error.isVisible()  # a repeat needs its reason
    assert aid.for_request(desk_db, admin, rid) == []
    type_text(f.repeat_reason, "إيجار متأخر بقرار اللجنة")
    _grab(window, "ar-aid-form")
    f.record_button.click()
    settle(qtbot, window)
    (given,) = aid.for_request(desk_db, admin, rid)
    assert (given.amount_halalas, given.note) == (70000, "إيجار متأخر بقرار اللجنة")
    assert ctl.detail.status == "served" and ctl.view.status.text() == "قُدمت الخدمة"
    assert lst.table.rowCount() == 1 and "700" in lst.table.item(0, 2).text()
    assert f.amount.text() == "" and not f.warning.isVisible()  # ready for the next one

    lst.print_button.click()
    settle(qtbot, window)
    assert ctl.aid_preview.isVisible()  # the archived receipt, to print for signing
    ctl.aid_preview.close()
    scan = tmp_path / "signed.png"
    scan.write_bytes(PNG)
    ctl.attach_signed_receipt(str(scan))
    settle(qtbot, window)
    assert lst.table.item(0, 3).text() == "النسخة الموقّعة محفوظة"
    _grab(window, "ar-aid")


def _grab(window, name: str) -> None:
    folder = _shots()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / f"{name}.png"))


def test_aid_tab_in_english_fits(qtbot, qapp, desk_db, family):  # noqa: F811
    try:
        window = signed_in_window(qtbot, qapp, desk_db, "en", ask_policy=False, idle_minutes=0)
        admin = window.shell.ctx.actor
        profile = profile_service.current(desk_db)
        rid = approved(desk_db, admin, profile, family["head"]).id
        aid.record(desk_db, admin, rid, cash(), profile=profile)
        ctl = _open(qtbot, window, rid)
        choose(ctl.view.aid.form.kind, "in_kind")
        settle(qtbot, window)
        assert ctl.view.aid.form.items.isVisibleTo(ctl.view.aid.form)
        assert ctl.view.aid.list.table.rowCount() == 1
        assert (window.width(), window.height()) == (1366, 768)
        _grab(window, "en-aid")
    finally:
        i18n.install(qapp, "ar")
