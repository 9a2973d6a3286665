"""Waiting for the ops runner in UI tests: service calls run off the GUI thread."""


def settle(qtbot, owner, timeout: int = 10000) -> None:
    """Wait until every operation of ``owner`` (a MainWindow, a UiContext or an Ops) delivered."""
    ops = getattr(owner, "ops", owner)
    qtbot.waitUntil(ops.idle, timeout=timeout)
