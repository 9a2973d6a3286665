"""What every list of the desk serves alike: rows under fixed headers (the counts and the
header texts), and — for the lists whose texts are built once per load — those texts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class ListModel(QAbstractTableModel):
    """``rows``: what the list holds, one per line; ``headers``: its column titles;
    ``_cells``: each row's texts as shown, where the model builds them once per load."""

    rows: list
    headers: list[str]
    _cells: list[tuple[str, ...]]

    def texts(self) -> list[tuple[str, ...]]:
        """Each row's cell texts, as shown (what the columns are fitted to)."""
        return self._cells

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
