"""Printing through a real CUPS queue (cups-pdf), with the printed file read back.

On Linux this test fails — it does not skip — when CUPS cannot be started: CI must prove that
documents really print. Printing goes through :mod:`desk_app.printing` (QtPdf → QPrinter → CUPS).
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desk_app import printing
from desk_app.documents.declaration import render_declaration
from desk_app.services import documents
from tests.conftest import ADMIN_PASSWORD
from tests.documents import samples
from tests.end_to_end import cups_server

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the CUPS end-to-end test runs on Linux (CI)")


@pytest.fixture(scope="session")
def cups():
    try:
        server = cups_server.start()
    except cups_server.CupsUnavailable as exc:
        pytest.fail(f"cannot start a CUPS print queue for the printing tests: {exc}",
                    pytrace=False)
    old = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(server.socket)
    cups_server.point_libcups_at(str(server.socket))
    try:
        yield server
    finally:
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        cups_server.point_libcups_at(old)
        cups_server.stop(server)


def issue_declaration(db, actor):
    data = samples.declaration()
    return documents.issue(
        db, actor, "declaration",
        lambda v: render_declaration(dataclasses.replace(data, verification=v)),
        number=data.request.number, subject_name=data.beneficiary.full_name)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def dark_fraction(pdf: Path, page: int = 1) -> float:
    """Share of dark pixels on a page rendered in grey at 50 dpi (pdftoppm → PGM)."""
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-gray", "-r", "50", "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(stem)], check=True, capture_output=True)
        data = (stem.with_suffix(".pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    w, h = int(header.group(1)), int(header.group(2))
    pixels = data[header.end():header.end() + w * h]
    return sum(1 for b in pixels if b < 128) / len(pixels)


def test_declaration_prints_through_cups(cups, qapp, desk_db, desk_admin, tmp_path):
    issued = issue_declaration(desk_db, desk_admin)
    before = set(cups.output_pdfs())
    report = printing.print_pdf(issued.pdf, cups.queue, title=f"declaration {issued.serial}")
    assert report.printer_name == cups.queue and report.pages == issued.pages
    cups.wait_until_idle()
    assert cups.jobs("completed"), cups.log()
    printed = [p for p in cups.output_pdfs() if p not in before]
    assert len(printed) == 1, f"no output from cups-pdf in {cups.out_dir}:\n{cups.log()}"
    archived = tmp_path / "archived.pdf"
    archived.write_bytes(documents.get(desk_db, issued.id, with_pdf=True).pdf)
    assert page_count(printed[0]) == page_count(archived) == issued.pages
    original, on_paper = dark_fraction(archived), dark_fraction(printed[0])
    assert on_paper > 0.01, f"the printed page looks blank ({on_paper:.4f} dark)"
    # The same page, not just any ink: about as much black as the archived PDF. The printed
    # page is QtPdf's antialiased render, whose thin Arabic strokes fall under the 50 % grey
    # cut more often than poppler's (about half as many dark pixels, measured on main too).
    assert 0.35 * original < on_paper < 2 * original, (original, on_paper)


def test_missing_printer_is_an_error_and_the_document_stays_archived(cups, qapp, desk_db,
                                                                       desk_admin):
    issued = issue_declaration(desk_db, desk_admin)
    with pytest.raises(printing.PrintError) as err:
        printing.print_pdf(issued.pdf, "NoSuchPrinter")
    assert err.value.code == "unknown_printer"
    assert documents.get(desk_db, issued.id, with_pdf=True).pdf == issued.pdf


def test_stopped_printer_is_an_error_and_nothing_is_queued(cups, qapp, desk_db, desk_admin):
    issued = issue_declaration(desk_db, desk_admin)
    cups.run("cupsdisable", cups.queue)
    try:
        with pytest.raises(printing.PrintError) as err:
            printing.print_pdf(issued.pdf, cups.queue)
        assert err.value.code == "printer_stopped"
        assert cups.jobs("not-completed") == []
    finally:
        cups.run("cupsenable", cups.queue)
    assert documents.verify(desk_db, desk_db.admin, issued.code).genuine


def test_unreadable_pdf_is_an_error(cups, qapp):
    with pytest.raises(printing.PrintError) as err:
        printing.print_pdf(b"%PDF-1.4 broken", cups.queue)
    assert err.value.code == "bad_document"


def test_printer_list_shows_the_queue_ready(cups, qapp):
    found = {p.name: p for p in printing.printers()}
    assert found[cups.queue].ready


def test_print_command_prints_on_the_queue(cups, desk_db, desk_admin, tmp_path):
    from tests.end_to_end.test_print_cli import open_request

    number = open_request(desk_db, desk_admin)
    before = set(cups.output_pdfs())
    out = tmp_path / "receipt.pdf"
    env = {**cups.env, "QT_QPA_PLATFORM": "offscreen", "DESK_APP_USER": "admin",
           "DESK_APP_PASSWORD": ADMIN_PASSWORD}
    done = subprocess.run([sys.executable, "-m", "desk_app", "--db", desk_db.url, "print",
                           "receipt", "--request", number, "--out", str(out), "--printer",
                           cups.queue], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    cups.wait_until_idle()
    printed = [p for p in cups.output_pdfs() if p not in before]
    assert len(printed) == 1 and page_count(printed[0]) == page_count(out)
    stopped = subprocess.run([sys.executable, "-m", "desk_app", "--db", desk_db.url, "print",
                              "receipt", "--request", number, "--out", str(out), "--printer",
                              "NoSuchPrinter"], capture_output=True, text=True, timeout=120,
                             env=env)
    assert stopped.returncode == 1 and "unknown_printer" in stopped.stderr
    assert "archived" in stopped.stderr and documents.count(desk_db) == 2
