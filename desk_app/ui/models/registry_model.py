"""Table model for registry search results (plain Summary rows from the service)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt

from desk_app.domain import calendar as cal
from desk_app.services.registry import ORGANISATION, Summary
from desk_app.ui.models.base import ListModel


class RegistryModel(ListModel):
    def __init__(self, parent: QObject | None = None, lang: str = "ar",
                 category_names: dict[str, str] | None = None):
        super().__init__(parent)
        self.rows: list[Summary] = []
        self._cells: list[tuple[str, ...]] = []  # each row's texts, built once per page
        self.lang = lang
        self.category_names = category_names or {}
        self.headers = [self.tr("File no."), self.tr("Full name"), self.tr("ID number"),
                        self.tr("Mobile"), self.tr("Birth date"), self.tr("Category"),
                        self.tr("Kind")]
        # People and organisations are listed together: the kind tells them apart.
        self.kinds = {ORGANISATION: self.tr("Association / organisation")}

    def set_rows(self, rows: Sequence[Summary]) -> None:
        # The view asks for every cell several times (size hints, paint, each role): the texts,
        # the Hijri birth date above all, are built once per page rather than on every ask.
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [self._texts(r) for r in self.rows]
        self.endResetModel()

    def _texts(self, row: Summary) -> tuple[str, ...]:
        return (row.file_number, row.full_name, row.id_number, _mobile_display(row.mobile),
                cal.format_dual(row.birth_date, self.lang) if row.birth_date else "",
                self.category_names.get(row.category_code, row.category_code),
                self.kinds.get(row.kind, self.tr("Person")))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _mobile_display(e164: str) -> str:
    """Saudi mobiles as people write them (05…); foreign ones as +country…, shown LTR."""
    if e164.startswith("+9665"):
        return "0" + e164[4:]
    return "\u2066" + e164 + "\u2069"
