"""The agenda half of the committee-meetings screen: the live list of requests before the
committee with a decision and reason typed per row (kept across refreshes), and a decided
meeting's own decisions shown read-only. Mixed into ``MeetingsController``."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from desk_app.domain import meetings as rules
from desk_app.services import meeting_views
from desk_app.ui.screens import meeting_labels as L
from desk_app.ui.screens.meeting_view import (
    BRANCH,
    DECISION,
    NAME,
    NUMBER,
    REASON,
    SERVICE,
    WAITING,
)
from desk_app.ui.widgets.fields import combo_code


class AgendaMixin:
    # --- the agenda and the decisions -------------------------------------------------------
    def query(self) -> meeting_views.AgendaQuery:
        v = self.view
        return meeting_views.AgendaQuery(combo_code(v.committee), combo_code(v.service_filter),
                                         combo_code(v.branch_filter), v.min_days.value())

    def refresh(self) -> None:
        if self.meeting is not None and self.meeting.status != rules.OPEN:
            return  # a decided meeting shows its own decisions, not the live agenda
        ctx, q = self.ctx, self.query()
        today, actor, profile = ctx.clock().date(), ctx.actor, ctx.profile
        self._keep_typed()
        self.view.count.setText(self.tr("Loading…"))
        self.ops.query(lambda db: meeting_views.agenda(db, actor, profile, today, q),
                       self._show_agenda, latest="agenda")

    def _keep_typed(self) -> None:
        for i, r in enumerate(self.rows):
            combo, reason = self._row_inputs(i)
            if combo is not None and reason is not None:
                self.typed[r.request_id] = (combo_code(combo), reason.text())

    def _row_inputs(self, i: int) -> tuple[QComboBox | None, QLineEdit | None]:
        t = self.view.agenda
        return t.cellWidget(i, DECISION), t.cellWidget(i, REASON)  # type: ignore[return-value]

    def _show_agenda(self, agenda: meeting_views.Agenda) -> None:
        v = self.view
        self.rows = list(agenda.rows)
        v.agenda.setRowCount(0)
        for r in agenda.rows:
            self._agenda_line(r)
        shown = self.tr("%1 requests before the committee").replace("%1", str(agenda.total))
        if agenda.total > len(agenda.rows):
            shown += self.tr(" (the first %1: narrow the filter)").replace(
                "%1", str(len(agenda.rows)))
        v.count.setText(shown)
        v.open_button.setEnabled(bool(self.rows))
        self.loaded.emit()

    def _service(self, code: str) -> str:
        return next((self.ctx.name_of(s) for s in self.ctx.profile.services if s.code == code),
                    code)

    def _agenda_line(self, r: meeting_views.AgendaRow) -> None:
        decision, reason = self.typed.get(r.request_id, ("", ""))
        self.view.add_row(r.request_id, {
            NUMBER: r.number, NAME: r.beneficiary_name, SERVICE: self._service(r.service_code),
            BRANCH: r.branch_code, WAITING: str(r.days_waiting)},
            (list(L.decisions().items()), decision, reason))

    def _show_items(self, m: meeting_views.MeetingView) -> None:
        """A decided meeting: its own decisions, read-only, in agenda order."""
        v, words = self.view, L.decisions()
        self.rows = []
        v.agenda.setRowCount(0)
        for it in m.items:
            v.add_row(it.request_id, {
                NUMBER: it.number, NAME: it.beneficiary_name,
                SERVICE: self._service(it.service_code),
                DECISION: words.get(it.decision, it.decision), REASON: it.reason},
                red=it.decision == "rejected")
        v.count.setText(self.tr("%1 requests decided in this meeting").replace(
            "%1", str(len(m.items))))
        v.open_button.setEnabled(bool(m.items))
        self.loaded.emit()

    def items(self) -> list[rules.ItemDecision]:
        """The rows given a decision, with the version each was shown at."""
        out = []
        for i, r in enumerate(self.rows):
            combo, reason = self._row_inputs(i)
            if combo is not None and reason is not None and combo_code(combo):
                out.append(rules.ItemDecision(r.request_id, combo_code(combo), reason.text(),
                                              r.version))
        return out
