"""Which kinds of records a set of changed tables means, for the change notice open screens
refresh on (the same words the screens' runner announces after this desk's own actions)."""

from __future__ import annotations

from collections.abc import Iterable

_BY_PREFIX = (
    ("beneficiaries", "beneficiary"), ("household_members", "beneficiary"),
    ("service_requests", "request"), ("request_", "request"), ("contacts", "request"),
    ("consents", "request"), ("complaint", "complaint"), ("issued_documents", "document"),
    ("survey_", "survey"), ("staff", "staff"), ("profile_versions", "profile"),
)


def kinds_of(tables: Iterable[str]) -> frozenset[str]:
    """``{"beneficiaries", "request_events"}`` → ``{"beneficiary", "request"}``."""
    return frozenset(kind for table in tables for prefix, kind in _BY_PREFIX
                     if table.startswith(prefix))
