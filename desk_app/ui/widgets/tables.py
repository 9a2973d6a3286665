"""The read-only list table every register, queue and history screen shows: rows picked whole,
one at a time, no row numbers, Tab leaving the table (not walking its cells), and columns that
either share the width or fit their text. One place, so that every list behaves alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

STRETCH, FIT = "stretch", "fit"


def list_table(headers: Sequence[str], *, columns: str = STRETCH,
               stretch: Iterable[int] = (), name: str = "",
               selectable: bool = True) -> QTableWidget:
    """A table of ``headers``. ``columns``: ``STRETCH`` shares the width, ``FIT`` sizes each
    column to its text with the columns in ``stretch`` taking what is left (the last one when
    none is named). ``name`` is what a screen reader says."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    if columns == STRETCH:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wide = tuple(stretch)
        for column in wide:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(not wide)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if selectable:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    else:
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    if name:
        table.setAccessibleName(name)
    return table


def fill_texts(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Replace the table's rows with ``rows`` of plain texts."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
