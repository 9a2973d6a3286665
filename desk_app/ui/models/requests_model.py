"""Table model for the waiting list (plain ListRow values from the service)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.domain import calendar as cal
from desk_app.services.request_views import ListRow
from desk_app.ui.models.base import ListModel

_OVERDUE_BG = QColor("#fdecea")
_OVERDUE_FG = QColor("#8a1c13")


class RequestsModel(ListModel):
    def __init__(self, parent: QObject | None = None, lang: str = "ar",
                 services: dict[str, str] | None = None, channels: dict[str, str] | None = None,
                 statuses: dict[str, str] | None = None, rule_kind: str = "working_days"):
        super().__init__(parent)
        self.rows: list[ListRow] = []
        self._cells: list[tuple[str, ...]] = []  # the text of each row, built once per load
        self.lang, self.rule_kind = lang, rule_kind
        self.services, self.channels = services or {}, channels or {}
        self.statuses = statuses or {}
        self.headers = [self.tr("Request no."), self.tr("Beneficiary"), self.tr("Service"),
                        self.tr("Channel"), self.tr("Status"), self.tr("Due date"),
                        self.tr("Time left")]

    def set_rows(self, rows: Sequence[ListRow]) -> None:
        # The view asks for each cell many times (size hints, painting, several roles): the
        # texts, Hijri dates included, are built once here rather than on every ask.
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [self._texts(r) for r in self.rows]
        self.endResetModel()

    def _texts(self, row: ListRow) -> tuple[str, ...]:
        return (row.number, f"{row.beneficiary_name} ({row.file_number})",
                self.services.get(row.service_code, row.service_code),
                self.channels.get(row.channel_code, row.channel_code),
                self.statuses.get(row.status, row.status),
                cal.format_dual(row.due_on, self.lang) if row.due_on else "",
                self.time_left(row))

    def time_left(self, row: ListRow) -> str:
        if row.days_left is None:
            return self.tr("Waiting for documents") if row.due_on is None else ""
        if row.days_left < 0:
            return self.tr("Overdue by %1 days").replace("%1", str(-row.days_left))
        if row.days_left == 0:
            return self.tr("Due today")
        if self.rule_kind == "calendar_days":
            return self.tr("%1 days left").replace("%1", str(row.days_left))
        return self.tr("%1 working days left").replace("%1", str(row.days_left))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][col]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_OVERDUE_BG)
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_OVERDUE_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
