"""Document widgets and screens, offscreen in Arabic: signature pad, PDF preview, verify, archive."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desk_app import printing
from desk_app.config import Settings
from desk_app.documents.declaration import render_declaration
from desk_app.services import documents
from desk_app.ui.screens.documents import DocumentsController
from desk_app.ui.screens.verify import VerifyController
from desk_app.ui.widgets.pdf_preview import PdfPreview
from desk_app.ui.widgets.signature_pad import SignaturePad
from tests.documents import samples
from tests.ui.waiting import make_ctx, settle

ARABIC = re.compile(r"[\u0600-\u06ff]")


def drag(widget, points):
    """Press, move through ``points`` with the left button held, release (as a hand does)."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind, p, button, buttons):
        pos = QPointF(*p)
        QApplication.sendEvent(widget, QMouseEvent(kind, pos, widget.mapToGlobal(pos), button,
                                                   buttons, mods))

    send(QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, none, left)
    send(QEvent.Type.MouseButtonRelease, points[-1], left, none)


def wave(n=40, x0=30, y0=70):
    return [(x0 + i * 6, y0 + (25 if i % 4 < 2 else -25) * (i % 2)) for i in range(n)]


@pytest.fixture
def ctx(desk_db, desk_admin, arabic):
    settings = Settings(db_url=desk_db.url, language="ar", page_size=50)
    return make_ctx(desk_db, desk_admin, settings)


def issue(db, actor, **changes):
    data = samples.declaration(**changes)
    return documents.issue(db, actor, "declaration",
                           lambda v: render_declaration(dataclasses.replace(data, verification=v)),
                           number=data.request.number, title="إقرار المستفيد",
                           subject_name=data.beneficiary.full_name, request_id="r-1")


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


# --- signature pad ----------------------------------------------------------------------------

def test_signature_pad_drag_gives_a_non_empty_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 180)
    pad.show()
    assert pad.is_empty() and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        drag(pad, wave())
    assert not pad.is_empty()
    png = pad.to_png()
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.hasAlphaChannel()
    inked = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if image.pixelColor(x, y).alpha() > 128)
    assert inked > 50
    white = QImage.fromData(pad.to_png(white=True))
    assert white.pixelColor(0, 0).name() == "#ffffff"
    pad.clear()
    assert pad.is_empty() and pad.to_png() == b""


def test_a_tap_is_not_a_signature(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    drag(pad, [(50, 50), (51, 51)])
    assert pad.is_empty()


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler-utils not installed")
def test_signature_png_is_drawn_in_the_declaration(qtbot, tmp_path):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 180)
    drag(pad, wave())
    png = pad.to_png()
    size = QImage.fromData(png).size()
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(render_declaration(samples.declaration(signature_png=png)))
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(render_declaration(samples.declaration(signature_png=None)))

    def images(path):
        out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        return [(int(c[3]), int(c[4]), c[2]) for c in (line.split() for line in out)]

    added = [i for i in images(signed) if i not in images(unsigned)]
    assert (size.width(), size.height(), "image") in added
    assert (size.width(), size.height(), "smask") in added  # transparency kept


# --- PDF preview ------------------------------------------------------------------------------

def test_preview_loads_pages_and_navigates(qtbot, arabic):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    assert not preview.print_button.isEnabled()
    long_text = "\n".join(["سطر طويل في نص الإقرار يتكرر لكي يمتد المستند إلى صفحتين."] * 60)
    pdf = render_declaration(samples.declaration(declaration_text=long_text))
    assert preview.set_pdf(pdf, "إقرار")
    assert preview.page_count() >= 2
    assert preview.print_button.isEnabled() and not preview.prev_button.isEnabled()
    assert ARABIC.search(preview.page_label.text())
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.prev_button.isEnabled()
    zoom = preview.view.zoomFactor()
    preview.zoom_in_button.click()
    assert preview.view.zoomFactor() > zoom
    assert not preview.set_pdf(b"not a pdf")
    assert preview.page_count() == 0


def test_preview_prints_to_the_chosen_printer_and_saves(qtbot, tmp_path):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    pdf = render_declaration(samples.declaration())
    preview.set_pdf(pdf, "إقرار", "declaration.pdf")
    out = tmp_path / "printed.pdf"
    preview.ask_printer = lambda _parent: pdf_printer(out)
    with qtbot.waitSignal(preview.printed):
        assert preview.print_document()
    assert out.read_bytes().startswith(b"%PDF") and documents.count_pages(out.read_bytes()) == 1
    preview.ask_printer = lambda _parent: None  # cancelled
    assert not preview.print_document()
    preview.ask_save_path = lambda _parent, suggested: str(tmp_path / "copy")
    assert preview.save_document().endswith("copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == pdf


# --- verify screen ----------------------------------------------------------------------------

def test_verify_screen_genuine_unknown_and_altered(qtbot, ctx, desk_db, desk_admin, tmp_path):
    issued = issue(desk_db, desk_admin)
    ctl = VerifyController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    ctl.load()
    ctl.view.code.setText(issued.code.lower().replace("-", ""))
    ctl.view.code.returnPressed.emit()
    settle(qtbot, ctx)
    assert ctl.last.status == "genuine"
    assert ctl.view.banner.property("kind") == "ok"
    shown = " ".join(value.text() for _name, value in ctl.view._rows)
    assert samples.BENEFICIARY.full_name in shown and "مدير النظام" in shown
    assert ARABIC.search(ctl.view.banner.text())

    ctl.view.code.setText("00000-00000")
    ctl.verify_code()
    settle(qtbot, ctx)
    assert ctl.last.status == "unknown" and ctl.view.banner.property("kind") == "error"
    assert ARABIC.search(ctl.view.banner.text())

    altered = bytearray(issued.pdf)
    altered[len(altered) // 2] ^= 0x01
    path = tmp_path / "altered.pdf"
    path.write_bytes(bytes(altered))
    ctl.ask_pdf_path = lambda: str(path)
    ctl.view.file_button.click()
    settle(qtbot, ctx)
    assert ctl.last.status in ("altered", "not_ours") and not ctl.last.genuine
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(issued.pdf)
    assert ctl.verify_file(str(genuine))
    settle(qtbot, ctx)
    assert ctl.last.genuine


# --- archive screen ---------------------------------------------------------------------------

def test_archive_lists_previews_and_reprints(qtbot, ctx, desk_db, desk_admin, tmp_path):
    first = issue(desk_db, desk_admin)
    issue(desk_db, desk_admin)
    ctl = DocumentsController(ctx)
    qtbot.addWidget(ctl.view)
    ctl.view.resize(1366, 768)
    ctl.view.show()
    with qtbot.waitSignal(ctl.loaded):
        ctl.load()
    assert ctl.model.rowCount() == 2
    with qtbot.waitSignal(ctl.loaded):
        ctl.view.search.setText(first.code)
    assert [r.id for r in ctl.model.rows] == [first.id]
    settle(qtbot, ctx)
    assert ctl.current_id == first.id and ctl.view.preview.page_count() == 1
    out = tmp_path / "reprint.pdf"
    ctl.view.preview.ask_printer = lambda _parent: pdf_printer(out)
    assert ctl.view.preview.print_document()
    settle(qtbot, ctx)
    assert documents.get(desk_db, first.id).reprint_count == 1
    assert out.exists()


def test_print_failure_shows_an_arabic_message_and_keeps_the_archive(qtbot, ctx, desk_db,
                                                                      desk_admin, monkeypatch,
                                                                      tmp_path):
    # Real printer failures (missing, stopped) are produced by CUPS in
    # tests/end_to_end/test_cups_print.py; here: what the desk is told.
    issued = issue(desk_db, desk_admin)
    ctl = DocumentsController(ctx)
    qtbot.addWidget(ctl.view)
    with qtbot.waitSignal(ctl.loaded):
        ctl.load()
    settle(qtbot, ctx)
    ctl.view.preview.ask_printer = lambda _parent: pdf_printer(tmp_path / "never.pdf")
    for code in ("no_printer", "unknown_printer", "printer_stopped", "job_failed"):
        def fail(*_a, code=code, **_k):
            raise printing.PrintError(code)

        monkeypatch.setattr(printing, "print_pdf", fail)
        failed = []
        ctl.view.preview.print_failed.connect(failed.append)
        ctl.view.preview.print_document()
        settle(qtbot, ctx)
        assert failed
        kind, _title, text = ctx.dialogs.messages[-1]
        assert kind == "error" and ARABIC.search(text) and not re.search(r"[a-z]{3}", text)
    assert len({m[2] for m in ctx.dialogs.messages}) == 4  # one sentence per cause
    assert documents.get(desk_db, issued.id, with_pdf=True).pdf == issued.pdf


def test_open_from_verify_selects_the_document(qtbot, ctx, desk_db, desk_admin):
    issue(desk_db, desk_admin)
    second = issue(desk_db, desk_admin)
    issue(desk_db, desk_admin)
    ctl = DocumentsController(ctx)
    qtbot.addWidget(ctl.view)
    with qtbot.waitSignal(ctl.loaded):
        ctl.enter({"open": second.id})
    assert ctl.current_id == second.id
    assert ctl.model.rows[ctl.view.table.currentIndex().row()].id == second.id




# --- document buttons for a request -----------------------------------------------------------

@pytest.fixture
def request_id(desk_db, desk_admin):
    from desk_app.domain.beneficiary import BeneficiaryForm
    from desk_app.domain.identifiers import make_saudi_id
    from desk_app.domain.requests import IntakeForm
    from desk_app.services import profile as profile_service
    from desk_app.services import registry
    from desk_app.services import requests as svc

    form = BeneficiaryForm(first_name="نورة", father_name="سعد", grandfather_name="ناصر",
                           family_name="القحطاني", id_number=make_saudi_id(1, "44556677"),
                           gender="female", birth_date="01/01/1990", mobile="0551112233",
                           contact_channel_code="phone")
    person = registry.register(desk_db, desk_admin, form, branch_code="RYD").id
    return svc.create(desk_db, desk_admin, IntakeForm(person, "service_request", "phone",
                                                      "طلب مساعدة", True, True, agreed_channel_code="phone"),
                      branch_code="RYD", profile=profile_service.current(desk_db)).id


def test_document_actions_sign_preview_and_print(qtbot, ctx, desk_db, request_id, tmp_path):
    from desk_app.ui.widgets.document_actions import DocumentActions

    actions = DocumentActions(ctx)
    qtbot.addWidget(actions)
    assert not actions.button("declaration").isEnabled()
    actions.set_request(request_id)
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 180)
    drag(pad, wave())
    actions.ask_signature = pad.to_png
    assert actions.sign() and ARABIC.search(actions.signed_label.text())
    with qtbot.waitSignal(actions.issued):
        actions.button("declaration").click()
    settle(qtbot, ctx)
    declaration = actions.last_issued
    assert declaration.kind == "declaration" and declaration.request_id == request_id
    assert actions.dialog.preview.page_count() == 1
    size = QImage.fromData(pad.to_png()).size()
    path = tmp_path / "declaration.pdf"
    path.write_bytes(declaration.pdf)
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout
    assert f" {size.width()} " in listed and f" {size.height()} " in listed

    out = tmp_path / "receipt.pdf"
    actions.dialog.preview.ask_printer = lambda _parent: pdf_printer(out)
    assert actions.activate("receipt")
    assert not actions.button("receipt").isEnabled()   # busy while issuing
    settle(qtbot, ctx)
    assert actions.last_issued.kind == "receipt" and out.exists()
    assert documents.count(desk_db) == 2

    actions.button("decision").click()  # no decision yet: told so in Arabic, nothing issued
    settle(qtbot, ctx)
    kind, _title, text = ctx.dialogs.messages[-1]
    assert kind == "error" and ARABIC.search(text)
    assert documents.count(desk_db) == 2
    actions.set_request(None)
    assert actions.signature_png is None and not actions.button("receipt").isEnabled()


def test_document_actions_follow_the_shown_request(qtbot, ctx, desk_db, request_id):
    from desk_app.ui.widgets.document_actions import DocumentActions

    shown = {"id": None}
    actions = DocumentActions(ctx, current=lambda: shown["id"])
    qtbot.addWidget(actions)
    assert actions.issue("receipt") is False  # nothing shown yet: told, nothing issued
    assert ARABIC.search(ctx.dialogs.messages[-1][2]) and documents.count(desk_db) == 0
    shown["id"] = request_id
    actions.ask_signature = lambda: b"\x89PNG-not-really"
    assert actions.sign() and actions.signature_png
    shown["id"] = "another-request"
    assert actions.signature_png is None  # the signature stays with its request
    shown["id"] = request_id
    assert actions.issue("receipt")
    settle(qtbot, ctx)
    assert actions.last_issued.request_id == request_id
