"""The hostile import files of issue 16, made by the tests themselves (never committed)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

from desk_app.domain.identifiers import make_saudi_id

HEADER = ["first_name", "father_name", "grandfather_name", "family_name", "id_number",
          "gender", "birth_date", "mobile", "notes"]
SHEET = "xl/worksheets/sheet1.xml"


def good_row(i: int, first: str = "سلمان") -> list[str]:
    return [first, "عبدالله", "فهد", f"المطيري{'ي' * (i % 3)}", make_saudi_id(1, f"{70000000 + i}"),
            "male", f"{1 + i % 28:02d}/0{1 + i % 9}/1980", f"05{80000000 + i}", ""]


def workbook_bytes(rows: list[list[str]], header: list[str] = HEADER) -> bytes:
    wb = Workbook()
    wb.active.append(header)
    for r in rows:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def with_sheet(path: Path, skeleton: bytes, write_sheet) -> Path:  # noqa: ANN001
    """``skeleton``'s parts, with its first sheet's XML written by ``write_sheet(file)``."""
    with zipfile.ZipFile(io.BytesIO(skeleton)) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for item in src.infolist():
            if item.filename != SHEET:
                dst.writestr(item, src.read(item.filename))
        with dst.open(SHEET, "w", force_zip64=True) as f:
            write_sheet(f)
    return path


def badsheet(path: Path) -> Path:
    """A sound zip whose sheet XML stops half-way (``ParseError: no element found``)."""
    skeleton = workbook_bytes([good_row(i) for i in range(20)])
    with zipfile.ZipFile(io.BytesIO(skeleton)) as z:
        xml = z.read(SHEET)
    return with_sheet(path, skeleton, lambda f: f.write(xml[: len(xml) // 2]))


_OPEN = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
         b'.org/spreadsheetml/2006/main"><sheetData>')
_CLOSE = b"</sheetData></worksheet>"


def inflating(path: Path, unpacked: int = 1024**3) -> Path:
    """A few MB of xlsx whose sheet inflates to ``unpacked`` bytes (about 3M rows per GB)."""
    row = (b'<row><c t="inlineStr"><is><t>\xd8\xb3</t></is></c><c t="inlineStr"><is><t>'
           b'\xd8\xb3</t></is></c></row>')
    block = row * (1024 * 1024 // len(row))
    skeleton = workbook_bytes([], HEADER)

    def write(f) -> None:  # noqa: ANN001
        f.write(_OPEN)
        for _ in range(unpacked // len(block)):
            f.write(block)
        f.write(_CLOSE)

    return with_sheet(path, skeleton, write)


def wide_header_csv(path: Path, columns: int = 1_000_000) -> Path:
    path.write_text(",".join(f"c{i}" for i in range(columns)) + "\n" + "x\n", encoding="utf-8")
    return path


def csv_text(rows: list[list[str]], header: list[str] = HEADER) -> str:
    return "\n".join(",".join(r) for r in [header, *rows]) + "\n"
