"""The profile's partnership section: who does each of the five steps, the priority weights and
the impact-report schedule (seed 003, «آلية توزيع الخدمات على الجمعيات المستفيدة»).

A profile without it (every association but Tuwaiq) serves no partner associations: the screens
and services for partner requests stay closed.
"""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Mapping
from typing import Any

from desk_app.domain.entities import ROLES
from desk_app.domain.partners import PRIORITY_FACTORS, STEPS
from desk_app.domain.profile.section import open_section
from desk_app.domain.validation import FieldError

KEYS = ("step_roles", "weights", "report_every_months", "service_codes", "notes")


@dc.dataclass(frozen=True)
class PartnershipPolicy:
    """``step_roles``: step → role (:data:`~desk_app.domain.partners.STEPS`); ``weights``:
    factor → relative weight; ``service_codes``: the profile's services offered to partners."""

    step_roles: tuple[tuple[str, str], ...]
    weights: tuple[tuple[str, float], ...]
    report_every_months: int
    service_codes: tuple[str, ...]
    notes: str = ""

    def role_for(self, step: str) -> str:
        return dict(self.step_roles)[step]

    @property
    def weight_map(self) -> dict[str, float]:
        return dict(self.weights)

    def to_dict(self) -> dict[str, Any]:
        return {"step_roles": dict(self.step_roles), "weights": dict(self.weights),
                "report_every_months": self.report_every_months,
                "service_codes": list(self.service_codes), "notes": self.notes}


def read(d: Any, errors: list[FieldError], path: str = "partnership"
         ) -> PartnershipPolicy | None:
    """Parse the section, appending every problem to ``errors``; None when absent or broken."""
    before = len(errors)
    d = open_section(d, errors, path, KEYS)
    if d is None:
        return None
    roles = d.get("step_roles") if isinstance(d.get("step_roles"), Mapping) else {}
    for step in STEPS:
        if roles.get(step) not in ROLES:
            errors.append(FieldError(f"{path}.step_roles.{step}", "unknown_value",
                                     {"value": roles.get(step), "allowed": list(ROLES)}))
    weights = d.get("weights") if isinstance(d.get("weights"), Mapping) else {}
    for f in PRIORITY_FACTORS:
        w = weights.get(f)
        if isinstance(w, bool) or not isinstance(w, int | float) or w < 0:
            errors.append(FieldError(f"{path}.weights.{f}", "invalid_type",
                                     {"expected": "number ≥ 0"}))
    every = d.get("report_every_months", 3)
    if isinstance(every, bool) or not isinstance(every, int) or not 1 <= every <= 12:
        errors.append(FieldError(f"{path}.report_every_months", "invalid_type",
                                 {"expected": "integer 1–12"}))
    codes = d.get("service_codes", [])
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
        errors.append(FieldError(f"{path}.service_codes", "required"))
    if len(errors) > before:
        return None
    return PartnershipPolicy(
        tuple((s, roles[s]) for s in STEPS), tuple((f, float(weights[f])) for f in PRIORITY_FACTORS),
        every, tuple(codes), str(d.get("notes", "")))
