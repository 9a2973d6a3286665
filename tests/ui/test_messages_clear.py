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
