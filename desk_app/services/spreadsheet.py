"""Writing cells people will open in Excel or LibreOffice.

A text that begins with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return) is taken for a
formula by spreadsheet programs: a beneficiary's note or a complaint's text could then run a
formula on the manager's machine (CSV/formula injection). Such a text is written with a leading
apostrophe-like quote so it stays text. Numbers and dates pass unchanged.

The rule itself lives in :mod:`desk_app.services.safe_export` (one rule for every workbook and
CSV); this name is kept for write-only workbooks, where cells cannot be marked afterwards.
"""

from __future__ import annotations

from typing import Any

from desk_app.services.safe_export import RISKY_STARTS as FORMULA_STARTS  # noqa: F401
from desk_app.services.safe_export import csv_cell


def safe_cell(value: Any) -> Any:
    """The value to write into a cell: texts that could be read as a formula neutralised."""
    return csv_cell(value)
