"""The request screen's view of the social study (issue 20): who wrote it and when, the money
in one line and the recommendation, with a button to the study itself; the committee and the
manager read it there, the researcher fills it in. Asked only of who may read studies
(``study.view``), so the counter's screen never asks (nor is logged as refused)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import calendar as cal
from desk_app.domain.study import riyals
from desk_app.services import request_views, studies

MAX_SHOWN = 160  # characters of the recommendation shown on the request screen


def summary(s: studies.StudyView, lang: str) -> str:
    if not s.exists or s.updated_at is None:
        return QCoreApplication.translate("RequestStudy", "No social study saved yet.")
    head = QCoreApplication.translate("RequestStudy", "Social study by %1, %2.").replace(
        "%1", s.researcher_name).replace("%2", cal.format_dual(s.updated_at.date(), lang))
    money = QCoreApplication.translate(
        "RequestStudy", "Monthly income %1 SAR, expenses %2 SAR.").replace(
        "%1", riyals(s.income_total)).replace("%2", riyals(s.expenses_total))
    said = s.recommendation.strip()
    if len(said) > MAX_SHOWN:
        said = said[:MAX_SHOWN].rstrip() + "…"
    text = f"{head}\n{money}"
    if said:
        text += "\n" + QCoreApplication.translate("RequestStudy", "Recommendation: %1").replace(
            "%1", said)
    return text


class StudySummary:
    """Wires the study panel's summary line and button (a part of the request controller)."""

    def __init__(self, controller) -> None:  # noqa: ANN001 - the RequestController
        self.c = controller
        panel = controller.view.study
        panel.study_button.clicked.connect(self.open_study)
        self.may_read = controller.ctx.may("study.view")
        panel.study_button.setVisible(self.may_read)
        panel.summary.setVisible(self.may_read)

    def show(self, d: request_views.RequestDetail) -> None:
        panel = self.c.view.study
        panel.summary.setText("")
        if not self.may_read or panel.isHidden():  # no internal referral: no study
            return
        actor, lang, rid = self.c.ctx.actor, self.c.ctx.lang, d.id
        self.c.ops.query(lambda db: studies.get(db, actor, rid),
                         lambda s: panel.summary.setText(summary(s, lang)), latest="study")

    def open_study(self) -> None:
        d = self.c.detail
        if d is not None:
            self.c.navigate.emit("study", {"open": d.id, "back": ("request", {"open": d.id})})
