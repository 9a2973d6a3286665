"""The name search's two ways on PostgreSQL, and the choice between them (issue 13).

A name search keeps the first 1,000 people in file order having every typed word as the start of
one of their words (then ranks them, ``ranking.ranked_names``). Two ways find them:

* **the walk**: down the file-order index that carries each person's words (migration 0045),
  each typed word a prefix term (``'فاطمه':*``), stopping at the 1,000th — cheap when the words
  are common (1,000 of «فاطمه» are found within 62k people), a walk through everybody when
  they are rare;
* **the word starts' index** (migration 0046): every start of every word stored as an entry of
  a GIN index, each typed word one exact entry, so the index intersects them driven by the
  rarest — cheap when few people match, but each match is then read from the table (about ten
  times a walked row) and 36,000 «محمد» cost 440 ms that the walk finds in 14.

PostgreSQL's planner chooses between plans of one condition, not between two conditions that
mean the same, so the choice is made here the way the planner would: the number of matches is
estimated from the starts' own statistics (the server's ``pg_stats``, most common entries and
their frequencies, words taken as independent, as ``tsmatchsel`` does) and the walk is taken when
it is the cheaper, i.e. when at least ``sqrt(1000 · rows / 12)`` people are expected to match
(9,100 at 1M: the walk then reads under 110k index entries). Both ways find the same people.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text

from desk_app.storage import postgres

#: A row read from the table after the starts' index costs about this many walked index
#: entries (1M, load 7: 3.5 µs against 0.3 µs).
WALK_ENTRIES_PER_FETCHED_ROW = 12

#: How long the statistics read from the server are used before they are read again (seconds);
#: their absence is asked again sooner (autovacuum analyses a growing registry within minutes).
STATS_TTL_S = 600.0
NO_STATS_TTL_S = 30.0

#: tsmatchsel's selectivity for an entry missing from the most common ones, at most.
_DEFAULT_MATCH_SEL = 0.005

_STATS_SQL = text(
    "SELECT c.reltuples, s.null_frac, s.most_common_elems::text::text[], "
    "s.most_common_elem_freqs FROM pg_class c LEFT JOIN pg_stats s "
    "ON s.schemaname = current_schema() AND s.tablename = 'beneficiaries' "
    f"AND s.attname = '{postgres.NAME_PREFIXES}' "
    "WHERE c.oid = to_regclass('beneficiaries')")


@dataclass(frozen=True)
class StartStats:
    """What the server knows of the word starts: rows, and the most common starts' share."""

    rows: float
    present: float                  # share of rows having a name at all (1 - null_frac)
    freqs: dict[str, float]
    missing: float                  # the share assumed for a start not among the common ones

    def expected(self, tokens: Sequence[str]) -> float:
        share = self.present
        for t in set(tokens):
            share *= self.freqs.get(t, self.missing)
        return self.rows * share


_cache: dict[str, tuple[float, StartStats | None]] = {}


def start_stats(session) -> StartStats | None:  # noqa: ANN001 - a SQLAlchemy Session
    """The starts' statistics of this session's server (read at most every ``STATS_TTL_S``);
    ``None`` before the registry was first analysed."""
    key = str(session.get_bind().url)
    now = time.monotonic()
    cached = _cache.get(key)
    if cached is not None and now - cached[0] < (STATS_TTL_S if cached[1] else NO_STATS_TTL_S):
        return cached[1]
    row = session.execute(_STATS_SQL).first()
    stats = None
    if row is not None and row[2] and row[3] and row[0] > 0:
        rows, null_frac, elems, freqs = row
        # ts_typanalyze appends the smallest and largest frequency after one per entry
        missing = min(_DEFAULT_MATCH_SEL, freqs[len(elems)] / 2)
        stats = StartStats(float(rows), 1.0 - float(null_frac or 0.0),
                           dict(zip(elems, freqs[:len(elems)], strict=True)), missing)
    _cache[key] = (now, stats)
    return stats


def walk_is_cheaper(stats: StartStats | None, tokens: Sequence[str], cap: int) -> bool:
    """Whether walking the file order finds the first ``cap`` sooner than reading every match
    from the starts' index (see the module docstring). Without statistics: walk, as before
    migration 0046 (a registry too new to have been analysed is small)."""
    if stats is None:
        return True
    return stats.expected(tokens) >= math.sqrt(cap * stats.rows / WALK_ENTRIES_PER_FETCHED_ROW)


def name_filter(stats: StartStats | None, tokens: Sequence[str], cap: int) -> tuple[str, str]:
    """The condition a name search's candidates are found by (its text has one ``:q``
    parameter, a ``tsquery``) and the query to bind."""
    if walk_is_cheaper(stats, tokens, cap):
        return f"{postgres.NAME_WORDS} @@ CAST(:q AS tsquery)", prefix_tsquery(tokens)
    return f"{postgres.NAME_PREFIXES} @@ CAST(:q AS tsquery)", starts_tsquery(tokens)


def _quoted(tokens: Sequence[str]) -> list[str]:
    # Words come from domain.arabic.name_tokens (letters and digits only); quotes and
    # backslashes are escaped anyway so that no input can change the query's shape.
    return [t.replace("\\", "\\\\").replace("'", "''") for t in tokens if t.strip()]


def prefix_tsquery(tokens: Sequence[str]) -> str:
    """Every word as a prefix, all required: ``'محم':* & 'عبدال':*`` (over the words)."""
    return " & ".join(f"'{w}':*" for w in _quoted(tokens))


def starts_tsquery(tokens: Sequence[str]) -> str:
    """Every word as one of the stored word starts, all required: ``'محم' & 'عبدال'``."""
    return " & ".join(f"'{w}'" for w in _quoted(tokens))
