"""Satisfaction results (R-SAT-3): indices with their n, by group, trend, answers, comments.

Figures come from :mod:`desk_app.services.survey_results`, computed off the GUI thread. Groups
with fewer than five responses are pooled or hidden there; this screen only shows what it gets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.survey_defaults import OFFICE_VISIT, SATISFACTION
from desk_app.domain.survey_stats import MIN_GROUP
from desk_app.services import survey_export, surveys
from desk_app.services import survey_results as results
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.widgets.charts import BarChart, LineChart
from desk_app.ui.widgets.tables import FIT, fill_texts, list_table


def _table(headers: list[str]) -> QTableWidget:
    t = list_table(headers, columns=FIT, stretch=(0,))
    t.setAlternatingRowColors(True)
    return t


class SurveyResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surveyResults")
        self.title = QLabel(self.tr("Satisfaction results"))
        self.title.setObjectName("screenTitle")
        self.questionnaire = QComboBox()
        self.questionnaire.addItem(self.tr("Beneficiary satisfaction"), SATISFACTION)
        self.questionnaire.addItem(self.tr("Supervisory office visits"), OFFICE_VISIT)
        self.campaign = QComboBox()
        self.branch = QComboBox()
        self.period = QComboBox()
        for label, months in ((self.tr("All time"), 0), (self.tr("Last 3 months"), 3),
                              (self.tr("Last 12 months"), 12)):
            self.period.addItem(label, months)
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        self.pdf_button = QPushButton(self.tr("PDF summary…"))
        filters = QHBoxLayout()
        for w in (self.questionnaire, self.campaign, self.branch, self.period):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.excel_button)
        filters.addWidget(self.pdf_button)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.note = QLabel(self.tr("Index = (mean − 1) ÷ 4 × 100. Groups with fewer than %1 "
                                   "responses are not shown apart, to protect anonymity. "
                                   "Results are for improvement, not for blame.")
                           .replace("%1", str(MIN_GROUP)))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.questions = _table([self.tr("Question"), "n", self.tr("Mean (1–5)"),
                                 self.tr("Index"), self.tr("Answered 4 or 5")])
        self.question_chart = BarChart()
        summary = QWidget()
        s = QHBoxLayout(summary)
        s.addWidget(self.questions, 1)
        s.addWidget(self.question_chart, 1)
        self.dimension = QComboBox()
        for label, code in ((self.tr("By service"), "service"), (self.tr("By channel"), "channel"),
                            (self.tr("By branch"), "branch")):
            self.dimension.addItem(label, code)
        self.groups = _table([self.tr("Group"), "n", self.tr("Overall index")])
        self.group_chart = BarChart()
        by = QWidget()
        b = QVBoxLayout(by)
        b.addWidget(self.dimension)
        row = QHBoxLayout()
        row.addWidget(self.groups, 1)
        row.addWidget(self.group_chart, 1)
        b.addLayout(row, 1)
        self.trend_chart = LineChart()
        self.others = _table([self.tr("Question"), "n", self.tr("Answers")])
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(summary, self.tr("Questions"))
        self.tabs.addTab(by, self.tr("By group"))
        self.tabs.addTab(self.trend_chart, self.tr("Trend by month"))
        self.tabs.addTab(self.others, self.tr("Other answers"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(filters)
        lay.addWidget(self.banner)
        lay.addWidget(self.headline)
        lay.addWidget(self.note)
        lay.addWidget(self.tabs, 1)


class SurveyResultsController(QObject):
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: SurveyResultsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or SurveyResultsView()
        self.report: results.Report | None = None
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change({ops.SURVEY}, self.load)
        v = self.view
        for combo in (v.questionnaire, v.campaign, v.branch, v.period):
            combo.activated.connect(lambda _i: self.refresh())
        v.dimension.activated.connect(lambda _i: self._show_groups())
        v.excel_button.clicked.connect(lambda: self.export_excel())
        v.pdf_button.clicked.connect(lambda: self.export_pdf())

    def load(self) -> None:
        self.enter(None)

    def enter(self, campaign_id: object = None) -> None:
        self.ops.query(lambda db: (surveys.campaigns(db), surveys.branches(db)),
                       lambda loaded: self._fill_filters(*loaded, campaign_id),
                       latest="filters")

    def _fill_filters(self, campaigns: list[surveys.CampaignInfo], branches: list[str],
                      campaign_id: object) -> None:
        v = self.view
        keep_c, keep_b = v.campaign.currentData(), v.branch.currentData()
        if isinstance(campaign_id, str):
            keep_c = campaign_id
        v.campaign.clear()
        v.campaign.addItem(self.tr("All campaigns"), "")
        v.branch.clear()
        v.branch.addItem(self.tr("All branches"), "")
        for c in campaigns:
            v.campaign.addItem(self.ctx.name_of(c), c.id)
        for code in branches:
            v.branch.addItem(code, code)
        v.campaign.setCurrentIndex(max(0, v.campaign.findData(keep_c or "")))
        v.branch.setCurrentIndex(max(0, v.branch.findData(keep_b or "")))
        self.refresh()

    def query(self) -> results.ResultsQuery:
        v = self.v = self.view
        months = v.period.currentData() or 0
        today = self.ctx.clock().date()
        start = None
        if months:
            y, m = divmod(today.year * 12 + today.month - 1 - (months - 1), 12)
            start = today.replace(year=y, month=m + 1, day=1)
        return results.ResultsQuery(v.questionnaire.currentData(), v.campaign.currentData() or None,
                                    start, None, v.branch.currentData() or None)

    def refresh(self) -> None:
        query, profile, lang = self.query(), self.ctx.profile, self.ctx.lang
        actor = self.ctx.actor
        self.ops.query(lambda db: results.report(db, actor, query, profile, lang), self._show,
                       latest="report",
                       expect={KeyError: lambda _e: self._banner(self.tr("No responses yet."))})

    def _banner(self, text: str) -> None:
        self.view.banner.setText(text)
        self.view.banner.setProperty("kind", "error")
        self.view.banner.show()

    def _show(self, rep: results.Report) -> None:
        self.report, v, lang = rep, self.view, self.ctx.lang
        v.banner.hide()
        d = results.to_dict(rep, lang)
        overall = "—" if d["overall_index"] is None else f"{d['overall_index']:.1f}"
        v.headline.setText(self.tr("Overall satisfaction index: %1 of 100 — %2 responses")
                           .replace("%1", overall).replace("%2", str(d["n"])))
        fill_texts(v.questions, [[r["question"], str(r["n"]), _num(r["mean"], 2), _num(r["index"]),
                             _num(r["share_4_or_5"], 1, "%")] for r in d["ratings"]])
        v.question_chart.set_data(self.tr("Index per question"), [
            (r["question"], r["index"], f"n={r['n']}") for r in d["ratings"]])
        self._show_groups()
        v.trend_chart.set_data(self.tr("Overall index by month"), [
            (g["key"], g["overall_index"], f"n={g['n']}") for g in d["by"]["month"]])
        rows = [[r["question"], str(r["n"]), self.tr("Yes: %1").replace(
            "%1", _num(r["share_yes"], 1, "%"))] for r in d["yes_no"]]
        rows += [[r["question"], str(r["n"]), joined(f"{k}: {n}" for k, n in r["counts"].items())]
                 for r in d["choices"]]
        fill_texts(v.others, rows)
        v.comments.clear()
        v.comments.addItems([f"{c['month']} — {c['text']}" for c in d["comments"]])
        self.loaded.emit()

    def _show_groups(self) -> None:
        if self.report is None:
            return
        v, dim = self.view, self.view.dimension.currentData()
        d = results.to_dict(self.report, self.ctx.lang)["by"][dim]
        fill_texts(v.groups, [[g["name"], g["n"], _num(g["overall_index"])] for g in d])
        v.group_chart.set_data(v.dimension.currentText(), [
            (g["name"], g["overall_index"], f"n={g['n']}") for g in d])

    # --- exports -----------------------------------------------------------------------------
    def export_excel(self, path: str | None = None) -> bool:
        path = path or QFileDialog.getSaveFileName(self.view, self.tr("Export to Excel"),
                                                   "satisfaction.xlsx", "Excel (*.xlsx)")[0]
        if not path or self.report is None:
            return False
        report, lang, actor = self.report, self.ctx.lang, self.ctx.actor
        self.ops.query(lambda db: survey_export.write_xlsx(db, actor, report, path, lang),
                       lambda _r: self.ctx.dialogs.info(
                           self.tr("Export"), self.tr("Saved: %1").replace("%1", path)),
                       busy=self.view.excel_button)
        return True

    def export_pdf(self, path: str | None = None) -> bool:
        path = path or QFileDialog.getSaveFileName(self.view, self.tr("PDF summary"),
                                                   "satisfaction.pdf", "PDF (*.pdf)")[0]
        if not path or self.report is None:
            return False
        report, profile, actor = self.report, self.ctx.profile, self.ctx.actor

        def write(db: object) -> None:  # issues (archives) the summary, then saves the file
            data = survey_export.pdf_bytes(db, report, profile, actor)
            with open(path, "wb") as f:
                f.write(data)

        self.ops.action(write, lambda _r: self.ctx.dialogs.info(
            self.tr("PDF summary"), self.tr("Saved: %1").replace("%1", path)),
            busy=self.view.pdf_button)
        return True


def _num(x: float | None, digits: int = 1, unit: str = "") -> str:
    return "—" if x is None else f"{x:.{digits}f}{unit}"
