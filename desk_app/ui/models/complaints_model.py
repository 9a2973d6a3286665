"""Table model for the complaints follow-up board: the texts of each row built once per load by
the board, served to the view from Python lists (a table widget made eight items a row, ~1,500
for a year's complaints, on every load)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.ui.models.base import ListModel


class ComplaintsModel(ListModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self._cells: list[tuple[str, ...]] = []
        self.rows = self._cells
        self._ids: list[str] = []
        self._brushes: list[QBrush | None] = []

    def set_rows(self, ids: Sequence[str], cells: Sequence[tuple[str, ...]],
                 colours: Sequence[str | None]) -> None:
        """One row per complaint: its id, its cells' texts, its background colour (or None)."""
        brushes = {c: QBrush(QColor(c)) for c in set(colours) if c}
        self.beginResetModel()
        self._ids, self._cells = list(ids), list(cells)
        self.rows = self._cells
        self._brushes = [brushes.get(c) if c else None for c in colours]
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # a cut name
            return self._cells[index.row()][index.column()]  # is read whole on hover
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None
