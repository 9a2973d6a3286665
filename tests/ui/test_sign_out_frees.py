"""Signing out lets go of the session: no shell and no screen controller survives it (each
sign-in used to keep the last session's screens, models and data in memory for good: perf saw
the desk reach 894 MiB after 31 sign-ins)."""

import gc

from desk_app.ui.screens.registry import RegistryController
from desk_app.ui.screens.waiting import WaitingController
from desk_app.ui.shell import Shell
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle


def alive(cls) -> int:
    gc.collect()
    return sum(isinstance(o, cls) for o in gc.get_objects())


def test_nothing_of_a_signed_out_session_stays(qtbot, window):
    for _ in range(3):
        sign_in(qtbot, window)
        for screen in ("waiting", "complaints", "registry"):
            window.shell.show_screen(screen)
            settle(qtbot, window)
        window.sign_out_now()
        qtbot.wait(50)  # deleteLater
    assert (alive(Shell), alive(RegistryController), alive(WaitingController)) == (0, 0, 0)
