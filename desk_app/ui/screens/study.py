"""The social researcher's study of a request (issue 20): filled while the request is under
study, read by the committee and the manager, printed as the study report.

Reached from "My work" and from the request screen (``enter({"open": request_id, "back":
(screen, arg)})``). Every read and save goes through the ops runner; a refused field keeps what
was typed and gets its message beside it; another desk's save in between is told, not
overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem

from desk_app.domain import calendar as cal
from desk_app.domain.complaints import parse_amount
from desk_app.domain.study import EXPENSE_ITEMS, INCOME_SOURCES, Member, StudyInput, riyals
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import studies
from desk_app.services.documents import IssuedDocument
from desk_app.services.errors import ConflictError
from desk_app.services.study_report import issue_study_report
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens import request_labels as RL
from desk_app.ui.screens import study_labels as L
from desk_app.ui.screens.study_view import StudyView
from desk_app.ui.widgets.document_actions import PreviewDialog
from desk_app.ui.widgets.fields import combo_code, fill_combo, restyle, set_combo_code, show_banner

_NAME_ROLE = Qt.ItemDataRole.UserRole


def _iso(text: str) -> str:
    """A name or date kept in its own direction inside a sentence of the other language
    (Unicode first-strong isolate), so an Arabic name does not reorder an English line."""
    return f"\u2068{text}\u2069"


class StudyController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: StudyView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or StudyView(ctx.lang)
        self.shown: studies.StudyView | None = None
        self.editable = False  # under study, and this person may study
        self.version: int | None = None
        self.back_target: tuple[str, object] = ("my_work", None)
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.boxes)
        self.preview = PreviewDialog(self.view)
        v = self.view
        fill_combo(v.visit_kind, L.visit_kinds(), blank=self.tr("— choose —"))
        fill_combo(v.housing_kind, L.housing_kinds(), blank=self.tr("— choose —"))
        form = ctx.profile.study_form
        for part, group in v.groups.items():
            group.setVisible(form.shows(part))
        for edit in (*v.income.values(), *v.expenses.values()):
            edit.textChanged.connect(lambda _t: self.show_totals())
        v.save_button.clicked.connect(self.save)
        v.report_button.clicked.connect(self.print_report)
        v.request_button.clicked.connect(self.open_request)
        v.back_button.clicked.connect(self.back)
        v.report_button.setVisible(ctx.may("study.view"))
        QShortcut(QKeySequence("Ctrl+S"), v, activated=self.save)
        QShortcut(QKeySequence("Esc"), v, activated=self.back)
        self._set_editable(False)  # until a study under study is shown to who may study
        self.show_totals()

    # --- entering --------------------------------------------------------------------------
    def load(self) -> None:
        """The request comes with ``enter``; until then the empty form is all there is to show
        (``loaded`` again once a study is opened)."""
        self.loaded.emit()

    def enter(self, arg: object = None) -> None:
        arg = arg if isinstance(arg, dict) else {}
        self.back_target = arg.get("back", self.back_target)
        if "open" in arg:
            self.open(arg["open"])

    def back(self) -> None:
        self.navigate.emit(*self.back_target)

    def open(self, request_id: str) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: studies.get(db, actor, request_id), self._opened,
                       latest="open")

    def _opened(self, study: studies.StudyView) -> None:
        self.view.banner.hide()
        for box in self.view.boxes.values():
            box.set_error("")
        self.show(study)
        self.loaded.emit()

    # --- showing ---------------------------------------------------------------------------
    def show(self, s: studies.StudyView) -> None:
        v, lang = self.view, self.ctx.lang
        self.shown, self.version = s, s.version
        v.title.setText(self.tr("Social study — %1").replace("%1", s.request_number))
        v.status.setText(RL.statuses().get(s.request_status, s.request_status))
        who = f"{_iso(s.beneficiary_name)} — {s.file_number}"
        if s.exists and s.updated_at is not None:
            who += "   " + self.tr("Saved by %1 on %2").replace(
                "%1", _iso(s.researcher_name)).replace(
                "%2", _iso(cal.format_dual(s.updated_at.date(), lang)))
        v.who.setText(who)
        v.visit_on.set_value(s.visit_on.strftime("%d/%m/%Y") if s.visit_on else "")
        set_combo_code(v.visit_kind, s.visit_kind)
        set_combo_code(v.housing_kind, s.housing_kind)
        v.housing.setPlainText(s.housing)
        for typed, saved in ((v.income, s.income or {}), (v.expenses, s.expenses or {})):
            for code, edit in typed.items():
                edit.setText(riyals(saved[code]) if code in saved else "")
        v.health.setPlainText(s.health)
        self._show_members(s.members)
        v.needs.setPlainText(s.needs)
        v.recommendation.setPlainText(s.recommendation)
        self._set_editable(s.editable and self.ctx.may("request.study"))
        v.report_button.setEnabled(s.exists)
        self.show_totals()

    def _show_members(self, members: tuple[Member, ...]) -> None:
        t = self.view.members
        t.setRowCount(0)
        for m in members:
            r = t.rowCount()
            t.insertRow(r)
            for c, text in enumerate((m.name, m.relation)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(r, c, item)
            situation = QTableWidgetItem(m.situation)
            situation.setData(_NAME_ROLE, m.member_id)
            t.setItem(r, 2, situation)

    def _set_editable(self, on: bool) -> None:
        v, self.editable = self.view, on
        for w in (v.visit_on, v.visit_kind, v.housing_kind, *v.income.values(),
                  *v.expenses.values()):
            w.setEnabled(on)
        for w in (v.housing, v.health, v.needs, v.recommendation):
            w.setReadOnly(not on)
        v.members.setEditTriggers(v.members.EditTrigger.AllEditTriggers if on
                                  else v.members.EditTrigger.NoEditTriggers)
        v.save_button.setVisible(on)

    def show_totals(self) -> None:
        """Live totals of what is typed (the same reading of riyals the service makes)."""
        v = self.view

        def total(edits: dict) -> int | None:
            sums = [parse_amount(e.text()) for e in edits.values() if e.text().strip()]
            return None if any(code for _, code in sums) else sum(h or 0 for h, _ in sums)

        income, expenses = total(v.income), total(v.expenses)
        if income is None or expenses is None:
            v.totals.setText(self.tr("Totals appear once every amount is a number."))
            v.totals.setProperty("kind", "")
        else:
            balance = income - expenses
            text = (self.tr("Monthly shortfall: %1 SAR") if balance < 0
                    else self.tr("Left after expenses: %1 SAR")).replace("%1", riyals(abs(balance)))
            v.totals.setText(self.tr("Income %1 SAR — expenses %2 SAR").replace(
                "%1", riyals(income)).replace("%2", riyals(expenses)) + "   " + text)
            v.totals.setProperty("kind", "short" if balance < 0 else "")
        restyle(v.totals)

    # --- saving ----------------------------------------------------------------------------
    def form(self) -> StudyInput:
        v = self.view
        t = v.members
        members = tuple(Member(str(t.item(r, 2).data(_NAME_ROLE)), t.item(r, 0).text(),
                               t.item(r, 1).text(), t.item(r, 2).text())
                        for r in range(t.rowCount()))
        return StudyInput(
            visit_on=v.visit_on.text(), visit_calendar=v.visit_on.calendar_code(),
            visit_kind=combo_code(v.visit_kind), housing_kind=combo_code(v.housing_kind),
            housing=v.housing.toPlainText(),
            income={c: e.text() for c, e in v.income.items() if c in INCOME_SOURCES},
            expenses={c: e.text() for c, e in v.expenses.items() if c in EXPENSE_ITEMS},
            health=v.health.toPlainText(), members=members, needs=v.needs.toPlainText(),
            recommendation=v.recommendation.toPlainText())

    def save(self) -> bool:
        if self.shown is None or not self.editable:
            return False
        rid, actor, profile = self.shown.request_id, self.ctx.actor, self.ctx.profile
        form, version = self.form(), self.version
        self.view.banner.hide()
        return self.ops.action(
            lambda db: studies.save(db, actor, rid, form, profile=profile,
                                    expected_version=version),
            self._saved, changes={ops.REQUEST}, busy=self.view.save_button,
            expect={ValidationFailed: self._invalid, ConflictError: self._conflict})

    def _saved(self, s: studies.StudyView) -> None:
        self.show(s)
        show_banner(self.view.banner, self.tr("Study saved."), "ok")

    def _invalid(self, exc: ValidationFailed) -> None:
        """Each message beside its field (a member's situation beside the members' table);
        what was typed stays."""
        errors = tuple(FieldError("members", e.code, e.params)
                       if e.field.startswith("members[") else e for e in exc.errors)
        self.ops.show_invalid(ValidationFailed(errors))
        if not self.view.banner.isVisible():
            show_banner(self.view.banner, self.tr(
                "Some fields need correcting; see the messages beside them. Nothing was saved."),
                "error")

    def _conflict(self, exc: ConflictError) -> None:
        """Another desk saved the study since it was shown: say who and what; keep the typing.
        Saving again (knowingly) replaces their version."""
        self.version = exc.current_version
        fields = ", ".join(self._field_name(f) for f in exc.fields) or "—"
        show_banner(self.view.banner, self.tr(
            "This study was saved at another desk (%1) since you opened it; they changed: %2. "
            "Nothing of yours was saved and what you typed is kept. Save again to replace "
            "their version with yours, or go back and open the study again to see theirs.")
            .replace("%1", exc.by or self.tr("another desk")).replace("%2", fields), "error")

    def _field_name(self, name: str) -> str:
        return {g: box.title() for g, box in self.view.groups.items()}.get(
            {"visit_on": "visit", "visit_kind": "visit", "housing_kind": "housing",
             "members": "household"}.get(name, name), name)

    # --- the report, the request -----------------------------------------------------------
    def print_report(self) -> bool:
        if self.shown is None:
            return False
        rid, actor = self.shown.request_id, self.ctx.actor
        return self.ops.action(lambda db: issue_study_report(db, actor, rid), self._preview,
                               changes={ops.DOCUMENT}, busy=self.view.report_button)

    def _preview(self, doc: IssuedDocument) -> None:
        self.last_issued = doc
        if doc.pdf:
            self.preview.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
            self.preview.setWindowModality(Qt.WindowModality.WindowModal)
            self.preview.show()
            self.preview.raise_()

    def open_request(self) -> None:
        if self.shown is not None:
            rid = self.shown.request_id
            self.navigate.emit("request", {"open": rid, "back": ("study", {"open": rid})})
