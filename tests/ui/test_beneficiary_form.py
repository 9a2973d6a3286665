"""The beneficiary form: an Arabic message beside each invalid field, nothing typed lost,
duplicates shown before a second file is opened, storage failures as messages."""


import pytest
from PySide6.QtCore import Qt

from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry
from desk_app.storage.db import Database
from desk_app.ui.screens.beneficiary import BeneficiaryController
from tests.ui.typing import leave, type_text
from tests.ui.waiting import make_ctx, settle


def make_form(qtbot, db, actor) -> BeneficiaryController:
    ctx = make_ctx(db, actor)
    ctl = BeneficiaryController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 700)
    ctl.view.show()
    return ctl


def save(qtbot, ctl, **kw) -> bool:
    """Save and wait for the outcome; True when the record was saved."""
    saved = []
    ctl.saved.connect(saved.append)
    ctl.save(**kw)
    settle(qtbot, ctl.ctx)
    return bool(saved)


def fill(ctl, **values):
    for name, text in values.items():
        widget = ctl.view.inputs[name]
        if name == "birth_date":
            widget.edit.clear()
            type_text(widget.edit, text)
        elif name in ("gender", "id_type"):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.clear()
            type_text(widget, text)


GOOD = dict(first_name="خالد", father_name="سعد", grandfather_name="ناصر", family_name="المطيري",
            id_number=make_saudi_id(1, "12312312"), gender="male", birth_date="05/05/1988",
            mobile="0561112233")


def error_of(ctl, name):
    box = ctl.view.boxes[name]
    return box.error.text() if box.error.isVisible() else ""


def test_field_is_checked_when_left(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, id_number="1234567890")
    leave(ctl.view.inputs["id_number"])
    assert error_of(ctl, "id_number") == "رقم الهوية غير صحيح (رقم التحقق). راجعه رقماً رقماً."
    assert error_of(ctl, "mobile") == ""  # not yet visited: no message
    fill(ctl, mobile="0112345678")
    leave(ctl.view.inputs["mobile"])
    assert error_of(ctl, "mobile") == "هذا رقم هاتف ثابت؛ المطلوب رقم جوال."
    fill(ctl, id_number=GOOD["id_number"])
    leave(ctl.view.inputs["id_number"])
    assert error_of(ctl, "id_number") == ""


@pytest.mark.parametrize("field, bad, message", [
    ("first_name", "", "هذا الحقل مطلوب."),
    ("family_name", "المطيري2", "لا يمكن أن يحتوي الاسم على أرقام."),
    ("id_number", "123", "رقم الهوية يجب أن يتكون من 10 أرقام بالضبط."),
    ("birth_date", "31/02/1988", "تاريخ غير صحيح أو غير موجود: راجع اليوم والشهر، واكتبه يوم/شهر/سنة، مثل 18/05/1990."),
    ("birth_date", "01/01/1410", "يبدو أن هذه سنة هجرية: اختر «هجري» بجانب التاريخ."),
    ("building_no", "12a", "رقم المبنى: 4 أرقام."),
    ("birth_date", "01/01/2030", "لا يمكن أن يكون التاريخ في المستقبل."),
    ("mobile", "05611", "ليس رقم جوال صحيحاً. السعودي: 05XXXXXXXX؛ ولغير السعودي ابدأ بـ + أو 00."),
    ("email", "khaled@", "عنوان البريد الإلكتروني غير صحيح."),
    ("postal_code", "123", "الرمز البريدي: 5 أرقام."),
    ("short_address", "ABCD12", "العنوان المختصر: 4 أحرف و4 أرقام، مثل RRRD2929."),
])
def test_save_shows_each_error_beside_its_field_and_keeps_everything(
        qtbot, desk_db, desk_admin, arabic, field, bad, message):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **{**GOOD, field: bad})
    typed = ctl.read_form()
    assert save(qtbot, ctl) is False
    assert error_of(ctl, field) == message
    others = [n for n in ctl.view.boxes if n != field and error_of(ctl, n)]
    assert others == []
    assert ctl.read_form() == typed  # nothing typed is lost
    assert ctl.view.banner.isVisible()
    assert registry.search(desk_db, "").rows == ()


def test_duplicate_is_shown_and_can_be_opened_instead(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    assert save(qtbot, ctl) is True
    ctl.new()
    # the same person again, spelled differently, with the same ID
    fill(ctl, **{**GOOD, "first_name": "خالد", "family_name": "المطيرى"})
    assert save(qtbot, ctl) is False
    assert ctl.view.dup_panel.isVisible()
    assert ctl.view.dup_table.item(0, 5).text() == "نفس وثيقة الهوية، نفس الاسم وتاريخ الميلاد، نفس الاسم ورقم الجوال"
    # the facts to compare, side by side with what was typed (issue 18)
    assert ctl.view.dup_table.item(0, 3).text() == "19/09/1408 هـ الموافق 05/05/1988 م"
    assert ctl.view.dup_table.item(0, 4).text() == "+966561112233"
    assert not ctl.view.dup_register.isEnabled()  # same ID: never a second file
    qtbot.mouseClick(ctl.view.dup_open, Qt.MouseButton.LeftButton)
    settle(qtbot, ctl.ctx)
    assert ctl.beneficiary_id is not None
    assert ctl.view.title.text().startswith("ملف المستفيد RYD-")
    assert len(registry.search(desk_db, "").rows) == 1


def test_similar_person_can_be_registered_after_looking(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    save(qtbot, ctl)
    ctl.new()
    fill(ctl, **{**GOOD, "id_number": make_saudi_id(1, "99988877"), "mobile": "0569998877"})
    assert save(qtbot, ctl) is False and ctl.view.dup_register.isEnabled()
    with qtbot.waitSignal(ctl.saved):
        qtbot.mouseClick(ctl.view.dup_register, Qt.MouseButton.LeftButton)
    settle(qtbot, ctl.ctx)
    assert len(registry.search(desk_db, "").rows) == 2


def test_edit_shows_who_changed_what(qtbot, desk_db, desk_admin, arabic, clock):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    save(qtbot, ctl)
    clock.now = clock.now.replace(hour=11)
    fill(ctl, city="الطائف")
    assert save(qtbot, ctl) is True
    rows = [[ctl.view.history.item(r, c).text() for c in range(5)]
            for r in range(ctl.view.history.rowCount())]
    assert ["المدينة", "", "الطائف"] == rows[0][2:]
    assert rows[0][1] == "admin"


def test_read_only_database_gives_a_message_and_keeps_the_form(
        qtbot, tmp_path, desk_db, desk_admin, arabic):
    path = desk_db.url.removeprefix("sqlite:///")
    ro = Database.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    ctl = make_form(qtbot, ro, desk_admin)
    fill(ctl, **GOOD)
    typed = ctl.read_form()
    assert save(qtbot, ctl) is False
    assert "لا يمكن الكتابة في قاعدة البيانات" in ctl.view.banner.text()
    assert ctl.read_form() == typed
    ro.dispose()


def test_double_click_on_save_creates_one_record(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    qtbot.mouseClick(ctl.view.save_button, Qt.MouseButton.LeftButton)
    assert not ctl.view.save_button.isEnabled()    # busy while saving
    qtbot.mouseClick(ctl.view.save_button, Qt.MouseButton.LeftButton)   # the double click
    assert ctl.save() is False                     # a second save while it runs is refused
    settle(qtbot, ctl.ctx)
    assert ctl.view.save_button.isEnabled()
    assert len(registry.search(desk_db, "").rows) == 1


def test_tab_goes_through_the_form_in_reading_order(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    i = ctl.view.inputs
    order = [i["first_name"], i["father_name"], i["grandfather_name"], i["family_name"],
             i["id_type"], i["id_number"]]

    def next_tab(w):
        n = w.nextInFocusChain()
        while not (n.focusPolicy() & Qt.FocusPolicy.TabFocus) or not n.isEnabled():
            n = n.nextInFocusChain()
        return n

    for a, b in zip(order, order[1:], strict=False):
        assert next_tab(a) is b, a.objectName()
    assert next_tab(i["mobile"]) is i["email"]
    assert next_tab(i["birth_date"].calendar) is i["mobile"]
    assert next_tab(i["family_name"]) is i["id_type"]


def test_esc_asks_before_throwing_away_typed_data(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    left = []
    ctl.navigate.connect(lambda name, _arg: left.append(name))
    ctl.back()
    assert left == ["registry"]  # nothing typed: leaves at once
    fill(ctl, first_name="خالد", mobile="0561112233")
    ctl.ctx.dialogs.unsaved_answer = "cancel"
    ctl.back()
    assert left == ["registry"] and ctl.view.inputs["first_name"].text() == "خالد"
    assert ctl.ctx.dialogs.messages[-1][:2] == ("unsaved", "تغييرات غير محفوظة")
    ctl.ctx.dialogs.unsaved_answer = "discard"
    ctl.back()
    assert left == ["registry", "registry"]
    assert ctl.view.inputs["first_name"].text() == "" and not ctl.is_dirty()


def test_file_lists_requests_and_warns_before_a_second_open_one(qtbot, desk_db, desk_admin,
                                                               arabic):
    from desk_app.domain.requests import IntakeForm
    from desk_app.services import requests as request_service

    ctl = make_form(qtbot, desk_db, desk_admin)
    fill(ctl, **GOOD)
    assert save(qtbot, ctl)
    bid = ctl.beneficiary_id
    intake = IntakeForm(beneficiary_id=bid, service_code="service_request", channel_code="phone",
                        description="سلة غذائية", consent_terms=True, consent_data=True, agreed_channel_code="phone")
    made = request_service.create(desk_db, desk_admin, intake, branch_code="RYD",
                                  profile=ctl.ctx.profile)
    ctl.open(bid)
    settle(qtbot, ctl.ctx)
    assert ctl.view.tabs.tabText(2) == "الطلبات (1)"
    assert ctl.view.requests.table.item(0, 0).text() == made.number
    went = []
    ctl.navigate.connect(lambda name, arg: went.append((name, arg)))
    ctl.ctx.dialogs.confirm_answer = False
    ctl.new_request()
    assert went[-1][0] == "request" and went[-1][1]["open"] == made.id
    assert "لدى هذا المستفيد طلب مفتوح" in ctl.ctx.dialogs.messages[-1][2]
    ctl.ctx.dialogs.confirm_answer = True
    ctl.new_request()
    assert went[-1][1]["new_for"] == bid
