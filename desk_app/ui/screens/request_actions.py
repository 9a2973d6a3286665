"""The request screen's next steps (committee, withdraw, refer, decide, notify, close;
the service given is the aid tab, request_aid.py).

A mixin of :class:`~desk_app.ui.screens.request.RequestController`, kept apart so each file stays
small; it uses the controller's ``ctx``, ``view``, ``detail`` and ``run`` (the ops runner).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import calendar as cal
from desk_app.domain import messaging
from desk_app.domain.profile import OrgProfile
from desk_app.domain.validation import FieldError
from desk_app.services import outbox, request_views, survey_invites
from desk_app.services import requests as svc
from desk_app.ui.screens import request_labels as L
from desk_app.ui.screens.outbox import channel_names, event_names
from desk_app.ui.widgets.fields import combo_code, fill_combo, set_combo_code


class ActionsMixin:
    def connect_actions(self) -> None:
        v = self.view
        v.workflow.committee_button.clicked.connect(self.send_to_committee)
        v.workflow.withdraw_button.clicked.connect(self.withdraw)
        v.workflow.close_button.clicked.connect(self.close_request)
        v.workflow.refer_button.clicked.connect(self.refer)
        v.study.end_button.clicked.connect(self.end_study)
        v.decision.record_button.clicked.connect(self.decide)
        v.decision.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        v.notify.record_button.clicked.connect(self.notify)
        v.notify.queue_button.clicked.connect(self.queue_message)
        v.notify.survey_button.clicked.connect(self.invite_to_survey)
        events, channels = event_names(), channel_names()
        fill_combo(v.notify.message_event, [(e, events[e]) for e in messaging.REQUEST_EVENTS])
        fill_combo(v.notify.message_channel, [(c, channels[c]) for c in messaging.CHANNELS])
        may_queue = self.ctx.may("outbox.queue")
        for w in (v.notify.message_label, v.notify.message_boxes["event"],
                  v.notify.message_boxes["recipient"], v.notify.queue_button,
                  v.notify.survey_button):
            w.setVisible(may_queue)

    def _all_boxes(self) -> list:
        v = self.view
        return [*v.intake.boxes.values(), *v.workflow.boxes.values(), *v.study.boxes.values(),
                *v.decision.boxes.values(), *v.notify.boxes.values(),
                *v.notify.message_boxes.values(), *v.aid.form.boxes.values()]

    def _clear_all_errors(self) -> None:
        for box in self._all_boxes():
            box.set_error("")
        self.view.checklist.scan_error.hide()

    # --- what is possible now -------------------------------------------------------------
    def show_actions(self, d: request_views.RequestDetail, p: OrgProfile) -> None:
        v, nxt = self.view, d.next_states
        if getattr(self, "_shown_id", None) != d.id:
            self._reset_inputs()  # nothing typed for one request may be saved on another
            self._shown_id = d.id
        # from a study the request goes on with its findings (the study panel), not from here
        v.workflow.committee_button.setEnabled("committee" in nxt and d.status != "under_study")
        v.workflow.withdraw_button.setEnabled("withdrawn" in nxt)
        v.workflow.close_button.setEnabled("closed" in nxt)
        referring = bool({"referred", "under_study"} & nxt)
        for w in (v.workflow.refer_kind, v.workflow.refer_to, v.workflow.refer_person,
                  v.workflow.refer_reason, v.workflow.refer_button):
            w.setEnabled(referring)
        self._show_study(d)
        deciding = d.status == "committee"
        for w in (v.decision.decision, v.decision.committee, v.decision.decided_on,
                  v.decision.reason, v.decision.referral_to, v.decision.record_button):
            w.setEnabled(deciding)
        if deciding:
            set_combo_code(v.decision.committee, d.committee_code)
            if not v.decision.decided_on.text():
                v.decision.decided_on.set_value(self.ctx.clock().date().strftime("%d/%m/%Y"))
        self._decision_changed()
        v.decision.current.setText("\n".join(self._decision_line(x) for x in d.decisions))
        self.show_aid(d)  # the "service given" step: the aid recorded (request_aid.py)
        # a told decision is recorded once there is one, or where an external referral sent them
        told = bool(d.decisions) or d.status == "referred"
        for w in (v.notify.channel, v.notify.text, v.notify.record_button):
            w.setEnabled(told)
        set_combo_code(v.notify.message_event, messaging.EVENT_FOR_STATUS.get(d.status, ""))
        v.notify.survey_button.setEnabled(d.status in survey_invites.AFTER_REQUEST)
        set_combo_code(v.notify.message_channel,
                       "email" if d.outcome_channel_code == "email" else "sms")
        if not combo_code(v.notify.channel):
            set_combo_code(v.notify.channel, d.outcome_channel_code)
        if not v.notify.text.toPlainText().strip() and d.decisions:
            v.notify.text.setPlainText(self._notice_text(d))
        v.notify.sent.setText("\n".join(
            QCoreApplication.translate("RequestActions", "Notified on %1 by %2: %3").replace("%1", cal.format_dual(n.sent_on, self.ctx.lang))
            .replace("%2", self._channel_name(n.channel_code)).replace("%3", n.text)
            for n in d.notifications))
        failed = d.failed_criteria and d.status in ("complete", "committee")
        v.workflow.committee_button.setToolTip(
            QCoreApplication.translate("RequestActions", "The request goes to the committee marked with the failed criteria.")
            if failed else "")

    def _show_study(self, d: request_views.RequestDetail) -> None:
        st, studying = self.view.study, d.status == "under_study"
        st.setVisible(studying or any(r.target_kind != "association" for r in d.referrals))
        for w in (st.outcome, st.findings, st.end_button):
            w.setEnabled(studying)
        if not studying:
            st.with_whom.setText(QCoreApplication.translate("RequestActions", "The study has ended.") if d.referrals else "")
            return
        unit = next((t.name_ar for t in self.ctx.profile.referral_targets
                     if t.code == d.assigned_unit), "")
        if not unit:
            unit = dict(L.referral_kinds()).get(d.assigned_unit, d.assigned_unit)
        st.with_whom.setText(f"{unit} — {d.assignee_name}" if d.assignee_name else unit)

    def _reset_inputs(self) -> None:
        v = self.view
        v.study.findings.clear()
        v.study.outcome.setCurrentIndex(0)
        v.decision.decided_on.set_value("")
        v.decision.reason.clear()
        v.decision.decision.setCurrentIndex(0)
        v.notify.text.clear()
        v.notify.channel.setCurrentIndex(0)

    def _channel_name(self, code: str) -> str:
        try:
            return self.ctx.name_of(self.ctx.profile.channel(code))
        except KeyError:
            return code

    def _decision_line(self, x: request_views.DecisionInfo) -> str:
        words = dict(L.decisions())
        line = QCoreApplication.translate("RequestActions", "%1 on %2").replace("%1", words.get(x.decision, x.decision)).replace(
            "%2", cal.format_dual(x.decided_on, self.ctx.lang))
        return line + (f" — {x.reason}" if x.reason else "")

    def _notice_text(self, d: request_views.RequestDetail) -> str:
        last = d.decisions[-1]
        word = L.statuses().get(last.decision, last.decision)
        text = QCoreApplication.translate("RequestActions", "Your request %1 has been decided: %2.").replace("%1", d.number).replace(
            "%2", word)
        return text + (" " + QCoreApplication.translate("RequestActions", "Reason: %1").replace("%1", last.reason) if last.reason else "")

    def _decision_changed(self) -> None:
        referred = combo_code(self.view.decision.decision) == "referred"
        self.view.decision.referral_to.setEnabled(referred and self.detail is not None
                                                  and self.detail.status == "committee")

    # --- actions (each one service call = one audited step) ---------------------------------
    def _rid(self) -> str | None:
        return self.detail.id if self.detail is not None else None

    def _version(self) -> int | None:
        """The version of the request on screen: the step is refused if another desk changed
        the request since (the person sees what changed before doing it again)."""
        return self.detail.version if self.detail is not None else None

    def send_to_committee(self) -> None:
        rid, note, actor, profile = self._rid(), self.view.workflow.note.text(), \
            self.ctx.actor, self.ctx.profile
        ver = self._version()
        if rid:
            self.run(lambda db: svc.send_to_committee(db, actor, rid, profile=profile, note=note,
                                                             expected_version=ver),
                     self.view.workflow.boxes, QCoreApplication.translate("RequestActions", "Sent to the committee."),
                     self.view.workflow.committee_button)

    def withdraw(self) -> None:
        rid, note, actor = self._rid(), self.view.workflow.note.text(), self.ctx.actor
        ver = self._version()
        if rid and self.ctx.dialogs.confirm(QCoreApplication.translate("RequestActions", "Withdraw"), QCoreApplication.translate("RequestActions", "Withdraw this request?")):
            self.run(lambda db: svc.withdraw(db, actor, rid, note, expected_version=ver),
                     self.view.workflow.boxes, QCoreApplication.translate("RequestActions", "The request was withdrawn."),
                     self.view.workflow.withdraw_button)

    def close_request(self) -> None:
        rid, note, actor = self._rid(), self.view.workflow.note.text(), self.ctx.actor
        ver = self._version()
        if rid:
            self.run(lambda db: svc.close(db, actor, rid, note, expected_version=ver),
                     self.view.workflow.boxes, QCoreApplication.translate("RequestActions", "The request was closed."),
                     self.view.workflow.close_button)

    def refer(self) -> None:
        rid, w, actor, ver = self._rid(), self.view.workflow, self.ctx.actor, self._version()
        if not rid:
            return
        kind, name = combo_code(w.refer_kind), w.refer_to.currentText()
        code, reason = w.refer_to.currentData() or "", w.refer_reason.text()
        person = (w.refer_person.currentData() or None) if kind != "association" else None
        boxes = {**w.boxes, "reason": w.boxes["refer_reason"]}
        self.run(lambda db: svc.refer(db, actor, rid, kind=kind, target_name=name, reason=reason,
                                      target_code=code, assignee_id=person,
                                      expected_version=ver),
                 boxes, QCoreApplication.translate("RequestActions", "The request was referred."), w.refer_button)

    def end_study(self) -> None:
        rid, st, actor, profile = self._rid(), self.view.study, self.ctx.actor, self.ctx.profile
        if not rid:
            return
        outcome, note, ver = combo_code(st.outcome), st.findings.toPlainText(), self._version()
        self.run(lambda db: svc.end_study(db, actor, rid, outcome=outcome, note=note,
                                          profile=profile, expected_version=ver),
                 st.boxes, QCoreApplication.translate("RequestActions", "The study was recorded and the request sent on."), st.end_button)

    def decide(self) -> None:
        rid, p, actor, profile = self._rid(), self.view.decision, self.ctx.actor, self.ctx.profile
        ver = self._version()
        if not rid:
            return
        day = p.decided_on.value()
        if day is None:
            self._show_errors((FieldError("decided_on", "invalid_date"),), p.boxes)
            return
        decision, reason, committee = combo_code(p.decision), p.reason.toPlainText(), \
            combo_code(p.committee)
        referral_to = p.referral_to.text()
        self.run(lambda db: svc.decide(db, actor, rid, decision=decision, reason=reason,
                                       committee_code=committee, decided_on=day,
                                       profile=profile, referral_to=referral_to,
                                       expected_version=ver),
                 p.boxes, QCoreApplication.translate("RequestActions", "The committee's decision was recorded. Notify the beneficiary."),
                 p.record_button)

    def notify(self) -> None:
        rid, p, actor, profile = self._rid(), self.view.notify, self.ctx.actor, self.ctx.profile
        if rid:
            today, channel, text = self.ctx.clock().date(), combo_code(p.channel), \
                p.text.toPlainText()
            self.run(lambda db: svc.record_notification(
                db, actor, rid, channel_code=channel, text=text, sent_on=today, profile=profile),
                p.boxes, QCoreApplication.translate("RequestActions", "The notification was recorded."), p.record_button)

    def queue_message(self) -> None:
        """The template's message to the person, queued: the outbox sends it when online."""
        rid, p, actor, profile = self._rid(), self.view.notify, self.ctx.actor, self.ctx.profile
        if not rid:
            return
        event, channel = combo_code(p.message_event), combo_code(p.message_channel)

        def call(db: object) -> request_views.RequestDetail:
            outbox.queue_for_request(db, actor, rid, event, channel=channel, profile=profile)
            return request_views.get(db, rid)

        self.run(call, p.message_boxes, QCoreApplication.translate(
            "RequestActions", "The message is queued; it goes out when the desk is online "
                              "(see Messages to beneficiaries)."), p.queue_button)

    def invite_to_survey(self) -> None:
        """The satisfaction-survey invitation, queued on the message's channel (once served)."""
        rid, p, actor, profile = self._rid(), self.view.notify, self.ctx.actor, self.ctx.profile
        channel = combo_code(p.message_channel)
        if not rid:
            return

        def call(db: object) -> request_views.RequestDetail:
            survey_invites.invite_for_request(db, actor, rid, channel=channel, profile=profile)
            return request_views.get(db, rid)

        self.run(call, p.message_boxes, QCoreApplication.translate(
            "RequestActions", "The survey invitation is queued; it goes out when the desk is "
                              "online."), p.survey_button)
