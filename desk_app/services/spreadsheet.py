"""Writing cells people will open in Excel or LibreOffice.

A text that begins with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return) is taken for a
formula by spreadsheet programs: a beneficiary's note or a complaint's text could then run a
formula on the manager's machine (CSV/formula injection). Such a text is written with a leading
apostrophe-like quote so it stays text. Numbers and dates pass unchanged.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value to write into a cell: texts that could be read as a formula neutralised."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
