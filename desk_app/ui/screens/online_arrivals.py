"""Online forms (shared seeds 003 §5-2, 000 §5): exports of the association's web forms brought in
by hand or from a watched folder, each submission matched against the registry, then turned by a
person into a request or a complaint on the website channel — or set aside with a reason.

The watched folder is checked every few minutes from sign-in, whether or not this screen is
open (:mod:`desk_app.ui.online_watch`), and whenever someone presses the button.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem

from desk_app.domain import calendar as cal
from desk_app.domain import online_forms as forms
from desk_app.domain.validation import FieldError
from desk_app.services import online_arrivals, online_import, registry
from desk_app.services.online_arrivals import Decision
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message, joined
from desk_app.ui.screens.import_screen import import_codes
from desk_app.ui.screens.online_view import OnlineView, kind_names, match_names
from desk_app.ui.widgets.fields import combo_code, fill_combo, set_combo_code, show_banner

ARRIVAL = "online"  # the kind of record the change notice carries
NEW_FILE = "__new__"


def _ltr(text: str) -> str:
    return "\u202a" + text + "\u202c" if text else ""


class OnlineController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: OnlineView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or OnlineView()
        self.rows: list[online_arrivals.Arrival] = []
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner, v.boxes)
        self.ops.on_change({ARRIVAL}, self.refresh)
        p = ctx.profile
        fill_combo(v.service, [(s.code, ctx.name_of(s)) for s in p.services if s.active],
                   blank=self.tr("— choose —"))
        fill_combo(v.category, [(c.code, ctx.name_of(c)) for c in p.complaint_categories],
                   blank=self.tr("— choose —"))
        v.table.itemSelectionChanged.connect(self._selected_changed)
        v.import_button.clicked.connect(self.choose_file)
        v.scan_button.clicked.connect(self.scan)
        v.folder_button.clicked.connect(self.choose_folder)
        v.convert_button.clicked.connect(self.convert)
        v.dismiss_button.clicked.connect(self.dismiss)

    # --- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        self.refresh()
        self.ops.query(online_import.folder, self._show_folder, latest="folder")

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.ops.query(lambda db: (online_arrivals.counts(db, actor),
                                   online_arrivals.listing(db, actor)), self._show, latest="list")

    def _show_folder(self, path: str) -> None:
        self.view.folder.setText(self.tr("Watched folder: %1").replace("%1", _ltr(path)) if path
                                 else self.tr("No watched folder is set."))

    def _show(self, got: tuple[dict[str, int], list[online_arrivals.Arrival]]) -> None:
        counts, self.rows = got
        self.view.counts.setText(self.tr("Waiting: %1 — done: %2 — set aside: %3")
                                 .replace("%1", str(counts["waiting"] + counts["converting"]))
                                 .replace("%2", str(counts["converted"]))
                                 .replace("%3", str(counts["dismissed"])))
        t, kinds = self.view.table, kind_names()
        t.setRowCount(0)
        for a in self.rows:
            r = t.rowCount()
            t.insertRow(r)
            sent = a.submitted_at or a.imported_at
            cells = (f"{cal.format_dual(sent.date(), self.ctx.lang)} {sent:%H:%M}",
                     kinds[a.kind], a.name, _ltr(a.values.get("id_number", "")),
                     _ltr(a.values.get("mobile", "")), self._match_text(a), self._problems(a))
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        self._selected_changed()
        self.loaded.emit()

    def _match_text(self, a: online_arrivals.Arrival) -> str:
        text = match_names()[a.match]
        if a.match == forms.MATCHED:
            return text.replace("%1", a.file_number)
        if a.match == forms.LIKELY:
            return text.replace("%1", joined(c[1] for c in a.candidates))
        if a.match == forms.DUPLICATE:
            return text.replace("%1", str(a.duplicate_of_row))
        return text

    def _problems(self, a: online_arrivals.Arrival) -> str:
        return " ".join(field_message(FieldError(f, c)) for f, c in a.problems)

    def _selected(self) -> online_arrivals.Arrival | None:
        picked = self.view.table.selectionModel().selectedRows()
        r = picked[0].row() if picked else self.view.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _selected_changed(self) -> None:
        v, a = self.view, self._selected()
        for w in (v.convert_button, v.dismiss_button):
            w.setEnabled(a is not None and a.status == forms.WAITING)
        complaint = a is not None and a.kind == forms.COMPLAINT
        for w in (v.service_label, v.boxes["service_code"], v.boxes["consent"]):
            w.setVisible(not complaint)
        for w in (v.category_label, v.boxes["category_code"]):
            w.setVisible(complaint)
        v.convert_button.setText(self.tr("File the complaint") if complaint
                                 else self.tr("Create the request"))
        for box in v.boxes.values():
            box.set_error("")
        if a is not None:
            self._fill_review(a)

    def _fill_review(self, a: online_arrivals.Arrival) -> None:
        v, p = self.view, self.ctx.profile
        people = [(b, f"{n} — {name}") for b, n, name in a.candidates]
        if a.beneficiary_id:
            people.insert(0, (a.beneficiary_id, f"{a.file_number} — {a.name}"))
        fill_combo(v.person, people + [(NEW_FILE, self.tr("Register as a new beneficiary"))])
        set_combo_code(v.service, forms.choose(a.values.get("service", ""), [
            (s.code, s.name_ar, s.name_en) for s in p.services]))
        set_combo_code(v.category, forms.choose(a.values.get("complaint_category", ""), [
            (c.code, c.name_ar, c.name_en) for c in p.complaint_categories]))
        v.description.setPlainText(a.values.get("description", ""))
        v.consent.setChecked(forms.consented(a.values.get("consent", "")))
        v.reason.clear()

    # --- acting -------------------------------------------------------------------------------
    def convert(self) -> bool:
        a, v = self._selected(), self.view
        if a is None:
            return False
        person = combo_code(v.person)
        decision = Decision(beneficiary_id="" if person == NEW_FILE else person,
                            service_code=combo_code(v.service),
                            category_code=combo_code(v.category),
                            description=v.description.toPlainText(),
                            consent=v.consent.isChecked())
        actor, profile = self.ctx.actor, self.ctx.profile
        branch = self.ctx.installation.branch_code

        def done(number: str) -> None:
            show_banner(v.banner, self.tr("Done: %1 on the website channel.").replace(
                "%1", number), "ok")

        return self.ops.action(
            lambda db: online_arrivals.convert(db, actor, a.id, decision, profile,
                                               branch_code=branch),
            done, changes={ARRIVAL, "request", "complaint", "beneficiary"},
            busy=v.convert_button, expect={registry.DuplicatesFound: self._likely})

    def _likely(self, exc: registry.DuplicatesFound) -> None:
        files = joined(d.summary.file_number for d in exc.duplicates)
        show_banner(self.view.banner, self.tr("This person is likely registered already (%1): "
                                              "open the file to check, then choose it as whose "
                                              "file this is.").replace("%1", files), "error")

    def dismiss(self) -> bool:
        a, v = self._selected(), self.view
        if a is None:
            return False
        reason, actor = v.reason.text(), self.ctx.actor
        return self.ops.action(
            lambda db: online_arrivals.dismiss(db, actor, a.id, reason),
            lambda _r: show_banner(v.banner, self.tr("Set aside."), "ok"),
            changes={ARRIVAL}, busy=v.dismiss_button)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("A web form's export"), "",
                                              "Excel / CSV (*.xlsx *.csv)")
        if path:
            self.bring_in(path)

    def bring_in(self, path: str) -> bool:
        actor, profile = self.ctx.actor, self.ctx.profile
        return self.ops.action(
            lambda db: [online_import.import_file(db, actor, path, profile)], self._reported,
            changes={ARRIVAL}, busy=self.view.import_button,
            expect={online_import.FileProblem: self._file_problem})

    def scan(self, quiet: bool = False) -> bool:
        actor, profile = self.ctx.actor, self.ctx.profile
        return self.ops.action(
            lambda db: online_import.scan_folder(db, actor, profile),
            lambda reports: self._reported(reports, quiet), changes={ARRIVAL},
            busy=self.view.scan_button)

    def _file_problem(self, exc: online_import.FileProblem) -> None:
        show_banner(self.view.banner, import_codes().get(exc.problem.code, exc.problem.code),
                    "error")

    def _reported(self, reports: list[online_import.QueueReport], quiet: bool = False) -> None:
        if quiet and not any(r.queued or r.problem for r in reports):
            return
        lines = []
        for r in reports:
            if r.problem:
                lines.append(f"{import_codes().get(r.problem, r.problem)} ({_ltr(r.source)})")
            else:
                lines.append(self.tr("%2 new forms, %3 already in the queue (%1).")
                             .replace("%1", _ltr(r.source)).replace("%2", str(r.queued))
                             .replace("%3", str(r.already_queued)))
        show_banner(self.view.banner, "\n".join(lines) or self.tr("No new file."),
                    "error" if any(r.problem for r in reports) else "ok")

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.view, self.tr("Watched folder"))
        if path:
            self.set_folder(path)

    def set_folder(self, path: str) -> bool:
        actor = self.ctx.actor
        return self.ops.action(lambda db: online_import.set_folder(db, actor, path),
                               lambda _r: self._show_folder(path), busy=self.view.folder_button)
