"""A receptionist's flow, keyboard first: sign in → search → not found → register → a variant
spelling finds them."""

from PySide6.QtCore import Qt

from desk_app.domain.identifiers import make_saudi_id
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.registry import RegistryController
from tests.conftest import ADMIN_PASSWORD
from tests.ui.typing import type_text
from tests.ui.waiting import settle


def sign_in(qtbot, window, password=ADMIN_PASSWORD):
    login = window.login
    qtbot.keyClicks(login.view.username, "admin")
    qtbot.keyClick(login.view.username, Qt.Key.Key_Return)
    qtbot.keyClicks(login.view.password, password)
    qtbot.keyClick(login.view.password, Qt.Key.Key_Return)
    assert not login.view.button.isEnabled()   # checking: no second sign-in meanwhile
    settle(qtbot, window)


def search(qtbot, registry: RegistryController, text: str):
    registry.view.search.clear()
    with qtbot.waitSignal(registry.loaded, timeout=5000):
        type_text(registry.view.search, text)
    # the last result delivered is for the last text typed
    qtbot.waitUntil(lambda: registry.last_page and registry.last_page.query == text, timeout=5000)
    return [r.full_name for r in registry.model.rows]


def test_wrong_password_is_refused_in_arabic(qtbot, window):
    sign_in(qtbot, window, "wrong-password")
    assert window.shell is None
    assert window.login.view.error.isVisible()
    assert window.login.view.error.text() == "اسم المستخدم أو كلمة المرور غير صحيحة."
    assert window.login.view.password.text() == ""


def test_search_register_and_find_by_variant_spelling(qtbot, window):
    sign_in(qtbot, window)
    assert window.shell is not None
    registry = window.shell.controllers["registry"]
    assert isinstance(registry, RegistryController)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    assert search(qtbot, registry, "فاطمة عبدالله الزهراني") == []
    assert "لم يُعثر على مستفيد" in registry.view.status.text()

    qtbot.keyClick(registry.view.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.shell.controllers["beneficiary"]
    assert isinstance(form, BeneficiaryController)
    assert window.shell.stack.currentWidget() is form.view
    inputs = form.view.inputs
    # the searched name was carried over into the name parts
    assert (inputs["first_name"].text(), inputs["father_name"].text(),
            inputs["family_name"].text()) == ("فاطمة", "عبدالله", "الزهراني")

    type_text(inputs["grandfather_name"], "مصطفى")
    qtbot.keyClicks(inputs["id_number"], make_saudi_id(1, "87654321"))
    form.view.inputs["gender"].setCurrentIndex(inputs["gender"].findData("female"))
    qtbot.keyClicks(inputs["birth_date"].edit, "12/03/1992")
    qtbot.keyClicks(inputs["mobile"], "0551234567")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.view.banner.text().startswith("تم الحفظ. رقم الملف: RYD-")

    qtbot.keyClick(form.view, Qt.Key.Key_Escape)
    assert window.shell.stack.currentWidget() is registry.view
    for variant in ("فاطمه عبد الله الزهراني", "فاطمة", "الزهراني", "مصطفي", "0551234567"):
        assert search(qtbot, registry, variant) == ["فاطمة عبدالله مصطفى الزهراني"], variant
    # Enter then opens the record in the form, keyboard only
    qtbot.keyClick(registry.view.search, Qt.Key.Key_Down)
    qtbot.keyClick(registry.view.table, Qt.Key.Key_Return)
    assert window.shell.stack.currentWidget() is form.view
    assert form.view.inputs["mobile"].text() == "+966551234567"
