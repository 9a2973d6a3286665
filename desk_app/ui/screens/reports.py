"""Management reports on screen (issue 22): choose a report, a period, a branch and a service;
see its figures (each with its definition as tooltip); save it as an archived Arabic PDF or as an
Excel workbook with the rows behind the figures. Everything runs through the ops runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
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
from desk_app.domain import report_figures as rf
from desk_app.services import report_export, reports
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens.dashboard import figure_text
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, combo_code, fill_combo, show_banner


class ReportsView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports")
        self.title = QLabel(self.tr("Reports"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.report, self.service = QComboBox(), QComboBox()
        self.date_from, self.date_to = DualDateEdit(lang=lang), DualDateEdit(lang=lang)
        self.branch = QLineEdit()
        self.branch.setMaximumWidth(90)
        self.boxes = {"report": FieldBox(self.report), "date_from": FieldBox(self.date_from),
                      "date_to": FieldBox(self.date_to), "service": FieldBox(self.service)}
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.boxes["report"])
        form.addRow(self.tr("From"), self.boxes["date_from"])
        form.addRow(self.tr("To"), self.boxes["date_to"])
        form.addRow(self.tr("Branch (blank: all)"), self.branch)
        form.addRow(self.tr("Service"), self.boxes["service"])
        self.show_button = QPushButton(self.tr("Show the figures"))
        self.show_button.setObjectName("primary")
        self.pdf_button = QPushButton(self.tr("Save as PDF (archived)"))
        self.excel_button = QPushButton(self.tr("Save as Excel"))
        buttons = QHBoxLayout()
        for b in (self.show_button, self.pdf_button, self.excel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.figures = QTableWidget(0, 2)
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.verticalHeader().setVisible(False)
        self.remarks = QLabel()
        self.remarks.setWordWrap(True)
        self.remarks.setObjectName("hint")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.figures, 1)
        lay.addWidget(self.remarks)


class ReportsController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: ReportsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ReportsView(ctx.lang)
        self.shown: dict[str, Any] | None = None
        v = self.view
        self.ops = ctx.screen_ops(v, banner=v.banner, boxes=v.boxes)
        fill_combo(v.report, [(n, rf.title(n, ctx.lang)) for n in rf.REPORTS])
        fill_combo(v.service, [(s.code, ctx.name_of(s)) for s in ctx.profile.services],
                   blank=self.tr("All services"))
        quarter = rf.quarter_of(ctx.clock().date())
        v.date_from.set_value(cal.format_gregorian(quarter.start, "en"))
        v.date_to.set_value(cal.format_gregorian(quarter.end, "en"))
        v.show_button.clicked.connect(self.refresh)
        v.pdf_button.clicked.connect(lambda: self.export_pdf())
        v.excel_button.clicked.connect(lambda: self.export_excel())

    def load(self) -> None:
        self.refresh()

    def query(self) -> reports.ReportQuery:
        v = self.view
        return reports.ReportQuery(combo_code(v.report), v.date_from.value(), v.date_to.value(),
                                   v.branch.text().strip().upper() or None,
                                   combo_code(v.service) or None)

    def _build(self, lang: str):  # noqa: ANN202 - the function the runner calls
        query, actor, profile = self.query(), self.ctx.actor, self.ctx.profile
        return lambda db: reports.build(db, actor, query, profile, lang)

    def refresh(self) -> None:
        self.ops.query(self._build(self.ctx.lang), self._show, latest="report",
                       busy=self.view.show_button)

    def _show(self, rep: dict[str, Any]) -> None:
        self.shown = rep
        t, notes = self.view.figures, {n["key"]: n for n in rep["notes"]}
        t.setRowCount(len(rep["figures"]))
        for r, (key, value) in enumerate(rep["figures"].items()):
            name = QTableWidgetItem(notes[key]["name"])
            name.setToolTip(notes[key]["definition"])
            t.setItem(r, 0, name)
            t.setItem(r, 1, QTableWidgetItem(figure_text(key, value)))
        self.view.remarks.setText("\n".join(rep["remarks"]))
        self.loaded.emit()

    def export_pdf(self, path: str | None = None) -> bool:
        path = path or QFileDialog.getSaveFileName(self.view, self.tr("Save as PDF"),
                                                   "report.pdf", "PDF (*.pdf)")[0]
        if not path:
            return False
        build, actor, profile = self._build("ar"), self.ctx.actor, self.ctx.profile

        def issue(db: object) -> tuple[str, str]:
            doc = report_export.issue_pdf(db, actor, build(db), profile)
            with open(path, "wb") as f:
                f.write(doc.pdf or b"")
            return doc.serial, doc.code

        return self.ops.action(issue, lambda done: self._saved(path, *done),
                               changes={ops.DOCUMENT}, busy=self.view.pdf_button)

    def export_excel(self, path: str | None = None) -> bool:
        path = path or QFileDialog.getSaveFileName(self.view, self.tr("Save as Excel"),
                                                   "report.xlsx", "Excel (*.xlsx)")[0]
        if not path:
            return False
        build = self._build(self.ctx.lang)
        self.ops.query(lambda db: report_export.write_xlsx(build(db), path),
                       lambda _r: self._saved(path), busy=self.view.excel_button)
        return True

    def _saved(self, path: str, serial: str = "", code: str = "") -> None:
        text = self.tr("Saved: %1").replace("%1", path)
        if serial:
            text += " — " + self.tr("archived as %1, verification code %2").replace(
                "%1", serial).replace("%2", code)
        show_banner(self.view.banner, text, "ok")
