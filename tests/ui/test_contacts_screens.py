"""The quick contact entry on a beneficiary's file and on its own screen, and the manager's
enquiries of the day: errors beside the fields with what was typed kept, the history and the
day's list following what was saved, and an enquiry passed on answered from the list."""

from __future__ import annotations

import os

import pytest

from desk_app import i18n
from desk_app.config import Settings
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry, staff
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.enquiries import ContactNewController, EnquiriesController
from desk_app.ui.widgets.fields import set_combo_code
from tests.ui.typing import type_text
from tests.ui.waiting import make_ctx, settle

SHOTS = os.environ.get("DESK_SHOTS", "")


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


@pytest.fixture
def people(desk_db, desk_admin):
    person = registry.register(desk_db, desk_admin, BeneficiaryForm(
        first_name="هند", father_name="سعد", grandfather_name="علي", family_name="العتيبي",
        id_number=make_saudi_id(1, "33445566"), gender="female", birth_date="01/01/1990",
        mobile="0551234567"), branch_code="RYD")
    clerk = staff.create(desk_db, desk_admin, "desk1", "desk1-pass-2026", "موظفة الاستقبال",
                         "reception")
    officer = staff.create(desk_db, desk_admin, "officer1", "officer1-pass-2026",
                           "ضابط الاتصال", "researcher")
    manager = staff.create(desk_db, desk_admin, "boss", "boss-pass-2026", "المدير", "manager")
    return person, clerk, officer, manager


def show(qtbot, ctl, lang="ar"):
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctl.ctx)
    return ctl


def test_a_call_recorded_on_the_file_shows_in_its_contacts(qtbot, desk_db, people, arabic):
    person, clerk, _officer, _manager = people
    ctl = show(qtbot, BeneficiaryController(make_ctx(desk_db, clerk)))
    ctl.open(person.id)
    settle(qtbot, ctl.ctx)
    ctl.view.tabs.setCurrentIndex(ctl.contacts_tab)
    entry = ctl.contacts.entry
    assert entry.isVisible() and not entry.person_name.isVisible()  # a known person
    set_combo_code(entry.channel, "phone")
    type_text(entry.summary, "تسأل عن موعد صرف السلة")
    type_text(entry.answer, "بعد أسبوعين")
    assert entry.save()
    settle(qtbot, ctl.ctx)
    table = ctl.contacts.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 3).text() == "تسأل عن موعد صرف السلة"
    assert table.item(0, 4).text() == "أُجيب: بعد أسبوعين"
    assert entry.banner.text() == "سُجّل التواصل."
    shot(ctl.view, "contact-file-ar.png")


def test_the_standalone_entry_names_each_missing_field_and_keeps_the_text(
        qtbot, desk_db, people, arabic):
    _person, clerk, officer, manager = people
    ctl = show(qtbot, ContactNewController(make_ctx(desk_db, clerk)))
    entry = ctl.view.entry
    type_text(entry.summary, "يسأل عن شروط التسجيل")
    entry.passed.setChecked(True)
    assert entry.save()
    settle(qtbot, ctl.ctx)
    assert entry.boxes["person_name"].error.text() == "هذا الحقل مطلوب."
    assert entry.boxes["channel_code"].error.text() == "هذا الحقل مطلوب."
    assert entry.boxes["passed_to"].error.text() == "هذا الحقل مطلوب."
    assert entry.summary.toPlainText() == "يسأل عن شروط التسجيل"  # nothing typed is lost

    type_text(entry.person_name, "أبو فهد")
    type_text(entry.person_phone, "0559876543")
    set_combo_code(entry.channel, "phone")
    set_combo_code(entry.passed_to, officer.id)
    shot(ctl.view, "contact-new-ar.png")
    assert entry.save()
    settle(qtbot, ctl.ctx)
    assert entry.person_name.text() == "" and entry.banner.isVisible()

    board = show(qtbot, EnquiriesController(make_ctx(desk_db, manager)))
    assert board.view.table.rowCount() == 1
    assert board.view.table.item(0, 1).text() == "أبو فهد"
    assert board.view.table.item(0, 6).text() == "أُحيل إلى: ضابط الاتصال"
    assert "بانتظار الرد: 1" in board.view.counts.text()
    board.view.table.setCurrentCell(0, 0)
    type_text(board.view.answer, "أُبلغ بالشروط")
    shot(board.view, "enquiries-ar.png")
    assert board.record_answer()
    settle(qtbot, board.ctx)
    assert board.view.table.item(0, 6).text() == "أُجيب: أُبلغ بالشروط"
    assert "بانتظار الرد: 0" in board.view.counts.text()


def test_the_screens_in_english(qtbot, qapp, desk_db, people):
    _person, clerk, _officer, manager = people
    settings = Settings(desk_db.url, "en")
    i18n.install(qapp, "en")
    try:
        ctl = show(qtbot, ContactNewController(make_ctx(desk_db, clerk, settings)))
        assert ctl.view.title.text() == "Record an enquiry"
        assert ctl.view.entry.answered.text() == "Answered now"
        shot(ctl.view, "contact-new-en.png")
        board = show(qtbot, EnquiriesController(make_ctx(desk_db, manager, settings)))
        assert board.view.title.text() == "Enquiries of the day"
        shot(board.view, "enquiries-en.png")
    finally:
        i18n.install(qapp, "ar")


def test_from_the_registry_a_contact_goes_on_the_selected_file(qtbot, window, desk_db, people):
    from tests.ui.test_registry_flow import search, sign_in

    person, *_ = people
    sign_in(qtbot, window)
    reg = window.shell.controllers["registry"]
    assert search(qtbot, reg, "هند العتيبي")
    reg.view.table.setCurrentIndex(reg.model.index(0, 0))
    reg.record_contact()
    settle(qtbot, window)
    form = window.shell.controllers["beneficiary"]
    assert form.beneficiary_id == person.id
    assert form.view.tabs.currentIndex() == form.contacts_tab
    reg.view.table.clearSelection()
    reg.view.table.setCurrentIndex(reg.model.index(-1, -1))
    reg.record_contact()
    settle(qtbot, window)
    assert window.shell.stack.currentWidget() is window.shell.controllers["contact_new"].view
