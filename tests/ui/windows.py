"""The whole desk window in a language, started and signed in (as admin), at 1366×768: what the
screen tests that need the real window share."""

from __future__ import annotations

from desk_app import i18n
from desk_app.config import Settings
from desk_app.ui.dialogs import RecordingDialogs
from desk_app.ui.main_window import MainWindow
from tests.ui.test_registry_flow import sign_in


def signed_in_window(qtbot, qapp, db, lang: str = "ar", dialogs=None,  # noqa: ANN001, ANN201
                     page_size: int | None = None, **options):
    """``options`` go to :class:`MainWindow` (``ask_policy=False``, ``idle_minutes=0``…)."""
    i18n.install(qapp, lang)
    sizes = {} if page_size is None else {"page_size": page_size}
    settings = Settings(db_url=db.url, language=lang, **sizes)
    window = MainWindow(db, settings, dialogs or RecordingDialogs(), clock=db.clock, **options)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.started):
        window.start()
    sign_in(qtbot, window)
    return window
