"""``desk-app report NAME --from --to [--branch] [--service] --out FILE.pdf|.xlsx | --json``.

Run in-process on the known database of report_data, through the real argument parser, with the
clock fixture (the "overdue now" figures depend on the day)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desk_app import cli, cli_report
from desk_app.services import documents
from tests.services import report_data
from tests.services.test_reports import DEADLINES


@pytest.fixture
def rdb(db, admin):
    report_data.fill(db)
    db.admin_actor = admin  # the command line's signed-in staff member
    return db


def report(db, capsys, *argv):
    args = cli._parser().parse_args(["report", *argv])
    code = cli_report.run(args, db, "en", db.admin_actor)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_the_figures_and_branch_filter(rdb, capsys):
    code, out, _ = report(rdb, capsys, "deadlines", "--from", "2026-10-01", "--to",
                          "2026-12-31", "--json")
    assert code == 0 and json.loads(out)["figures"] == DEADLINES
    code, out, _ = report(rdb, capsys, "deadlines", "--from", "2026-10-01", "--to",
                          "2026-12-31", "--branch", "RYD", "--service", "support_request",
                          "--json", "--rows")
    data = json.loads(out)
    assert data["figures"]["requests_received"] == 2  # R2, R4
    assert [r[0] for r in next(t for t in data["rows"] if t["key"] == "received_rows")["rows"]
            ] == ["R2", "R4"]


def test_out_xlsx_and_archived_pdf(rdb, capsys, tmp_path):
    xlsx = tmp_path / "q4.xlsx"
    assert report(rdb, capsys, "complaints", "--from", "2026-10-01", "--to", "2026-12-31",
                  "--out", str(xlsx))[0] == 0
    cells = {r[0]: r[1] for r in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)}
    assert cells["Complaints received"] == 6 and cells["Compensation amount (SAR)"] == 1750.5
    pdf = tmp_path / "q4.pdf"
    code, _, err = report(rdb, capsys, "board", "--from", "2026-10-01", "--to", "2026-12-31",
                          "--out", str(pdf))
    assert code == 0 and "archived as" in err
    assert documents.verify_pdf(rdb, rdb.admin_actor, pdf.read_bytes()).genuine


@pytest.mark.parametrize("argv, message", [
    (["--from", "2026-12-31", "--to", "2026-10-01", "--json"], "date_to: end_before_start"),
    (["--from", "2026-10-01", "--to", "2026-12-31", "--out", "x.txt"], "must end in .pdf"),
    (["--from", "2026-10-01", "--to", "2026-12-31"], "give --out"),
    (["--from", "2026-10-01", "--to", "2026-12-31", "--service", "x", "--json"],
     "service: invalid_choice")])
def test_bad_input_is_a_message(rdb, capsys, argv, message):
    code, _, err = report(rdb, capsys, "deadlines", *argv)
    assert code == 1 and message in err
