"""Fuzzing the importer with malformed CSV and XLSX files (issue 16): whatever the bytes, the
result is a report (per-file or per-row codes), never an exception.

The named files of the issue (a cut sheet, a 140,000-character field, a 1 GB-inflating workbook,
a million columns, a bad byte, NUL bytes, 100,000-character names) are in
``test_import_hostile.py``; here hypothesis makes thousands more.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desk_app.services import importer
from tests.services import hostile_files as hf

pytestmark = pytest.mark.sqlite_only  # reading files; the engine underneath is tested elsewhere

KNOWN = [name for names in importer.HEADERS.values() for name in names]
cells = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=10),
    st.sampled_from(["", "=1+1", "\x00", "ذكر", "01/02/1990", "1445-13-40", "0501234567",
                     "+966 5", '"', '""', "\r\n", "\t", "ـ", "١٢٣٤٥٦٧٨٩٠"]),
    st.integers(-10**12, 10**12).map(str),
)
headers = st.lists(st.one_of(st.sampled_from(KNOWN), st.text(max_size=12)), max_size=30)
grids = st.lists(st.lists(cells, max_size=30), max_size=25)
settings_ = settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                             HealthCheck.too_slow])


def _must_not_raise(db, path, skip_invalid: bool) -> importer.ImportReport:  # noqa: ANN001
    report = importer.import_beneficiaries(db, path, skip_invalid=skip_invalid)
    assert isinstance(report, importer.ImportReport)
    try:
        importer.preview_columns(path)
    except importer.FileProblem:
        pass
    return report


@settings_
@given(header=headers, rows=grids, sep=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1256", "utf-16"]),
       mangle=st.binary(max_size=64), at=st.floats(0, 1), skip=st.booleans())
def test_malformed_csv_gives_a_report(db, tmp_path, header, rows, sep, encoding, mangle, at,
                                      skip):
    text = "\n".join(sep.join(r) for r in [header, *rows])
    raw = bytearray(text.encode(encoding, errors="replace"))
    cut = int(len(raw) * at)
    raw[cut:cut] = mangle
    path = tmp_path / "fuzz.csv"
    path.write_bytes(bytes(raw))
    _must_not_raise(db, path, skip)


@pytest.fixture(scope="module")
def workbook() -> bytes:
    return hf.workbook_bytes([hf.good_row(i) for i in range(15)])


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                   HealthCheck.too_slow])
@given(how=st.sampled_from(["truncate", "flip", "sheet", "cells"]), at=st.floats(0, 1),
       junk=st.binary(min_size=1, max_size=200), rows=grids, skip=st.booleans())
def test_malformed_workbook_gives_a_report(db, tmp_path, workbook, how, at, junk, rows, skip):
    path = tmp_path / "fuzz.xlsx"
    if how == "cells":  # a sound workbook full of odd values
        data = hf.workbook_bytes([[ILLEGAL_CHARACTERS_RE.sub("", c) for c in r] for r in rows])
    elif how == "sheet":  # a sound zip around a damaged sheet
        with zipfile.ZipFile(io.BytesIO(workbook)) as z:
            xml = bytearray(z.read(hf.SHEET))
        cut = int(len(xml) * at)
        xml[cut:cut + len(junk)] = junk
        hf.with_sheet(path, workbook, lambda f: f.write(bytes(xml)))
        data = path.read_bytes()
    else:
        data = bytearray(workbook)
        cut = int(len(data) * at)
        data = data[:cut] if how == "truncate" else data[:cut] + junk + data[cut + len(junk):]
    path.write_bytes(bytes(data))
    _must_not_raise(db, path, skip)
