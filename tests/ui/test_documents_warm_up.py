"""The fonts and PDF machinery are loaded ahead, off the GUI thread, before the screens built
ahead (issue 23): last in line, a declaration issued within seconds of signing in met them cold
(0.7 s instead of 0.1 s). Once per process."""

import threading

from desk_app.documents import layout
from desk_app.services import document_kinds
from desk_app.ui.shell import PREBUILT, Shell
from tests.ui.waiting import make_ctx


def test_the_documents_warm_up_comes_first_on_a_thread_of_its_own(qtbot, monkeypatch, desk_db,
                                                                   desk_admin):
    ran: list[threading.Thread] = []
    monkeypatch.setattr(document_kinds, "_warmed", False)
    monkeypatch.setattr(layout, "warm_up", lambda: ran.append(threading.current_thread()))
    shell = Shell(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(shell)
    shell.build_ahead()
    shell._ahead_timer.stop()  # noqa: SLF001 - its steps are taken by hand below
    qtbot.waitUntil(shell.ctx.ops.quiet, timeout=5000)  # the step ahead waits for the desk
    shell._build_next()  # noqa: SLF001 - the first step ahead, as its timer fires it
    assert not any(name in shell.controllers for name in PREBUILT)  # no screen before it
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran[0] is not threading.main_thread()
    # what it loaded stays loaded: a second sign-in starts nothing
    qtbot.waitUntil(lambda: document_kinds._warmed, timeout=5000)  # noqa: SLF001
    assert document_kinds.warm_up_in_background() is None
    assert len(ran) == 1
