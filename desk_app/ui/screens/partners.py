"""Partner associations (seed 003): the priority list of the requests competing for a service,
each score explained by its terms (the profile's weights), and the impact reports overdue."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.organisations import region_name
from desk_app.services import partner_views as views
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.screens import partner_labels as L
from desk_app.ui.screens.organisation import ORGANISATION
from desk_app.ui.widgets.fields import banner_label, fill_combo
from desk_app.ui.widgets.tables import FIT, list_table

PARTNER = "partner_request"  # the change notice of the partner screens


def table(headers: list[str]) -> QTableWidget:
    return list_table(headers, columns=FIT)


def fill(t: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Rows of (id kept on the first cell, texts)."""
    t.setRowCount(0)
    for rid, texts in rows:
        r = t.rowCount()
        t.insertRow(r)
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, rid)
            t.setItem(r, c, item)


class PartnersView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partners")
        self.title = QLabel(self.tr("Partner associations: priority list"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.service = QComboBox()
        self.service_label = QLabel(self.tr("Service"))
        self.new_button = QPushButton(self.tr("New partner request…"))
        self.new_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Open  (Enter)"))
        self.ranking = table([self.tr("Rank"), self.tr("Association"), self.tr("Region"),
                              self.tr("Expected beneficiaries"), self.tr("State"),
                              self.tr("Priority"), self.tr("Why (the profile's weights)")])
        self.ranking.horizontalHeader().setSectionResizeMode(
            6, QHeaderView.ResizeMode.Stretch)
        self.weights = QLabel()
        self.weights.setObjectName("hint")
        self.weights.setWordWrap(True)
        self.overdue_title = QLabel(self.tr("Impact reports overdue"))
        self.overdue_title.setObjectName("sectionTitle")
        self.overdue = table([self.tr("Request"), self.tr("Association"), self.tr("Report"),
                              self.tr("Due on"), self.tr("Days late")])
        self.overdue.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("status")
        top = QHBoxLayout()
        top.addWidget(self.service_label)
        top.addWidget(self.service, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addLayout(top)
        lay.addWidget(self.ranking, 3)
        lay.addWidget(self.weights)
        lay.addWidget(self.overdue_title)
        lay.addWidget(self.overdue, 2)
        lay.addWidget(self.status)


class PartnersController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: PartnersView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or PartnersView()
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change({PARTNER, ORGANISATION}, self.refresh)
        v = self.view
        policy = ctx.profile.partnership
        codes = policy.service_codes if policy else ()
        fill_combo(v.service, [(s.code, ctx.name_of(s)) for s in ctx.profile.services
                               if s.code in codes])
        v.service.currentIndexChanged.connect(lambda _i: self.refresh())
        v.new_button.clicked.connect(lambda: self.navigate.emit("partner_request", {"new": True}))
        v.open_button.clicked.connect(self.open_selected)
        v.ranking.doubleClicked.connect(lambda _i: self.open_selected())
        v.overdue.doubleClicked.connect(lambda _i: self.open_selected(v.overdue))
        QShortcut(QKeySequence("F5"), v, activated=self.refresh)
        v.new_button.setEnabled(policy is not None and ctx.may("partner.request"))
        if policy is None:
            v.status.setText(self.tr("This association's profile has no services for partner "
                                     "associations."))
        else:
            names, total = L.factors(), sum(w for _f, w in policy.weights) or 1.0
            v.weights.setText(self.tr("Priority weights in the profile: %1").replace(
                "%1", joined(f"{names[f]} {100 * w / total:.0f}%" for f, w in policy.weights)))

    def load(self) -> None:
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        profile, actor = self.ctx.profile, self.ctx.actor
        code, today = self.view.service.currentData() or "", self.ctx.clock().date()
        if profile.partnership is None:
            self.loaded.emit()
            return

        def both(db):  # noqa: ANN001, ANN202
            return (views.priority_list(db, actor, profile, code),
                    views.overdue_reports(db, actor, today))

        self.ops.query(both, self._show, latest="list")

    def _show(self, result: tuple[list[views.Ranked], list[views.OverdueReport]]) -> None:
        ranked, overdue = result
        lang, states = self.ctx.lang, L.statuses()
        fill(self.view.ranking, [(r.request_id, [
            str(r.rank), r.organisation, region_name(r.region, lang),
            str(r.expected_beneficiaries), states.get(r.status, r.status),
            f"{r.priority.score:.1f}" if r.priority else "—", L.explain(r.priority)])
            for r in ranked])
        fill(self.view.overdue, [(o.request_id, [
            o.number, o.organisation, str(o.position), cal.format_dual(o.due_on, lang),
            str(o.days_late)]) for o in overdue])
        self.view.status.setText(self.tr("Requests competing: %1 — reports overdue: %2")
                                 .replace("%1", str(len(ranked))).replace("%2", str(len(overdue))))
        self.view.open_button.setEnabled(bool(ranked))
        self.loaded.emit()

    def open_selected(self, t: QTableWidget | None = None) -> None:
        t = t or self.view.ranking
        r = t.currentRow()
        if r >= 0 and t.item(r, 0) is not None:
            self.navigate.emit("partner_request",
                               {"open": t.item(r, 0).data(Qt.ItemDataRole.UserRole)})
