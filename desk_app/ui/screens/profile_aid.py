"""The profile editor's "Aid given" tab: the association's programmes and how far back a
repeated aid of the same kind to the same household is flagged (issue 20)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from desk_app.domain.profile.aid import MAX_REPEAT_DAYS, AidPolicy
from desk_app.ui.screens import profile_labels as PL
from desk_app.ui.widgets.list_editor import Column, ListEditor


class AidPolicyEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        labels = PL.labels()
        self.programmes = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("name_en", labels["name_en"])])
        self.repeat_days = QSpinBox()
        self.repeat_days.setRange(0, MAX_REPEAT_DAYS)
        self.repeat_days.setSpecialValueText(self.tr("no warning"))
        form = QFormLayout(self)
        form.addRow(self.tr("Warn when the same household received the same kind of aid "
                            "within (days)"), self.repeat_days)
        form.addRow(self.tr("Programmes"), self.programmes)

    def fill(self, section: dict[str, Any] | None) -> None:
        section = section or AidPolicy().to_dict()
        self.programmes.set_rows(section["programmes"])
        self.repeat_days.setValue(section["repeat_period_days"])

    def collect(self) -> dict[str, Any]:
        return {"programmes": self.programmes.rows(),
                "repeat_period_days": self.repeat_days.value()}
