"""Table model for registry search results (plain Summary rows from the service)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from desk_app.domain import calendar as cal
from desk_app.services.registry import ORGANISATION, Summary


class RegistryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, lang: str = "ar",
                 category_names: dict[str, str] | None = None):
        super().__init__(parent)
        self.rows: list[Summary] = []
        self.lang = lang
        self.category_names = category_names or {}
        self.headers = [self.tr("File no."), self.tr("Full name"), self.tr("ID number"),
                        self.tr("Mobile"), self.tr("Birth date"), self.tr("Category"),
                        self.tr("Kind")]
        # People and organisations are listed together: the kind tells them apart.
        self.kinds = {ORGANISATION: self.tr("Association / organisation")}

    def set_rows(self, rows: Sequence[Summary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return row.file_number
            if col == 1:
                return row.full_name
            if col == 2:
                return row.id_number
            if col == 3:
                return _mobile_display(row.mobile)
            if col == 4:
                return cal.format_dual(row.birth_date, self.lang) if row.birth_date else ""
            if col == 5:
                return self.category_names.get(row.category_code, row.category_code)
            return self.kinds.get(row.kind, self.tr("Person"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _mobile_display(e164: str) -> str:
    """Saudi mobiles as people write them (05…); foreign ones as +country…, shown LTR."""
    if e164.startswith("+9665"):
        return "0" + e164[4:]
    return "\u2066" + e164 + "\u2069"
