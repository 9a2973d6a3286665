"""The side bar in sections: the desk's own screens first, administration last, each section
under a heading that folds it away; Alt+0 (the tenth key) comes after Alt+9."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.ui import navigation
from desk_app.ui.shell import HEADING
from tests.ui.test_registry_flow import sign_in


def rows(shell):
    nav = shell.nav
    return [(nav.item(i).data(HEADING), nav.item(i).data(Qt.ItemDataRole.UserRole), nav.item(i))
            for i in range(nav.count())]


def test_sections_in_order_with_their_screens(qtbot, window, desk_db, desk_admin):
    sign_in(qtbot, window)
    shell = window.shell
    headings = [h for h, _, _ in rows(shell) if h]
    assert headings == [g for g in navigation.GROUPS if g in headings]
    assert headings[0] == "desk" and headings[-1] == "admin"
    assert shell.nav.item(0).text() == "عند المكتب"
    names = shell.nav_names()
    desk = names[: names.index("complaint_new") + 1]
    assert desk[:1] == ["registry"]  # Alt+1 first
    assert names.index("surveys") > names.index("verify")  # Alt+0 after Alt+6
    specs = {s.name: s for s in navigation.screens()}
    current = None
    for heading, name, _ in rows(shell):  # every entry sits under its own section's heading
        current = heading or current
        if name:
            assert specs[name].group == current, name


def test_a_heading_folds_and_unfolds_its_section(qtbot, window, desk_db, desk_admin):
    sign_in(qtbot, window)
    shell = window.shell
    admin = next(item for h, _, item in rows(shell) if h == "admin")
    entries = [item for _, n, item in rows(shell) if n and navigation.GROUPS and
               item.data(Qt.ItemDataRole.UserRole + 2) == "admin"]
    assert entries and not any(e.isHidden() for e in entries)
    shell.nav.setCurrentItem(admin)
    QTest.keyClick(shell.nav, Qt.Key.Key_Return)
    assert all(e.isHidden() for e in entries) and admin.text().endswith("…")
    shell.show_screen("staff")  # going to a folded screen unfolds its section
    assert not any(e.isHidden() for e in entries) and not admin.text().endswith("…")
    assert shell.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "staff"


def test_the_side_bar_fits_a_1366x768_screen(qtbot, window, desk_db, desk_admin):
    from PySide6.QtWidgets import QApplication

    from desk_app.ui import style
    font = QApplication.instance().font()
    style.apply(QApplication.instance())  # as the application starts: the real item heights
    sign_in(qtbot, window)
    window.resize(1366, 768)
    qtbot.wait(20)
    shell = window.shell
    nav = shell.nav
    shell.fit_nav()
    shown = [nav.item(i) for i in range(nav.count()) if not nav.item(i).isHidden()]
    assert nav.visualItemRect(shown[-1]).bottom() <= nav.viewport().height(), "overflows"
    assert "registry" in [it.data(Qt.ItemDataRole.UserRole) for it in shown]  # the desk stays
    window.grab().save("/tmp/side-bar-ar.png")
    QApplication.instance().setStyleSheet("")
    QApplication.instance().setFont(font)  # the next tests in this process see the default
