"""What every screen is handed: the ops runner, the signed-in staff member, the profile, dialogs.

Passed explicitly to each screen's controller (no global hub object).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from desk_app.config import Settings
from desk_app.domain import permissions as perm
from desk_app.domain.beneficiary import Vocabulary
from desk_app.domain.entities import Actor
from desk_app.domain.profile import EMPLOYMENT_STATUSES, QUALIFICATIONS, OrgProfile
from desk_app.services.installation import Installation
from desk_app.ui.dialogs import Dialogs
from desk_app.ui.ops import Ops, ScreenOps
from desk_app.ui.widgets.fields import FieldBox


@dataclass
class UiContext:
    """The signed-in session as screens see it. No database handle: screens call services
    through ``ops`` (``screen_ops``), which supplies it on a worker thread."""

    ops: Ops
    settings: Settings
    actor: Actor
    dialogs: Dialogs
    installation: Installation
    profile: OrgProfile
    clock: Callable[[], datetime] = field(default=datetime.now, repr=False)
    #: The permission table as read at sign-in: the side bar hides what it forbids (the
    #: services check every call anyway, against the table in force then).
    permissions: perm.PermissionTable = field(default_factory=perm.defaults, repr=False)
    #: The registry's first page as read with the sign-in (``ui/login.py``): the registry
    #: takes it once, when it first loads, instead of asking the worker again.
    first_page: object = field(default=None, repr=False)

    def may(self, action: str) -> bool:
        return self.permissions.allows(self.actor.role, action)

    def screen_ops(self, view: QWidget, banner: QLabel | None = None,
                   boxes: Mapping[str, FieldBox] | None = None) -> ScreenOps:
        """The runner a screen calls services through (see :mod:`desk_app.ui.ops`)."""
        return self.ops.for_screen(view, banner, boxes)

    def set_profile(self, profile: OrgProfile) -> None:
        """The profile in force, read again by a screen (after it saved a new version)."""
        self.profile = profile

    @property
    def lang(self) -> str:
        return self.settings.language

    def vocabulary(self) -> Vocabulary:
        p = self.profile
        return Vocabulary(
            categories=tuple(c.code for c in p.categories),
            channels=tuple(c.code for c in p.channels),
            qualifications=tuple(QUALIFICATIONS),
            employment_statuses=tuple(EMPLOYMENT_STATUSES),
            organisation_categories=p.organisation_categories,
        )

    def name_of(self, item: object) -> str:
        """An item's name (``name_ar``/``name_en``) in the interface language."""
        ar = getattr(item, "name_ar", "")
        en = getattr(item, "name_en", "") or ar
        return ar if self.lang == "ar" else en
