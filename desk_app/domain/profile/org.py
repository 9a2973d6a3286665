"""``OrgProfile``: the profile data plus the rules that keep it valid."""

from __future__ import annotations

import dataclasses as dc
from collections.abc import Mapping
from typing import Any

from desk_app.domain.profile.model import ProfileData
from desk_app.domain.profile.reader import Reader
from desk_app.domain.profile.rules import profile_errors
from desk_app.domain.validation import FieldError, ValidationFailed


@dc.dataclass(frozen=True)
class OrgProfile(ProfileData):
    """An association's configuration (R-ORG). Construct via :meth:`from_dict` to validate."""

    def errors(self) -> tuple[FieldError, ...]:
        """Every rule this profile breaks (empty when valid)."""
        return tuple(profile_errors(self))

    def validate(self) -> OrgProfile:
        """Return ``self`` or raise :class:`ValidationFailed` with every error."""
        errs = self.errors()
        if errs:
            raise ValidationFailed(errs)
        return self

    def with_changes(self, **changes: Any) -> OrgProfile:
        """A copy with ``changes`` applied (``dataclasses.replace``), validated."""
        return dc.replace(self, **changes).validate()

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> OrgProfile:
        """Parse and validate; raises :class:`ValidationFailed` listing every problem."""
        reader = Reader()
        fields = reader.profile(d)
        if fields is None:
            raise ValidationFailed(reader.errors)
        profile = cls(**fields)
        errors = list(reader.errors)
        seen = {(e.field, e.code) for e in errors}
        for e in profile.errors():
            if (e.field, e.code) not in seen:
                errors.append(e)
                seen.add((e.field, e.code))
        if errors:
            raise ValidationFailed(errors)
        return profile
