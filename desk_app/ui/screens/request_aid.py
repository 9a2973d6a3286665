"""The request screen's "Aid given" tab: record a delivery against the approving decision (the
request's "service given" step), warn of a repeat to the household before saving, print the
handover receipt and attach its signed copy.

A mixin of :class:`~desk_app.ui.screens.request.RequestController`, like the actions mixin; it
uses the controller's ``ctx``, ``view``, ``detail``, ``ops``, ``_show_errors`` and ``_banner``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem

from desk_app.domain import calendar as cal
from desk_app.domain.aid import MAY_HAVE_AID, AidForm, AidItem
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import aid, aid_documents, request_views
from desk_app.services.errors import ConflictError
from desk_app.ui import ops
from desk_app.ui.messages import field_message
from desk_app.ui.screens import aid_labels as AL
from desk_app.ui.widgets.document_actions import PreviewDialog
from desk_app.ui.widgets.fields import combo_code, fill_combo
from desk_app.ui.widgets.scan_viewer import show_scan

KIND_FIELDS = {"cash": ("amount", "payment_method"), "in_kind": ("items",),
               "service": ()}


class AidMixin:
    def connect_aid(self) -> None:
        f, lst = self.view.aid.form, self.view.aid.list
        choose = QCoreApplication.translate("RequestAid", "— choose —")
        fill_combo(f.kind, AL.kinds(), blank=choose)
        fill_combo(f.payment_method, AL.payment_methods(), blank=choose)
        programmes = self.ctx.profile.aid.programmes
        fill_combo(f.programme, [(p.code, self.ctx.name_of(p)) for p in programmes],
                   blank=choose)
        f.show_row("programme_code", bool(programmes))
        f.kind.currentIndexChanged.connect(lambda _i: self._aid_kind_changed())
        f.payment_method.currentIndexChanged.connect(lambda _i: self._aid_fields())
        f.record_button.clicked.connect(self.record_aid)
        lst.print_button.clicked.connect(self.print_aid_receipt)
        lst.attach_button.clicked.connect(lambda: self.attach_signed_receipt())
        lst.view_button.clicked.connect(self.view_signed_receipt)
        self.choose_signed_file = self._choose_signed_file
        self.aid_rows: list[aid.AidInfo] = []
        self.aid_preview = PreviewDialog(self.view)
        self._aid_request: str | None = None
        self._aid_asked: str | None = None  # the request whose deliveries were asked for
        self._aid_fields()

    def reset_aid_form(self) -> None:
        f = self.view.aid.form
        for combo in (f.kind, f.payment_method, f.programme):
            combo.setCurrentIndex(0)
        for edit in (f.amount, f.iban, f.cheque_number, f.repeat_reason):
            edit.clear()
        f.items.set_rows([])
        f.details.clear()
        for d in (f.start, f.end):
            d.set_value("")
        f.delivered_on.set_value(self.ctx.clock().date().strftime("%d/%m/%Y"))
        self._show_repeats([])

    # --- showing ----------------------------------------------------------------------------
    def show_aid(self, d: request_views.RequestDetail) -> None:
        """Called with every request shown: the deliveries, and the form where it applies."""
        f = self.view.aid.form
        if self._aid_request != d.id:
            self._aid_request = d.id
            self.reset_aid_form()
        giving = d.status in ("accepted", "served") and self.ctx.may("request.mark_served")
        f.setEnabled(giving)
        f.setTitle(QCoreApplication.translate("RequestAid", "Record aid given") if giving else
                   QCoreApplication.translate("RequestAid", "Record aid given (once the committee has accepted the request)"))
        services = {s.code: s for s in self.ctx.profile.services}
        programme = d.status == "accepted" and d.service_code in services and \
            services[d.service_code].programme
        f.show_row("programme_start", programme)
        f.show_row("programme_end", programme)
        rid, actor = d.id, self.ctx.actor
        self._aid_asked = rid if d.status in MAY_HAVE_AID else None
        if self._aid_asked is None:
            self._show_aid_rows([])  # nothing to ask: no aid before the committee accepts
        else:
            self.ops.query(lambda db: aid.for_request(db, actor, rid),
                           lambda rows: self._show_aid_rows(rows, rid), latest="aid")
        self._check_repeats()

    def _show_aid_rows(self, rows: list[aid.AidInfo], for_request: str | None = None) -> None:
        if for_request is not None and for_request != self._aid_asked:
            return  # asked for a request no longer shown (or one that has none)
        self.aid_rows = rows
        lst, kinds = self.view.aid.list, dict(AL.kinds())
        lst.empty.setVisible(not rows)
        t = lst.table
        t.setRowCount(0)
        for a in rows:
            r = t.rowCount()
            t.insertRow(r)
            when = cal.format_dual(a.delivered_on, self.ctx.lang)
            for c, text in enumerate((f"{a.number}\n{when}", kinds.get(a.kind, a.kind),
                                      AL.what(a), AL.receipt_state(a))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # an IBAN or a long list, elided in its cell
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                t.setItem(r, c, item)
        t.resizeRowsToContents()
        if rows:  # the newest is the one whose receipt is printed next
            t.setCurrentCell(len(rows) - 1, 0)
        for b in (lst.print_button, lst.attach_button):
            b.setEnabled(bool(rows) and self.ctx.may("request.mark_served"))
        lst.view_button.setEnabled(any(a.signed_copy for a in rows))

    def _aid_kind_changed(self) -> None:
        self._aid_fields()
        self._check_repeats()

    def _aid_fields(self) -> None:
        f = self.view.aid.form
        kind, method = combo_code(f.kind), combo_code(f.payment_method)
        shown = set(KIND_FIELDS.get(kind, ()))
        for name in ("amount", "payment_method", "items"):
            f.show_row(name, name in shown)
        f.show_row("iban", kind == "cash" and method == "iban")
        f.show_row("cheque_number", kind == "cash" and method == "cheque")

    def _check_repeats(self) -> None:
        """The warning, before anything is saved: this household's aid of the same kind."""
        d, kind = self.detail, combo_code(self.view.aid.form.kind)
        if d is None or not kind or d.status not in ("accepted", "served"):
            self._show_repeats([])
            return
        rid, actor, profile = d.id, self.ctx.actor, self.ctx.profile
        self.ops.query(lambda db: aid.check_repeats(db, actor, rid, kind, profile=profile),
                       self._show_repeats, latest="aid-repeats")

    def _show_repeats(self, rows: list[aid.RepeatInfo]) -> None:
        f = self.view.aid.form
        f.warning.setVisible(bool(rows))
        f.show_row("repeat_reason", bool(rows))
        if rows:
            days = self.ctx.profile.aid.repeat_period_days
            f.warning.setText(QCoreApplication.translate("RequestAid", "This household already received this kind of aid in the "
                                  "last %1 days:").replace("%1", str(days)) + "\n" +
                              "\n".join(AL.repeat_line(x, self.ctx.lang) for x in rows))

    # --- recording --------------------------------------------------------------------------
    def _aid_form(self) -> tuple[AidForm | None, list[FieldError]]:
        f = self.view.aid.form
        errors = [FieldError(name, "invalid_date") for name, w in
                  (("delivered_on", f.delivered_on), ("programme_start", f.start),
                   ("programme_end", f.end))
                  if w.isVisibleTo(f) and w.text().strip() and w.value() is None]
        if errors:
            return None, errors
        items = tuple(AidItem(str(r["name"]), str(r["quantity"]), str(r["unit"]))
                      for r in f.items.rows())
        kind = combo_code(f.kind)
        return AidForm(kind, combo_code(f.programme), f.delivered_on.value(), f.amount.text(),
                       combo_code(f.payment_method), f.iban.text(), f.cheque_number.text(),
                       items if kind == "in_kind" else (), f.details.toPlainText()), []

    def record_aid(self) -> None:
        d, f = self.detail, self.view.aid.form
        if d is None or self.ops.acting:
            return
        for box in f.boxes.values():
            box.set_error("")
        form, errors = self._aid_form()
        if form is None:
            self._show_errors(tuple(errors), f.boxes)
            return
        rid, ver, actor, profile = d.id, d.version, self.ctx.actor, self.ctx.profile
        reason = f.repeat_reason.text() if f.repeat_reason.isVisibleTo(f) else ""
        start = f.start.value() if f.start.isVisibleTo(f) else None
        end = f.end.value() if f.end.isVisibleTo(f) else None

        def call(db: object) -> tuple:
            aid.record(db, actor, rid, form, profile=profile, repeat_reason=reason,
                       programme_start=start, programme_end=end, expected_version=ver)
            detail = request_views.get(db, rid)
            return detail, request_views.trail(db, rid)

        def done(loaded: tuple) -> None:
            self.reset_aid_form()
            self.show_detail(*loaded)
            self._banner(QCoreApplication.translate("RequestAid", "The aid given was recorded. Print the handover receipt for the "
                             "beneficiary to sign."), "ok")
            self.changed.emit(rid)

        def invalid(exc: ValidationFailed) -> None:
            if isinstance(exc, aid.RepeatAid):
                self._show_repeats(exc.repeats)
            self._show_errors(exc.errors, f.boxes)

        self.ops.action(call, done, changes={ops.REQUEST}, busy=f.record_button,
                        expect={ValidationFailed: invalid,
                                ConflictError: lambda exc: self._banner(
                                    self.conflict_text(exc), "error")})

    # --- the receipt ------------------------------------------------------------------------
    def _selected_aid(self) -> aid.AidInfo | None:
        row = self.view.aid.list.table.currentRow()
        return self.aid_rows[row] if 0 <= row < len(self.aid_rows) else None

    def print_aid_receipt(self) -> None:
        a, actor = self._selected_aid(), self.ctx.actor
        if a is None:
            return
        self.ops.action(lambda db: aid_documents.issue_aid_receipt(db, actor, a.id),
                        self._receipt_issued, changes={ops.DOCUMENT},
                        busy=self.view.aid.list.print_button)

    def _receipt_issued(self, doc: object) -> None:
        self.aid_preview.preview.set_pdf(doc.pdf, doc.title, f"{doc.serial}.pdf")
        self.aid_preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.aid_preview.show()
        if self.detail is not None:
            self.show_aid(self.detail)

    def _choose_signed_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.view, QCoreApplication.translate("RequestAid", "The signed handover receipt"), "",
            QCoreApplication.translate("RequestAid", "Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        return path

    def attach_signed_receipt(self, path: str | None = None) -> None:
        a, actor = self._selected_aid(), self.ctx.actor
        lst = self.view.aid.list
        path = path if path is not None else (self.choose_signed_file() if a else "")
        if a is None or not path:
            return
        lst.scan_error.hide()

        def failed(exc: ValidationFailed) -> None:
            lst.scan_error.setText(field_message(exc.errors[0]))
            lst.scan_error.show()

        def done(_info: object) -> None:
            self._banner(QCoreApplication.translate("RequestAid", "The signed receipt was attached."), "ok")
            if self.detail is not None:
                self.show_aid(self.detail)

        self.ops.action(lambda db: aid.attach_signed_copy(db, actor, a.id, path), done,
                        changes={ops.REQUEST}, busy=lst.attach_button,
                        expect={ValidationFailed: failed})

    def view_signed_receipt(self) -> None:
        a, actor = self._selected_aid(), self.ctx.actor
        if a is None or not a.signed_copy:
            return
        self.ops.query(lambda db: aid.signed_copy(db, actor, a.id),
                       lambda got: setattr(self, "_viewer", show_scan(*got, self.view)),
                       busy=self.view.aid.list.view_button)
