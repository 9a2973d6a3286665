"""Document buttons for one service request, one per kind issued for a request in
``services/document_kinds.py`` (sign on screen when a kind takes a signature; preview, or print at
once when the kind says so). Drop it into any screen that shows a request::

    actions = DocumentActions(ctx)
    layout.addWidget(actions)
    actions.set_request(request_id)      # whenever the shown request changes

or, without any call on change, let it ask which request is shown when a button is pressed::

    layout.addWidget(DocumentActions(ctx, current=lambda: self.detail and self.detail.id))

Every document is issued (code decided, PDF archived) before it is shown or printed, so a
printer failure never loses it; it can be reprinted from the archive screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import document_builders as builders
from desk_app.services import document_kinds
from desk_app.services.documents import IssuedDocument
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.pdf_preview import PdfPreview
from desk_app.ui.widgets.signature_pad import SignaturePad


def not_available_message(code: str) -> str:
    texts = {
        "no_request": QCoreApplication.translate("DocumentActions", "The request was not found."),
        "no_decision": QCoreApplication.translate(
            "DocumentActions", "The committee has not decided on this request yet."),
        "no_referral": QCoreApplication.translate(
            "DocumentActions", "This request has not been referred."),
        "no_study": QCoreApplication.translate(
            "DocumentActions", "No social study has been saved for this request yet."),
    }
    return texts.get(code, texts["no_request"])


class SignatureDialog(QDialog):
    """The beneficiary signs on the screen (mouse, pen or finger)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beneficiary's signature"))
        self.pad = SignaturePad()
        self.pad.hint = self.tr("Sign inside the box with the pen, the mouse or a finger")
        self.pad.setMinimumSize(560, 220)
        hint = QLabel(self.tr("The signature is printed on the declaration."))
        hint.setObjectName("hint")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pad, 1)
        lay.addWidget(hint)
        lay.addLayout(row)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self.pad.is_empty())


class PreviewDialog(QDialog):
    """An issued document in a window: preview, print, save."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document preview"))
        self.resize(820, 900)
        self.preview = PdfPreview()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)


class DocumentActions(QWidget):
    """Buttons that issue a request's documents; ``issued`` fires for every archived one."""

    issued = Signal(object)  # IssuedDocument

    def __init__(self, ctx: UiContext, request_id: str | None = None,
                 parent: QWidget | None = None, *,
                 current: Callable[[], str | None] | None = None):
        super().__init__(parent)
        self.setObjectName("documentActions")
        self.ctx = ctx
        self.ops = ctx.screen_ops(self)  # no banner here: a database failure is a dialog
        self._current = current
        self._request_id: str | None = None
        self._signature: tuple[str, bytes] | None = None  # (request id, PNG)
        self.last_issued: IssuedDocument | None = None
        # Replaceable in tests: how a signature is asked for and a document shown.
        self.ask_signature: Callable[[], bytes | None] = self._ask_signature
        self.dialog = PreviewDialog(self)
        self.dialog.preview.show_error = lambda text: ctx.dialogs.error(self.tr("Printing"),
                                                                        text)
        kinds = document_kinds.for_subject("request")
        self.sign_button = QPushButton(self.tr("Sign on screen…"))
        if not any(k.signed_on_screen for k in kinds):
            self.sign_button.hide()  # (never show() a widget before it has a parent: a window)
        # A kind printed at once says so on its button: the click goes to the printer.
        self.kind_buttons = {k.code: QPushButton(
            self.tr("Print %1…").replace("%1", k.title(ctx.lang)) if k.print_at_once
            else k.title(ctx.lang)) for k in kinds}
        self.signed_label = QLabel()
        self.signed_label.setObjectName("hint")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.sign_button, *self.kind_buttons.values(), self.signed_label):
            lay.addWidget(w)
        for k in kinds:  # e.g. the study report: not offered at the counter
            if k.action and not ctx.may(k.action):
                self.kind_buttons[k.code].hide()
        lay.addStretch(1)
        self.sign_button.clicked.connect(self.sign)
        for code, button in self.kind_buttons.items():
            button.clicked.connect(lambda _c=False, code=code: self.activate(code))
        self.set_request(request_id)

    @property
    def request_id(self) -> str | None:
        return (self._current() or None) if self._current else self._request_id

    @property
    def signature_png(self) -> bytes | None:
        """The signature captured for the request shown now (one signature, one request)."""
        if self._signature and self._signature[0] == self.request_id:
            return self._signature[1]
        return None

    def button(self, code: str) -> QPushButton:
        return self.kind_buttons[code]

    def set_request(self, request_id: str | None) -> None:
        self._request_id = request_id
        for b in self.buttons():
            b.setEnabled(bool(request_id) or self._current is not None)
        self._show_signed()

    def _show_signed(self) -> None:
        self.signed_label.setText(self.tr("Signed on screen") if self.signature_png else "")

    def sign(self) -> bool:
        request_id = self.request_id
        if not request_id:
            self.ctx.dialogs.error(self.tr("Documents"), not_available_message("no_request"))
            return False
        png = self.ask_signature()
        if png:
            self._signature = (request_id, png)
        self._show_signed()
        return bool(png)

    def _ask_signature(self) -> bytes | None:
        dialog = SignatureDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pad.to_png() or None

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.sign_button, *self.kind_buttons.values())

    def activate(self, code: str) -> bool:
        """What the kind's button does: issue it, then preview it or print it at once."""
        if document_kinds.kind(code).print_at_once:
            return self.print_document(code)
        return self.show_document(code)

    def issue(self, kind: str,
              then: Callable[[IssuedDocument], None] | None = None) -> bool:
        """Issue (and archive) the request's ``kind`` document in the background, then ``then``.

        False (with a message) when there is no request, or while another document is issued.
        """
        title = self.tr("Documents")
        request_id = self.request_id
        if not request_id:
            self.ctx.dialogs.error(title, not_available_message("no_request"))
            return False
        self._show_signed()
        actor, spec = self.ctx.actor, document_kinds.kind(kind)
        options = {"signature_png": self.signature_png} if spec.signed_on_screen else {}

        def build(db: object) -> IssuedDocument:
            return spec.issue(db, actor, request_id, **options)

        def done(doc: IssuedDocument) -> None:
            self.last_issued = doc
            self.issued.emit(doc)
            if then is not None:
                then(doc)

        return self.ops.action(build, done, changes={ops.DOCUMENT}, busy=self.buttons(),
                               expect={builders.DocumentNotAvailable: lambda exc: self.ctx.dialogs
                                       .error(title, not_available_message(exc.code))})

    def show_document(self, kind: str) -> bool:
        return self.issue(kind, self._preview)

    def _preview(self, doc: IssuedDocument) -> None:
        if doc.pdf:
            self.dialog.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.show()
            self.dialog.raise_()

    def print_document(self, kind: str) -> bool:
        """Issue the document, then print it at once (printer chosen in the print dialog)."""
        def print_it(doc: IssuedDocument) -> None:
            self._preview(doc)
            self.dialog.preview.print_document()

        return self.issue(kind, print_it)
