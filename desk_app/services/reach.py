"""Indirect beneficiaries, counted not registered (seed 003 §2-2: people who benefit from the
association's website and social-media content): how many each content item reached on a
channel in a period — typed in, or imported from a platform's export (CSV or XLSX).

The direct beneficiary is a registered person (``beneficiary_type``); an indirect one is a
figure here and never a row of the registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from desk_app.domain.arabic import normalize_name
from desk_app.domain.entities import Actor
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services.import_files import FileProblem, Limits, cell_text, clean, read_table
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.partners_tables import ReachFigure

ITEM_MAX = 300
# Column names a platform's export may use (compared after Arabic normalisation, lower case).
CONTENT_COLUMNS = ("content", "content item", "post", "title", "tweet text", "post text",
                   "description", "url", "link", "المحتوى", "العنوان", "المنشور", "الرابط")
REACH_COLUMNS = ("reach", "impressions", "views", "people reached", "accounts reached",
                 "الوصول", "مرات الظهور", "المشاهدات", "عدد الوصول")


@dataclass(frozen=True)
class ReachLine:
    channel_code: str
    content_item: str
    period_start: date
    period_end: date
    reached: int
    source: str


def _period_errors(start: date | None, end: date | None) -> list[FieldError]:
    errors = []
    if start is None:
        errors.append(FieldError("period_start", "required"))
    if end is None:
        errors.append(FieldError("period_end", "required"))
    if start and end and end < start:
        errors.append(FieldError("period_end", "end_before_start"))
    return errors


def _check(profile: OrgProfile, channel: str, start: date | None, end: date | None
           ) -> list[FieldError]:
    errors = _period_errors(start, end)
    if channel not in {c.code for c in profile.channels}:
        errors.append(FieldError("channel_code", "invalid_choice"))
    return errors


def _taken(s: Session, lines: list[ReachLine]) -> set[tuple[str, str]]:
    keys = [(x.channel_code, x.content_item, x.period_start, x.period_end) for x in lines]
    if not keys:
        return set()
    rows = s.execute(select(ReachFigure.channel_code, ReachFigure.content_item).where(tuple_(
        ReachFigure.channel_code, ReachFigure.content_item, ReachFigure.period_start,
        ReachFigure.period_end).in_(keys)))
    return {(r[0], r[1]) for r in rows}


def _save(db: Database, actor: Actor, lines: list[ReachLine], action: str) -> int:
    with db.action(actor, action, "reach") as s:
        taken = _taken(s, lines)
        if taken:  # checked under the write lock: two desks cannot both record the same item
            raise ValidationFailed([FieldError("content_item", "reach_recorded",
                                               {"items": "، ".join(sorted(i for _c, i in taken))})])
        now = db.clock()
        for x in lines:
            s.add(ReachFigure(channel_code=x.channel_code, content_item=x.content_item,
                              period_start=x.period_start, period_end=x.period_end,
                              reached=x.reached, source=x.source, entered_at=now,
                              entered_by=actor.id))
    return len(lines)


def record(db: Database, actor: Actor, profile: OrgProfile, *, channel_code: str,
           content_item: str, period_start: date | None, period_end: date | None,
           reached: int) -> int:
    """One figure typed in. The same item, channel and period twice is refused."""
    require(db, actor, "reach.record")
    item = clean(content_item or "").strip()
    errors = _check(profile, channel_code, period_start, period_end)
    if not item:
        errors.append(FieldError("content_item", "required"))
    elif len(item) > ITEM_MAX:
        errors.append(FieldError("content_item", "too_long", {"max": ITEM_MAX}))
    if isinstance(reached, bool) or not isinstance(reached, int) or reached < 0:
        errors.append(FieldError("reached", "invalid_number"))
    if errors:
        raise ValidationFailed(errors)
    assert period_start is not None and period_end is not None
    return _save(db, actor, [ReachLine(channel_code, item, period_start, period_end, reached,
                                       "typed")], "reach.record")


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    wanted = {normalize_name(n) for n in names}
    for i, h in enumerate(header):
        if normalize_name(cell_text(h)) in wanted:
            return i
    return None


def _number(value: object) -> int | None:
    text = cell_text(value).replace(",", "").replace("٬", "").strip()
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number >= 0 and number == int(number) else None


def import_file(db: Database, actor: Actor, profile: OrgProfile, path: Path, *,
                channel_code: str, period_start: date | None, period_end: date | None) -> int:
    """A platform's export for one channel and period: a content column and a reach column
    (their usual English and Arabic names). All rows or none: a row without a content item
    or with a reach that is not a whole number refuses the file, naming its rows."""
    require(db, actor, "reach.record")
    errors = _check(profile, channel_code, period_start, period_end)
    if errors:
        raise ValidationFailed(errors)
    assert period_start is not None and period_end is not None
    try:
        header, rows = read_table(Path(path), Limits(rows=50_000))
        content, reach = _column(header, CONTENT_COLUMNS), _column(header, REACH_COLUMNS)
        if content is None or reach is None:
            raise ValidationFailed([FieldError("file", "reach_columns_missing")])
        lines, bad = [], []
        for number, values in rows:
            item = clean(cell_text(values[content] if content < len(values) else ""))[:ITEM_MAX]
            n = _number(values[reach] if reach < len(values) else "")
            if not item and n is None:
                continue  # an empty line
            if not item or n is None:
                bad.append(str(number))
                continue
            lines.append(ReachLine(channel_code, item, period_start, period_end, n,
                                   Path(path).name[:120]))
    except FileProblem as exc:
        raise ValidationFailed([FieldError("file", exc.problem.code)]) from exc
    if bad:
        raise ValidationFailed([FieldError("file", "reach_rows_invalid",
                                           {"rows": "، ".join(bad[:20])})])
    if not lines:
        raise ValidationFailed([FieldError("file", "reach_file_empty")])
    merged: dict[str, ReachLine] = {}
    for x in lines:  # an item listed twice in one export: its figures add up
        old = merged.get(x.content_item)
        merged[x.content_item] = x if old is None else ReachLine(
            x.channel_code, x.content_item, x.period_start, x.period_end,
            old.reached + x.reached, x.source)
    return _save(db, actor, list(merged.values()), "reach.import")


def listing(db: Database, actor: Actor, start: date, end: date) -> list[ReachLine]:
    """Figures whose period lies within ``start``–``end``, biggest reach first."""
    require(db, actor, "report.view")
    with db.read() as s:
        return [ReachLine(r.channel_code, r.content_item, r.period_start, r.period_end,
                          r.reached, r.source) for r in s.scalars(
                    within(select(ReachFigure), start, end)
                    .order_by(ReachFigure.reached.desc(), ReachFigure.content_item))]


def within(stmt, start: date, end: date):  # noqa: ANN001, ANN201
    return stmt.where(ReachFigure.period_start >= start, ReachFigure.period_end <= end)


def by_channel(s: Session, start: date, end: date) -> list[tuple[str, int, int]]:
    """(channel, content items, people reached) for the reports."""
    q = within(select(ReachFigure.channel_code, func.count(), func.sum(ReachFigure.reached)),
               start, end).group_by(ReachFigure.channel_code).order_by(ReachFigure.channel_code)
    return [(r[0], r[1], int(r[2] or 0)) for r in s.execute(q)]
