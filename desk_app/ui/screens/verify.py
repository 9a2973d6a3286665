"""Verify a document: type or scan its code (a scanner types the QR text and Enter), or check a
PDF file; the answer says what was issued, to whom, when and by whom — or that it is unknown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import documents
from desk_app.services.errors import StorageError
from desk_app.ui.context import UiContext
from desk_app.ui.document_labels import kind_name, verify_texts, when
from desk_app.ui.messages import storage_message
from desk_app.ui.widgets.fields import banner_label


class VerifyView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verify")
        self.title = QLabel(self.tr("Verify a document"))
        self.title.setObjectName("screenTitle")
        self.hint = QLabel(self.tr("Type the verification code printed at the foot of the page, "
                                   "or scan its QR code with the barcode reader."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("verifyCode")
        self.code.setPlaceholderText(self.tr("Verification code, e.g. 7Q4K9-XZ2AB"))
        self.code.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Verify  (Enter)"))
        self.check_button.setObjectName("primary")
        self.file_button = QPushButton(self.tr("Check a PDF file…"))
        self.banner = banner_label()
        self.card = QFrame()
        self.card.setObjectName("card")
        self.details = QFormLayout(self.card)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self.card.hide()
        self.open_button = QPushButton(self.tr("Show the issued document"))
        self.open_button.hide()

        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.file_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addLayout(row)
        lay.addWidget(self.banner)
        lay.addWidget(self.card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addStretch(1)

    def show_result(self, ok: bool, text: str, rows: list[tuple[str, str]]) -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", "ok" if ok else "error")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        # Rows are made once and reused: deleting form rows under a live window is where Qt
        # crashed (a segfault in QFormLayout.removeRow after a file check).
        while len(self._rows) < len(rows):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.details.addRow(name, value)
            self._rows.append((name, value))
        for i, (name, value) in enumerate(self._rows):
            shown = i < len(rows)
            if shown:
                name.setText(rows[i][0])
                # RLM + isolate: a code or number alone still lines up at the right in Arabic.
                value.setText(f"\u200f\u2068{rows[i][1]}\u2069")
            self.details.setRowVisible(i, shown)
        self.card.setVisible(bool(rows))


class VerifyController(QObject):
    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, view: VerifyView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or VerifyView()
        self.last: documents.VerifyResult | None = None
        self.ask_pdf_path: Callable[[], str] = self._ask_pdf_path
        v = self.view
        v.code.returnPressed.connect(self.verify_code)
        v.check_button.clicked.connect(self.verify_code)
        v.file_button.clicked.connect(self.verify_file)
        v.open_button.clicked.connect(self.open_document)
        self.ops = ctx.screen_ops(self.view)

    def load(self) -> None:
        self.view.code.setFocus()

    def enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("code"):
            self.view.code.setText(str(arg["code"]))
            self.verify_code()
        self.view.code.setFocus()
        self.view.code.selectAll()

    def verify_code(self) -> bool:
        """Check the typed or scanned code in the background; the answer shows when ready."""
        text = self.view.code.text()
        if not text.strip():
            return False
        actor = self.ctx.actor
        return self._check(lambda db: documents.verify(db, actor, text))

    def verify_file(self, path: str | None = None) -> bool:
        path = path or self.ask_pdf_path()
        if not path:
            return False

        actor = self.ctx.actor

        def check(db: object) -> documents.VerifyResult:
            return documents.verify_pdf(db, actor, Path(path).read_bytes())

        return self._check(check)

    def _check(self, run: Callable[[object], documents.VerifyResult]) -> bool:
        self.ops.query(run, self._show, latest="verify",
                       busy=(self.view.check_button, self.view.file_button),
                       expect={StorageError: lambda exc: self.view.show_result(
                           False, storage_message(exc), []),
                               OSError: lambda exc: self.view.show_result(
                           False, self.tr("The file cannot be read: %1").replace(
                               "%1", exc.strerror or str(exc)), [])})
        return True

    def _show(self, result: documents.VerifyResult) -> None:
        self.last = result
        self.view.show_result(result.genuine, verify_texts()[result.status],
                              self._rows(result))
        self.view.open_button.setVisible(result.document is not None)
        self.view.code.selectAll()  # the next scan replaces this one

    def _rows(self, result: documents.VerifyResult) -> list[tuple[str, str]]:
        d = result.document
        rows = [(self.tr("Code"), result.code)] if result.code else []
        if d is None:
            return rows
        lang = self.ctx.lang
        rows += [
            (self.tr("Document"), kind_name(d.kind, lang)),
            (self.tr("Archive number"), d.serial),
            (self.tr("Request / letter number"), d.number or "—"),
            (self.tr("Issued to"), d.subject_name or "—"),
            (self.tr("Issued on"), when(d.issued_at, lang)),
            (self.tr("Issued by"), d.issued_by_name),
            (self.tr("Pages"), str(d.pages)),
            (self.tr("Reprints"), str(d.reprint_count)),
        ]
        return rows

    def open_document(self) -> None:
        if self.last and self.last.document:
            self.navigate.emit("documents", {"open": self.last.document.id})

    def _ask_pdf_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Check a PDF file"), "",
                                              self.tr("PDF documents (*.pdf)"))
        return path
