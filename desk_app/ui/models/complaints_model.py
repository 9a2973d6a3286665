"""Table model for the complaints follow-up board: the texts of each row built once per load by
the board, served to the view from Python lists (a table widget made eight items a row, ~1,500
for a year's complaints, on every load)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor


class ComplaintsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self._cells: list[tuple[str, ...]] = []
        self._ids: list[str] = []
        self._brushes: list[QBrush | None] = []

    def set_rows(self, ids: Sequence[str], cells: Sequence[tuple[str, ...]],
                 colours: Sequence[str | None]) -> None:
        """One row per complaint: its id, its cells' texts, its background colour (or None)."""
        brushes = {c: QBrush(QColor(c)) for c in set(colours) if c}
        self.beginResetModel()
        self._ids, self._cells = list(ids), list(cells)
        self._brushes = [brushes.get(c) if c else None for c in colours]
        self.endResetModel()

    def texts(self) -> list[tuple[str, ...]]:
        """Each row's cell texts, as shown (what the columns are fitted to)."""
        return self._cells

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # a cut name
            return self._cells[index.row()][index.column()]  # is read whole on hover
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None
