"""One partner association's request through the five steps of seed 003: a tab per step, the
tab of the step due opened, and each step's button enabled only for the role the profile names
for it (the services check again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import partners as rules
from desk_app.domain.calendar import format_dual
from desk_app.domain.organisations import region_name
from desk_app.services import organisations, partner_documents, partners
from desk_app.services import partner_views as views
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens import partner_labels as L
from desk_app.ui.screens.partner_panels import (
    AgreementPanel,
    DecisionPanel,
    FollowUpPanel,
    RequestPanel,
    StepsPanel,
    StudyPanel,
)
from desk_app.ui.screens.partner_study import StudyBinder
from desk_app.ui.screens.partners import PARTNER, fill
from desk_app.ui.widgets.fields import banner_label, fill_combo, set_combo_code, show_banner

# The tab of the step each state waits for.
_TAB_FOR = {rules.REQUESTED: 1, rules.STUDIED: 2, rules.APPROVED: 3, rules.REJECTED: 5,
            rules.AGREED: 4, rules.CLOSED: 5}


class PartnerRequestView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partner_request")
        self.title = QLabel(self.tr("New partner request"))
        self.title.setObjectName("screenTitle")
        self.state = QLabel()
        self.state.setObjectName("status")
        self.banner = banner_label()
        self.back_button = QPushButton(self.tr("Back to the priority list  (Esc)"))
        self.request, self.study = RequestPanel(), StudyPanel()
        self.decision, self.agreement = DecisionPanel(), AgreementPanel(lang)
        self.follow_up, self.steps = FollowUpPanel(), StepsPanel()
        self.tabs = QTabWidget()
        for panel, name in ((self.request, self.tr("1. Formal request")),
                            (self.study, self.tr("2. Needs study")),
                            (self.decision, self.tr("3. Decision")),
                            (self.agreement, self.tr("4. Agreement")),
                            (self.follow_up, self.tr("5. Reports and evaluation")),
                            (self.steps, self.tr("Steps taken"))):
            self.tabs.addTab(panel, name)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        head.addWidget(self.back_button)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)

    def all_boxes(self) -> dict:
        out: dict = {}
        for panel in (self.request, self.study, self.decision, self.agreement, self.follow_up):
            out.update(panel.boxes)
        return out


class PartnerRequestController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: PartnerRequestView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or PartnerRequestView(ctx.lang)
        self.detail: views.PartnerDetail | None = None
        self.files: list[partners.Attachment] = []
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.all_boxes())
        self.study = StudyBinder(self.view.study, ctx.profile.partnership)
        v = self.view
        back = lambda: self.navigate.emit("partners", None)  # noqa: E731
        v.back_button.clicked.connect(back)
        QShortcut(QKeySequence("Esc"), v, activated=back)
        v.request.add_file.clicked.connect(self.add_file)
        v.request.submit.clicked.connect(self.submit)
        v.study.save.clicked.connect(self.save_study)
        v.decision.save.clicked.connect(self.decide)
        v.agreement.save.clicked.connect(self.save_agreement)
        v.agreement.print_button.clicked.connect(self.print_agreement)
        v.agreement.signed.clicked.connect(self.attach_signed)
        v.follow_up.receive.clicked.connect(self.receive_report)
        v.follow_up.evaluate.clicked.connect(self.evaluate)
        policy = ctx.profile.partnership
        codes = policy.service_codes if policy else ()
        fill_combo(v.request.service, [(s.code, ctx.name_of(s)) for s in ctx.profile.services
                                       if s.code in codes])

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        self.loaded.emit()

    def enter(self, arg: object = None) -> None:
        arg = arg if isinstance(arg, dict) else {}
        self.view.banner.hide()
        actor = self.ctx.actor
        self.ops.query(lambda db: organisations.listing(db, actor), self._organisations)
        if arg.get("open"):
            self.open(arg["open"])
        else:
            self._new(arg.get("new_for") or "")

    def _organisations(self, rows: list[organisations.OrganisationInfo]) -> None:
        combo = self.view.request.organisation
        keep = combo.currentData() or (self.detail.organisation_id if self.detail else "")
        fill_combo(combo, [(o.id, f"{o.name} — {o.licence_no}") for o in rows],
                   blank=self.tr("— choose the association —"))
        set_combo_code(combo, keep or getattr(self, "_wanted_org", ""))

    def _new(self, org_id: str) -> None:
        self.detail, self.files, self._wanted_org = None, [], org_id
        r = self.view.request
        set_combo_code(r.organisation, org_id)
        r.goals.setPlainText("")
        r.expected.setValue(0)
        r.attachments.clear()
        self.view.title.setText(self.tr("New partner request"))
        self.view.state.setText("")
        self._enable(None)
        self.view.tabs.setCurrentIndex(0)
        self.loaded.emit()

    def open(self, request_id: str) -> None:
        profile, actor, today = self.ctx.profile, self.ctx.actor, self.ctx.clock().date()
        self.ops.query(lambda db: views.detail(db, actor, profile, request_id, today),
                       self._show, latest="detail")

    def _show(self, d: views.PartnerDetail) -> None:
        self.detail, self.files = d, []
        v, lang = self.view, self.ctx.lang
        v.title.setText(f"{d.number} — {d.organisation} ({region_name(d.region, lang)})")
        v.state.setText(L.statuses().get(d.status, d.status))
        set_combo_code(v.request.organisation, d.organisation_id)
        set_combo_code(v.request.service, d.service_code)
        v.request.expected.setValue(d.expected_beneficiaries)
        v.request.goals.setPlainText(d.goals)
        v.request.attachments.clear()
        v.request.attachments.addItems([f.filename for f in d.files if f.kind == "request"])
        self.study.show(d)
        v.decision.note.setPlainText(d.decision_note)
        self._show_agreement(d)
        self._show_follow_up(d)
        steps, roles = L.steps(), L.roles()
        fill(v.steps.table, [("", [steps.get(s.step, s.step), format_dual(s.at.date(), lang),
                                    s.actor_name, roles.get(s.role, s.role),
                                    " — ".join(p for p in (s.outcome, s.note) if p)])
                             for s in d.steps])
        self._enable(d)
        v.tabs.setCurrentIndex(_TAB_FOR.get(d.status, 0))
        self.loaded.emit()

    def _show_agreement(self, d: views.PartnerDetail) -> None:
        a = self.view.agreement
        if d.starts_on:
            a.starts_on.set_value(d.starts_on.strftime("%d/%m/%Y"))
        if d.ends_on:
            a.ends_on.set_value(d.ends_on.strftime("%d/%m/%Y"))
        a.our_duties.setPlainText(d.our_duties)
        a.partner_duties.setPlainText(d.partner_duties)
        signed = [f.filename for f in d.files if f.kind == "signed_agreement"]
        a.state.setText(self.tr("Signed copy on file: %1").replace("%1", signed[-1]) if signed
                        else self.tr("Printed; the signed copy is not attached yet.")
                        if d.agreement_document_id else "")

    def _show_follow_up(self, d: views.PartnerDetail) -> None:
        f, lang = self.view.follow_up, self.ctx.lang
        fill(f.reports, [(r.id, [
            str(r.position), format_dual(r.due_on, lang),
            format_dual(r.received_on, lang) if r.received_on
            else (self.tr("OVERDUE") if r.overdue else ""),
            "" if r.reached is None else str(r.reached), r.note]) for r in d.reports])
        if d.evaluation_rating:
            f.rating.setValue(d.evaluation_rating)
        f.evaluation.setPlainText(d.evaluation_text)

    def _enable(self, d: views.PartnerDetail | None) -> None:
        """Each step's controls: editable while the step is due, for the profile's role."""
        v, status = self.view, d.status if d else None
        may = self._may
        r = v.request
        for w in (r.organisation, r.service, r.expected, r.goals, r.add_file, r.submit):
            w.setEnabled(d is None and may("request"))
        v.study.setEnabled(status is not None and rules.step_allowed("study", status)
                           and may("study"))
        v.decision.setEnabled(status is not None and rules.step_allowed("decision", status)
                              and may("decision"))
        a = v.agreement
        agreeing = status is not None and rules.step_allowed("agreement", status)
        for w in (a.starts_on, a.ends_on, a.our_duties, a.partner_duties, a.save):
            w.setEnabled(agreeing and may("agreement"))
        a.print_button.setEnabled(status in (rules.AGREED, rules.CLOSED) and may("agreement"))
        a.signed.setEnabled(status == rules.AGREED and may("agreement"))
        v.follow_up.setEnabled(status == rules.AGREED and (may("reports") or may("evaluation")))

    def _may(self, step: str) -> bool:
        policy = self.ctx.profile.partnership
        if policy is None or not self.ctx.may(partners.STEP_ACTIONS[step]):
            return False
        return self.ctx.actor.role in (policy.role_for(step), "admin")

    # --- the steps ---------------------------------------------------------------------------
    def _run(self, fn, done_text: str, busy) -> None:  # noqa: ANN001
        rid = self.detail.id if self.detail else None

        def done(result: object) -> None:
            show_banner(self.view.banner, done_text, "ok")
            target = result if isinstance(result, str) else rid
            if target:
                self.open(target)

        self.ops.action(fn, done, changes={PARTNER}, busy=busy)

    def add_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Attach a file"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError:
            self.ops.show_error(self.tr("The file cannot be read; nothing was attached."))
            return
        self.files.append(partners.Attachment(Path(path).name, data))
        self.view.request.attachments.addItem(Path(path).name)

    def submit(self) -> None:
        r, actor, profile = self.view.request, self.ctx.actor, self.ctx.profile
        org, code, n = r.organisation.currentData() or "", r.service.currentData() or "", \
            r.expected.value()
        goals, files = r.goals.toPlainText(), list(self.files)
        self._run(lambda db: partners.submit_request(
            db, actor, profile, organisation_id=org, service_code=code,
            expected_beneficiaries=n, goals=goals, attachments=files),
            self.tr("The formal request was recorded."), r.submit)

    def save_study(self) -> None:
        d, actor, profile = self.detail, self.ctx.actor, self.ctx.profile
        if d is None:
            return
        criteria, impact, need, note = self.study.values()
        self._run(lambda db: partners.record_study(
            db, actor, profile, d.id, criteria=criteria, impact=impact, regional_need=need,
            note=note, expected_version=d.version),
            self.tr("The needs study was recorded."), self.view.study.save)

    def decide(self) -> None:
        d, actor, profile, p = self.detail, self.ctx.actor, self.ctx.profile, self.view.decision
        if d is None:
            return
        approve, note = p.approve.isChecked(), p.note.toPlainText()
        self._run(lambda db: partners.decide(db, actor, profile, d.id, approve=approve,
                                             note=note, expected_version=d.version),
                  self.tr("The decision was recorded."), p.save)

    def save_agreement(self) -> None:
        d, actor, profile, a = self.detail, self.ctx.actor, self.ctx.profile, self.view.agreement
        if d is None:
            return
        start, end = a.starts_on.value(), a.ends_on.value()
        ours, theirs = a.our_duties.toPlainText(), a.partner_duties.toPlainText()
        self._run(lambda db: partners.record_agreement(
            db, actor, profile, d.id, starts_on=start, ends_on=end, our_duties=ours,
            partner_duties=theirs, expected_version=d.version),
            self.tr("The agreement was recorded; its impact reports are scheduled."), a.save)

    def print_agreement(self) -> None:
        d, actor = self.detail, self.ctx.actor
        if d is None:
            return

        def printed(doc) -> None:  # noqa: ANN001
            show_banner(self.view.banner, self.tr("The agreement was archived as %1 "
                        "(verification code %2); print it from Issued documents.")
                        .replace("%1", doc.serial).replace("%2", doc.code), "ok")
            self.open(d.id)

        self.ops.action(lambda db: partner_documents.issue_partner_agreement(db, actor, d.id),
                        printed, changes={PARTNER, ops.DOCUMENT},
                        busy=self.view.agreement.print_button)

    def attach_signed(self, path: str | None = None) -> None:
        d, actor, profile = self.detail, self.ctx.actor, self.ctx.profile
        if d is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("The signed copy"))
        if not path:
            return
        try:
            scan = partners.Attachment(Path(path).name, Path(path).read_bytes())
        except OSError:
            self.ops.show_error(self.tr("The file cannot be read; nothing was attached."))
            return
        self._run(lambda db: partners.attach_signed_agreement(db, actor, profile, d.id, scan),
                  self.tr("The signed copy was attached."), self.view.agreement.signed)

    def receive_report(self, path: str | None = None) -> None:
        f, actor, profile = self.view.follow_up, self.ctx.actor, self.ctx.profile
        row = f.reports.currentRow()
        if self.detail is None or row < 0:
            self.ops.show_error(self.tr("Choose the report received in the list first."))
            return
        rid = f.reports.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.view, self.tr("The report's file"))
        try:
            file = partners.Attachment(Path(path).name, Path(path).read_bytes()) if path \
                else None
        except OSError:
            self.ops.show_error(self.tr("The file cannot be read; nothing was attached."))
            return
        reached, note = f.reached.value(), f.figures.text()
        self._run(lambda db: partners.receive_report(db, actor, profile, rid, reached=reached,
                                                     note=note, file=file),
                  self.tr("The impact report was recorded as received."), f.receive)

    def evaluate(self) -> None:
        d, actor, profile, f = self.detail, self.ctx.actor, self.ctx.profile, self.view.follow_up
        if d is None:
            return
        rating, text = f.rating.value(), f.evaluation.toPlainText()
        self._run(lambda db: partners.evaluate(db, actor, profile, d.id, rating=rating,
                                               text=text, expected_version=d.version),
                  self.tr("The evaluation was recorded; the partnership is closed."), f.evaluate)
