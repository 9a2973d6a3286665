"""One complaint: its data, the next workflow steps, its whole timeline, the investigation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain import messaging
from desk_app.domain import workflows as wf
from desk_app.domain.validation import ValidationFailed
from desk_app.services import complaint_ack, complaint_views, outbox, survey_invites
from desk_app.services import complaints as service
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message
from desk_app.ui.screens import complaint_labels as L
from desk_app.ui.screens.complaint_investigation import InvestigationController, InvestigationView
from desk_app.ui.screens.outbox import channel_names, event_names
from desk_app.ui.widgets.fields import (
    FieldBox,
    banner_label,
    combo_code,
    fill_combo,
    set_combo_code,
    show_banner,
)
from desk_app.ui.widgets.flow import FlowLayout

INFO = ("complainant", "contact", "channel", "category", "received", "due", "committee",
        "request", "description", "outcome")


class ComplaintView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaint")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.state = QLabel()
        self.state.setObjectName("status")
        self.back_button = QPushButton(self.tr("Back to the board  (Esc)"))
        self.ack_button = QPushButton(self.tr("Save the acknowledgment (PDF)…"))
        self.banner = banner_label()
        self.info = {n: QLabel() for n in INFO}
        for label in self.info.values():
            label.setWordWrap(True)
        labels = {"complainant": self.tr("Complainant"), "contact": self.tr("Contact"),
                  "channel": self.tr("Channel"), "category": self.tr("Category"),
                  "received": self.tr("Received on"), "due": self.tr("To be handled by"),
                  "committee": self.tr("Committee"), "request": self.tr("Related request"),
                  "description": self.tr("Description"), "outcome": self.tr("Outcome")}
        left, right = QFormLayout(), QFormLayout()
        for i, n in enumerate(INFO):
            (left if i < 5 else right).addRow(labels[n], self.info[n])
        info_box = QGroupBox(self.tr("The complaint"))
        cols = QHBoxLayout(info_box)
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note, reason or outcome of this step"))
        self.note_box = FieldBox(self.note)
        self.step_buttons = {s: QPushButton(t) for s, t in L.actions().items()}
        steps = QVBoxLayout()  # the note, then the steps wrapping: they fit in English too
        steps.addWidget(self.note_box)
        step_row = QWidget()
        flow = FlowLayout(step_row)
        for b in self.step_buttons.values():
            flow.addWidget(b)
        steps.addWidget(step_row)
        self.timeline = QTableWidget(0, 4)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note")])
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().setVisible(False)
        self.investigation = InvestigationView(lang)
        self.attachments = QListWidget()
        self.tabs = QTabWidget()
        first = QWidget()
        first_lay = QVBoxLayout(first)
        first_lay.addWidget(info_box)
        first_lay.addWidget(self.timeline, 1)
        self.tabs.addTab(first, self.tr("The complaint and its timeline"))
        self.tabs.addTab(self.investigation, self.tr("Investigation and compensation"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.state, 1)
        top.addWidget(self.ack_button)
        top.addWidget(self.back_button)
        # a message from the templates to the complainant, queued in the outbox
        self.message_event, self.message_channel = QComboBox(), QComboBox()
        self.queue_button = QPushButton(self.tr("Queue the message"))
        self.message_boxes = {"event": FieldBox(self.message_event),
                              "recipient": FieldBox(self.message_channel)}
        self.message_boxes["channel"] = self.message_boxes["recipient"]
        self.message_row = QWidget()
        message = QHBoxLayout(self.message_row)
        message.setContentsMargins(0, 0, 0, 0)
        message.addWidget(QLabel(self.tr("Message to the complainant")), 0,
                          Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.message_boxes["event"])
        message.addWidget(self.message_boxes["recipient"])
        message.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignTop)
        self.survey_button = QPushButton(self.tr("Invite to the satisfaction survey"))
        message.addWidget(self.survey_button, 0, Qt.AlignmentFlag.AlignTop)
        message.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addLayout(steps)
        lay.addWidget(self.message_row)
        lay.addWidget(self.tabs, 1)


class ComplaintController(QObject):
    navigate = Signal(str, object)

    def __init__(self, ctx: UiContext, view: ComplaintView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ComplaintView(ctx.lang)
        self.detail: complaint_views.Detail | None = None
        self.investigation = InvestigationController(ctx, self.view.investigation)
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.ops.on_change({ops.COMPLAINT}, self.reload)
        v = self.view
        for state, button in v.step_buttons.items():
            button.clicked.connect(lambda _c=False, s=state: self.step(s))
        v.back_button.clicked.connect(lambda: self.navigate.emit("complaints", None))
        v.ack_button.clicked.connect(lambda: self.save_acknowledgment())
        events, channels = event_names(), channel_names()
        fill_combo(v.message_event, [(e, events[e]) for e in messaging.COMPLAINT_EVENTS])
        fill_combo(v.message_channel, [(c, channels[c]) for c in messaging.CHANNELS])
        v.message_row.setVisible(ctx.may("outbox.queue"))
        v.queue_button.clicked.connect(self.queue_message)
        v.survey_button.clicked.connect(self.invite_to_survey)
        QShortcut(QKeySequence("Esc"), v, activated=lambda: self.navigate.emit("complaints", None))

    def load(self) -> None:
        """Shown empty until a complaint is opened."""

    def enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and "open" in arg:
            self.open(arg["open"])

    def open(self, complaint_id: str) -> None:
        profile = self.ctx.profile
        self.ops.query(lambda db: (complaint_views.detail(db, profile, complaint_id),
                                   complaint_views.staff_choices(db)),
                       self._show, latest="open",
                       expect={KeyError: lambda exc: self.ctx.dialogs.error(
                           self.tr("Complaint"), str(exc))})

    def reload(self) -> None:
        if self.detail is not None:
            self.open(self.detail.row.id)


    def _show(self, loaded: tuple[complaint_views.Detail, list]) -> None:
        self.detail, staff = loaded
        d, v, ctx, lang = self.detail, self.view, self.ctx, self.ctx.lang
        assert d is not None
        r, p = d.row, ctx.profile
        v.title.setText(self.tr("Complaint %1").replace("%1", r.number))
        v.state.setText(f"{L.states()[r.status]} — {L.deadline_states()[r.deadline_state]}")
        settled = r.status in wf.COMPLAINT_SETTLED_STATES or r.status == wf.C_CLOSED
        set_combo_code(v.message_event, "complaint_resolved" if settled else "complaint_received")
        v.survey_button.setEnabled(r.status in survey_invites.AFTER_COMPLAINT)
        set_combo_code(v.message_channel, "email" if "@" in (d.contact or "") else "sms")
        who = r.complainant or self.tr("Anonymous")
        dash = "\u200f—"  # the right-to-left mark keeps a lone dash at the start of the line
        committee = next((ctx.name_of(c) for c in p.committees if c.code == d.committee_code), "")
        values = {"complainant": who, "contact": d.contact or dash,
                  "channel": ctx.name_of(p.channel(r.channel_code)),
                  "category": ctx.name_of(p.complaint_category(r.category_code)),
                  "received": cal.format_dual(r.received_on, lang),
                  "due": cal.format_dual(r.due_on, lang), "committee": committee or dash,
                  "request": d.request_ref or dash, "description": r.description,
                  "outcome": d.outcome_text or dash}
        for n, text in values.items():
            v.info[n].setText(text)
        for state, button in v.step_buttons.items():
            button.setVisible(state in d.allowed)
        kinds, states = L.event_kinds(), L.states()
        v.timeline.setRowCount(0)
        for e in d.timeline:
            what = kinds.get(e.kind, e.kind)
            if e.kind == "status":
                arrow = "←" if lang == "ar" else "→"  # from → to, in reading order
                what = f"{states.get(e.from_status, '')} {arrow} {states.get(e.to_status, '')}"
            row = v.timeline.rowCount()
            v.timeline.insertRow(row)
            when = e.at.strftime("%H:%M") + "  " + cal.format_dual(e.at.date(), self.ctx.lang)
            for c, text in enumerate((when, e.actor, what, e.note)):
                v.timeline.setItem(row, c, QTableWidgetItem(text))
        v.attachments.clear()
        for _id, name, size in d.attachments:
            v.attachments.addItem(f"{name}  ({max(1, size // 1024)} KB)")
        self.investigation.show(d, staff)

    def step(self, target: str) -> bool:
        """Move the complaint on; the note box carries the reason or outcome the step needs."""
        d, ctx = self.detail, self.ctx
        if d is None:
            return False
        note, cid, actor, p = self.view.note.text(), d.row.id, ctx.actor, ctx.profile
        self.view.note_box.set_error("")
        follow_up = self._follow_up()
        calls = {
            wf.C_ASSIGNED: lambda db: service.assign(db, actor, cid, follow_up, p, note),
            wf.C_UNDER_REVIEW: lambda db: service.start_review(db, actor, cid, note),
            wf.C_ESCALATED: lambda db: service.escalate(db, actor, cid, note, p),
            wf.C_RESOLVED_AMICABLY: lambda db: service.resolve(db, actor, cid, "amicable", note),
            wf.C_RESOLVED_ACTION: lambda db: service.resolve(db, actor, cid, "action", note),
            wf.C_REJECTED: lambda db: service.reject(db, actor, cid, note),
            wf.C_CLOSED: lambda db: service.close(db, actor, cid, note),
            wf.C_REOPENED: lambda db: service.reopen(db, actor, cid, note, p),
        }
        return self.ops.action(calls[target], lambda _r: self._stepped(target),
                               changes={ops.COMPLAINT}, busy=self.view.step_buttons[target],
                               expect={ValidationFailed: self._note_invalid})

    def _note_invalid(self, exc: ValidationFailed) -> None:
        self.view.note_box.set_error("\n".join(field_message(e) for e in exc.errors))

    def _stepped(self, target: str) -> None:
        self.view.note.clear()
        self._banner(self.tr("Done: %1").replace("%1", L.states()[target]), "ok")

    def _follow_up(self) -> str:
        committees = self.ctx.profile.committees_of_kind("follow_up")
        return committees[0].code if committees else ""

    def save_acknowledgment(self, path: str | None = None) -> str | None:
        """Issue (archive) the acknowledgment in the background, then write it to ``path``."""
        if self.detail is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.view, self.tr("Save the acknowledgment"),
                                                  f"{self.detail.row.number}.pdf", "PDF (*.pdf)")
        if not path:
            return None
        profile, actor, cid, target = self.ctx.profile, self.ctx.actor, self.detail.row.id, path
        self.ops.action(lambda db: complaint_ack.acknowledgment_pdf(db, profile, actor, cid),
                        lambda pdf: Path(target).write_bytes(pdf), changes={ops.DOCUMENT},
                        busy=self.view.ack_button)
        return path

    def queue_message(self) -> bool:
        """The complaint's message (received / handled) queued for the complainant."""
        if self.detail is None:
            return False
        v, actor, profile = self.view, self.ctx.actor, self.ctx.profile
        cid, event, channel = self.detail.row.id, combo_code(v.message_event), combo_code(
            v.message_channel)
        for box in v.message_boxes.values():
            box.set_error("")
        return self.ops.action(
            lambda db: outbox.queue_for_complaint(db, actor, cid, event, channel=channel,
                                                  profile=profile),
            lambda _id: self._banner(self.tr("The message is queued; it goes out when the desk "
                                             "is online."), "ok"),
            changes={"message"}, busy=v.queue_button, boxes=v.message_boxes)

    def invite_to_survey(self) -> bool:
        """The satisfaction-survey invitation to the complainant, once the complaint is resolved."""
        if self.detail is None:
            return False
        v, actor, profile = self.view, self.ctx.actor, self.ctx.profile
        cid, channel = self.detail.row.id, combo_code(v.message_channel)
        for box in v.message_boxes.values():
            box.set_error("")
        return self.ops.action(
            lambda db: survey_invites.invite_for_complaint(db, actor, cid, channel=channel,
                                                           profile=profile),
            lambda _id: self._banner(self.tr("The survey invitation is queued; it goes out when "
                                             "the desk is online."), "ok"),
            changes={"message"}, busy=v.survey_button, boxes=v.message_boxes)

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)
