"""The administrator's permission matrix and "who looked at this file" screens, in Arabic at
1366×768; the side bar follows the permission table."""

from PySide6.QtCore import Qt

from desk_app.services import permissions, registry, staff
from desk_app.ui.screens.access_log import AccessLogController
from desk_app.ui.screens.permissions import PermissionsController
from tests.ui.test_permission_refusals import sign_in_as
from tests.ui.test_registry_flow import sign_in
from tests.ui.test_request_flow import register_one
from tests.ui.waiting import settle


def nav_names(window):
    return window.shell.nav_names()


def test_matrix_edits_save_a_new_version(qtbot, window, desk_db, desk_admin):
    sign_in(qtbot, window)
    ctl = window.shell.show_screen("permissions")
    assert isinstance(ctl, PermissionsController)
    settle(qtbot, window)
    v = ctl.view
    assert v.version.text() == "المعمول به: الصلاحيات الافتراضية (لم تُعدَّل)"
    assert v.table.horizontalHeaderItem(1).text() == "موظف الاستقبال"
    row = ctl.rows.index("scan.view")
    assert v.table.verticalHeaderItem(row).text() == "عرض المستندات الممسوحة أو تصديرها"
    cell = v.table.item(row, 1)  # reception
    assert cell.checkState() == Qt.CheckState.Checked
    locked = v.table.item(ctl.rows.index("staff.manage"), 0)
    assert not locked.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the administrator keeps it
    cell.setCheckState(Qt.CheckState.Unchecked)
    v.note.setText("المستندات للباحثين فقط")
    v.save_button.click()
    settle(qtbot, window)
    assert v.banner.text().startswith("حُفظت بوصفها الإصدار 1")
    assert v.version.text() == "الإصدار المعمول به: 1"
    assert not permissions.current(desk_db).allows("reception", "scan.view")
    qtbot.wait(20)
    window.grab().save("/tmp/perm-matrix.png")


def test_who_looked_at_a_file(qtbot, window, desk_db, desk_admin):
    bid = register_one(desk_db, desk_admin)
    clerk = staff.create(desk_db, desk_admin, "salma", "reception-pass-2026", "سلمى",
                         "reception", must_change=False)
    registry.open_file(desk_db, clerk, bid)
    registry.open_file(desk_db, desk_admin, bid)
    sign_in(qtbot, window)
    ctl = window.shell.show_screen("access_log", {"beneficiary": bid})
    assert isinstance(ctl, AccessLogController)
    settle(qtbot, window)
    v = ctl.view
    assert v.subject.text().startswith("فاطمة عبدالله مصطفى الزهراني — ملف RYD-000001")
    rows = [[v.table.item(r, c).text() for c in range(5)] for r in range(v.table.rowCount())]
    assert [r[1] for r in rows] == ["مدير النظام (admin)", "سلمى (salma)"] or \
        sorted(r[1] for r in rows) == ["سلمى (salma)", "مدير النظام (admin)"]
    assert {r[3] for r in rows} == {"فتح ملف مستفيد"} and {r[4] for r in rows} == {"مسموح"}
    assert rows[0][0].startswith("12/06/1448 هـ الموافق 22/11/2026 م")
    qtbot.wait(20)
    window.grab().save("/tmp/perm-access-log.png")


def test_side_bar_follows_the_permission_table(qtbot, window, desk_db, desk_admin):
    staff.create(desk_db, desk_admin, "salma", "reception-pass-2026", "سلمى", "reception",
                 must_change=False)
    grants = set(permissions.current(desk_db).grants) | {("reception", "import.beneficiaries")}
    permissions.save(desk_db, desk_admin, grants, "الاستقبال يستورد")
    sign_in_as(qtbot, window, "salma", "reception-pass-2026")
    names = nav_names(window)
    assert "import" in names
    assert not {"staff", "profile", "permissions", "access_log", "survey_results"} & set(names)
