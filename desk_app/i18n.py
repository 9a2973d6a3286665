"""Translations (Qt Linguist), layout direction and locale.

Source strings are English; Arabic is the default language. Every ``translations/*_ar.qm`` is
installed (one file per screen area keeps translators out of each other's way), plus Qt's own
``qtbase_ar`` for standard buttons and dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desk_app.config import TRANSLATIONS

_installed: list[QTranslator] = []


def qm_files(language: str, folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob(f"*_{language}.qm"))


def install(app: QApplication, language: str) -> None:
    """Switch the running application to ``language`` ("ar" or "en")."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "ar":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in [Path(qt_dir) / "qtbase_ar.qm", *qm_files("ar")]:
            tr = QTranslator(app)
            if tr.load(str(path)):
                app.installTranslator(tr)
                _installed.append(tr)
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.SaudiArabia))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
