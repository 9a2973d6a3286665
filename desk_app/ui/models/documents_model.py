"""Table model for the archive of issued documents (plain IssuedDocument rows)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt

from desk_app.services.documents import IssuedDocument
from desk_app.ui.document_labels import kind_name, when
from desk_app.ui.models.base import ListModel

LTR = ("\u2066", "\u2069")  # isolate codes and numbers so they never turn around in RTL cells


class DocumentsModel(ListModel):
    def __init__(self, parent: QObject | None = None, lang: str = "ar"):
        super().__init__(parent)
        self.rows: list[IssuedDocument] = []
        self.lang = lang
        self.headers = [self.tr("Archive no."), self.tr("Document"), self.tr("Number"),
                        self.tr("Beneficiary"), self.tr("Issued on"), self.tr("Reprints")]

    def set_rows(self, rows: Sequence[IssuedDocument]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [_ltr(d.serial), kind_name(d.kind, self.lang), _ltr(d.number), d.subject_name,
                      when(d.issued_at, self.lang), str(d.reprint_count)]
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([when(d.issued_at, self.lang), d.issued_by_name, d.code])
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _ltr(text: str) -> str:
    return f"{LTR[0]}{text}{LTR[1]}" if text else ""
