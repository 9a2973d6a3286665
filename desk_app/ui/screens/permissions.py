"""Permissions (administrator): the role × action matrix in force, edited and saved as a new
version (audited). Grants the administrator must keep are shown ticked and cannot be cleared."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import permissions as perm
from desk_app.domain.entities import ROLES
from desk_app.services import permissions as permission_service
from desk_app.ui.context import UiContext
from desk_app.ui.permission_labels import action_names, area_names, role_names
from desk_app.ui.widgets.fields import banner_label, show_banner

PERMISSIONS = "permissions"  # the kind of record a save changes (ChangeHub)


class PermissionsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("permissions")
        self.title = QLabel(self.tr("Permissions"))
        self.title.setObjectName("screenTitle")
        self.version = QLabel()
        self.banner = banner_label()
        self.table = QTableWidget(0, len(ROLES))
        names = role_names()
        self.table.setHorizontalHeaderLabels([names[r] for r in ROLES])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why the change (kept with the version)"))
        self.defaults_button = QPushButton(self.tr("Fill in the defaults"))
        self.save_button = QPushButton(self.tr("Save as the new version"))
        self.save_button.setObjectName("primary")
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.defaults_button)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.version)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)


class PermissionsController(QObject):
    def __init__(self, ctx: UiContext, view: PermissionsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or PermissionsView()
        self.ops = ctx.screen_ops(self.view, banner=self.view.banner)
        self.rows: list[str | None] = []  # action code per table row (None: an area heading)
        self.table: perm.PermissionTable | None = None
        self.view.save_button.clicked.connect(self.save)
        self.view.defaults_button.clicked.connect(lambda: self._fill(perm.defaults()))
        self.ops.on_change({PERMISSIONS}, self.load)

    def load(self) -> None:
        self.ops.query(permission_service.current, self._show, latest="load")

    def _show(self, table: perm.PermissionTable) -> None:
        self.table = table
        self.view.version.setText(
            self.tr("Version in force: %1").replace("%1", str(table.version))
            if table.version else self.tr("In force: the defaults (never changed)"))
        self._fill(table)

    def _fill(self, table: perm.PermissionTable) -> None:
        t, names, areas = self.view.table, action_names(), area_names()
        t.setRowCount(0)
        self.rows, labels, area = [], [], None
        bold = QFont(t.font())
        bold.setBold(True)
        for action in perm.ACTIONS:
            if action.area != area:
                area = action.area
                self._heading(len(self.rows), bold)
                self.rows.append(None)
                labels.append(areas.get(area, area))
            r = len(self.rows)
            t.insertRow(r)
            self.rows.append(action.code)
            labels.append(names.get(action.code, action.code))
            for c, role in enumerate(ROLES):
                t.setItem(r, c, self._cell(role, action.code, table))
        t.setVerticalHeaderLabels(labels)

    def _heading(self, r: int, font: QFont) -> None:
        t = self.view.table
        t.insertRow(r)
        for c in range(len(ROLES)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            t.setItem(r, c, item)
        t.setVerticalHeaderItem(r, QTableWidgetItem())
        t.verticalHeaderItem(r).setFont(font)

    @staticmethod
    def _cell(role: str, code: str, table: perm.PermissionTable) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        if (role, code) in perm.LOCKED:
            flags = Qt.ItemFlag.NoItemFlags  # ticked for good: the administrator keeps it
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if table.allows(role, code)
                           else Qt.CheckState.Unchecked)
        return item

    def grants(self) -> set[tuple[str, str]]:
        """What the table on screen says."""
        t, out = self.view.table, set()
        for r, code in enumerate(self.rows):
            if code is None:
                continue
            for c, role in enumerate(ROLES):
                if t.item(r, c).checkState() == Qt.CheckState.Checked:
                    out.add((role, code))
        return out

    def save(self) -> None:
        grants, note, actor = self.grants(), self.view.note.text(), self.ctx.actor
        self.ops.action(lambda db: permission_service.save(db, actor, grants, note),
                        self._saved, changes={PERMISSIONS}, busy=self.view.save_button)

    def _saved(self, version: int) -> None:
        self.view.note.clear()
        text = self.tr("Saved as version %1; it applies from the next action at every desk.")
        show_banner(self.view.banner, text.replace("%1", str(version)), "ok")
