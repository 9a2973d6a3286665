"""Possible duplicates (issue 14): files that may be one person, side by side, for a person to
merge (choosing which file stays) or to record as different people.

The list comes from synchronisation (newcomers from other branches) and from the "find
duplicates" run over the whole registry; every decision asks for a confirmation first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from desk_app.domain import calendar as cal
from desk_app.domain import duplicates as rules
from desk_app.services import duplicates
from desk_app.services.duplicates import MergeRefused, Pair, Side
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.screens.beneficiary_labels import duplicate_reasons
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner
from desk_app.ui.widgets.tables import FIT, list_table


def strength_names() -> dict[str, str]:
    return {rules.DEFINITE: QCoreApplication.translate("Duplicates", "Definite (same ID number)"), rules.LIKELY: QCoreApplication.translate("Duplicates", "Likely")}


def status_names() -> dict[str, str]:
    return {rules.OPEN: QCoreApplication.translate("Duplicates", "Waiting for a decision"), rules.MERGED: QCoreApplication.translate("Duplicates", "Merged"),
            rules.DIFFERENT: QCoreApplication.translate("Duplicates", "Different people")}


def refusal_text(code: str) -> str:
    return {
        "same_file": QCoreApplication.translate("Duplicates", "A file cannot be merged with itself."),
        "already_merged": QCoreApplication.translate("Duplicates", "One of the two files is already merged into another file: "
                             "nothing was changed."),
        "not_found": QCoreApplication.translate("Duplicates", "One of the two files no longer exists."),
    }.get(code, QCoreApplication.translate("Duplicates", "The files were not merged."))


def _ltr(text: str) -> str:
    """Numbers keep their own order inside an Arabic line."""
    return "\u2066" + text + "\u2069" if text else ""


class DuplicatesView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.title = QLabel(self.tr("Possible duplicates"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.counts = QLabel()
        self.show_combo = QComboBox()
        for code, name in status_names().items():
            self.show_combo.addItem(name, code)
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.find_button = QPushButton(self.tr("Find duplicates in the whole registry"))
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_combo)
        top.addWidget(self.find_button)
        self.table = list_table([self.tr("How sure"), self.tr("Why"), self.tr("First file"),
                                 self.tr("Second file")], columns=FIT, stretch=(2, 3),
                                name=self.tr("Possible duplicates"))
        self.compare = QTableWidget(len(FIELDS), 2)
        self.compare.setHorizontalHeaderLabels([self.tr("First file"), self.tr("Second file")])
        self.compare.setVerticalHeaderLabels([label() for label, _get in FIELDS])
        self.compare.setAccessibleName(self.tr("The two files side by side"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fit_compare()
        self.keep_first = QPushButton(self.tr("Keep the first file, merge the second into it"))
        self.keep_second = QPushButton(self.tr("Keep the second file, merge the first into it"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why they are different people"))
        self.reason.setAccessibleName(self.tr("Why they are different people"))
        self.boxes = {"reason": FieldBox(self.reason)}
        self.different_button = QPushButton(self.tr("Different people"))
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.keep_first)
        merge_row.addWidget(self.keep_second)
        merge_row.addStretch(1)
        different_row = QHBoxLayout()
        different_row.addWidget(self.boxes["reason"], 1)
        different_row.addWidget(self.different_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.compare)
        lay.addLayout(merge_row)
        lay.addLayout(different_row)

    def fit_compare(self) -> None:
        """As tall as its rows, so the list above takes the rest of the screen."""
        c = self.compare
        c.resizeRowsToContents()
        rows = sum(c.rowHeight(r) for r in range(c.rowCount()))
        c.setFixedHeight(c.horizontalHeader().sizeHint().height() + rows + 2 * c.frameWidth())


def _mobile(e164: str) -> str:
    """Saudi mobiles as people write them (05…), as the registry shows them."""
    return "0" + e164[4:] if e164.startswith("+9665") else _ltr(e164)


def _date(side: Side, lang: str) -> str:
    return cal.format_dual(side.birth_date, lang) if side.birth_date else "—"


FIELDS = (
    (lambda: QCoreApplication.translate("Duplicates", "Name"), lambda s, _lang: s.full_name),
    (lambda: QCoreApplication.translate("Duplicates", "ID number"), lambda s, _lang: _ltr(s.id_number)),
    (lambda: QCoreApplication.translate("Duplicates", "Date of birth"), _date),
    (lambda: QCoreApplication.translate("Duplicates", "Mobile"), lambda s, _lang: _mobile(s.mobile)),
    (lambda: QCoreApplication.translate("Duplicates", "Branch"), lambda s, _lang: _ltr(s.branch_code)),
    (lambda: QCoreApplication.translate("Duplicates", "File number"), lambda s, _lang: _ltr(s.file_number)),
    (lambda: QCoreApplication.translate("Duplicates", "Requests"), lambda s, _lang: str(s.requests)),
)


class DuplicatesController(QObject):
    def __init__(self, ctx: UiContext, view: DuplicatesView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or DuplicatesView()
        self.pairs: list[Pair] = []
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner, v.boxes)
        self.ops.on_change({ops.BENEFICIARY}, self.load)
        v.show_combo.currentIndexChanged.connect(self.load)
        v.table.itemSelectionChanged.connect(self._compare)
        v.find_button.clicked.connect(self.find_all)
        v.keep_first.clicked.connect(lambda: self.merge(keep_first=True))
        v.keep_second.clicked.connect(lambda: self.merge(keep_first=False))
        v.different_button.clicked.connect(self.different)
        v.find_button.setVisible(ctx.may("beneficiary.merge"))
        self._compare()

    # --- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        status, actor = self.view.show_combo.currentData(), self.ctx.actor
        self.ops.query(lambda db: duplicates.pairs(db, actor, status), self._show, latest="list")

    def _show(self, pairs: list[Pair]) -> None:
        self.pairs = pairs
        t, names, why = self.view.table, strength_names(), duplicate_reasons()
        t.setRowCount(0)
        for pair in pairs:
            r = t.rowCount()
            t.insertRow(r)
            reasons = pair.note if pair.status == rules.DIFFERENT else joined(
                why.get(c, c) for c in pair.reasons)
            cells = (names.get(pair.strength, pair.strength), reasons,
                     *(self._file(side, pair) for side in (pair.first, pair.second)))
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        self.view.counts.setText(self.tr("Pairs: %1").replace("%1", str(len(pairs))))
        if pairs:
            t.setCurrentCell(0, 0)  # selectRow selects nothing in a right-to-left table
        self._compare()

    def _file(self, side: Side, pair: Pair) -> str:
        text, kept = f"{side.full_name} — {_ltr(side.file_number)}", self.tr("kept")
        return f"{text} ({kept})" if pair.kept_id == side.id else text

    def _selected(self) -> Pair | None:
        rows = self.view.table.selectionModel().selectedRows()
        r = rows[0].row() if rows else -1
        return self.pairs[r] if 0 <= r < len(self.pairs) else None

    def _compare(self) -> None:
        pair, c = self._selected(), self.view.compare
        for row, (_label, get) in enumerate(FIELDS):
            values = [get(side, self.ctx.lang) for side in (pair.first, pair.second)] if pair \
                else ["", ""]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if pair and values[0] != values[1]:
                    item.setBackground(QColor("#fff4d6"))  # what differs catches the eye
                c.setItem(row, col, item)
        self.view.fit_compare()
        may = self.ctx.may("beneficiary.merge") and pair is not None \
            and pair.status == rules.OPEN
        for button in (self.view.keep_first, self.view.keep_second, self.view.different_button):
            button.setEnabled(may)
        self.view.reason.setEnabled(may)

    # --- acting -------------------------------------------------------------------------------
    def find_all(self) -> bool:
        actor = self.ctx.actor

        def done(added: int) -> None:
            text = self.tr("%1 new possible duplicate(s) listed.").replace("%1", str(added)) \
                if added else self.tr("No new possible duplicates were found.")
            show_banner(self.view.banner, text, "ok")
            self.load()

        return self.ops.action(lambda db: duplicates.find_all(db, actor), done,
                               busy=self.view.find_button)

    def merge(self, keep_first: bool, confirmed_ids: bool = False) -> bool:
        pair = self._selected()
        if pair is None:
            return False
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        if not confirmed_ids and not self.ctx.dialogs.confirm(
                self.tr("Merge the two files"), self._merge_question(keep, other)):
            return False
        actor = self.ctx.actor

        def refused(exc: MergeRefused) -> None:
            if exc.code == "ids_differ":
                if self.ctx.dialogs.confirm(self.tr("Different ID numbers"),
                                            self._ids_question(keep, other)):
                    self.merge(keep_first, confirmed_ids=True)
                else:
                    show_banner(self.view.banner, self.tr(
                        "The files were not merged: their ID numbers differ."), "error")
                return
            show_banner(self.view.banner, refusal_text(exc.code), "error")

        def done(_merged: object) -> None:
            show_banner(self.view.banner, self.tr("File %1 is merged into file %2.").replace(
                "%1", _ltr(other.file_number)).replace("%2", _ltr(keep.file_number)), "ok")

        return self.ops.action(
            lambda db: duplicates.merge(db, keep.id, other.id, actor,
                                        confirm_different_ids=confirmed_ids),
            done, changes={ops.BENEFICIARY, ops.REQUEST, ops.COMPLAINT, ops.DOCUMENT},
            busy=(self.view.keep_first, self.view.keep_second), expect={MergeRefused: refused})

    def _merge_question(self, keep: Side, other: Side) -> str:
        return self.tr(
            "Keep file %1 (%2) and merge file %3 into it?\n\nEvery request, complaint, household "
            "member, message and document of file %3 moves to file %1. File %3 stays in the "
            "registry, linked to file %1, and searching for it leads to file %1. "
            "This cannot be undone.").replace("%1", _ltr(keep.file_number)).replace(
            "%2", keep.full_name).replace("%3", _ltr(other.file_number))

    def _ids_question(self, keep: Side, other: Side) -> str:
        return self.tr(
            "The two files have different ID numbers (%1 and %2). Merge them only if you are "
            "sure they are one person (an ID typed wrongly, an iqama replaced by a national "
            "ID). Merge anyway?").replace("%1", _ltr(keep.id_number)).replace(
            "%2", _ltr(other.id_number))

    def different(self) -> bool:
        pair = self._selected()
        if pair is None:
            return False
        reason, actor = self.view.reason.text(), self.ctx.actor
        if reason.strip() and not self.ctx.dialogs.confirm(
                self.tr("Different people"),
                self.tr("Record that files %1 and %2 belong to different people? They will not "
                        "be proposed as duplicates again.").replace(
                    "%1", _ltr(pair.first.file_number)).replace(
                    "%2", _ltr(pair.second.file_number))):
            return False

        def done(_r: object) -> None:
            self.view.reason.clear()
            show_banner(self.view.banner, self.tr("Recorded as different people."), "ok")

        return self.ops.action(
            lambda db: duplicates.mark_different(db, pair.first.id, pair.second.id, actor,
                                                 reason),
            done, changes={ops.BENEFICIARY}, busy=self.view.different_button,
            expect={MergeRefused: lambda exc: show_banner(self.view.banner,
                                                          refusal_text(exc.code), "error")})
