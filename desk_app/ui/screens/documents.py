"""The archive of issued documents: search (number, beneficiary, code), preview, reprint.

Printing from here is a reprint: the archived bytes are printed unchanged, and the archive
counts it (and the audit trail records who reprinted what).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import documents
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.models.documents_model import DocumentsModel
from desk_app.ui.widgets.pdf_preview import PdfPreview

SEARCH_DELAY_MS = 200
PAGE_SIZE = 200


class DocumentsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documents")
        self.title = QLabel(self.tr("Issued documents"))
        self.title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setObjectName("documentSearch")
        self.search.setPlaceholderText(
            self.tr("Search by request number, beneficiary name, archive number or code  "
                    "(Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.preview = PdfPreview()
        self.preview.print_button.setText(self.tr("Reprint…  (Ctrl+P)"))
        self.preview.print_button.setShortcut("Ctrl+P")

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.search)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([730, 470])
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)


class DocumentsController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: DocumentsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or DocumentsView()
        self.model = DocumentsModel(self.view, ctx.lang)
        v = self.view
        v.table.setModel(self.model)
        header = v.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.current_id: str | None = None
        self._open_after_load: str | None = None
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.DOCUMENT}, self.run_search)
        self.timer = QTimer(self.view)  # dies with the view: a sign-out mid-typing fires nothing
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        v.search.textChanged.connect(lambda _t: self.timer.start())
        v.search.returnPressed.connect(self.run_search)
        v.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur))
        v.preview.before_print = self._count_reprint
        v.preview.show_error = lambda text: ctx.dialogs.error(self.tr("Printing"), text)
        v.preview.printed.connect(lambda _name: self.run_search())
        QShortcut(QKeySequence("Ctrl+F"), v, activated=lambda: (v.search.setFocus(),
                                                                   v.search.selectAll()))

    def load(self) -> None:
        self.run_search()

    def enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("open"):
            self._open_after_load = str(arg["open"])
            self.view.search.blockSignals(True)
            self.view.search.clear()
            self.view.search.blockSignals(False)
        self.run_search()

    def run_search(self) -> None:
        self.timer.stop()
        query = self.view.search.text()
        self.view.status.setText(self.tr("Searching…"))
        self.ops.query(lambda db: documents.search(db, query, limit=PAGE_SIZE), self._show,
                       latest="search", expect={StorageError: self._failed})

    def _show(self, rows: list[documents.IssuedDocument]) -> None:
        keep = self._open_after_load or self.current_id
        self._open_after_load = None
        self.model.set_rows(rows)
        if not rows:
            self.view.status.setText(self.tr("No issued document found."))
            self.view.preview.clear()
            self.current_id = None
        else:
            self.view.status.setText(self.tr("Documents: %1").replace("%1", str(len(rows))))
            ids = [r.id for r in rows]
            row = ids.index(keep) if keep in ids else 0
            self.view.table.setCurrentIndex(self.model.index(row, 0))
        self.loaded.emit()

    def _failed(self, exc: StorageError) -> None:
        self.view.status.setText(storage_message(exc))
        self.loaded.emit()

    def _select(self, index) -> None:  # noqa: ANN001
        if not index.isValid():
            return
        doc = self.model.rows[index.row()]
        if doc.id == self.current_id and self.view.preview.pdf:
            return
        self.current_id = doc_id = doc.id
        actor = self.ctx.actor
        self.ops.query(lambda db: documents.preview(db, actor, doc_id), self._preview,
                       latest="preview",
                       expect={StorageError: self._failed,
                               KeyError: lambda exc: self.view.status.setText(str(exc))})

    def _preview(self, full: documents.IssuedDocument) -> None:
        self.view.preview.set_pdf(full.pdf or b"", full.title or full.serial,
                                  f"{full.serial}.pdf")

    def _count_reprint(self, then: Callable[[bytes], object]) -> None:
        """Once the printer is chosen: the archive counts the reprint, then prints its bytes."""
        if not self.current_id:
            return
        actor, doc_id = self.ctx.actor, self.current_id
        self.ops.action(lambda db: documents.reprint(db, actor, doc_id), then,
                        changes={ops.DOCUMENT},
                        expect={StorageError: lambda exc: self.ctx.dialogs.error(
                            self.tr("Printing"), storage_message(exc))})
