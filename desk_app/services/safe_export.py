"""Every workbook and CSV the app writes goes through here: no cell becomes a live formula.

A text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to a
spreadsheet (``=HYPERLINK(...)`` leaking other cells, ``=cmd|...`` running a program). In a
workbook such a text is stored as a string cell, marked "quote prefixed" so the spreadsheet shows
it word for word and never evaluates it; in a CSV, which has no types, it gets a leading
apostrophe (OWASP's advice), the only marker spreadsheets honour there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(RISKY_STARTS)


def csv_cell(value: Any) -> Any:
    """``value`` as a CSV writer should get it."""
    return "'" + value if is_risky(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def append_row(sheet: Worksheet, values: Iterable[Any]) -> None:
    """``sheet.append(values)``, with every risky text kept as plain text."""
    row = list(values)
    sheet.append(row)
    for cell, value in zip(sheet[sheet.max_row], row, strict=False):
        if is_risky(value):
            cell.value = value
            cell.data_type = "s"
            cell.quotePrefix = True
