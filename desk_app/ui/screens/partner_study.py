"""The needs-study tab's behaviour: show a study, read it back, and preview the priority score
the profile's weights give while the scores are being chosen (the same rule the service uses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import partners as rules
from desk_app.domain.profile.partnership import PartnershipPolicy
from desk_app.services.partner_views import PartnerDetail
from desk_app.ui.screens import partner_labels as L
from desk_app.ui.screens.partner_panels import StudyPanel


class StudyBinder:
    def __init__(self, panel: StudyPanel, policy: PartnershipPolicy | None):
        self.panel, self.policy = panel, policy
        self.not_served_before = True
        for spin in (*panel.scores.values(), panel.impact, panel.regional_need):
            spin.valueChanged.connect(lambda _v: self.preview())

    def show(self, d: PartnerDetail) -> None:
        p = self.panel
        self.not_served_before = d.not_served_before
        for code in rules.STUDY_CRITERIA:
            entry = d.study.get(code) or {}
            p.scores[code].setValue(int(entry.get("score") or 3))
            p.notes[code].setText(str(entry.get("note") or ""))
        p.impact.setValue(d.impact or 3)
        p.regional_need.setValue(d.regional_need or 3)
        self.preview()

    def values(self) -> tuple[dict[str, tuple[int, str]], int, int, str]:
        p = self.panel
        criteria = {c: (p.scores[c].value(), p.notes[c].text()) for c in rules.STUDY_CRITERIA}
        return criteria, p.impact.value(), p.regional_need.value(), p.note.toPlainText()

    def preview(self) -> None:
        if self.policy is None:
            return
        p = self.panel
        score = rules.priority(p.impact.value(), p.regional_need.value(),
                               self.not_served_before, self.policy.weight_map)
        served = (QCoreApplication.translate("Partners", "not served before")
                  if self.not_served_before
                  else QCoreApplication.translate("Partners", "served before"))
        p.priority.setText(QCoreApplication.translate("Partners", "Priority: %1 (%2)")
                           .replace("%1", L.explain(score)).replace("%2", served))
