"""An editable table for a list of small records (channels, categories, holidays, …)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"           # text | int | bool | choice
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (code, label)
    default: Any = ""


class ListEditor(QWidget):
    """Rows of records; ``rows()`` returns dicts keyed by column key, values typed per kind."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([c.label for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove selected row"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, values: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, col in enumerate(self.columns):
            value = values.get(col.key, col.default)
            if col.kind == "bool":
                box = QCheckBox()
                box.setChecked(bool(value))
                self.table.setCellWidget(r, c, box)
            elif col.kind == "choice":
                combo = QComboBox()
                for code, label in col.choices:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                self.table.setCellWidget(r, c, combo)
            else:
                item = QTableWidgetItem("" if value is None else str(value))
                if col.kind == "int":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        if not values:
            self.table.setCurrentCell(r, 0)

    def remove_selected(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, col in enumerate(self.columns):
                if col.kind == "bool":
                    row[col.key] = self.table.cellWidget(r, c).isChecked()
                elif col.kind == "choice":
                    row[col.key] = self.table.cellWidget(r, c).currentData()
                else:
                    item = self.table.item(r, c)
                    text = item.text().strip() if item else ""
                    if col.kind == "int":
                        try:
                            row[col.key] = int(text)
                        except ValueError:
                            row[col.key] = text  # the profile's validation reports it
                    else:
                        row[col.key] = text
            out.append(row)
        return out
