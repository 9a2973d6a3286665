"""Waiting for the ops runner in UI tests: service calls run off the GUI thread."""


def settle(qtbot, owner, timeout: int = 10000) -> None:
    """Wait until every operation of ``owner`` (a MainWindow, a UiContext or an Ops) delivered."""
    ops = getattr(owner, "ops", owner)
    qtbot.waitUntil(ops.idle, timeout=timeout)


def make_ctx(db, actor, settings=None, dialogs=None):
    """A screen's context as the main window builds it after sign-in: an ops runner over
    ``db`` (the screen itself never sees it), the office's profile and the database's clock."""
    from desk_app.config import Settings
    from desk_app.services import installation
    from desk_app.services import profile as profile_service
    from desk_app.ui.context import UiContext
    from desk_app.ui.dialogs import RecordingDialogs
    from desk_app.ui.ops import Ops

    dialogs = dialogs or RecordingDialogs()
    return UiContext(Ops(db, dialogs), settings or Settings(db.url, "ar"), actor, dialogs,
                     installation.get(db), profile_service.current(db), db.clock)
