"""A row of "everything we hold about this person" as the person reads it in the printed copy:
codes in words, dates in both calendars, internal keys as the number or name they stand for.

The JSON file and the workbook handed over with the PDF keep every value as stored; the PDF
leaves out what only the software reads (a row's own key, a key nobody knows a number for,
integrity fingerprints) and says so in its opening note."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

from desk_app.domain import calendar as cal
from desk_app.domain.countries import country_name
from desk_app.domain.subject_data import (
    TABLE_VALUES_AR,
    column_ar,
    due_rule_ar,
    table_ar,
    value_ar,
)
from desk_app.services import document_kinds, report_labels

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ISO = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?")
# Fingerprints that prove the records were not altered: kept in the data files, not printed.
TECHNICAL = frozenset({"content_digest", "sha256", "prev_hash", "hash", "text_sha256",
                       "submission_key"})
# The English twin of an Arabic field (a checklist item's name): the Arabic one is printed.
_ENGLISH = frozenset({"name_en", "title_en", "text_en"})
_BYTES = re.compile(r"<(\d+) bytes>")  # how the audit snapshot names a file's contents
_COUNTRIES = frozenset({"id_country", "nationality"})
# Statuses kept as codes, printed in the words the reports use.
_STATUS_WORDS = {("service_requests", "status"): "st", ("request_events", "from_status"): "st",
                 ("request_events", "to_status"): "st", ("request_decisions", "decision"): "st",
                 ("complaints", "status"): "cs", ("complaint_events", "from_status"): "cs",
                 ("complaint_events", "to_status"): "cs",
                 ("complaint_compensations", "kind"): "ck"}


@dataclasses.dataclass(frozen=True)
class Reader:
    # the profile's codes (category, channel…) → Arabic names, by column or "table.column"
    names: dict[str, dict[str, str]]
    labels: dict[str, str]  # internal key → the number or name a person knows it by

    def fields(self, table: str | None, row: dict[str, Any]) -> list[tuple[str, str]]:
        """(field name, value) pairs of ``row`` to print, in Arabic."""
        inner = row.get("table", table)  # an audit event's change names its table
        return [(column_ar(k), self.text(self.word(table, k, v), inner))
                for k, v in row.items() if self.shown(k, v)]

    def shown(self, column: str, value: Any) -> bool:
        if column == "id" or column in TECHNICAL or column in _ENGLISH:
            return False
        return not (isinstance(value, str) and _UUID.fullmatch(value)
                    and value not in self.labels)

    def word(self, table: str | None, column: str, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if _UUID.fullmatch(value):
            return self.labels.get(value, value)
        names = self.names.get(f"{table}.{column}") or self.names.get(column, {})
        if value in names:
            return names[value]
        if column in _COUNTRIES:
            return country_name(value)
        if column == "table":
            return table_ar(value)
        if column == "due_rule":
            return due_rule_ar(value)
        if (table, column) == ("issued_documents", "kind"):
            return _document_kind(value)
        words = TABLE_VALUES_AR.get((table or "", column))
        if words:
            return words.get(value, value)
        prefix = _STATUS_WORDS.get((table or "", column))
        if prefix:
            return report_labels.prefixed(prefix, value, "ar")
        if _ISO.fullmatch(value):  # a date kept inside an audit event's before/after
            return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
        return value_ar(column, value)

    def text(self, value: Any, table: str | None = None) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return "نعم" if value else "لا"
        if isinstance(value, datetime):
            return cal.format_moment(value)
        if isinstance(value, date):
            return cal.format_day(value)
        if isinstance(value, bytes):
            return _stored_file(len(value))
        if isinstance(value, str) and (size := _BYTES.fullmatch(value)):  # inside an audit event
            return _stored_file(int(size[1]))
        if isinstance(value, dict):  # e.g. an audit event's before/after: named, in words
            return "؛ ".join(f"{n}: {text}" for n, text in self.fields(table, value)) or "—"
        if isinstance(value, list):
            return "، ".join(self.text(v, table) for v in value) or "—"
        return str(value)


def _document_kind(code: str) -> str:
    try:
        return document_kinds.kind(code).title("ar")
    except KeyError:
        return code


def _stored_file(size: int) -> str:
    return f"ملف محفوظ ({size} بايت) — مذكور ولم يُنسخ"
