"""The profile editor's social-study tab: which parts of the researcher's study form this
association uses, and which must be filled before a study is saved (issue 20).

Left as the code's default set, the profile keeps no ``study`` section at all, so a preset or a
profile saved here never claims a field set its association did not choose.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.domain.profile.study import DEFAULT_STUDY_FORM, SECTIONS, StudyForm


class StudyFormEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        names = {
            "visit": self.tr("Visit"), "housing": self.tr("Housing"),
            "income": self.tr("Monthly income (SAR)"),
            "expenses": self.tr("Monthly expenses (SAR)"), "health": self.tr("Health"),
            "household": self.tr("Household members and their situation"),
            "needs": self.tr("Needs"), "recommendation": self.tr("Recommendation")}
        hint = QLabel(self.tr(
            "The parts of the social researcher's study form and printed report. Left as they "
            "are, the application's default set applies."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.shown = {s: QCheckBox(self.tr("In the form")) for s in SECTIONS}
        self.required = {s: QCheckBox(self.tr("Required")) for s in SECTIONS}
        grid = QGridLayout()
        for row, s in enumerate(SECTIONS):
            label = QLabel(names[s])
            label.setBuddy(self.shown[s])
            self.shown[s].setAccessibleName(names[s])
            self.required[s].setAccessibleName(names[s] + " — " + self.tr("Required"))
            grid.addWidget(label, row, 0)
            grid.addWidget(self.shown[s], row, 1)
            grid.addWidget(self.required[s], row, 2)
            self.shown[s].toggled.connect(lambda on, s=s: self._shown_changed(s, on))
        grid.setColumnStretch(3, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addLayout(grid)
        lay.addStretch(1)

    def _shown_changed(self, section: str, on: bool) -> None:
        """A part nobody sees cannot be required."""
        self.required[section].setEnabled(on)
        if not on:
            self.required[section].setChecked(False)

    def fill(self, d: dict | None) -> None:
        form = StudyForm(tuple(d.get("sections", SECTIONS)), tuple(d.get("required", ()))) \
            if d else DEFAULT_STUDY_FORM
        for s in SECTIONS:
            self.shown[s].setChecked(form.shows(s))
            self._shown_changed(s, form.shows(s))
            self.required[s].setChecked(form.needs(s))

    def collect(self) -> dict | None:
        """The section as the profile stores it; None while it is the default set."""
        form = StudyForm(tuple(s for s in SECTIONS if self.shown[s].isChecked()),
                         tuple(s for s in SECTIONS if self.required[s].isChecked()))
        return None if form == DEFAULT_STUDY_FORM else form.to_dict()
