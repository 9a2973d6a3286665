"""A service request from intake to closing: checklist, live eligibility, deadline, decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.eligibility import describe_reason_ar
from desk_app.domain.requests import IntakeForm
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import registry, request_views, worklists
from desk_app.services import requests as svc
from desk_app.services.errors import ConflictError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message, joined
from desk_app.ui.screens import request_labels as L
from desk_app.ui.screens.request_actions import ActionsMixin
from desk_app.ui.screens.request_aid import AidMixin
from desk_app.ui.screens.request_study import StudySummary
from desk_app.ui.screens.request_view import RequestView
from desk_app.ui.widgets.document_actions import DocumentActions
from desk_app.ui.widgets.fields import FieldBox, combo_code, fill_combo, set_combo_code, show_banner
from desk_app.ui.widgets.scan_viewer import show_scan


class RequestController(ActionsMixin, AidMixin, QObject):
    """Wires the request view to :mod:`desk_app.services.requests`."""

    navigate = Signal(str, object)
    changed = Signal(str)            # request id, after every saved step

    def __init__(self, ctx: UiContext, view: RequestView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or RequestView(ctx.lang)
        self.beneficiary_id: str | None = None
        self.detail: request_views.RequestDetail | None = None
        self.back_target: tuple[str, object] = ("registry", None)
        self._people_due = True  # the researchers a referral can name: read with a request
        self.choose_file = self._choose_file
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self._fill_choices()
        v = self.view
        v.intake.service.currentIndexChanged.connect(lambda _i: self.refresh_eligibility())
        v.intake.create_button.clicked.connect(self.create)
        v.checklist.table.changed.connect(self.verify)
        v.checklist.attach_button.clicked.connect(lambda: self.attach())
        v.checklist.view_button.clicked.connect(self.view_scan)
        v.back_button.clicked.connect(self.back)
        self.connect_actions()
        self.study_summary = StudySummary(self)  # the social study, for who may read it
        self.connect_aid()
        self.documents = DocumentActions(ctx)  # declaration, receipt, letters of this request
        v.documents_row.addWidget(self.documents)
        v.documents_row.addStretch(1)
        QShortcut(QKeySequence("Esc"), v, activated=self.back)
        QShortcut(QKeySequence("Ctrl+Return"), v, activated=self.create)
        QShortcut(QKeySequence("Ctrl+O"), v, activated=lambda: self.attach())

    # --- choices ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ctx, v, p = self.ctx, self.view, self.ctx.profile
        channels = [(c.code, ctx.name_of(c)) for c in p.channels]
        fill_combo(v.intake.service, [(s.code, ctx.name_of(s)) for s in p.active_services],
                   blank=self.tr("— choose —"))
        fill_combo(v.intake.channel, channels, blank=self.tr("— choose —"))
        fill_combo(v.intake.agreed_channel, channels, blank=self.tr("— choose —"))
        fill_combo(v.notify.channel, channels, blank=self.tr("— choose —"))
        fill_combo(v.decision.decision, L.decisions(), blank=self.tr("— choose —"))
        fill_combo(v.decision.committee, [(c.code, ctx.name_of(c)) for c in p.committees])
        fill_combo(v.workflow.refer_kind, L.referral_kinds())
        fill_combo(v.workflow.refer_to, [(t.code, t.name_ar) for t in p.referral_targets],
                   blank="")
        fill_combo(v.study.outcome, L.study_outcomes(), blank=self.tr("— choose —"))
        fill_combo(v.workflow.refer_person, [], blank=self.tr("— anyone of the unit —"))
        v.intake.consent_text.setPlainText(p.texts.consent_ar)

    # --- entering --------------------------------------------------------------------------
    def load(self) -> None:
        """The researchers a referral can name come with the first request read (``_read``):
        one job where Ctrl+R waited for two (issue 23)."""

    def _read(self, fn: ops.Op, done: Callable[[Any], None], **kw: object) -> None:
        due = self._people_due  # the researchers too, until they are read once

        def show(pair: tuple) -> None:
            if pair[1] is not None:
                self._people_due = False
                self._researchers(pair[1])
            done(pair[0])

        self.ops.query(lambda db: (fn(db), worklists.researchers(db) if due else None), show,
                       latest="open", **kw)

    def _researchers(self, people: list[worklists.Assignable]) -> None:
        fill_combo(self.view.workflow.refer_person, [(x.id, x.full_name) for x in people],
                   blank=self.tr("— anyone of the unit —"))

    def enter(self, arg: object = None) -> None:
        """``{"new_for": beneficiary_id}`` starts an intake; ``{"open": request_id}`` opens."""
        arg = arg if isinstance(arg, dict) else {}
        self.back_target = arg.get("back", ("registry", None))
        if "open" in arg:
            self.open(arg["open"])
        elif "new_for" in arg:
            self.new(arg["new_for"])

    def back(self) -> None:
        self.navigate.emit(*self.back_target)

    def new(self, beneficiary_id: str) -> None:
        self._read(lambda db: registry.get(db, beneficiary_id), self._new,
                   expect={KeyError: lambda exc: self._banner(str(exc), "error")})

    def _new(self, b: object) -> None:
        self.detail, self.beneficiary_id = None, b.id
        self.documents.set_request(None)
        v = self.view
        v.title.setText(self.tr("New request"))
        v.status.hide()
        v.intake.beneficiary.setText(f"{_name(b)} — {b.file_number}")
        v.intake.service.setCurrentIndex(0 if v.intake.service.count() != 2 else 1)
        set_combo_code(v.intake.channel, "")
        set_combo_code(v.intake.agreed_channel, b.contact_channel_code)  # their preferred one
        v.intake.description.clear()
        v.intake.consent_terms.setChecked(False)
        v.intake.consent_data.setChecked(False)
        self._clear_all_errors()
        v.banner.hide()
        self._set_editable_intake(True)
        v.checklist.table.set_rows([], False)
        v.checklist.missing.setText(self.tr("The checklist appears once the request is opened."))
        v.checklist.due.setText("")
        v.trail.setRowCount(0)
        v.tabs.setCurrentIndex(0)
        for tab in range(1, v.tabs.count()):
            v.tabs.setTabEnabled(tab, False)
        self.refresh_eligibility()
        v.intake.service.setFocus()

    def open(self, request_id: str) -> None:
        self._read(lambda db: _with_trail(db, request_views.get(db, request_id)), self._opened)

    def _opened(self, loaded: tuple[request_views.RequestDetail, list]) -> None:
        self.view.banner.hide()
        self._clear_all_errors()
        self.show_detail(*loaded)

    # --- showing ---------------------------------------------------------------------------
    def show_detail(self, d: request_views.RequestDetail, trail: list) -> None:
        self.detail, self.beneficiary_id = d, d.beneficiary_id
        self.documents.set_request(d.id)
        v, p = self.view, self.ctx.profile
        v.title.setText(self.tr("Request %1").replace("%1", d.number))
        v.status.setText(L.statuses().get(d.status, d.status))
        v.status.show()
        v.status.setProperty("kind", d.status)
        v.intake.beneficiary.setText(f"{d.beneficiary_name} — {d.file_number}")
        set_combo_code(v.intake.service, d.service_code)
        set_combo_code(v.intake.channel, d.channel_code)
        set_combo_code(v.intake.agreed_channel, d.outcome_channel_code)
        v.intake.description.setPlainText(d.description)
        v.intake.consent_terms.setChecked(True)
        v.intake.consent_data.setChecked(True)
        self._set_editable_intake(False)
        for tab in range(1, v.tabs.count()):
            v.tabs.setTabEnabled(tab, True)
        editable = d.status in ("received", "incomplete")
        v.checklist.table.set_rows(d.checklist, editable)
        self._show_missing(d)
        self._show_due(d)
        self._show_eligibility(d.eligible is not False, d.failed_criteria)
        self.show_actions(d, p)
        self.study_summary.show(d)
        self._show_trail(trail)

    def _show_missing(self, d: request_views.RequestDetail) -> None:
        label = self.view.checklist.missing
        if not d.checklist:
            label.setText(self.tr("This service needs no documents."))
        elif d.missing:
            names = joined(self.ctx.name_of(i) for i in d.missing)
            label.setText(self.tr("Still missing: %1. Tell the beneficiary before they leave; the "
                                  "request stays incomplete until then.").replace("%1", names))
        else:
            label.setText(self.tr("All required documents are verified."))
        label.setProperty("kind", "missing" if d.missing else "ok")
        label.style().unpolish(label)
        label.style().polish(label)

    def _show_due(self, d: request_views.RequestDetail) -> None:
        label = self.view.checklist.due
        if d.due_on is None:
            label.setText(self.tr("The response deadline is counted once the request is complete."))
            return
        left = request_views.days_left(d.due_on, d.due_rule, d.status, self.ctx.profile,
                                       self.ctx.clock().date())
        text = self.tr("Response due by: %1").replace("%1", cal.format_dual(d.due_on,
                                                                           self.ctx.lang))
        extra = L.days_left(left, d.due_rule.partition(":")[0])
        label.setText(text + (f"  ({extra})" if extra else ""))

    def refresh_eligibility(self) -> None:
        """Live: the beneficiary against the chosen service's criteria."""
        if self.detail is not None or not self.beneficiary_id:
            return
        code = combo_code(self.view.intake.service)
        if not code:
            self.view.eligibility.verdict.setText(self.tr("Choose a service to check eligibility."))
            self.view.eligibility.reasons.setText("")
            return
        bid, profile, today = self.beneficiary_id, self.ctx.profile, self.ctx.clock().date()
        self.ops.query(lambda db: request_views.eligibility(db, bid, code, profile, today),
                       lambda v: self._show_eligibility(v.eligible, v.reasons),
                       latest="eligibility")

    def _show_eligibility(self, eligible: bool, reasons) -> None:  # noqa: ANN001
        panel = self.view.eligibility
        if eligible:
            panel.verdict.setText(self.tr("Eligible: every criterion of the service is met."))
            panel.reasons.setText("")
        else:
            panel.verdict.setText(self.tr("Not eligible. Tell the beneficiary why; they may "
                                          "withdraw or have the committee decide:"))
            panel.reasons.setText("\n".join("• " + describe_reason_ar(r, self.ctx.profile)
                                            for r in reasons))
        panel.verdict.setProperty("kind", "ok" if eligible else "error")
        panel.verdict.style().unpolish(panel.verdict)
        panel.verdict.style().polish(panel.verdict)

    def _show_trail(self, entries: list) -> None:
        t, names = self.view.trail, L.actions()
        t.setRowCount(0)
        statuses = L.statuses()
        for e in entries:
            moves = [c["after"] for c in e.changes
                     if c.get("table") == "request_events" and c.get("op") == "insert"]
            detail = " ← ".join(statuses.get(m.get("to_status", ""), "") for m in moves)
            r = t.rowCount()
            t.insertRow(r)
            when = e.at.strftime("%H:%M") + "  " + cal.format_dual(e.at.date(), self.ctx.lang)
            for c, text in enumerate((when, e.actor,
                                      names.get(e.action, e.action), detail)):
                t.setItem(r, c, QTableWidgetItem(text))

    # --- intake ----------------------------------------------------------------------------
    def _set_editable_intake(self, on: bool) -> None:
        i = self.view.intake
        for w in (i.service, i.channel, i.agreed_channel, i.consent_terms, i.consent_data):
            w.setEnabled(on)
        i.description.setReadOnly(not on)
        i.create_button.setVisible(on)
        i.consent_text.setVisible(on)

    def create(self) -> None:
        if self.detail is not None or not self.beneficiary_id:
            return
        i = self.view.intake
        form = IntakeForm(self.beneficiary_id, combo_code(i.service), combo_code(i.channel),
                          i.description.toPlainText(), i.consent_terms.isChecked(),
                          i.consent_data.isChecked(), combo_code(i.agreed_channel))
        actor, branch, profile = self.ctx.actor, self.ctx.installation.branch_code, \
            self.ctx.profile
        self.run(lambda db: svc.create(db, actor, form, branch_code=branch, profile=profile),
                 i.boxes, self.tr("Request %1 opened.").replace("%1", "{number}"),
                 i.create_button)

    # --- checklist and scans ---------------------------------------------------------------
    def verify(self, code: str, seen: bool, matches: bool, notes: str) -> None:
        if self.detail is None:
            return
        rid, actor, profile = self.detail.id, self.ctx.actor, self.ctx.profile
        ver = self.detail.version
        self.run(lambda db: svc.verify_document(db, actor, rid, code, seen=seen, matches=matches,
                                                notes=notes, profile=profile,
                                                expected_version=ver), {}, "",
                 self.view.checklist.table)

    def _choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.view, self.tr("Attach a scanned document"), "",
            self.tr("Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.gif *.bmp);;"
                    "All files (*)"))
        return path

    def attach(self, path: str | None = None) -> None:
        row = self.view.checklist.table.current_row()
        if self.detail is None or row is None:
            return
        path = path if path is not None else self.choose_file()
        if not path:
            return
        self.view.checklist.scan_error.hide()
        rid, code, actor = self.detail.id, row.document_code, self.ctx.actor
        limit = self.ctx.settings.scan_limit_bytes
        self._banner(self.tr("Importing the scan…"), "ok")
        # Reading and hashing the file happens in the background too: a big scan never freezes.
        self.ops.action(
            lambda db: _with_trail(db, svc.attach_scan(db, actor, rid, code, path,
                                                       limit_bytes=limit)),
            self._scan_done, changes={ops.REQUEST}, busy=self.view.checklist.attach_button,
            expect={ValidationFailed: self._scan_failed})

    def _scan_done(self, loaded: tuple[request_views.RequestDetail, list]) -> None:
        self.show_detail(*loaded)
        self._banner(self.tr("Scan attached."), "ok")
        self.changed.emit(loaded[0].id)

    def _scan_failed(self, exc: ValidationFailed) -> None:
        text = field_message(exc.errors[0])
        self.view.checklist.scan_error.setText(text)
        self.view.checklist.scan_error.show()
        self.view.banner.hide()  # said once, beside the checklist (not again on the banner)

    def view_scan(self) -> None:
        row = self.view.checklist.table.current_row()
        if row is None or not row.scans:
            self._banner(self.tr("No scan attached to this document."), "error")
            return
        scan_id, actor = row.scans[-1].id, self.ctx.actor
        self.ops.query(lambda db: request_views.scan_content(db, actor, scan_id), self._show_scan,
                       busy=self.view.checklist.view_button)

    def _show_scan(self, loaded: tuple) -> None:
        info, data = loaded
        self._viewer = show_scan(info.file_name, info.mime, data, self.view)

    # --- shared ----------------------------------------------------------------------------
    def run(self, call, boxes: dict[str, FieldBox], ok_text: str,  # noqa: ANN001
            busy: QWidget | None = None) -> bool:
        """Run one service action in the background; show the result, or the errors beside
        their fields. False when another action of this screen is still running."""
        if self.ops.acting:
            return False
        self._clear_all_errors()

        def done(loaded: tuple[request_views.RequestDetail, list]) -> None:
            self.show_detail(*loaded)
            if ok_text:
                self._banner(ok_text.replace("{number}", loaded[0].number), "ok")
            else:
                self.view.banner.hide()
            self.changed.emit(loaded[0].id)

        def invalid(exc: ValidationFailed) -> None:
            self._show_errors(exc.errors, boxes)
            self._reload()

        def conflict(exc: ConflictError) -> None:
            self._banner(self.conflict_text(exc), "error")
            self._reload()

        return self.ops.action(lambda db: _with_trail(db, call(db)), done,
                               changes={ops.REQUEST}, busy=busy,
                               expect={ValidationFailed: invalid, ConflictError: conflict})

    def _reload(self) -> None:
        """Show what is stored (a checkbox set back, another desk's step); what was typed in
        the step panels stays, since the request shown is the same."""
        if self.detail is not None:
            rid = self.detail.id
            self.ops.query(lambda db: _with_trail(db, request_views.get(db, rid)),
                           lambda loaded: self.show_detail(*loaded), latest="open")

    def conflict_text(self, exc: ConflictError) -> str:
        """Another desk changed this request since it was shown: who, and what it did."""
        words = L.statuses()
        status = next((c for c in reversed(exc.changes) if c.field == "status"), None)
        did = (self.tr("moved it to «%1»").replace("%1", words.get(status.after, status.after))
               if status is not None else self.tr("changed its documents or details"))
        return self.tr(
            "This request was changed at another desk (%1) since you opened it: %2. Nothing of "
            "yours was saved and what you typed is kept; look at the request as it is now, then "
            "do the step again if it is still right.").replace(
            "%1", exc.by or self.tr("another desk")).replace("%2", did)

    def _show_errors(self, errors: tuple[FieldError, ...], boxes: dict[str, FieldBox]) -> None:
        loose = []
        for e in errors:
            if e.field in boxes and not boxes[e.field].error.isVisible():
                boxes[e.field].set_error(field_message(e))
            else:
                loose.append(field_message(e))
        self._banner("\n".join(loose) if loose else
                     self.tr("Some fields need correcting; see the messages beside them."), "error")

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)


def _with_trail(db: object, detail: request_views.RequestDetail) -> tuple:
    """A request and its audit trail, read together in the background."""
    return detail, request_views.trail(db, detail.id)


def _name(b) -> str:  # noqa: ANN001
    return " ".join(p for p in (b.first_name, b.father_name, b.grandfather_name, b.family_name)
                    if p)
