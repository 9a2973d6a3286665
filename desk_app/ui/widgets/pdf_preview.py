"""Preview a PDF inside the app (QtPdf), page through it, zoom, print it or save it.

Printing asks for the printer in the system print dialog and hands the chosen QPrinter to
:mod:`desk_app.printing`; a failure is shown as a sentence from :func:`print_message`. The
dialogs are attributes (``ask_printer``, ``ask_save_path``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app import printing

ZOOM_STEP = 1.25


def print_message(error: printing.PrintError) -> str:
    """A print failure in the user's language."""
    texts = {
        "no_printer": QCoreApplication.translate(
            "Printing", "No printer is installed on this computer. Save the document as PDF, or "
            "ask the administrator to add a printer."),
        "no_default": QCoreApplication.translate(
            "Printing", "No default printer is set. Choose a printer in the print dialog."),
        "unknown_printer": QCoreApplication.translate(
            "Printing", "The printer was not found. Check that it is connected and switched on, "
            "or choose another printer."),
        "printer_stopped": QCoreApplication.translate(
            "Printing", "The printer is stopped, switched off or in error. Check paper and "
            "power, then print again."),
        "bad_document": QCoreApplication.translate(
            "Printing", "The document cannot be read for printing."),
        "job_failed": QCoreApplication.translate(
            "Printing", "The printer refused the print job. Try again or choose another "
            "printer."),
    }
    text = texts.get(error.code, texts["job_failed"])
    archived = QCoreApplication.translate(
        "Printing", "The document is saved in the archive; you can reprint it from there.")
    return f"{text}\n{archived}"


def _ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Print document"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def _ask_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PdfPreview", "Save as PDF"), suggested,
        QCoreApplication.translate("PdfPreview", "PDF documents (*.pdf)"))
    return path


class PdfPreview(QWidget):
    """Toolbar (pages, zoom, print, save) over a :class:`QPdfView`."""

    printed = Signal(str)        # printer name
    print_failed = Signal(str)   # message shown
    saved = Signal(str)          # path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.ask_printer: Callable[[QWidget], QPrinter | None] = _ask_printer
        self.ask_save_path: Callable[[QWidget, str], str] = _ask_save_path
        self.show_error: Callable[[str], None] = lambda _text: None
        self.before_print: Callable[[Callable[[bytes], object]], None] | None = None
        self.pdf = b""
        self.title = ""
        self.suggested_name = "document.pdf"
        self.document = QPdfDocument(self)
        self._buffer = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Pages are paper: never mirror them in a right-to-left window.
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.prev_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.print_button = QPushButton(self.tr("Print…  (Ctrl+P)"))
        self.print_button.setObjectName("primary")
        self.print_button.setShortcut("Ctrl+P")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        actions = QHBoxLayout()
        for w in (self.print_button, self.save_button):
            actions.addWidget(w)
        actions.addStretch(1)
        paging = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            paging.addWidget(w)
        paging.addStretch(1)
        for w in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            paging.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(actions)
        lay.addLayout(paging)
        lay.addWidget(self.view, 1)

        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update())
        self._update()

    # --- document ------------------------------------------------------------------------
    def set_pdf(self, pdf: bytes, title: str = "", suggested_name: str = "document.pdf") -> bool:
        """Show ``pdf``; returns False (and shows nothing) if it cannot be read."""
        self.clear()
        try:
            document, buffer = printing.load_pdf(pdf, self)
        except printing.PrintError:
            return False
        old = self.document
        self.document, self._buffer = document, buffer
        self.view.setDocument(document)
        old.deleteLater()
        self.pdf, self.title, self.suggested_name = pdf, title, suggested_name
        self.go_to(0)
        self._update()
        return True

    def clear(self) -> None:
        self.document.close()
        self.pdf = b""
        self._update()

    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator()
                                           .currentZoom())
        self._update()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _update(self) -> None:
        n = self.page_count()
        current = self.current_page() if n else -1
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(current + 1))
                                .replace("%2", str(n)) if n else "")
        self.prev_button.setEnabled(n > 0 and current > 0)
        self.next_button.setEnabled(n > 0 and current < n - 1)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                  self.print_button, self.save_button):
            w.setEnabled(n > 0)

    # --- actions -------------------------------------------------------------------------
    def print_document(self) -> bool:
        """Ask for a printer and print; False if cancelled or failed (message shown)."""
        if not self.pdf:
            return False
        printer = self.ask_printer(self)
        if printer is None:
            return False
        if self.before_print is not None:
            # e.g. count a reprint in the background; it calls back with the bytes to print
            # (never, when that failed: it told the desk why).
            self.before_print(lambda pdf: self._print(pdf, printer))
            return True
        return self._print(self.pdf, printer)

    def _print(self, pdf: bytes, printer: QPrinter) -> bool:
        try:
            report = printing.print_pdf(pdf, printer=printer, title=self.title or "document")
        except printing.PrintError as exc:
            text = print_message(exc)
            self.show_error(text)
            self.print_failed.emit(text)
            return False
        self.printed.emit(report.printer_name)
        return True

    def save_document(self) -> str:
        if not self.pdf:
            return ""
        path = self.ask_save_path(self, self.suggested_name)
        if not path:
            return ""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self.show_error(self.tr("The file could not be saved: %1").replace("%1", str(exc)))
            return ""
        self.saved.emit(path)
        return path
