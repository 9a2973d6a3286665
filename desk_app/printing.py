"""Print PDF bytes on a named or the default printer (infrastructure: no widgets, no database).

Pages are rendered with QtPdf at the printer's resolution (capped, see ``MAX_DPI``) and painted
on a :class:`QPrinter`, the one path that works the same on Windows (GDI spooler) and Linux
(Qt's CUPS backend submits the job to CUPS, so queues, drivers and ``lpstat`` all apply).

We do not shell out to ``lp``: it does not exist on Windows, and on Linux QPrinter already goes
through CUPS. Failures become :class:`PrintError` with a ``code`` the screens turn into a
sentence. Callers archive a document *before* printing it, so a failure never loses it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

# 600 dpi is what office lasers print text at; above it a page image costs >140 MB for nothing.
MAX_DPI = 600


class PrintError(Exception):
    """Printing failed; nothing was printed. ``code`` picks the message shown.

    Codes: ``no_printer`` (none installed), ``no_default`` (printers exist, none is default),
    ``unknown_printer`` (no printer by that name), ``printer_stopped`` (paused, off or in
    error), ``bad_document`` (the PDF cannot be read), ``job_failed`` (the system refused the
    job).
    """

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True)
class PrinterSummary:
    name: str
    description: str
    is_default: bool
    ready: bool


@dataclass(frozen=True)
class PrintReport:
    printer_name: str
    pages: int
    dpi: int


def ensure_gui_app() -> QGuiApplication:
    """Painting on a printer needs a GUI application; the CLI has none, so make one.

    Without a display (a server, CI) the offscreen platform is used: printing does not show
    anything, it only needs fonts and the print-support plugin.
    """
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a non-GUI QCoreApplication is running; cannot print")
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                  or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "desk-app"])


def printers() -> list[PrinterSummary]:
    """Printers the system knows, default first."""
    ensure_gui_app()
    found = [PrinterSummary(p.printerName(), p.description() or p.printerName(), p.isDefault(),
                            _ready(p)) for p in QPrinterInfo.availablePrinters()]
    return sorted(found, key=lambda p: (not p.is_default, p.name.lower()))


def _ready(info: QPrinterInfo) -> bool:
    return info.state() in (QPrinter.PrinterState.Idle, QPrinter.PrinterState.Active)


def _printer_info(name: str | None) -> QPrinterInfo:
    if not name:
        name = QPrinterInfo.defaultPrinterName()
        if not name:
            code = "no_default" if QPrinterInfo.availablePrinterNames() else "no_printer"
            raise PrintError(code)
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError("unknown_printer", name)
    return info


def check_printer(printer: QPrinter) -> None:
    """Refuse a printer that is paused, switched off or in error: the job would only wait in
    the queue while the beneficiary waits at the desk."""
    if not printer.isValid():
        raise PrintError("unknown_printer", printer.printerName())
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        if printer.outputFileName():
            return  # printing to a file: no device to check
        # Qt falls back to PDF output when the named printer does not exist.
        raise PrintError("unknown_printer" if printer.printerName() else "no_printer",
                         printer.printerName())
    info = QPrinterInfo.printerInfo(printer.printerName())
    if info.isNull():
        raise PrintError("unknown_printer", printer.printerName())
    state = info.state()
    if state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError("printer_stopped", printer.printerName())


def load_pdf(pdf: bytes, parent: object | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A :class:`QPdfDocument` over the bytes (keep the returned buffer alive with it)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("bad_document", str(document.error()))
    return document, buffer


def make_printer(printer_name: str | None = None) -> QPrinter:
    """A high-resolution QPrinter on the named (or default) printer, checked to be ready."""
    ensure_gui_app()
    printer = QPrinter(_printer_info(printer_name), QPrinter.PrinterMode.HighResolution)
    check_printer(printer)
    return printer


def print_pdf(pdf: bytes, printer_name: str | None = None, *, title: str = "Beneficiary Desk",
              copies: int = 1, printer: QPrinter | None = None) -> PrintReport:
    """Print ``pdf`` on ``printer`` (e.g. from the print dialog) or on the named/default one.

    Raises:
        PrintError: see its codes; nothing was printed.
    """
    ensure_gui_app()
    if printer is None:
        printer = make_printer(printer_name)
    else:
        check_printer(printer)
    document, _buffer = load_pdf(pdf)
    first = document.pagePointSize(0)
    printer.setDocName(title)
    printer.setCopyCount(max(1, copies))
    printer.setFullPage(True)
    orientation = (QPageLayout.Orientation.Landscape if first.width() > first.height()
                   else QPageLayout.Orientation.Portrait)
    portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy
                                  .FuzzyMatch))
    printer.setPageOrientation(orientation)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("job_failed", f"cannot start a job on {printer.printerName()}")
    try:
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrintError("job_failed", "new page refused")
            _paint_page(painter, printer, document, index, dpi)
    except BaseException:
        printer.abort()
        painter.end()
        raise
    if not painter.end():
        raise PrintError("job_failed", f"the system refused the job on {printer.printerName()}")
    return PrintReport(printer.printerName(), document.pageCount(), dpi)


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int,
                dpi: int) -> None:
    size_pt = document.pagePointSize(index)
    image = document.render(index, (size_pt * (dpi / 72.0)).toSize())
    if image.isNull():
        raise PrintError("bad_document", f"page {index + 1} cannot be rendered")
    target = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
    w, h = size_pt.width() * scale, size_pt.height() * scale
    painter.drawImage(QRectF(target.x() + (target.width() - w) / 2,
                             target.y() + (target.height() - h) / 2, w, h), image)
