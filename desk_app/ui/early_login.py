"""The sign-in page before the database is open (issue 23).

Importing the database layer (SQLAlchemy and every table's declaration) and opening the file
took ~0.8–1.4 s of a start, and the sign-in page waited for it. A desk that has shown this
database's sign-in page before remembers the organisation's name (per database and language, on
this PC): at the next start the page is painted at once, with nothing but Qt, and the database
opens on a worker while the person types. An Enter pressed before it is open is kept and
answered once it is. A database never seen here, or no longer set up, starts as before (the
"opening the database" line, then the first-start or sign-in page); an encrypted one shows its
passphrase page in place of this one. Nothing of the database is shown on it but the name.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from desk_app.ui.login_view import LoginView


def _key(url: str, language: str) -> str:
    # hashed: an office server's address may carry a password, which has no place in settings
    return "signIn/" + hashlib.sha256(f"{language} {url}".encode()).hexdigest()[:24]


def remembered(url: str, language: str) -> str | None:
    """The organisation's name shown on this database's sign-in page last time, or None."""
    value = QSettings().value(_key(url, language))
    return value if isinstance(value, str) and value else None


def remember(url: str, language: str, name: str | None) -> None:
    """Note the name (None: forget it — the database is not set up any more)."""
    settings, key = QSettings(), _key(url, language)
    if name is None:
        settings.remove(key)
    elif settings.value(key) != name:
        settings.setValue(key, name)


def note(window: QWidget) -> None:
    """The window's first page is up (``MainWindow.started``): remember the name its sign-in
    page shows, or forget it when the database showed its first-start page instead."""
    login = window.login  # type: ignore[attr-defined]
    name = window.org_name() if login is not None else None  # type: ignore[attr-defined]
    remember(window.settings.db_url, window.settings.language, name)  # type: ignore[attr-defined]


class EarlySignIn(QObject):
    """The sign-in page while the database opens: typing works, Enter is kept for later."""

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.view = LoginView(name)
        self.asked = False  # Enter (or the button) before the database was open
        v = self.view
        v.username.returnPressed.connect(v.password.setFocus)
        v.password.returnPressed.connect(self._ask)
        v.button.clicked.connect(self._ask)
        v.username.setFocus()

    def _ask(self) -> None:
        v = self.view
        if v.username.text().strip() and v.password.text():
            self.asked = True
            for w in self._fields():
                w.setEnabled(False)  # as while a password is checked: nothing typed twice

    def _fields(self) -> tuple[QWidget, ...]:
        return self.view.button, self.view.username, self.view.password

    def hand_over(self) -> bool:
        """The sign-in's controller takes the page: True when Enter is waiting for it."""
        v = self.view
        v.password.returnPressed.disconnect(self._ask)
        v.button.clicked.disconnect(self._ask)
        v.username.returnPressed.disconnect(v.password.setFocus)
        for w in self._fields():
            w.setEnabled(True)
        return self.asked
