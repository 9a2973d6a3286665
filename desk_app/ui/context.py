"""What every screen is handed: services' inputs, the signed-in staff member, dialogs.

Passed explicitly to each screen's controller (no global hub object).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from desk_app.config import Settings
from desk_app.domain.beneficiary import Vocabulary
from desk_app.domain.entities import Actor
from desk_app.domain.profile import EMPLOYMENT_STATUSES, QUALIFICATIONS, OrgProfile
from desk_app.services import installation as installation_service
from desk_app.services import profile as profile_service
from desk_app.storage.db import Database
from desk_app.ui.dialogs import Dialogs
from desk_app.ui.ops import Ops, ScreenOps
from desk_app.ui.widgets.fields import FieldBox


@dataclass
class UiContext:
    db: Database
    settings: Settings
    actor: Actor
    dialogs: Dialogs
    installation: installation_service.Installation
    _profile: OrgProfile | None = field(default=None, repr=False)
    ops: Ops = field(default=None, repr=False)  # type: ignore[assignment] - made when not given

    def __post_init__(self) -> None:
        if self.ops is None:
            self.ops = Ops(self.db, self.dialogs)

    def screen_ops(self, view: QWidget, banner: QLabel | None = None,
                   boxes: Mapping[str, FieldBox] | None = None) -> ScreenOps:
        """The runner a screen calls services through (see :mod:`desk_app.ui.ops`)."""
        return self.ops.for_screen(view, banner, boxes)

    @property
    def profile(self) -> OrgProfile:
        if self._profile is None:
            self._profile = profile_service.current(self.db)
        assert self._profile is not None
        return self._profile

    def set_profile(self, profile: OrgProfile) -> None:
        """The profile in force, read again by a screen (after it saved a new version)."""
        self._profile = profile

    def clock(self) -> datetime:
        """Now, from the application's clock (tests fix it)."""
        return self.db.clock()

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
        )

    def name_of(self, item: object) -> str:
        """An item's name (``name_ar``/``name_en``) in the interface language."""
        ar = getattr(item, "name_ar", "")
        en = getattr(item, "name_en", "") or ar
        return ar if self.lang == "ar" else en
