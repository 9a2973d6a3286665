"""What every report section and the rows behind its figures are computed with: the database,
the profile, the period's scope, the language, and the names of the profile's codes (looked up
once per list). Its own module so that the sections and the rows behind them both import it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk_app.domain.profile import OrgProfile
from desk_app.services.report_labels import word
from desk_app.storage.db import Database
from desk_app.storage.repositories import report_queries as q

ROW_LIMIT = 100_000  # rows behind a figure written to a workbook (a year at a large office)


@dataclass
class Ctx:
    db: Database
    profile: OrgProfile
    scope: q.Scope
    today: date
    lang: str
    row_limit: int = ROW_LIMIT
    #: figures that do not depend on the period, or read for a wider one (see dashboard)
    cache: dict[str, Any] = field(default_factory=dict)
    _names: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)

    def w(self, key: str) -> str:
        return word(key, self.lang)

    def service(self, code: str) -> str:
        return self._named(self.profile.services, code)

    def category(self, code: str) -> str:
        return self._named(self.profile.categories, code)

    def complaint_category(self, code: str) -> str:
        return self._named(self.profile.complaint_categories, code)

    def channel(self, code: str) -> str:
        return self._named(self.profile.channels, code)

    def _named(self, items: Iterable[Any], code: str) -> str:
        # Called once per row behind a figure: the names are looked up in a dict kept per list.
        names = self._names.get(id(items))
        if names is None:
            names = self._names[id(items)] = {
                i.code: i.name_ar if self.lang == "ar" else (i.name_en or i.name_ar)
                for i in items}
        return names.get(code) or code or self.w("none")

    @property
    def holidays(self) -> frozenset[date]:
        return frozenset(h.date for h in self.profile.holidays)
