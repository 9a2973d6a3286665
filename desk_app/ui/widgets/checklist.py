"""The verification checklist table: one row per required document (R-VER-2).

Seen / matches are check boxes and notes are editable in place; every change is reported with
:attr:`ChecklistTable.changed` so the controller saves it at once.

The table reloads after each save, so it keeps the person's place (issue 18): the row and column
they ticked stay current (Ctrl+O attaches to that row, Left+Space goes on to the next box), the
keyboard focus comes back once the save ends, and rows keep one fixed height so nothing moves
under the pointer when a name or "verified by" appears.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desk_app.services.request_views import ChecklistRow

DOC, SEEN, MATCHES, NOTES, SCANS, VERIFIED = range(6)
_MISSING = QColor("#fdecea")


class ChecklistTable(QTableWidget):
    changed = Signal(str, bool, bool, str)   # document code, seen, matches, notes

    def __init__(self, lang: str = "ar", parent=None):  # noqa: ANN001
        super().__init__(0, 6, parent)
        self.setObjectName("checklist")
        self.lang = lang
        self.rows: list[ChecklistRow] = []
        self.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Seen"), self.tr("Matches"),
                                        self.tr("Notes"), self.tr("Scans"),
                                        self.tr("Verified by")])
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DOC, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SEEN, 78), (MATCHES, 64), (NOTES, 120), (SCANS, 56), (VERIFIED, 100)):
            header.resizeSection(col, width)
        self.setWordWrap(True)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # two lines, never growing
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 12)
        self._place: tuple[str, int] | None = None  # document code, column of the current cell
        self._focus_back = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.editable = True
        self.itemChanged.connect(self._item_changed)

    def set_rows(self, rows: Sequence[ChecklistRow], editable: bool) -> None:
        place = self._current_place() or self._place
        self.blockSignals(True)
        self.rows, self.editable = list(rows), editable
        self.setRowCount(0)
        for r, row in enumerate(rows):
            self.insertRow(r)
            name = row.name_ar if self.lang == "ar" else (row.name_en or row.name_ar)
            self.setItem(r, DOC, self._fixed(name))
            self.item(r, DOC).setToolTip(name)  # a long name shows whole on hover
            self.setItem(r, SEEN, self._check(row.seen))
            self.setItem(r, MATCHES, self._check(row.matches))
            notes = QTableWidgetItem(row.notes)
            if not editable:
                notes.setFlags(notes.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, NOTES, notes)
            scans = self._fixed(str(len(row.scans)))
            scans.setToolTip("\n".join(s.file_name for s in row.scans))
            scans.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(r, SCANS, scans)
            when = row.verified_at.strftime("%Y-%m-%d %H:%M") if row.verified_at else ""
            verified = self._fixed(row.verified_by)
            verified.setToolTip(when)
            self.setItem(r, VERIFIED, verified)
            if not row.done:
                self.item(r, DOC).setBackground(QBrush(_MISSING))
        self.blockSignals(False)
        if rows:
            codes = [row.document_code for row in self.rows]
            r, col = (codes.index(place[0]), place[1]) if place and place[0] in codes else (0, DOC)
            self.setCurrentCell(r, col)

    def _current_place(self) -> tuple[str, int] | None:
        r = self.currentRow()
        return (self.rows[r].document_code, self.currentColumn()) if 0 <= r < len(self.rows) \
            else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """While a save runs the table is disabled, which sends the focus elsewhere: it comes
        back when the save ends, so the next key still lands in the checklist."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled() and self._focus_back:
            self._focus_back = False
            self.setFocus()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self.isEnabled():  # Qt disables first, then moves the focus on
            self._focus_back = True
        super().focusOutEvent(event)
    def _fixed(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _check(self, on: bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return item

    def _item_changed(self, item: QTableWidgetItem) -> None:
        r = item.row()
        if not self.editable or r >= len(self.rows):
            return
        if (r, item.column()) != (self.currentRow(), self.currentColumn()):
            self.setCurrentCell(r, item.column())  # the ticked row is the one worked on
        self._place = (self.rows[r].document_code, item.column())
        seen = self.item(r, SEEN).checkState() == Qt.CheckState.Checked
        matches = self.item(r, MATCHES).checkState() == Qt.CheckState.Checked
        notes = self.item(r, NOTES).text() if self.item(r, NOTES) else ""
        self.changed.emit(self.rows[r].document_code, seen, matches, notes)

    def set_checked(self, document_code: str, seen: bool, matches: bool) -> None:
        """Tick a row as a click would (used by keyboard shortcuts and tests)."""
        r = next(i for i, row in enumerate(self.rows) if row.document_code == document_code)
        self.blockSignals(True)
        for col, on in ((SEEN, seen), (MATCHES, matches)):
            self.item(r, col).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._item_changed(self.item(r, SEEN))

    def current_row(self) -> ChecklistRow | None:
        r = self.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None
