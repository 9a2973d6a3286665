"""Show an attached scan: images in a window here, PDFs in the system's PDF viewer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget


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


def show_scan(file_name: str, mime: str, data: bytes, parent: QWidget | None = None) -> QDialog | None:
    """Open the scan; returns the image window (kept open, non-modal) or None for a PDF."""
    if mime == "application/pdf":
        folder = Path(tempfile.mkdtemp(prefix="desk-scan-"))
        path = folder / (Path(file_name).stem + ".pdf")
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return None
    viewer = ImageViewer(file_name, data, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer
