"""The next session's screens are built while the sign-in page waits (issue 23): signing in then
fills screens instead of building them on the GUI thread, each session gets views never shown
before, and nothing is built while the person types."""

from desk_app.ui.view_reserve import VIEWS, ViewReserve
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

AHEAD = ("beneficiary", "request", "waiting", "complaints")  # Shell.PREBUILT


def _all_built(window) -> dict:
    return window.view_reserve.built() if len(window.view_reserve.built()) == len(VIEWS) else {}


def test_signing_in_fills_screens_built_while_the_sign_in_page_waited(qtbot, window):
    qtbot.waitUntil(lambda: bool(_all_built(window)), timeout=15000)
    reserved = _all_built(window)
    sign_in(qtbot, window)
    shell = window.shell
    qtbot.waitUntil(lambda: all(n in shell.controllers for n in AHEAD), timeout=15000)
    assert {n: shell.controllers[n].view for n in VIEWS} == reserved
    assert window.view_reserve.built() == {}  # handed out once, and nothing built while in
    window.sign_out_now()
    qtbot.waitUntil(lambda: bool(_all_built(window)), timeout=15000)
    fresh = _all_built(window)
    assert not set(map(id, fresh.values())) & set(map(id, reserved.values()))
    sign_in(qtbot, window)  # the next person's screens: the fresh ones, empty
    assert window.shell.controllers["registry"].view is fresh["registry"]
    settle(qtbot, window)


def test_nothing_is_built_while_the_person_types(qtbot, window):
    now = [100.0]
    typing = window.login.view.username
    reserve = ViewReserve("ar", lambda: True, clock=lambda: now[0])
    reserve.watch_typing(typing)
    qtbot.keyClick(typing, "a")  # a key at 100.0 s, and the clock stays there
    reserve.fill()
    qtbot.wait(300)
    assert reserve.built() == {}
    now[0] += 1  # a second without a key
    qtbot.waitUntil(lambda: len(reserve.built()) == len(VIEWS), timeout=15000)


def test_the_heap_is_given_back_once_the_next_screens_are_built(qtbot, window, monkeypatch):
    """After a sign-out, once the reserve is full again (the last session's screens are long
    deleted), the process gives its free heap pages back to the system."""
    from desk_app import memory

    given = []
    monkeypatch.setattr(memory, "give_back", lambda: given.append(1) or True)
    sign_in(qtbot, window)
    window.sign_out_now()
    qtbot.waitUntil(lambda: bool(_all_built(window)), timeout=15000)
    assert given == [1]


def test_on_linux_the_heap_can_be_limited_and_trimmed():
    import sys

    from desk_app import memory

    expected = sys.platform.startswith("linux")
    assert memory.limit_arenas() is expected and memory.give_back() in (True, False)
