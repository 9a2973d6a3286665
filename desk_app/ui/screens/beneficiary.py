"""The beneficiary form: register or edit, every R-INT-2 field, errors beside each field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QTableWidgetItem,
)

from desk_app.domain import beneficiary as rules
from desk_app.domain import calendar as cal
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import registry, request_views, review
from desk_app.services.errors import ConflictError
from desk_app.ui import accessible, ops, unsaved
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message, joined
from desk_app.ui.screens import beneficiary_form_io as form_io
from desk_app.ui.screens import beneficiary_labels as L
from desk_app.ui.screens.beneficiary_aid import BeneficiaryAid
from desk_app.ui.screens.beneficiary_complaints import BeneficiaryComplaints
from desk_app.ui.screens.beneficiary_contacts import BeneficiaryContacts
from desk_app.ui.screens.beneficiary_fetch import Opened, reader
from desk_app.ui.screens.beneficiary_tabs import FileTabs
from desk_app.ui.screens.beneficiary_view import BeneficiaryView
from desk_app.ui.widgets import fixing
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import show_banner


def _isolated(value: object) -> str:
    """A stored value inside a sentence, kept left-to-right when it is digits or Latin
    (``+966…`` would otherwise show its plus sign at the wrong end in Arabic)."""
    if value in (None, ""):
        return "—"
    text = str(value)
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    return "\u202a" + text + "\u202c"  # left-to-right embedding (Qt ignores the isolates)


class BeneficiaryController(QObject):
    """Register or edit one beneficiary through :mod:`desk_app.services.registry`."""

    saved = Signal(str)              # beneficiary id
    navigate = Signal(str, object)   # screen name, what to show there

    def __init__(self, ctx: UiContext, view: BeneficiaryView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or BeneficiaryView(ctx.lang)
        self.beneficiary_id: str | None = None
        self.version = 0
        self.duplicates: list[registry.Duplicate] = []
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        self.file_tabs = FileTabs(ctx, self.navigate,  # their panels made on first view
                                  made=lambda: accessible.name_widgets(self.view))
        slots = self.file_tabs.slots
        self.view.tabs.addTab(slots["complaints"], self.tr("Complaints"))
        self.contacts_tab = self.view.tabs.addTab(slots["contacts"], self.tr("Contacts"))
        self.aid_tab = self.view.tabs.addTab(slots["aid"], self.tr("Aid received"))
        self.view.tabs.currentChanged.connect(
            lambda i: self.file_tabs.shown(self.view.tabs.widget(i)))
        self._fill_choices()
        v = self.view
        for name, w in v.inputs.items():
            if isinstance(w, QLineEdit) or isinstance(w, DualDateEdit):
                w.editingFinished.connect(lambda n=name: self.check_field(n))
            elif isinstance(w, QComboBox):
                w.activated.connect(lambda _i, n=name: self.check_field(n))
        v.inputs["id_type"].currentIndexChanged.connect(self._id_type_changed)
        v.inputs["category_code"].currentIndexChanged.connect(self._category_changed)
        fixing.watch(v.boxes, v.banner, self._message_for)
        v.save_button.clicked.connect(self.save)
        v.back_button.clicked.connect(self.back)
        v.add_member.clicked.connect(self.add_member)
        v.remove_member.clicked.connect(self.remove_member)
        v.dup_open.clicked.connect(self._open_duplicate)
        v.dup_register.clicked.connect(lambda: self.save(confirm_duplicates=True))
        QShortcut(QKeySequence("Ctrl+S"), v, activated=self.save)
        QShortcut(QKeySequence("Esc"), v, activated=self.back)
        v.request_button.clicked.connect(self.new_request)
        v.requests.open_requested.connect(
            lambda rid: self.navigate.emit("request", {"open": rid, "back": (
                "beneficiary", {"open": self.beneficiary_id})}))
        QShortcut(QKeySequence("Ctrl+R"), v, activated=self.new_request)
        self.new()

    # --- choices ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        form_io.fill_choices(self.view, self.ctx, choose=self.tr("— choose —"))

    def _id_type_changed(self) -> None:
        form_io.id_type_changed(self.view)

    def _category_changed(self) -> None:
        """A category that states the type (Tuwaiq's direct/indirect) sets it: one source."""
        form_io.category_changed(self.view)

    # --- reading and writing the form (beneficiary_form_io) --------------------------------
    def read_form(self) -> BeneficiaryForm:
        return form_io.read_form(self.view)

    def fill_form(self, form: BeneficiaryForm) -> None:
        form_io.fill_form(self.view, form)

    def add_member(self, values: list[str] | None = None) -> None:
        form_io.add_member(self.view, values)

    def remove_member(self) -> None:
        form_io.remove_member(self.view)

    # --- modes -----------------------------------------------------------------------------
    def new(self, prefill: str = "") -> None:
        """An empty form; text searched before may prefill the ID, mobile or name."""
        self.beneficiary_id, self.version = None, 0
        form = BeneficiaryForm()
        text = prefill.strip()
        digits = text.replace(" ", "")
        if digits.isdigit() and len(digits) == 10 and digits[0] in "12":
            form.id_number = digits
            form.id_type = "national_id" if digits[0] == "1" else "iqama"
        elif digits.startswith(("05", "+", "00")) and digits.lstrip("+").isdigit():
            form.mobile = digits
        elif text and not any(ch.isdigit() for ch in text):
            parts = text.split()
            if len(parts) == 1:
                form.first_name = parts[0]
            else:
                form.first_name, form.family_name = parts[0], parts[-1]
                middle = parts[1:-1]
                form.father_name = middle[0] if middle else ""
                form.grandfather_name = " ".join(middle[1:])
        self.fill_form(form)
        self._clean_form = self.read_form()
        self.clear_errors()
        self._show_duplicates([])
        self.view.title.setText(self.tr("New beneficiary"))
        self.view.banner.hide()
        self.view.request_button.hide()
        self.view.review_note.hide()
        self.view.tabs.setTabEnabled(1, False)
        self.view.tabs.setTabEnabled(2, False)
        self.view.tabs.setTabEnabled(3, False)
        self.view.tabs.setTabEnabled(self.contacts_tab, False)
        self.view.tabs.setTabEnabled(self.aid_tab, False)
        self.view.tabs.setCurrentIndex(0)
        self.view.inputs["first_name" if not form.first_name else "id_number"].setFocus()

    def open(self, beneficiary_id: str, then: Callable[[], None] | None = None) -> None:
        """Fetch the record and everything its tabs show in one read (beneficiary_fetch), then
        show them in one delivery."""
        staff, asked = self.file_tabs.needs_staff(), self.file_tabs.ask()
        writes = self.ctx.ops.writes

        def show(opened: Opened) -> None:
            self._opened(opened)
            self.file_tabs.show(opened, asked, writes)
            if then is not None:
                then()

        self.ops.query(reader(self.ctx, beneficiary_id, staff=staff), show, latest="open")

    def _opened(self, opened: Opened) -> None:
        b = opened.record
        self.beneficiary_id, self.version = b.id, b.version
        self.fill_form(registry.to_form(b))
        self._clean_form = self.read_form()
        self.clear_errors()
        self._show_duplicates([])
        title = self.tr("Beneficiary file %1").replace("%1", b.file_number)
        if opened.officer:
            title += "  —  " + self.tr("Contact officer: %1").replace("%1", opened.officer)
        if opened.conflict:  # the head office's value is shown until someone decides
            title += "  —  ⚠ " + self.tr("Sync conflict waiting for a decision")
        self.view.title.setText(title)
        self.view.banner.hide()
        if opened.kept_file:  # an old link or document leads here: say where the person is now
            self._banner(self.tr("This file was merged into file %1: the person's requests, "
                                 "complaints and documents are there. Search for %1 to open "
                                 "it.").replace("%1", opened.kept_file), "error")
        self.view.request_button.show()
        self._show_review(b.data_reviewed_on)
        self.view.tabs.setTabEnabled(1, True)
        self.view.tabs.setTabEnabled(2, True)
        self.view.tabs.setTabEnabled(3, True)
        self.view.tabs.setTabEnabled(self.contacts_tab, True)
        self.view.tabs.setTabEnabled(self.aid_tab, True)
        self._show_requests(opened.requests)
        self.view.tabs.setCurrentIndex(0)
        self._show_history(opened.history)
        self.view.inputs["first_name"].setFocus()

    @property
    def complaints(self) -> BeneficiaryComplaints:
        return self.file_tabs.panel("complaints")

    @property
    def contacts(self) -> BeneficiaryContacts:
        return self.file_tabs.panel("contacts")

    @property
    def aid(self) -> BeneficiaryAid:
        return self.file_tabs.panel("aid")

    def load(self) -> None:
        """Nothing to fetch for an empty form."""

    def new_request(self) -> None:
        """Open a service request for the saved record in view (R-INT-4); if one is still open,
        the desk is asked first, and may open that one instead."""
        if not self.beneficiary_id:
            return
        back = ("beneficiary", {"open": self.beneficiary_id})
        still_open = self.view.requests.open_requests()
        if still_open and not self.ctx.dialogs.confirm(
                self.tr("Open request"),
                self.tr("This beneficiary already has an open request (%1). Open a new one "
                        "anyway? (No opens the existing request.)")
                .replace("%1", ", ".join(r.number for r in still_open))):
            self.navigate.emit("request", {"open": still_open[0].id, "back": back})
            return
        self.navigate.emit("request", {"new_for": self.beneficiary_id, "back": back})

    def _show_requests(self, rows: list[request_views.ListRow]) -> None:
        names = {s.code: self.ctx.name_of(s) for s in self.ctx.profile.services}
        self.view.requests.show_rows(rows, names, self.ctx.lang)
        self.view.tabs.setTabText(2, self.tr("Requests (%1)").replace("%1", str(len(rows))))

    def _show_review(self, reviewed_on: date) -> None:
        """Flag a record whose data are older than the review period (R-VER-5)."""
        profile, today = self.ctx.profile, self.ctx.clock().date()
        due = review.is_due(reviewed_on, profile, today)
        self.view.review_note.setVisible(due)
        if due:
            self.view.review_note.setText(
                self.tr("Due for periodic review: data last reviewed on %1. Check them with the "
                        "beneficiary and save.").replace("%1", cal.format_dual(reviewed_on,
                                                                              self.ctx.lang)))

    def enter(self, arg: object = None) -> None:
        """``{"open": id}`` opens a record; ``{"new": text}`` starts a new one prefilled."""
        arg = arg if isinstance(arg, dict) else {}
        if "open" in arg and arg.get("tab") == "contacts":  # a call or visit to write down
            self.open(arg["open"], then=self._to_contacts)
        elif "open" in arg:
            self.open(arg["open"])
        else:
            self.new(arg.get("new", ""))

    def _to_contacts(self) -> None:
        self.view.tabs.setCurrentIndex(self.contacts_tab)
        self.contacts.entry.channel.setFocus()

    def back(self) -> None:
        """Back to the search; typed changes go through the unsaved-changes guard."""
        unsaved.go(self, self.ctx.dialogs, lambda: self.navigate.emit("registry", None))

    def is_dirty(self) -> bool:
        return self.read_form() != self._clean_form

    def discard(self) -> None:
        """The form as last opened or saved (empty for a new one)."""
        self.fill_form(self._clean_form)
        self.clear_errors()
        self._show_duplicates([])
        self.view.banner.hide()

    # --- validation ------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for box in self.view.boxes.values():
            box.set_error("")
        self.view.household_error.hide()

    def _errors(self) -> list[FieldError]:
        _data, errors = rules.validate(self.read_form(), self.ctx.clock().date(),
                                       self.ctx.vocabulary())
        return errors

    def check_field(self, name: str) -> None:
        """Validate one field as it is left; other fields' messages stay as they are."""
        if name in self.view.boxes:
            self.view.boxes[name].set_error(self._message_for(name))

    def _message_for(self, name: str) -> str:
        mine = [e for e in self._errors() if e.field == name]
        return field_message(mine[0]) if mine else ""

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        household = []
        for e in errors:
            if e.field in self.view.boxes and not self.view.boxes[e.field].error.isVisible():
                self.view.boxes[e.field].set_error(field_message(e))
            elif e.field.startswith("household"):
                household.append(field_message(e))
        if household:
            self.view.household_error.setText("\n".join(household))
            self.view.household_error.show()
        first = next((e.field for e in errors if e.field in self.view.inputs), None)
        if first:
            self.view.tabs.setCurrentIndex(0)
            self.view.inputs[first].setFocus()
        general = [field_message(e) for e in errors if not e.field]
        self._banner("\n".join(general) if general else
                     self.tr("Some fields need correcting; see the messages beside them."), "error")
        self.view.banner.setProperty(fixing.ABOUT_FIELDS, not general)

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)
        self.view.banner.setProperty(fixing.ABOUT_FIELDS, False)

    # --- saving ----------------------------------------------------------------------------
    def save(self, confirm_duplicates: bool = False,
             then: Callable[[], None] | None = None) -> bool:
        """Save in the background; on any failure the form keeps everything typed.

        ``then`` runs once saved (the unsaved-changes guard leaves after it). Returns False
        when a save of this form is already running (a second click).
        """
        ctx, form, bid, version = self.ctx, self.read_form(), self.beneficiary_id, self.version
        actor, branch, vocab = ctx.actor, ctx.installation.branch_code, ctx.vocabulary()

        def save_it(db: object) -> registry.Summary:
            if bid is None:
                return registry.register(db, actor, form, branch_code=branch, vocab=vocab,
                                         confirm_duplicates=confirm_duplicates)
            return registry.update(db, actor, bid, form, expected_version=version, vocab=vocab)

        return self.ops.action(
            save_it, lambda summary: self._saved(summary, then), changes={ops.BENEFICIARY},
            busy=(self.view.save_button, self.view.dup_register),
            expect={ValidationFailed: lambda exc: self.show_errors(list(exc.errors)),
                    registry.DuplicatesFound: self._duplicates_found,
                    ConflictError: self._conflict})

    def _conflict(self, exc: ConflictError) -> None:
        """Another desk saved this file since it was opened: nothing of this desk's was saved.
        Say who and what, mark the fields they changed, keep everything typed; saving again
        (after looking) applies this desk's version over theirs, knowingly."""
        self.clear_errors()
        self.version = exc.current_version
        labels = L.field_labels()
        latest = {c.field: c for c in exc.changes}
        for field, change in latest.items():
            if field in self.view.boxes:
                self.view.boxes[field].set_error(
                    self.tr("Changed meanwhile (%1) to: %2").replace("%1", change.by)
                    .replace("%2", _isolated(change.after)))
        names = self.tr(", ").join(labels.get(f, f) for f in exc.fields) or "—"
        self._banner(self.tr(
            "This file was saved at another desk (%1) while you were editing it; changed: %2. "
            "Nothing of yours was saved and your changes are still in the form: check the "
            "marked fields, then save again to keep your version.")
            .replace("%1", exc.by or self.tr("another desk")).replace("%2", names), "error")

    def _duplicates_found(self, exc: registry.DuplicatesFound) -> None:
        self.clear_errors()
        self._show_duplicates(exc.duplicates)

    def _saved(self, summary: registry.Summary, then: Callable[[], None] | None = None) -> None:
        def tell() -> None:
            self._banner(self.tr("Saved. File number: %1").replace("%1", summary.file_number),
                         "ok")
            self.saved.emit(summary.id)
            if then is not None:
                then()

        self.open(summary.id, then=tell)

    def _show_duplicates(self, duplicates: list[registry.Duplicate]) -> None:
        self.duplicates = duplicates
        v, reasons = self.view, L.duplicate_reasons()
        v.dup_table.setRowCount(0)
        for d in duplicates:
            r = v.dup_table.rowCount()
            v.dup_table.insertRow(r)
            why = joined(reasons.get(x, x) for x in d.reasons)
            born = cal.format_dual(d.summary.birth_date, self.ctx.lang) \
                if d.summary.birth_date else ""
            for c, text in enumerate((d.summary.file_number, d.summary.full_name,
                                      d.summary.id_number, born, d.summary.mobile, why)):
                v.dup_table.setItem(r, c, QTableWidgetItem(text))
        if duplicates:
            v.dup_table.selectRow(0)
        same_id = any("same_id" in d.reasons for d in duplicates)
        v.dup_register.setEnabled(not same_id)
        v.dup_register.setToolTip(self.tr("The same identity document cannot be registered twice.")
                                  if same_id else "")
        v.dup_panel.setVisible(bool(duplicates))
        if duplicates:
            v.dup_open.setFocus()

    def _open_duplicate(self) -> None:
        row = max(0, self.view.dup_table.currentRow())
        if self.duplicates:
            self.open(self.duplicates[row].summary.id)

    def _show_history(self, changes: list) -> None:
        labels = L.field_labels()
        t = self.view.history
        t.setRowCount(0)
        for ch in changes:
            r = t.rowCount()
            t.insertRow(r)
            values = (ch.at.replace("T", " "), ch.actor, labels.get(ch.field, ch.field),
                      "" if ch.before is None else str(ch.before),
                      "" if ch.after is None else str(ch.after))
            for c, text in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(text))
