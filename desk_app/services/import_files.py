"""Reading an import file (.xlsx or .csv) safely: limits, encodings, broken files.

Every problem with the file itself is a :class:`FileProblem` (a code for the screen, never a
traceback), found while streaming: a workbook's declared unpacked size is checked before
anything is inflated, rows and columns are counted as they are read, and a CSV is decoded as a
whole file in one encoding (a few bad bytes in a UTF-8 file mark their rows, they do not turn the
file into Windows Arabic).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

BAD_CHARACTER = "\ufffd"  # what an undecodable byte becomes
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"[\t\r\n]+")


@dataclass(frozen=True)
class Limits:
    """What one import may hold; beyond it the file is refused before anything is written."""

    rows: int = 200_000
    columns: int = 200
    file_bytes: int = 100 * 1024 * 1024  # a CSV, or a workbook as stored
    unpacked_bytes: int = 300 * 1024 * 1024  # a workbook's parts once inflated


@dataclass(frozen=True)
class RejectedRow:
    """A problem that keeps a row out: spreadsheet row (0: the file), field and code."""

    row: int
    field: str
    code: str
    detail: str = ""


class FileProblem(Exception):
    def __init__(self, field: str, code: str, detail: str = ""):
        super().__init__(code)
        self.problem = RejectedRow(0, field, code, detail)


Rows = Iterator[tuple[int, list[Any]]]


def read_table(path: Path, limits: Limits) -> tuple[list[str], Rows]:
    """Header cells and the numbered data rows of a .xlsx or .csv file.

    The rows raise :class:`FileProblem` as they are read: past ``limits.rows``, or when the
    file turns out to be broken half-way.
    """
    if not path.is_file():
        raise FileProblem("file", "not_found", str(path))
    if path.stat().st_size > limits.file_bytes:
        raise FileProblem("file", "too_large", f"{path.stat().st_size} bytes")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _guarded(_xlsx_rows(path, limits), limits)
    elif suffix in (".csv", ".txt"):
        rows = _guarded(_csv_rows(path), limits)
    else:
        raise FileProblem("file", "unsupported_format", suffix or path.name)
    for _number, cells in rows:
        if len(cells) > limits.columns:
            raise FileProblem("file", "too_many_columns", f"{len(cells)} > {limits.columns}")
        if any(cell_text(c) for c in cells):
            return [cell_text(c) for c in cells], rows
    raise FileProblem("file", "empty_file")


def _guarded(rows: Rows, limits: Limits) -> Rows:
    try:
        for number, cells in rows:
            if number > limits.rows + 1:  # the header is row 1
                raise FileProblem("file", "too_many_rows", f"more than {limits.rows}")
            yield number, cells[: limits.columns + 1]
    except FileProblem:
        raise
    except csv.Error as exc:
        code = "field_too_long" if "field larger" in str(exc) else "unreadable"
        raise FileProblem("file", code, str(exc)) from exc
    except Exception as exc:  # a broken workbook fails in zip, XML or openpyxl, each its own way
        raise FileProblem("file", "unreadable", f"{type(exc).__name__}: {exc}") from exc


def _xlsx_rows(path: Path, limits: Limits) -> Rows:
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileProblem("file", "unreadable", str(exc)) from exc
    if unpacked > limits.unpacked_bytes:  # zip never inflates past what it declares
        raise FileProblem("file", "too_large", f"{unpacked} bytes unpacked")
    from openpyxl import load_workbook  # slow to import; only for workbooks

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise FileProblem("file", "unreadable", str(exc)) from exc

    def rows() -> Rows:
        try:
            sheet = book.worksheets[0]
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                yield number, list(values)
        finally:
            book.close()

    return rows()


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows Arabic, judged on the whole file.

    A mostly-UTF-8 file with a few bad bytes stays UTF-8: the bad bytes become
    :data:`BAD_CHARACTER` and reject only the rows they are in.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8-sig", errors="replace")
    bad = text.count(BAD_CHARACTER)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - bad > bad:
        return text
    return raw.decode("cp1256", errors="replace")  # Arabic Windows' "CSV" from Excel


def _csv_rows(path: Path) -> Rows:
    content = decode(path.read_bytes())
    first = content[: 1 << 20].split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    return ((number, list(cells)) for number, cells in enumerate(reader, 1))


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # IDs and mobiles typed as numbers in Excel
    return str(value).strip()


def clean(text: str, multiline: bool = False) -> str:
    """Control characters out (NUL and the like, as the desk form cannot type them); line
    breaks and tabs become one space except where the field holds lines (notes)."""
    text = _CONTROLS.sub("", text)
    if not multiline:
        text = _LINE_BREAKS.sub(" ", text)
    return text.strip()


@dataclass
class ImportReport:
    path: str
    rows: int = 0
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    file_numbers: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def rejected_rows(self) -> int:
        return len({r.row for r in self.rejected if r.row})

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "rows": self.rows, "imported": self.imported,
                "rejected_rows": self.rejected_rows,
                "rejected": [asdict(r) for r in self.rejected], "duplicates": self.duplicates,
                "ignored_columns": self.ignored_columns, "file_numbers": self.file_numbers}

    def summary(self) -> str:
        lines = []
        for r in self.rejected:
            where = f"row {r.row}" if r.row else "file"
            lines.append(f"{where}: {r.field or '-'}: {r.code}" + (f" ({r.detail})" if r.detail
                                                                    else ""))
        if self.ignored_columns:
            lines.append("ignored columns: " + ", ".join(self.ignored_columns))
        lines.append(f"imported {self.imported} of {self.rows} rows; "
                     f"{self.rejected_rows} rows rejected")
        if self.rejected and not self.written and self.rows:
            lines.append("nothing was imported: fix the rejected rows, or import the others "
                         "with --skip-invalid")
        return "\n".join(lines)
