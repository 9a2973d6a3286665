"""Signing out lets go of the session: no shell and no screen controller of it survives (each
sign-in used to keep the last session's screens, models and data in memory for good: perf saw
the desk reach 894 MiB after 31 sign-ins)."""

import gc
import weakref

from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def test_nothing_of_a_signed_out_session_stays(qtbot, window):
    kept = []  # weak references to this test's own shells and screens (other tests' may linger)
    for _ in range(3):
        sign_in(qtbot, window)
        for screen in ("waiting", "complaints", "registry"):
            window.shell.show_screen(screen)
            settle(qtbot, window)
        kept += [weakref.ref(window.shell)] + [
            weakref.ref(c) for c in window.shell.controllers.values()]
        window.sign_out_now()
        qtbot.wait(50)  # deleteLater
    gc.collect()
    alive = [type(r()).__name__ for r in kept if r() is not None]
    assert alive == []
