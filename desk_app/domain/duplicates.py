"""Cross-branch duplicates: how sure a pair is, which pairs a group of files holds, and when
two files may be merged. Pure rules; the registration rules themselves are
:func:`desk_app.domain.beneficiary.duplicate_reasons`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from desk_app.domain.beneficiary import Candidate, duplicate_reasons
from desk_app.domain.validation import FieldError

DEFINITE, LIKELY = "definite", "likely"
OPEN, MERGED, DIFFERENT = "open", "merged", "different"
STATUSES = (OPEN, MERGED, DIFFERENT)

#: A group of files sharing one key larger than this is not compared pair by pair: such a group
#: is a placeholder value (an office mobile typed for everyone), not one person filed many times.
GROUP_LIMIT = 60
REASON_MAX = 500


@dataclass(frozen=True)
class Found:
    """Two files that may be one person; ``first_id`` < ``second_id``."""

    first_id: str
    second_id: str
    reasons: tuple[str, ...]

    @property
    def strength(self) -> str:
        return strength(self.reasons)


def strength(reasons: Iterable[str]) -> str:
    """The same identity document is a definite duplicate; the other rules a likely one."""
    return DEFINITE if "same_id" in reasons else LIKELY


def ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


_PAIRS = uuid.UUID("5b0d7c3e-1f0a-4c55-9a43-6d1c2e0f8b14")


def pair_id(a: str, b: str) -> str:
    """The same key for the same two files at every site: a pair found at a branch and at the
    head office is one row when their changes meet (synchronisation), not two."""
    first, second = ordered(a, b)
    return str(uuid.uuid5(_PAIRS, f"{first}:{second}"))


def pair_of(a: Candidate, b: Candidate) -> Found | None:
    """The pair ``a``/``b`` if the registration rules say they are likely one person."""
    reasons = duplicate_reasons(a, b)
    if not reasons:
        return None
    first, second = ordered(a.id, b.id)
    return Found(first, second, tuple(reasons))


def pairs_in_group(group: Sequence[Candidate]) -> list[Found]:
    """Every likely pair among files that share a key (see :data:`GROUP_LIMIT`)."""
    if len(group) > GROUP_LIMIT:
        return []
    return [p for a, b in combinations(group, 2) if (p := pair_of(a, b))]


def merge_refusal(keep: Candidate, other: Candidate, *, merged: bool,
                  confirmed: bool) -> str | None:
    """Why ``other`` may not be merged into ``keep`` now (a code), or None.

    ``merged``: one of the two files is already merged into another file. Two different identity
    documents are refused unless a person confirmed that they are one person (an iqama later
    replaced by a national ID, a number typed wrongly at a branch).
    """
    if keep.id == other.id:
        return "same_file"
    if merged:
        return "already_merged"
    same_id = (keep.id_type, keep.id_country, keep.id_number) == (
        other.id_type, other.id_country, other.id_number)
    if not same_id and not confirmed:
        return "ids_differ"
    return None


def check_reason(reason: str) -> tuple[str, list[FieldError]]:
    """The reason two files are different people: required, at most :data:`REASON_MAX`."""
    text = " ".join((reason or "").split())
    if not text:
        return text, [FieldError("reason", "required")]
    if len(text) > REASON_MAX:
        return text, [FieldError("reason", "too_long", {"max": REASON_MAX})]
    return text, []
