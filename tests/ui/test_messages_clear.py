"""Messages go once the fields are fixed (issue 18): a field's message as soon as its value is
right, the message line's "some fields need correcting" with the last of them; a half-typed
value keeps the message being read."""

from desk_app.domain.identifiers import make_saudi_id
from tests.ui.test_beneficiary_form import GOOD, error_of, fill, make_form, save
from tests.ui.typing import type_text


def test_field_messages_and_the_message_line_clear_when_fixed(qtbot, desk_db, desk_admin,
                                                              arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    assert save(qtbot, ctl) is False
    banner = ctl.view.banner
    assert banner.isVisible() and banner.text() == "بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها."
    assert error_of(ctl, "first_name") == "هذا الحقل مطلوب."
    type_text(ctl.view.inputs["first_name"], "خ")  # still in the field: fixed already
    assert error_of(ctl, "first_name") == ""
    assert banner.isVisible()  # other fields still need correcting

    before = error_of(ctl, "id_number")
    assert before
    type_text(ctl.view.inputs["id_number"], "10")  # half typed: the same message, not a new one
    assert error_of(ctl, "id_number") == before
    ctl.view.inputs["id_number"].clear()
    type_text(ctl.view.inputs["id_number"], make_saudi_id(1, "12312312"))
    assert error_of(ctl, "id_number") == ""

    fill(ctl, **GOOD)
    assert all(box.error.isHidden() for box in ctl.view.boxes.values())
    assert not banner.isVisible()
    assert save(qtbot, ctl) is True


def test_the_hijri_hint_is_said_once(qtbot, desk_db, desk_admin, arabic):
    ctl = make_form(qtbot, desk_db, desk_admin)
    date = ctl.view.inputs["birth_date"]
    ctl.view.activateWindow()
    qtbot.waitUntil(ctl.view.isActiveWindow)
    type_text(date.edit, "01/01/1410")  # a Hijri year typed with «ميلادي» chosen
    assert date.other.text() == "سنة هجرية؟ اختر «هجري»."  # while typing: the hint
    date.edit.clearFocus()
    qtbot.wait(10)
    shown = [t for t in (date.other.text(), error_of(ctl, "birth_date")) if t]
    assert len(shown) == 1 and "هجري" in shown[0]  # once left: the field's message only


def test_a_bad_scan_is_said_once(qtbot, desk_db, desk_admin, arabic, tmp_path):
    from tests.ui.test_checklist_focus import open_request
    from tests.ui.waiting import settle

    ctl = open_request(qtbot, desk_db, desk_admin)
    bad = tmp_path / "address.pdf"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    ctl.view.checklist.table.setCurrentCell(1, 0)
    ctl.attach(str(bad))
    settle(qtbot, ctl.ctx)
    said = ctl.view.checklist.scan_error.text()
    assert said == "الملف ليس صورة ولا ملف PDF؛ لم يُحفظ شيء."
    assert ctl.view.banner.isHidden() or said not in ctl.view.banner.text()
