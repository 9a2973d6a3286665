"""Hostile and broken import files: a message per file, never a traceback (issue 16, finding 5).

On main: a workbook with its sheet XML cut gave ``ParseError``; a CSV field over 131,072
characters gave ``_csv.Error``; a 5.6 MB workbook inflating to 1 GB ran past 150 s with memory
growing; one bad byte in a UTF-8 CSV re-decoded the whole file as cp1256 and rejected every row
(``name_has_digits``); NUL bytes were stored in names and notes; 100,000-character names passed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.services import importer
from desk_app.storage.tables import Beneficiary
from tests.services import hostile_files as hf


def _file_codes(report: importer.ImportReport) -> list[str]:
    return [r.code for r in report.rejected if r.row == 0]


def test_workbook_with_its_sheet_cut_is_a_message(db, tmp_path):
    path = hf.badsheet(tmp_path / "badsheet.xlsx")
    report = importer.import_beneficiaries(db, path)
    assert _file_codes(report) == ["unreadable"] and not report.written
    with pytest.raises(importer.FileProblem):
        importer.preview_columns(path, sample_rows=1000)


def test_csv_field_over_the_csv_modules_limit_is_a_message(db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(hf.csv_text([hf.good_row(1)[:8] + ["ن" * 140_000]]), encoding="utf-8")
    report = importer.import_beneficiaries(db, path)
    assert _file_codes(report) == ["field_too_long"] and not report.written


def test_rows_past_the_limit_refuse_the_file_and_write_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "LIMITS", importer.Limits(rows=10))
    path = tmp_path / "many.csv"
    path.write_text(hf.csv_text([hf.good_row(i) for i in range(11)]), encoding="utf-8")
    report = importer.import_beneficiaries(db, path, skip_invalid=True)
    assert _file_codes(report) == ["too_many_rows"] and report.imported == 0
    path.write_text(hf.csv_text([hf.good_row(i) for i in range(10)]), encoding="utf-8")
    assert importer.import_beneficiaries(db, path).imported == 10


def test_a_million_columns_are_refused_at_once(db, tmp_path):
    report = importer.import_beneficiaries(db, hf.wide_header_csv(tmp_path / "wide.csv"))
    assert _file_codes(report) == ["too_many_columns"]


def test_one_bad_byte_in_utf8_rejects_only_its_row(db, tmp_path):
    rows = [hf.good_row(i) for i in range(51)]
    raw = bytearray(hf.csv_text(rows).encode("utf-8"))
    raw[raw.index("المطيري".encode()) + 1] = 0xFF  # inside the first row's family name
    path = tmp_path / "one-bad-byte.csv"
    path.write_bytes(bytes(raw))
    report = importer.import_beneficiaries(db, path, skip_invalid=True)
    assert report.imported == 50
    assert [(r.row, r.code) for r in report.rejected] == [(2, "bad_encoding")]


def test_control_characters_are_stripped_and_lengths_come_from_the_schema(db, tmp_path):
    nul = hf.good_row(1, first="سل\x00مان")
    nul[8] = "ملاحظة\x00\x07 أولى"
    long_name = hf.good_row(2, first="ن" * 100_000)
    path = tmp_path / "nul.csv"
    path.write_text(hf.csv_text([nul, long_name]), encoding="utf-8")
    report = importer.import_beneficiaries(db, path, skip_invalid=True)
    assert [(r.row, r.field, r.code) for r in report.rejected] == [(3, "first_name", "too_long")]
    with db.read() as s:
        b = s.scalars(select(Beneficiary)).one()
        assert (b.first_name, b.notes) == ("سلمان", "ملاحظة أولى")


# VmHWM: this process's own peak (ru_maxrss may carry the parent's peak over the fork).
_MEASURE = textwrap.dedent("""
    import json, re, sys, time
    from desk_app.services import importer
    from desk_app.storage.db import Database
    db = Database.open(sys.argv[1])
    started = time.perf_counter()
    report = importer.import_beneficiaries(db, sys.argv[2])
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "codes": [r.code for r in report.rejected],
                      "peak_mb": int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status")
                                               .read()).group(1)) / 1024}))
""")


@pytest.fixture(scope="session")
def inflating_xlsx(tmp_path_factory) -> Path:
    return hf.inflating(tmp_path_factory.mktemp("bomb") / "inflates-to-1GB.xlsx")


def test_workbook_inflating_to_1gb_is_refused_quickly_in_little_memory(db, inflating_xlsx):
    assert inflating_xlsx.stat().st_size < 20 * 1024 * 1024
    try:
        done = subprocess.run([sys.executable, "-c", _MEASURE, db.url, str(inflating_xlsx)],
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("still reading the workbook after 60 s")
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print("1 GB-inflating workbook:", figures)
    assert figures["codes"] == ["too_large"]
    assert figures["peak_mb"] < 200
    assert figures["seconds"] < 5  # a refusal, not work: generous on a shared machine
