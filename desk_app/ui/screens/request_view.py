"""The request screen's layout: intake, checklist, eligibility, workflow, decision, follow-up
and audit trail tabs (widgets only; behaviour is in :mod:`desk_app.ui.screens.request`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.widgets.aid_panel import AidPanel
from desk_app.ui.widgets.fields import banner_label
from desk_app.ui.widgets.request_panels import (
    ChecklistPanel,
    DecisionPanel,
    EligibilityPanel,
    IntakePanel,
    NotifyPanel,
    StudyPanel,
    TrailTable,
    WorkflowPanel,
)


class RequestView(QWidget):
    """Layout only: the request, its checklist and deadline; next steps; the trail."""

    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("request")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.back_button = QPushButton(self.tr("Back  (Esc)"))
        self.banner = banner_label()
        self.intake = IntakePanel()
        self.eligibility = EligibilityPanel()
        self.checklist = ChecklistPanel(lang)
        self.workflow = WorkflowPanel()
        self.study = StudyPanel()
        self.decision = DecisionPanel(lang)
        self.notify = NotifyPanel()
        self.aid = AidPanel(lang)
        self.trail = TrailTable()

        first = QWidget()
        side = QVBoxLayout()
        side.addWidget(self.intake)
        side.addWidget(self.eligibility)
        side.addStretch(1)
        row = QHBoxLayout(first)
        row.addLayout(side, 4)
        row.addWidget(self.checklist, 6)
        second = QWidget()
        grid = QHBoxLayout(second)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.workflow)
        left.addWidget(self.study)
        left.addStretch(1)
        right.addWidget(self.decision)
        right.addWidget(self.notify)
        right.addStretch(1)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(first), self.tr("Request and checklist"))
        self.tabs.addTab(_scrolling(second), self.tr("Decision and follow-up"))
        self.tabs.addTab(_scrolling(self.aid), self.tr("Aid given"))
        self.tabs.addTab(self.trail, self.tr("Audit trail"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.back_button)
        self.documents_row = QHBoxLayout()  # the controller puts the document buttons here
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(self.documents_row)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)


def _scrolling(widget: QWidget) -> QScrollArea:
    """Small screens scroll instead of growing the window past the desk's monitor."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
