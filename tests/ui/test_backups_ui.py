"""Automatic backups at the desk: the scheduler and its status-bar warning, the sign-out backup,
and the Backups screen (back up now, restore drill) — all through the ops runner."""

import os
import sys
import threading
from datetime import datetime, timedelta

from desk_app import i18n
from desk_app.config import Settings
from desk_app.services import autobackup, demo
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.screens.backups import BackupsController
from tests.ui.waiting import make_ctx, settle


def text_colour(label) -> str:
    from PySide6.QtGui import QPalette
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def screen(qtbot, db, actor, lang="ar"):
    ctx = make_ctx(db, actor, Settings(db.url, lang))
    ctl = BackupsController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    return ctl


def test_back_up_now_then_restore_drill(qtbot, desk_db, desk_admin, arabic, tmp_path, desk_look):
    demo.generate(desk_db, beneficiaries=12, seed=3, progress=None)
    ctl = screen(qtbot, desk_db, desk_admin)
    v = ctl.view
    assert v.folder.text() == f"\u2068{tmp_path / 'backups'}\u2069"
    assert v.last.text() == "لا توجد بعد" and text_colour(v.last) == "#8a1c13"  # stale: red
    ctl.back_up_now()
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and v.table.rowCount() == 1
    assert "هـ" in v.table.item(0, 0).text() and text_colour(v.last) != "#8a1c13"
    ctl.drill()
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and v.banner.text().startswith("نجح تمرين الاستعادة")
    rows = {v.drill_table.item(r, 0).text(): v.drill_table.item(r, 1).text()
            for r in range(v.drill_table.rowCount())}
    assert rows["المستفيدون"] == "12" and rows["حسابات الموظفين"] == "1"
    v.grab().save(str(tmp_path / "backups-ar.png"))


def test_back_up_now_runs_beside_the_screens_not_on_their_pool(qtbot, desk_db, desk_admin,
                                                                 arabic, monkeypatch):
    """"Back up now" and the drill take minutes at 1M: they queue on the long-job pool with the
    automatic backups (never two at once), at low priority, and the screens' queries are
    answered meanwhile even on a one-thread desk pool."""
    from PySide6.QtCore import QThreadPool

    ctl = screen(qtbot, desk_db, desk_admin)
    gate, scheduled = threading.Event(), autobackup.scheduled

    def held(db, folder, **kw):  # noqa: ANN001, ANN003, ANN202
        if sys.platform.startswith("linux"):
            assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) >= 10
        assert gate.wait(20)
        return scheduled(db, folder, **kw)

    monkeypatch.setattr(autobackup, "scheduled", held)
    desk_pool = QThreadPool.globalInstance()
    threads = desk_pool.maxThreadCount()
    desk_pool.setMaxThreadCount(1)
    ops = ctl.ctx.ops
    try:
        ctl.back_up_now()
        qtbot.waitUntil(lambda: ops.long_pool.activeThreadCount() == 1)
        assert ops.quiet()  # what the screens' build-ahead waits for is not held
        answers = []
        ops.start(lambda db: "answered", lambda ok, value: answers.append(value))
        qtbot.waitUntil(lambda: answers == ["answered"], timeout=5000)
        assert not ctl.view.backup_button.isEnabled()  # busy until it ends
    finally:
        gate.set()
        desk_pool.setMaxThreadCount(threads)
    settle(qtbot, ctl.ctx)
    assert ctl.view.banner.property("kind") == "ok" and ctl.view.table.rowCount() == 1


def test_drill_without_a_backup_says_so_on_the_banner(qtbot, desk_db, desk_admin, arabic):
    ctl = screen(qtbot, desk_db, desk_admin)
    ctl.drill()
    settle(qtbot, ctl.ctx)
    assert ctl.view.banner.property("kind") == "error"
    assert ctl.view.banner.text() == "لا توجد بعد نسخة احتياطية تلقائية لاستعادتها."
    assert not ctl.view.drill_card.isVisible()


def test_screen_in_english(qtbot, qapp, desk_db, desk_admin, tmp_path):
    i18n.install(qapp, "en")
    try:
        ctl = screen(qtbot, desk_db, desk_admin, "en")
        ctl.back_up_now()
        settle(qtbot, ctl.ctx)
        ctl.drill()
        settle(qtbot, ctl.ctx)
        assert ctl.view.last.text().endswith(desk_db.clock().strftime("%H:%M"))
        ctl.view.grab().save(str(tmp_path / "backups-en.png"))
    finally:
        i18n.install(qapp, "ar")


def test_scheduler_backs_up_warns_and_backs_up_at_sign_out(qtbot, window, desk_db, desk_admin,
                                                           tmp_path):
    window.enter_shell(desk_admin)
    watch = window.backup_watch
    assert watch is not None and watch.timer.isActive()
    with qtbot.waitSignal(watch.checked, timeout=10000) as first:
        watch.check()
    assert first.args[0].outcome is not None and not watch.label.isVisible()
    # Two days later the backup folder has become a file: the backup fails, the bar warns.
    desk_db.clock.now += timedelta(days=2)
    folder = tmp_path / "backups"
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    with qtbot.waitSignal(watch.checked, timeout=10000) as failed:
        watch.check()
    assert failed.args[0].error and watch.label.isVisible()
    assert watch.label.text() == "⚠ " + "فشل النسخ الاحتياطي التلقائي"
    folder.unlink()
    with qtbot.waitSignal(watch.checked, timeout=10000) as out:
        window.sign_out()
    assert out.args[0].outcome.reason == "sign-out" and not watch.label.isVisible()
    window.grab().save(str(tmp_path / "window.png"))


def test_warning_names_the_last_good_backup_and_the_allowed_age(qtbot, window, desk_admin,
                                                               tmp_path):
    window.enter_shell(desk_admin)
    last = datetime(2026, 11, 20, 14, 5)
    status = autobackup.Status(last, stale=True, due=True, count=3)
    window.backup_watch.show(autobackup.Check(status, 26))
    text = window.backup_watch.label.text()
    assert "14:05" in text and "26" in text and "1448" in text
    window.grab().save(str(tmp_path / "warning.png"))
    window.backup_watch.show(autobackup.Check(autobackup.Status(None, True, True, 0), 26))
    assert "لم تُنشأ" in window.backup_watch.label.text()


def _failed(kind):
    return autobackup.Check(autobackup.Status(None, True, True, 0), 26, error=f"why: {kind}",
                            error_kind=kind)


def test_the_headline_tells_failed_from_not_checked_from_damaged(qtbot, qapp, window, desk_db,
                                                                desk_admin, tmp_path):
    """Each says what a person should think: no backup made; one made but not counted (it
    could not be read back to check it); or a check found damage in the database's content."""
    window.resize(1366, 768)
    window.enter_shell(desk_admin)
    watch = window.backup_watch
    arabic = {"failed": "فشل النسخ الاحتياطي التلقائي",
              "not_checked": "تعذّر فحص النسخة الاحتياطية التلقائية: لم تُحتسب سليمة",
              "damaged": "كشف فحص نسخة احتياطية تلفًا: قد تكون قاعدة البيانات تالفة",
              "full_check_not_made": "تعذّر إجراء الفحص الكامل اليومي للنسخ الاحتياطية"}
    for kind, text in arabic.items():
        watch.show(_failed(kind))
        assert watch.label.text() == "⚠ " + text and watch.label.toolTip() == f"why: {kind}"
        qapp.processEvents()  # the status bar lays the new text out
        assert watch.label.width() >= watch.label.sizeHint().width()  # not clipped
        window.grab().save(str(tmp_path / f"backup-{kind}-ar.png"))
    i18n.install(qapp, "en")  # a window built in English, as the desk builds it
    try:
        english = MainWindow(desk_db, Settings(desk_db.url, "en", 50), RecordingDialogs(),
                             clock=desk_db.clock, ask_policy=False, idle_minutes=0)
        qtbot.addWidget(english)
        english.resize(1366, 768)
        english.show()
        with qtbot.waitSignal(english.started):
            english.start()
        english.enter_shell(desk_admin)
        shown = set()
        for kind in arabic:
            english.backup_watch.show(_failed(kind))
            shown.add(english.backup_watch.label.text())
            qapp.processEvents()
            assert english.backup_watch.label.width() >= \
                english.backup_watch.label.sizeHint().width()
            english.grab().save(str(tmp_path / f"backup-{kind}-en.png"))
        assert shown == {"⚠ The automatic backup failed",
                         "⚠ The automatic backup could not be checked: not counted as good",
                         "⚠ A backup check found damage: the database may be damaged",
                         "⚠ The daily full check of the backups could not be made"}
    finally:
        i18n.install(qapp, "ar")


def test_profile_editor_sets_the_allowed_age_and_second_folder(qtbot, desk_db, desk_admin,
                                                                arabic, tmp_path):
    from desk_app.services import profile as profile_service
    from desk_app.ui.screens.profile_editor import ProfileController

    ctx = make_ctx(desk_db, desk_admin)
    editor = ProfileController(ctx)
    qtbot.addWidget(editor.view)
    editor.load()
    settle(qtbot, ctx)
    assert editor.view.backup_age.value() == 26 and editor.view.backup_copy.text() == ""
    editor.view.backup_age.setValue(50)
    editor.view.backup_copy.setText(str(tmp_path / "usb"))
    editor.save()
    settle(qtbot, ctx)
    saved = profile_service.current(desk_db)
    assert saved.backup_max_age_hours == 50 and saved.backup_copy_folder == str(tmp_path / "usb")
    ctl = screen(qtbot, desk_db, desk_admin)
    assert ctl.view.allowed.text() == "50 ساعة"
    assert ctl.view.copy_to.text() == f"\u2068{tmp_path / 'usb'}\u2069"


def test_a_running_backup_leaves_the_desk_pool_to_the_screens(qtbot, window, desk_admin):
    """Copying a large database takes minutes: it runs on the watch's own one-thread pool, so
    no thread of the desk's pool is held and a screen's query is answered meanwhile."""
    from PySide6.QtCore import QThreadPool

    window.enter_shell(desk_admin)
    watch = window.backup_watch
    folder = watch.folder
    gate = threading.Event()

    def slow_backup(db):  # noqa: ANN001, ANN202 - the backup, held until the query is answered
        if sys.platform.startswith("linux"):  # Qt's LowPriority is no lower there: niceness
            assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) >= 10
        assert gate.wait(20)
        return autobackup.scheduled(db, folder, reason="manual", force=True)

    desk_pool = QThreadPool.globalInstance()
    threads = desk_pool.maxThreadCount()
    desk_pool.setMaxThreadCount(1)  # a one-core desk: one thread held would stop every screen
    try:
        with qtbot.waitSignal(watch.checked, timeout=30000) as done:
            watch._run(slow_backup)
            qtbot.waitUntil(lambda: window.ops.long_pool.activeThreadCount() == 1)
            answers = []
            window.ops.start(lambda db: "answered", lambda ok, value: answers.append(value))
            qtbot.waitUntil(lambda: answers == ["answered"], timeout=5000)
            gate.set()
    finally:
        gate.set()
        desk_pool.setMaxThreadCount(threads)
    assert done.args[0].outcome is not None


def test_the_screen_lists_set_aside_backups_with_their_state(qtbot, desk_db, desk_admin, arabic,
                                                             tmp_path):
    import pytest

    from desk_app.services.backup import NotChecked

    folder = tmp_path / "backups"
    autobackup.run(desk_db, autobackup.Plan(folder))
    desk_db.clock.now += timedelta(hours=1)
    with pytest.raises(NotChecked):  # an interrupted write's journal beside it: not readable
        autobackup.run(desk_db, autobackup.Plan(folder), after_write=lambda p: (
            p.with_name(p.name + "-journal").write_bytes(bytes.fromhex("d9d505f920a163d7")
                                                         + b"\x00" * 4096)))
    ctl = screen(qtbot, desk_db, desk_admin)
    states = [ctl.view.table.item(r, 3).text() for r in range(ctl.view.table.rowCount())]
    assert states == ["سليمة", "تعذّر فحصها: لا تُحتسب"]
    ctl.view.grab().save(str(tmp_path / "backups-aside-ar.png"))
