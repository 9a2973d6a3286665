"""Show an attached scan in a window of this application, images and PDFs alike.

A scan is never written to disk to be shown (an outside PDF viewer needs a file, and a
temporary file of an ID card or a medical report would outlive the encrypted database's
protection): PDFs are shown from memory by QtPdf."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from desk_app.ui.widgets.pdf_preview import PdfPreview


class ImageViewer(QDialog):
    def __init__(self, title: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.isNull():
            label.setText(self.tr("This image cannot be shown."))
        else:
            label.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        self.resize(900, 650)


class PdfScanViewer(QDialog):
    def __init__(self, title: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        lay = QVBoxLayout(self)
        if self.preview.set_pdf(data, title, title):
            lay.addWidget(self.preview)
        else:
            lay.addWidget(QLabel(self.tr("This PDF cannot be shown.")))
        self.resize(900, 650)


def show_scan(file_name: str, mime: str, data: bytes, parent: QWidget | None = None) -> QDialog:
    """Open the scan in a window (kept open, non-modal) and return it."""
    kind = PdfScanViewer if mime == "application/pdf" else ImageViewer
    viewer = kind(file_name, data, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer
