"""A scan is shown from memory, never written to disk (issue 19: a temporary file of an ID card
would outlive the encrypted database's protection)."""

import tempfile

from desk_app.ui.widgets.scan_viewer import ImageViewer, PdfScanViewer, show_scan


def test_a_pdf_scan_opens_in_the_app_and_leaves_no_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    viewer = show_scan("report.pdf", "application/pdf", _any_pdf())
    qtbot.addWidget(viewer)
    assert isinstance(viewer, PdfScanViewer) and viewer.preview.page_count() >= 1
    assert list(tmp_path.iterdir()) == []
    image = show_scan("id.png", "image/png", b"not an image")
    qtbot.addWidget(image)
    assert isinstance(image, ImageViewer) and list(tmp_path.iterdir()) == []


def _any_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    c = Canvas(out)
    c.drawString(100, 700, "scan")
    c.save()
    return out.getvalue()
