"""Registry ranking: the best match first (issue 18).

The engine's own index (FTS5 on SQLite, tsvector/GIN on PostgreSQL) only *chooses* the
candidates; the order is one SQLAlchemy expression over ``name_key`` / the numbers, the same on
both engines (``tests/services/test_search_engines.py`` checks every query of
``bench/queries.txt``), so an office moving to its server sees the same list in the same order.

Names, best first: the whole name as typed; the typed words in order starting at the first name
(one after the other; the first two so, as a first and father's name; with other names
between; with the last word still being typed); the words in order anywhere in the name; all the words in any order; the remaining prefix matches. Numbers: an exact ID, mobile or
file number before IDs that merely start with the digits. Ties go to the most recently
registered file.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Subquery, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from desk_app.storage.tables import Beneficiary

#: How many index candidates are ranked at most (plus the exact full-name matches): enough for
#: 20 pages of results, small enough that a two-letter fragment stays a few milliseconds.
CANDIDATES = 1000


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _words(name_key: ColumnElement[str]) -> ColumnElement[str]:
    """``name_key`` with two spaces between words and one at each end, so a pattern
    ``' a % b '`` finds whole words ``a`` … ``b`` in order, adjacent ones included."""
    return literal(" ") + func.replace(name_key, " ", "  ") + literal(" ")


def name_order(tokens: Sequence[str], key: str, name_key: ColumnElement[str] = Beneficiary.name_key,
               seq: ColumnElement[int] = Beneficiary.seq) -> list[ColumnElement]:
    """ORDER BY terms for a name search (see the module docstring), over ``name_key`` and
    ``seq`` of the beneficiaries table or of a subquery of candidates."""
    words = [_like(t) for t in tokens]
    padded = _words(name_key)

    def has(pattern: str) -> ColumnElement[bool]:
        return padded.like(pattern, escape="\\")

    in_order, adjacent = " % ".join(words), "  ".join(words)
    father_next = " % ".join(["  ".join(words[:2]), *words[2:]])
    tier = case(
        (name_key == key, 0),
        (has(f" {adjacent} %"), 1),                     # from the first name, word after word
        (has(f" {father_next} %"), 2),                  # … the first two so (first + father)
        (has(f" {in_order} %"), 3),                     # from the first name, whole words
        (has(f" {in_order}%"), 4),                      # … the last word still being typed
        (has(f"% {in_order}%"), 5),                     # in order, anywhere in the name
        (and_(*(has(f"% {w} %") for w in words)), 6),   # every word, any order
        else_=7,                                        # prefix matches only
    )
    return [tier, seq.desc()]


def ranked_numbers(session: Session, candidates: Subquery, digits: str, mobile: str | None,
                   file_number: str | None, limit: int, offset: int) -> list[str]:
    """One page of a number search's ``candidates`` (``beneficiaries.number_candidates``):
    an exact ID, mobile or file number first, then the newest file; one statement."""
    c = candidates.c
    exact = [c.id_number == digits]
    if mobile:
        exact.append(c.mobile == mobile)
    if file_number:
        exact.append(c.file_number == file_number)
    return list(session.scalars(select(c.id).order_by(case((or_(*exact), 0), else_=1),
                                                      c.seq.desc()).limit(limit).offset(offset)))


def ranked_names(session: Session, candidates: Subquery | None, tokens: Sequence[str], key: str,
                 limit: int, offset: int) -> list[str]:
    """One page of a name search's ``candidates`` (``beneficiaries.name_candidates``), best
    first: the candidates and their ranking in one statement."""
    if candidates is None:
        return []
    c = candidates.c
    return list(session.scalars(select(c.id).order_by(*name_order(tokens, key, c.name_key, c.seq))
                                .limit(limit).offset(offset)))
