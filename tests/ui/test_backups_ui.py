"""Automatic backups at the desk: the scheduler and its status-bar warning, the sign-out backup,
and the Backups screen (back up now, restore drill) — all through the ops runner."""

import threading
from datetime import datetime, timedelta

from desk_app import i18n
from desk_app.config import Settings
from desk_app.services import autobackup, demo
from desk_app.ui.screens.backups import BackupsController
from tests.ui.waiting import make_ctx, settle


def screen(qtbot, db, actor, lang="ar"):
    ctx = make_ctx(db, actor, Settings(db.url, lang))
    ctl = BackupsController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    settle(qtbot, ctx)
    return ctl


def test_back_up_now_then_restore_drill(qtbot, desk_db, desk_admin, arabic, tmp_path):
    demo.generate(desk_db, beneficiaries=12, seed=3, progress=None)
    ctl = screen(qtbot, desk_db, desk_admin)
    v = ctl.view
    assert v.folder.text() == f"\u2068{tmp_path / 'backups'}\u2069"
    assert v.last.text() == "لا توجد بعد" and "8a1c13" in v.last.styleSheet()  # stale: red
    ctl.back_up_now()
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and v.table.rowCount() == 1
    assert "هـ" in v.table.item(0, 0).text() and v.last.styleSheet() == ""
    ctl.drill()
    settle(qtbot, ctl.ctx)
    assert v.banner.property("kind") == "ok" and v.banner.text().startswith("نجح تمرين الاستعادة")
    rows = {v.drill_table.item(r, 0).text(): v.drill_table.item(r, 1).text()
            for r in range(v.drill_table.rowCount())}
    assert rows["المستفيدون"] == "12" and rows["حسابات الموظفين"] == "1"
    v.grab().save(str(tmp_path / "backups-ar.png"))


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
    assert watch.label.text() == "⚠ " + "تعذّر النسخ الاحتياطي التلقائي"
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
        assert gate.wait(20)
        return autobackup.scheduled(db, folder, reason="manual", force=True)

    desk_pool = QThreadPool.globalInstance()
    threads = desk_pool.maxThreadCount()
    desk_pool.setMaxThreadCount(1)  # a one-core desk: one thread held would stop every screen
    try:
        with qtbot.waitSignal(watch.checked, timeout=30000) as done:
            watch._run(slow_backup)
            qtbot.waitUntil(lambda: watch.pool.activeThreadCount() == 1)
            answers = []
            window.ops.start(lambda db: "answered", lambda ok, value: answers.append(value))
            qtbot.waitUntil(lambda: answers == ["answered"], timeout=5000)
            gate.set()
    finally:
        gate.set()
        desk_pool.setMaxThreadCount(threads)
    assert done.args[0].outcome is not None
