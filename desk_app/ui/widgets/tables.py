"""The read-only list table every register, queue and history screen shows: rows picked whole,
one at a time, no row numbers, Tab leaving the table (not walking its cells), and columns that
either share the width or fit their text. One place, so that every list behaves alike."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

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


class FittedColumns(QObject):
    """Columns sized to their widest text, as ``ResizeToContents`` sizes them, at a fraction of
    its cost: Qt's resize asks the model for every cell of every column, nine roles each, at
    each reset and again at the next layout (6,400 Python ``data()`` calls for one search
    keystroke on a 50-row page, bench/NOTES.md session 6). Here the widest text of each column
    is found from the model's own texts (``texts()``: rows of cell texts, built once per load)
    and only that cell is measured by the delegate. ``stretch``: the column that takes what is
    left. Refitted at each reset of the model and when the table's font or style changes."""

    def __init__(self, table: QTableView, texts: Callable[[], Sequence[Sequence[str]]],
                 stretch: int | None = None, keep: Iterable[int] = ()):
        super().__init__(table)
        self.table, self.texts, self.stretch = table, texts, stretch
        self.keep = frozenset(keep)  # columns never cut (a number, a date)
        self._natural: list[int] = []  # each column's width for its widest text
        self._floors: list[int] = []  # ... and for its heading
        header = table.horizontalHeader()
        for c in range(table.model().columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                        else QHeaderView.ResizeMode.Fixed)
        table.model().modelReset.connect(self.fit)
        table.installEventFilter(self)
        self.fit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.Polish):
            self.fit()
        elif event.type() == QEvent.Type.Resize:
            self._apply()
        return False

    def fit(self) -> None:
        table, texts = self.table, self.texts()
        model, header = table.model(), table.horizontalHeader()
        metrics = table.fontMetrics()
        grid = 1 if table.showGrid() else 0  # QTableView::sizeHintForColumn adds it too
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        self._natural, self._floors = [], []
        for c in range(model.columnCount()):
            width = heading = header.sectionSizeHint(c)
            if texts:
                widest = max(_longest(texts, c),
                             key=lambda r: metrics.horizontalAdvance(texts[r][c] or ""))
                cell = table.sizeHintForIndex(model.index(widest, c)).width() + grid
                width = max(width, cell)
            width = max(low, min(width, high))
            self._natural.append(width)
            self._floors.append(width if c in self.keep else min(width, max(low, heading)))
        self._apply()

    def _apply(self) -> None:
        """Each column at its width; when they do not fit the table (the complaints board at
        1366 px: its complainants cut off behind a sideways scroll), the widest columns that
        may be cut share what is left (their texts elided)."""
        header, widths = self.table.horizontalHeader(), list(self._natural)
        room = self.table.viewport().width()
        if sum(widths) > room > 0:  # (resized again once laid out: always from the widths)
            widths = shared_out(widths, self._floors, room)
        for c, width in enumerate(widths):
            if c != self.stretch:
                header.resizeSection(c, width)
                continue
            # The stretching column takes what the others leave; when they leave nothing it
            # keeps the width it was given.
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(c, width)
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)


def shared_out(widths: Sequence[int], floors: Sequence[int], room: int) -> list[int]:
    """``widths`` cut down to fill ``room``: every column wider than one common cap is cut to
    it (never below its floor), the narrower ones keep their width — the cap is the largest
    that fits. Columns already at their floors stay there (the table then scrolls)."""
    def total(cap: int) -> int:
        return sum(max(f, min(w, cap)) for w, f in zip(widths, floors, strict=True))

    lo, hi = 0, max(widths, default=0)
    while lo < hi:  # the largest cap whose total fits
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if total(mid) <= room else (lo, mid - 1)
    return [max(f, min(w, lo)) for w, f in zip(widths, floors, strict=True)]


MEASURED = 12  # texts measured per column at most: shaping Arabic costs ~20 µs a text


def _longest(texts: Sequence[Sequence[str]], column: int) -> list[int]:
    """Rows whose text in ``column`` may be the widest: one per distinct text among the longest
    in letters (within three quarters of the longest), at most :data:`MEASURED`. Widths follow
    lengths closely in one column (same kind of text): measuring them all cost 11,000 shapings
    a load of the complaints board."""
    first: dict[str, int] = {}
    for r, row in enumerate(texts):
        first.setdefault(row[column] or "", r)
    by_length = sorted(first, key=len, reverse=True)
    floor = len(by_length[0]) * 3 // 4
    return [first[t] for t in by_length[:MEASURED] if len(t) >= floor] or [0]
