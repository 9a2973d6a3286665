"""The screens the shell can show, by name (also ``desk-app gui --screen NAME``).

Each later feature adds its screen here. A controller has ``view`` (the widget), ``load()`` (first
data), optionally ``enter(arg)`` (shown again with an argument), a ``navigate(str, object)``
signal to ask for another screen, and a ``loaded`` signal if its first data arrive later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk_app.ui.context import UiContext
from desk_app.ui.screens.beneficiary import BeneficiaryController
from desk_app.ui.screens.documents import DocumentsController
from desk_app.ui.screens.import_screen import ImportController
from desk_app.ui.screens.profile_editor import ProfileController
from desk_app.ui.screens.registry import RegistryController
from desk_app.ui.screens.staff import StaffController
from desk_app.ui.screens.verify import VerifyController


@dataclass(frozen=True)
class ScreenSpec:
    name: str
    title: Callable[[], str]
    factory: Callable[[UiContext], object]
    in_nav: bool = True
    shortcut: str = ""
    roles: tuple[str, ...] = ()  # empty: everyone


def screens() -> list[ScreenSpec]:
    return [
        ScreenSpec("registry", lambda: QCoreApplication.translate("Navigation", "Beneficiary registry"),
                   RegistryController, True, "Alt+1"),
        ScreenSpec("beneficiary", lambda: QCoreApplication.translate("Navigation", "Beneficiary file"),
                   BeneficiaryController, False),
        ScreenSpec("documents", lambda: QCoreApplication.translate("Navigation", "Issued documents"),
                   DocumentsController, True, "Alt+5"),
        ScreenSpec("verify", lambda: QCoreApplication.translate("Navigation", "Verify a document"),
                   VerifyController, True, "Alt+6"),
        ScreenSpec("profile", lambda: QCoreApplication.translate("Navigation", "Organisation profile"),
                   ProfileController, True, "Alt+8", ("admin",)),
        ScreenSpec("import", lambda: QCoreApplication.translate("Navigation", "Import beneficiaries"),
                   ImportController, True, "Alt+7", ("admin", "manager")),
        ScreenSpec("staff", lambda: QCoreApplication.translate("Navigation", "Staff accounts"),
                   StaffController, True, "Alt+9", ("admin",)),
    ]


def names() -> list[str]:
    return [s.name for s in screens()]
