"""Registry queries: FTS5 name search, identity/mobile/file-number look-ups, duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Integer, Row, String, Subquery, bindparam, func, or_, select, text, union
from sqlalchemy.orm import Session

from desk_app.storage import action_connection, postgres_search
from desk_app.storage.tables import Beneficiary, HouseholdMember

_PEOPLE = Beneficiary.__table__
_LAST_SEQ = select(func.max(_PEOPLE.c.seq))  # built once: a registration takes one each


def next_seq(session: Session) -> int:
    return (action_connection.of(session).execute(_LAST_SEQ).scalar() or 0) + 1


def fts_query(tokens: Sequence[str]) -> str:
    """Every token as a prefix, all required: ``"محم"* AND "عبدال"*``."""
    return " AND ".join('"' + t.replace('"', "") + '"*' for t in tokens if t.replace('"', ""))


def name_candidates(session: Session, tokens: Sequence[str], name_key: str,
                    limit: int) -> Subquery | None:
    """The people a name search ranks, as a subquery of ``(id, seq, name_key)``: the first
    ``limit`` in file order having every token as the start of one of their words (the engine's
    word index), and, for several words, those whose whole name is ``name_key``. ``None`` when
    the text has no word. One statement with the ranking around it: the candidates are never
    sent to the desk and back (:func:`ranking.ranked_names`)."""
    if session.get_bind().dialect.name == "postgresql":
        # the walk in file order over the words' index or the word starts' index, whichever
        # is cheaper for these words (postgres_search); the table gives the 1,000 found
        where, query = postgres_search.name_filter(postgres_search.start_stats(session), tokens,
                                                   limit)
        prefix = text("SELECT id, seq, name_key FROM beneficiaries WHERE seq IN (SELECT seq "
                      f"FROM beneficiaries WHERE {where} ORDER BY seq LIMIT :cap)")
    else:
        query = fts_query(tokens)
        prefix = text("SELECT b.id, b.seq, b.name_key FROM beneficiary_fts f JOIN beneficiaries b "
                      "ON b.seq = f.rowid WHERE beneficiary_fts MATCH :q ORDER BY f.rowid "
                      "LIMIT :cap")
    if not query:
        return None
    arms = [prefix.bindparams(q=query, cap=limit).columns(
        id=String, seq=Integer, name_key=String).subquery("by_words")]
    if len(tokens) > 1:
        arms.append(select(Beneficiary.id, Beneficiary.seq, Beneficiary.name_key)
                    .where(Beneficiary.name_key == name_key).order_by(Beneficiary.seq)
                    .limit(limit).subquery("by_name"))
    if len(arms) == 1:
        return arms[0]
    return union(*(select(a.c.id, a.c.seq, a.c.name_key) for a in arms)).subquery("candidates")


def number_candidates(digits: str, mobile: str | None, file_number: str | None,
                      members: bool, limit: int) -> Subquery:
    """The people a number search ranks, as a subquery of ``(id, seq, id_number, mobile,
    file_number)``: the first ``limit`` in file order whose ID number starts with ``digits``,
    those with this exact mobile or file number, and (``members``) the households one of whose
    members carries ``digits`` as their ID. Each an index look-up of its own, so an exact match
    is never cut off by the prefix's ``limit``; one statement with the ranking around it
    (:func:`ranking.ranked_numbers`), as for names."""
    b = Beneficiary
    cols = (b.id, b.seq, b.id_number, b.mobile, b.file_number)
    arms = [select(*cols).where(b.id_number.between(digits, digits + "\uffff"))
            .order_by(b.seq).limit(limit)]
    if mobile:
        arms.append(select(*cols).where(b.mobile == mobile).order_by(b.seq).limit(limit))
    if file_number:
        arms.append(select(*cols).where(b.file_number == file_number))
    if members:
        households = select(HouseholdMember.beneficiary_id).where(
            HouseholdMember.id_number == digits)
        arms.append(select(*cols).where(b.id.in_(households)).order_by(b.seq).limit(limit))
    # each arm as a subquery: SQLite takes no LIMIT inside a compound SELECT's own members
    parts = [a.subquery(f"arm{i}") for i, a in enumerate(arms)]
    if len(parts) == 1:
        return parts[0]
    return union(*(select(*p.c) for p in parts)).subquery("candidates")


def ids_by_file_number(session: Session, file_number: str) -> list[str]:
    return list(session.scalars(select(Beneficiary.id).where(Beneficiary.file_number == file_number)))


#: What a row of the search results shows (see ``registry.Summary``).
SUMMARY_COLUMNS = (
    Beneficiary.id, Beneficiary.file_number, Beneficiary.first_name, Beneficiary.father_name,
    Beneficiary.grandfather_name, Beneficiary.family_name, Beneficiary.id_number,
    Beneficiary.mobile, Beneficiary.birth_date, Beneficiary.category_code,
)


def summary_rows(session: Session, ids: Sequence[str]) -> list[Row]:
    """The result-table columns of ``ids``, in that order.

    Plain rows, not ORM objects: building 50 full records (35 columns, identity map) cost
    several times more than finding them, and search runs on every key stroke.
    """
    if not ids:
        return []
    rows = {r.id: r for r in session.execute(select(*SUMMARY_COLUMNS)
                                             .where(Beneficiary.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def possible_duplicates(
    session: Session, *, id_type: str, id_country: str, id_number: str, name_key: str,
    birth_date: date | None, mobile: str, limit: int = 20,
) -> list[Beneficiary]:
    """Rows that share the identity document, the name key, or the birth date and mobile."""
    conds = [
        (Beneficiary.id_type == id_type) & (Beneficiary.id_country == id_country)
        & (Beneficiary.id_number == id_number),
        Beneficiary.name_key == name_key,
    ]
    if mobile and birth_date:
        conds.append((Beneficiary.mobile == mobile) & (Beneficiary.birth_date == birth_date))
    return list(session.scalars(select(Beneficiary).where(or_(*conds)).limit(limit)))


def _duplicate_rows(by_mobile: bool):  # noqa: ANN202
    c = _PEOPLE.c
    conds = [(c.id_type == bindparam("id_type")) & (c.id_country == bindparam("id_country"))
             & (c.id_number == bindparam("id_number")), c.name_key == bindparam("name_key")]
    if by_mobile:
        conds.append((c.mobile == bindparam("mobile")) & (c.birth_date == bindparam("birth")))
    return (select(*(c[col.key] for col in SUMMARY_COLUMNS), c.name_key, c.id_type,
                   c.id_country).where(or_(*conds)).limit(bindparam("limit")))


#: :func:`possible_duplicates` as plain rows, both forms built once: the duplicate check of
#: every registration reads up to 20 same-named people at a million, not 20 ORM objects.
_DUPLICATE_ROWS = {True: _duplicate_rows(True), False: _duplicate_rows(False)}


def possible_duplicate_rows(
    session: Session, *, id_type: str, id_country: str, id_number: str, name_key: str,
    birth_date: date | None, mobile: str, limit: int = 20,
) -> list[Row]:
    """:func:`possible_duplicates` as rows of :data:`SUMMARY_COLUMNS` with ``name_key``,
    ``id_type`` and ``id_country`` (what the duplicate rule compares)."""
    by_mobile = bool(mobile and birth_date)
    params = {"id_type": id_type, "id_country": id_country, "id_number": id_number,
              "name_key": name_key, "limit": limit}
    if by_mobile:
        params |= {"mobile": mobile, "birth": birth_date}
    return list(action_connection.of(session).execute(_DUPLICATE_ROWS[by_mobile], params))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Beneficiary)) or 0


def due_for_review(session: Session, reviewed_before: date, limit: int, offset: int = 0):
    return list(
        session.scalars(
            select(Beneficiary).where(Beneficiary.data_reviewed_on < reviewed_before)
            .order_by(Beneficiary.data_reviewed_on).limit(limit).offset(offset)
        )
    )


def latest_ids(session: Session, limit: int, offset: int) -> list[str]:
    return list(session.scalars(select(Beneficiary.id).order_by(Beneficiary.seq.desc())
                                .limit(limit).offset(offset)))
