"""The data-protection line of the manager's dashboard: breaches past the 72 hours to notify,
personal-data requests past their 30 days, a policy review that is due. Hidden when all is
in order; each part names the screen to open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.services import governance_notices
from desk_app.ui.ops import ScreenOps
from desk_app.ui.widgets.fields import restyle


class GovernanceNotice(QLabel):
    """Click a part (a link) to open its register: ``open_screen`` carries the screen name."""

    open_screen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", "error")
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self.open_screen)
        self.notices: governance_notices.Notices | None = None
        restyle(self)
        self.hide()

    def load(self, ops: ScreenOps, actor: Actor, lang: str) -> None:
        ops.query(lambda db: governance_notices.for_actor(db, actor),
                  lambda n: self.show_notices(n, lang), latest="governance_notice")

    def show_notices(self, n: governance_notices.Notices, lang: str) -> None:
        self.notices = n
        parts = []
        if n.breaches_overdue:
            parts.append(self._link("breaches", self.tr(
                "%1 data breaches past the 72 hours without notifying the regulator")
                .replace("%1", str(n.breaches_overdue))))
        if n.requests_overdue:
            parts.append(self._link("subject_requests", self.tr(
                "%1 personal-data requests past their 30 days")
                .replace("%1", str(n.requests_overdue))))
        if n.review_due:
            parts.append(self._link("policy", self.tr("the policy's review is due (since %1)")
                                    .replace("%1", format_dual(n.review_due, lang))))
        if n.retention_due:
            parts.append(self._link("retention", self.tr(
                "%1 records are due for the retention run").replace("%1", str(n.retention_due))))
        self.setText(self.tr("Data protection: %1.").replace("%1", "؛ ".join(parts)
                                                               if lang == "ar"
                                                               else "; ".join(parts)))
        self.setVisible(bool(parts))

    @staticmethod
    def _link(screen: str, text: str) -> str:
        return f'<a href="{screen}">{text}</a>'
