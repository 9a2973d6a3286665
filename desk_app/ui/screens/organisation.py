"""An association or organisation served as a beneficiary: register it or edit its record
(name, licence number, region and city, field of activity, contact person, mobile, e-mail,
IBAN). Opened from the registry, where it is found beside people."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.organisations import FORM_FIELDS, OrganisationForm
from desk_app.services import organisations
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.screens import partner_labels as L
from desk_app.ui.widgets.fields import (
    FieldBox,
    banner_label,
    combo_code,
    fill_combo,
    set_combo_code,
    show_banner,
)

ORGANISATION = "organisation"  # the change notice other screens (registry, partners) refresh on


class OrganisationView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("organisation")
        self.title = QLabel(self.tr("New association or organisation"))
        self.title.setObjectName("screenTitle")
        self.number = QLabel()
        self.banner = banner_label()
        self.inputs: dict[str, QWidget] = {f: QLineEdit() for f in FORM_FIELDS}
        region = QComboBox()
        fill_combo(region, L.regions(lang), blank=self.tr("— choose the region —"))
        self.inputs["region"] = region
        self.inputs["iban"].setPlaceholderText("SA00 0000 0000 0000 0000 0000")
        self.inputs["mobile"].setPlaceholderText("05XXXXXXXX")
        self.boxes = {f: FieldBox(w) for f, w in self.inputs.items()}
        labels = {"name": self.tr("Name"), "licence_no": self.tr("Licence number"),
                  "regulator": self.tr("Licensed by"), "region": self.tr("Region"),
                  "city": self.tr("City"), "field_of_activity": self.tr("Field of activity"),
                  "contact_person": self.tr("Contact person"), "mobile": self.tr("Mobile"),
                  "email": self.tr("E-mail"), "iban": self.tr("IBAN")}
        left, right = QFormLayout(), QFormLayout()
        for i, f in enumerate(FORM_FIELDS):
            (left if i < 5 else right).addRow(labels[f], self.boxes[f])
        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.request_button = QPushButton(self.tr("New partner request for it…"))
        self.back_button = QPushButton(self.tr("Back to the registry  (Esc)"))
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.number)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addLayout(columns)
        lay.addLayout(buttons)
        lay.addStretch(1)


class OrganisationController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: OrganisationView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or OrganisationView(ctx.lang)
        self.current: organisations.OrganisationInfo | None = None
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.boxes)
        v = self.view
        v.save_button.clicked.connect(self.save)
        v.back_button.clicked.connect(lambda: self.navigate.emit("registry", None))
        v.request_button.clicked.connect(self.new_request)
        QShortcut(QKeySequence("Ctrl+S"), v, activated=self.save)
        QShortcut(QKeySequence("Esc"), v, activated=lambda: self.navigate.emit("registry", None))
        v.save_button.setEnabled(ctx.may("organisation.register"))
        self._show(None)

    def load(self) -> None:
        self.loaded.emit()

    def enter(self, arg: object = None) -> None:
        """``{"open": id}`` shows a registered organisation; ``{"new": text}`` a blank form
        with the searched text as its name."""
        arg = arg if isinstance(arg, dict) else {}
        self.view.banner.hide()
        if arg.get("open"):
            actor, oid = self.ctx.actor, arg["open"]
            self.ops.query(lambda db: organisations.get(db, actor, oid), self._show)
        else:
            self._show(None)
            text = str(arg.get("new") or "")
            if text and not text.strip().replace(" ", "").isdigit():
                self.view.inputs["name"].setText(text)

    def _show(self, info: organisations.OrganisationInfo | None) -> None:
        self.current = info
        v = self.view
        form = organisations.to_form(info) if info else OrganisationForm()
        for f, w in v.inputs.items():
            if isinstance(w, QComboBox):
                w.setCurrentIndex(0)
                set_combo_code(w, getattr(form, f))
            else:
                w.setText(getattr(form, f))
        for box in v.boxes.values():
            box.set_error("")
        v.title.setText(info.name if info else self.tr("New association or organisation"))
        v.number.setText(info.number if info else "")
        v.request_button.setVisible(info is not None and self.ctx.profile.partnership is not None)
        self.loaded.emit()

    def read_form(self) -> OrganisationForm:
        values = {f: (combo_code(w) if isinstance(w, QComboBox) else w.text())
                  for f, w in self.view.inputs.items()}
        return OrganisationForm(**values)

    def save(self) -> None:
        form, actor, cur = self.read_form(), self.ctx.actor, self.current
        if cur is None:
            fn = lambda db: organisations.register(db, actor, form)  # noqa: E731
        else:
            fn = lambda db: organisations.update(  # noqa: E731
                db, actor, cur.id, form, expected_version=cur.version)
        self.ops.action(fn, self._saved, changes={ORGANISATION, ops.BENEFICIARY},
                        busy=self.view.save_button)

    def _saved(self, info: organisations.OrganisationInfo) -> None:
        self._show(info)
        show_banner(self.view.banner, self.tr("Saved: %1").replace("%1", info.number), "ok")

    def new_request(self) -> None:
        if self.current is not None:
            self.navigate.emit("partner_request", {"new_for": self.current.id})
