"""Signing out lets go of the session: no shell and no screen controller of it survives (each
sign-in used to keep the last session's screens, models and data in memory for good: perf saw
the desk reach 894 MiB after 31 sign-ins), and no kind of object grows with each sign-in."""

import gc
import weakref
from collections import Counter

from desk_app.ui.view_reserve import VIEWS
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

#: Kinds allowed to grow a little with every round. ``ReferenceType``: sqlite3 keeps a weak
#: reference to each cursor of a connection and drops the dead ones every 200 cursors.
#: ``QMetaObject.Connection``: PySide keeps one small object per lambda connected to a widget
#: that was since deleted (a score of them per session, no closure held: the first half of this
#: test shows every controller gone).
BOUNDED = {"ReferenceType", "QMetaObject.Connection"}
SESSION = 20  # fewer objects per round than one signed-in session's screens could leave


def _census(qapp) -> tuple[Counter, Counter]:
    """Live objects by kind: Python objects by type, and Qt's widgets by class (a widget Qt still
    holds need not be reachable from Python)."""
    gc.collect()
    return (Counter(type(o).__qualname__ for o in gc.get_objects()),
            Counter(type(w).__name__ for w in qapp.allWidgets()))


def _growing(rounds: list[Counter], least: int) -> dict[str, list[int]]:
    """Kinds more numerous after every round than after the one before, by ``least`` or more."""
    kinds = set().union(*rounds)
    return {k: [c[k] for c in rounds] for k in kinds
            if all(b[k] - a[k] >= least for a, b in zip(rounds, rounds[1:], strict=False))}


def test_nothing_of_a_signed_out_session_stays(qtbot, window, qapp):
    kept = []  # weak references to this test's own shells and screens (other tests' may linger)
    census = []
    for _ in range(4):
        sign_in(qtbot, window)
        for screen in ("waiting", "complaints", "registry"):
            window.shell.show_screen(screen)
            settle(qtbot, window)
        kept += [weakref.ref(window.shell)] + [
            weakref.ref(c) for c in window.shell.controllers.values()]
        window.sign_out_now()
        qtbot.wait(50)  # deleteLater
        # the next session's screens are built while the sign-in page waits: count once they
        # all are, so that each round's census sees the same reserve
        qtbot.waitUntil(lambda: len(window.view_reserve.built()) == len(VIEWS), timeout=15000)
        census.append(_census(qapp))
        page = window.login.view  # the same page, empty for the next person
        assert (page.username.text(), page.password.text(), page.error.isVisible()) == (
            "", "", False) and page.button.isEnabled()
    gc.collect()
    alive = [type(r()).__name__ for r in kept if r() is not None]
    assert alive == []
    # After the first round (imports, caches that fill once), nothing may keep growing. Found
    # so: a new sign-in page at every sign-out, kept among the window's pages for good.
    python = [Counter({k: n for k, n in c[0].items() if k not in BOUNDED}) for c in census[1:]]
    assert _growing([c[1] for c in census[1:]], 1) == {}  # widgets: not one more
    assert _growing(python, SESSION) == {}
