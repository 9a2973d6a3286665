"""Committee meetings (issue 20): the agenda of requests before the committee, a meeting with its
members present and quorum, its decisions recorded in one go, the minutes printed and approved by
each member present with their own password. Every service call goes through the ops runner (the
password check included): the window never waits on the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from desk_app.domain import meetings as rules
from desk_app.domain.breaches import clock_time
from desk_app.domain.calendar import format_dual
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import meeting_minutes, meeting_views, meetings, worklists
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.ops import DOCUMENT, REQUEST
from desk_app.ui.screens import meeting_labels as L
from desk_app.ui.screens.meeting_agenda import AgendaMixin
from desk_app.ui.screens.meeting_view import (
    NUMBER,
    MeetingsView,
)
from desk_app.ui.widgets.fields import (
    combo_code,
    fill_combo,
    mark,
    set_combo_code,
    show_banner,
)

ISOLATE = "\u2068%s\u2069"  # a request number kept whole inside Arabic text


class MeetingsController(AgendaMixin, QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: MeetingsView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or MeetingsView(ctx.lang)
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.boxes)
        self.members: list[meeting_views.Member] = []
        self.meeting: meeting_views.MeetingView | None = None
        self.rows: list[meeting_views.AgendaRow] = []
        self.typed: dict[str, tuple[str, str]] = {}  # what was chosen per request, kept
        self._fill_static()
        self._wire()
        self._new_meeting()

    # --- set-up -----------------------------------------------------------------------------
    def _fill_static(self) -> None:
        v, ctx, any_ = self.view, self.ctx, self.tr("— all —")
        p = ctx.profile
        codes = meetings.deciding_committees(p)
        fill_combo(v.committee, [(c.code, ctx.name_of(c)) for c in p.committees
                                 if c.code in codes])
        fill_combo(v.mode, list(L.modes().items()))
        fill_combo(v.service_filter, [(s.code, ctx.name_of(s)) for s in p.services], blank=any_)
        fill_combo(v.branch_filter, [], blank=any_)
        v.held_on.set_value(ctx.clock().strftime("%d/%m/%Y"))

    def _wire(self) -> None:
        v = self.view
        v.chooser.currentIndexChanged.connect(lambda _i: self.choose())
        for combo in (v.service_filter, v.branch_filter, v.committee):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        v.min_days.valueChanged.connect(lambda _n: self.refresh())
        v.refresh_button.clicked.connect(self.refresh)
        v.members.itemChanged.connect(lambda _i: self._show_quorum())
        v.create_button.clicked.connect(self.create)
        v.members_button.clicked.connect(self.update_members)
        v.record_button.clicked.connect(self.record)
        v.approve_button.clicked.connect(self.approve)
        v.print_button.clicked.connect(self.print_minutes)
        v.open_button.clicked.connect(self.open_selected)
        v.password.returnPressed.connect(self.approve)
        QShortcut(QKeySequence("F5"), v, activated=self.refresh)
        self.ops.on_change({REQUEST}, self.refresh)

    def load(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: (meeting_views.committee_members(db, actor),
                                   meeting_views.listing(db, actor), worklists.branches(db)),
                       self._choices, latest="choices")
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def _choices(self, loaded) -> None:  # noqa: ANN001 - (members, meetings, branches)
        members, listing, branches = loaded
        v = self.view
        self.members = members
        v.members.blockSignals(True)
        v.members.clear()
        for m in members:
            item = QListWidgetItem(m.full_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            v.members.addItem(item)
        v.members.blockSignals(False)
        chosen = self.meeting.id if self.meeting else ""
        v.chooser.blockSignals(True)
        fill_combo(v.chooser, [(m.id, f"{ISOLATE % m.number} — {self._day(m.held_on)}")
                               for m in listing],
                   blank=self.tr("New meeting"))
        set_combo_code(v.chooser, chosen)
        v.chooser.blockSignals(False)
        keep = combo_code(v.branch_filter)
        v.branch_filter.blockSignals(True)
        fill_combo(v.branch_filter, [(b, b) for b in branches], blank=self.tr("— all —"))
        set_combo_code(v.branch_filter, keep)
        v.branch_filter.blockSignals(False)
        if self.meeting is not None:
            self._show_meeting(self.meeting)
        else:
            self._show_quorum()

    def _day(self, d: date) -> str:
        return format_dual(d, "en" if self.ctx.lang == "en" else "ar")

    # --- the meeting ------------------------------------------------------------------------
    def choose(self) -> None:
        mid = combo_code(self.view.chooser)
        if not mid:
            self._new_meeting()
            self.refresh()
            return
        actor, profile = self.ctx.actor, self.ctx.profile
        self.ops.query(lambda db: meeting_views.get(db, actor, mid, profile), self._show_meeting,
                       latest="meeting")

    def _new_meeting(self) -> None:
        v = self.view
        self.meeting = None
        v.starts_at.setPlaceholderText("10:00")
        for w in (v.committee, v.held_on, v.starts_at, v.mode, v.place, v.members,
                  v.create_button):
            w.setEnabled(True)
        for i in range(v.members.count()):
            v.members.item(i).setCheckState(Qt.CheckState.Unchecked)
        v.state.setText(self.tr("Set the meeting up, then record its decisions."))
        v.approvals.setText(self.tr("The minutes are approved after the decisions are recorded."))
        v.approver.clear()
        v.preview.clear()
        self._enable()
        self._show_quorum()

    def _show_meeting(self, m: meeting_views.MeetingView) -> None:
        v = self.view
        self.meeting = m
        set_combo_code(v.committee, m.committee_code)
        v.held_on.set_value(m.held_on.strftime("%d/%m/%Y"))
        v.starts_at.setText(m.starts_at.strftime("%H:%M") if m.starts_at else "")
        v.starts_at.setPlaceholderText("—")  # no time was given: not the example's 10:00
        set_combo_code(v.mode, m.mode)
        v.place.setText(m.place)
        present = {a.staff_id for a in m.attendees}
        v.members.blockSignals(True)
        for i in range(v.members.count()):
            item = v.members.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in present
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        v.members.blockSignals(False)
        for w in (v.committee, v.held_on, v.starts_at, v.mode, v.place, v.create_button):
            w.setEnabled(False)
        v.members.setEnabled(m.status == rules.OPEN)  # a member may still arrive
        v.state.setText(f"{ISOLATE % m.number} — {L.statuses().get(m.status, m.status)}")
        self._show_quorum()
        self._show_approvals(m)
        self._enable()
        if m.status == rules.OPEN:
            self.refresh()
        else:
            self._show_items(m)

    def _show_quorum(self) -> None:
        v, m = self.view, self.meeting
        present = len(self._ticked())
        if m is not None and m.status != rules.OPEN:
            q = m.quorum
        elif m is not None:  # ticks not yet saved count as they stand, against its quorum
            q = rules.Quorum(m.members_total, present, m.quorum.needed)
        else:
            q = rules.quorum(self.ctx.profile.meeting_rules, len(self.members), present)
        if q.members_total == 0:
            v.quorum.setText(self.tr("No staff account has the committee role yet: the "
                                     "administrator gives it to the members on the staff screen."))
            mark(v.quorum, "alert")
            return
        text = self.tr("Present: %1 of %2 members; the quorum is %3.").replace(
            "%1", str(q.present)).replace("%2", str(q.members_total)).replace("%3", str(q.needed))
        met = self.tr("Quorum met.") if q.met else self.tr(
            "Quorum not met: this meeting cannot record decisions.")
        v.quorum.setText(f"{text} {met}")
        mark(v.quorum, None if q.met else "alert")

    def _show_approvals(self, m: meeting_views.MeetingView) -> None:
        v, a = self.view, m.approvals
        if m.status == rules.APPROVED and m.approved_at is not None:
            text = self.tr("The minutes were approved on %1.").replace(
                "%1", f"{self._day(m.approved_at.date())} {m.approved_at:%H:%M}")
        elif m.status == rules.OPEN:
            text = self.tr("The minutes are approved after the decisions are recorded.")
        else:
            text = self.tr("Approved by %1 of the %2 needed. Waiting for: %3.").replace(
                "%1", str(a.approved)).replace("%2", str(a.needed)).replace(
                "%3", joined(a.waiting_for))
        lines = [f"{x.full_name}: " + (self.tr("approved on %1").replace(
            "%1", f"{self._day(x.approved_at.date())} {x.approved_at:%H:%M}")
            if x.approved_at else self.tr("not yet")) for x in m.attendees]
        v.approvals.setText("\n".join([text, "", *lines]))
        fill_combo(v.approver, [(x.staff_id, x.full_name) for x in m.attendees
                                if x.approved_at is None])

    def _enable(self) -> None:
        v, m = self.view, self.meeting
        deciding = m is not None and m.status == rules.OPEN
        v.record_button.setEnabled(deciding and self.ctx.may("request.decide"))
        for w in (v.service_filter, v.branch_filter, v.min_days, v.refresh_button):
            w.setEnabled(m is None or deciding)
        approving = m is not None and m.status == rules.DECIDED
        for w in (v.approve_button, v.approver, v.password):
            w.setEnabled(approving)
        v.print_button.setEnabled(m is not None and m.status != rules.OPEN)
        v.create_button.setEnabled(m is None)
        v.members_button.setVisible(deciding)

    def create(self) -> None:
        v, actor, profile = self.view, self.ctx.actor, self.ctx.profile
        typed = v.starts_at.text().strip()
        start = clock_time(typed) if typed else None  # 10:00, Arabic-Indic digits too
        if typed and start is None:
            self.ops.show_invalid(ValidationFailed([FieldError("starts_at", "invalid_format")]))
            return
        form = rules.MeetingForm(combo_code(v.committee), v.held_on.value(), combo_code(v.mode),
                                 v.place.text(), self._ticked(), start)
        self.ops.action(lambda db: meetings.create(db, actor, form, profile), self._created,
                        busy=v.create_button, expect={ValidationFailed: self._refused})

    def update_members(self) -> None:
        m, v, actor, profile = self.meeting, self.view, self.ctx.actor, self.ctx.profile
        if m is None:
            return
        self.ops.action(lambda db: meetings.set_members(db, actor, m.id, self._ticked(), profile),
                        self._members_set, busy=v.members_button,
                        expect={ValidationFailed: self._refused})

    def _ticked(self) -> tuple[str, ...]:
        v = self.view
        return tuple(v.members.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(v.members.count())
                     if v.members.item(i).checkState() == Qt.CheckState.Checked)

    def _members_set(self, m: meeting_views.MeetingView) -> None:
        show_banner(self.view.banner, self.tr("The members present were updated."), "ok")
        self.meeting = m
        self._show_quorum()
        self._show_approvals(m)

    def _created(self, m: meeting_views.MeetingView) -> None:
        show_banner(self.view.banner, self.tr("Meeting %1 was set up. Choose a decision for each "
                                              "request of the agenda, then record them.")
                    .replace("%1", ISOLATE % m.number), "ok")
        self.meeting = m
        self._show_meeting(m)
        self.load()

    def record(self) -> None:
        m, items = self.meeting, self.items()
        if m is None:
            return
        actor, profile, numbers = self.ctx.actor, self.ctx.profile, self._numbers(items)
        self._keep_typed()
        self.ops.action(lambda db: meetings.record_decisions(db, actor, m.id, items, profile),
                        self._decided, busy=self.view.record_button, changes=(REQUEST,),
                        expect={ValidationFailed: lambda e: self._refused(e, numbers)})

    def _numbers(self, items: list[rules.ItemDecision]) -> list[str]:
        by_id = {r.request_id: r.number for r in self.rows}
        return [by_id.get(i.request_id, "") for i in items]

    def _decided(self, m: meeting_views.MeetingView) -> None:
        self.typed.clear()
        show_banner(self.view.banner, self.tr("The meeting's %1 decisions were recorded. Print the "
                                              "minutes; each member present approves them with "
                                              "their own password.")
                    .replace("%1", str(len(m.items))), "ok")
        self._show_meeting(m)
        self.load()

    def _refused(self, exc: ValidationFailed, numbers: list[str] | None = None) -> None:
        v = self.view
        rest = []
        for e in exc.errors:
            if e.field in v.boxes and e.code not in ("no_quorum",):
                v.boxes[e.field].set_error(L.message(e, numbers))
            else:
                rest.append(L.message(e, numbers))
        if rest:
            show_banner(v.banner, "\n".join(dict.fromkeys(rest)), "error")
        if isinstance(exc, meetings.AgendaChanged):
            self.refresh()

    # --- the minutes --------------------------------------------------------------------------
    def approve(self) -> None:
        v, m = self.view, self.meeting
        if m is None or not v.approve_button.isEnabled():
            return
        member, password, profile = combo_code(v.approver), v.password.text(), self.ctx.profile
        self.ops.action(lambda db: meetings.approve_minutes(db, m.id, member, password, profile),
                        self._approved, busy=v.approve_button, boxes=v.approve_boxes,
                        expect={ValidationFailed: self._approval_refused})

    def _approval_refused(self, exc: ValidationFailed) -> None:
        self.view.password.clear()
        self.view.approve_boxes["password"].set_error(L.messages(exc))

    def _approved(self, m: meeting_views.MeetingView) -> None:
        v = self.view
        v.password.clear()
        text = self.tr("The minutes are approved by every member needed.") \
            if m.status == rules.APPROVED else self.tr("The approval was recorded.")
        show_banner(v.banner, text, "ok")
        self._show_meeting(m)
        if m.status == rules.APPROVED:
            self.load()

    def print_minutes(self) -> None:
        m, actor, profile = self.meeting, self.ctx.actor, self.ctx.profile
        if m is None:
            return
        self.ops.action(lambda db: meeting_minutes.issue_minutes(db, actor, m.id, profile),
                        self._issued, busy=self.view.print_button, changes=(DOCUMENT,))

    def _issued(self, doc) -> None:  # noqa: ANN001 - services.documents.IssuedDocument
        v = self.view
        show_banner(v.banner, self.tr("The minutes were issued (code %1) and archived: print them "
                                      "from the preview.").replace("%1", doc.code), "ok")
        v.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
        v.tabs.setCurrentIndex(1)

    def open_selected(self) -> None:
        item = self.view.agenda.item(max(0, self.view.agenda.currentRow()), NUMBER)
        if item is not None:
            self.navigate.emit("request", {"open": item.data(Qt.ItemDataRole.UserRole),
                                           "back": ("meetings", None)})
