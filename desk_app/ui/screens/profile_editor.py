"""Organisation profile (R-ORG), edited by an administrator; every save is a new version."""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.profile import COMMITTEE_KINDS, REFERRAL_KINDS
from desk_app.domain.profile.meetings import DEFAULT as MEETING_DEFAULTS
from desk_app.domain.validation import FieldError, ValidationFailed
from desk_app.services import profile as profile_service
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message
from desk_app.ui.screens import meeting_labels as ML
from desk_app.ui.screens import profile_labels as PL
from desk_app.ui.screens.profile_aid import AidPolicyEditor
from desk_app.ui.screens.profile_study import StudyFormEditor
from desk_app.ui.widgets.fields import (
    banner_label,
    combo_code,
    fill_combo,
    set_combo_code,
    show_banner,
)
from desk_app.ui.widgets.list_editor import Column, ListEditor

GENERAL = ("name_ar", "name_en", "licence_no", "city", "phone", "email", "website", "address")
TEXTS = ("declaration_ar", "consent_ar", "receipt_note_ar")
LOGO_LIMIT = 1_000_000


class ProfileView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profile")
        labels = PL.labels()
        self.title = QLabel(self.tr("Organisation profile"))
        self.title.setObjectName("screenTitle")
        self.version_label = QLabel()
        self.banner = banner_label()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What changed (e.g. the board's approval of 2027)"))
        self.save_button = QPushButton(self.tr("Save as a new version  (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.save_button.setShortcut("Ctrl+S")

        self.general = {k: QLineEdit() for k in GENERAL}
        self.logo = QLabel()
        self.logo.setFixedSize(120, 80)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_button = QPushButton(self.tr("Choose logo (PNG)…"))
        self.logo_clear = QPushButton(self.tr("Remove logo"))
        general = QWidget()
        gform = QFormLayout(general)
        for k, w in self.general.items():
            gform.addRow(labels[k], w)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)
        gform.addRow(labels["logo"], logo_row)

        self.rule_kind = QComboBox()
        for code, label in PL.rule_kinds():
            self.rule_kind.addItem(label, code)
        self.rule_days = QSpinBox()
        self.rule_days.setRange(1, 365)
        self.rule_text = QLineEdit()
        self.weekend = [QCheckBox(name) for name in PL.weekdays()]
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 120)
        self.backup_age = QSpinBox()
        self.backup_age.setRange(1, 24 * 31)
        self.backup_copy = QLineEdit()
        # committee meetings: no seed states a quorum (domain/profile/meetings.py)
        self.quorum_rule, self.quorum_count = QComboBox(), QSpinBox()
        self.quorum_count.setRange(1, 99)
        self.quorum_count.setAccessibleName(ML.quorum_rules()["count"])
        self.approval_rule = QComboBox()
        fill_combo(self.quorum_rule, list(ML.quorum_rules().items()))
        fill_combo(self.approval_rule, list(ML.approval_rules().items()))
        self.quorum_rule.currentIndexChanged.connect(  # the count counts only for "count"
            lambda _i: self.quorum_count.setEnabled(combo_code(self.quorum_rule) == "count"))
        self.quorum_count.setEnabled(False)
        self.age_calendar = QComboBox()
        self.age_calendar.addItem(self.tr("Gregorian years"), "gregorian")
        self.age_calendar.addItem(self.tr("Hijri years"), "hijri")
        rules = QWidget()
        rform = QFormLayout(rules)
        rform.addRow(labels["rule_kind"], self.rule_kind)
        rform.addRow(labels["rule_days"], self.rule_days)
        rform.addRow(labels["rule_text"], self.rule_text)
        week = QHBoxLayout()
        for box in self.weekend:
            week.addWidget(box)
        week.addStretch(1)
        rform.addRow(labels["weekend"], week)
        rform.addRow(labels["review_period_months"], self.review_months)
        rform.addRow(labels["age_calendar"], self.age_calendar)
        rform.addRow(labels["backup_max_age_hours"], self.backup_age)
        rform.addRow(labels["backup_copy_folder"], self.backup_copy)
        meeting = QHBoxLayout()
        for w in (self.quorum_rule, self.quorum_count, self.approval_rule):
            meeting.addWidget(w)
        meeting.addStretch(1)
        rform.addRow(self.tr("Committee meetings"), meeting)

        self.texts = {k: QPlainTextEdit() for k in TEXTS}
        self.consent_version = QLineEdit()
        texts = QWidget()
        tform = QFormLayout(texts)
        for k, w in self.texts.items():
            w.setTabChangesFocus(True)
            tform.addRow(labels[k], w)
        tform.addRow(labels["consent_version"], self.consent_version)

        self.channels = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("name_en", labels["name_en"]),
            Column("for_complaints", labels["for_complaints"], "bool")])
        self.categories = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("name_en", labels["name_en"]),
            Column("contact_officer", labels["contact_officer"])])
        self.committees = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("name_en", labels["name_en"]),
            Column("kind", labels["kind"], "choice",
                   [(k, PL.committee_kinds()[k]) for k in COMMITTEE_KINDS])])
        self.complaints = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("name_en", labels["name_en"]),
            Column("limit_working_days", labels["limit_working_days"], "int", default=10)])
        self.referrals = ListEditor([
            Column("code", labels["code"]), Column("name_ar", labels["name_ar"]),
            Column("kind", labels["kind"], "choice",
                   [(k, PL.referral_kinds()[k]) for k in REFERRAL_KINDS])])
        self.holidays = ListEditor([Column("date", labels["holiday_date"]),
                                    Column("name_ar", labels["name_ar"])])
        self.holiday_year = QSpinBox()
        self.holiday_year.setRange(2000, 2076)
        self.holiday_year.setValue(date.today().year)
        self.holiday_add = QPushButton(self.tr("Add the official holidays of this year"))
        hol = QWidget()
        hol_lay = QVBoxLayout(hol)
        hol_row = QHBoxLayout()
        hol_row.addWidget(self.holiday_year)
        hol_row.addWidget(self.holiday_add)
        hol_row.addStretch(1)
        hol_lay.addLayout(hol_row)
        hol_lay.addWidget(self.holidays, 1)

        self.aid = AidPolicyEditor()  # programmes and the repeat period (issue 20)

        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved on"), self.tr("By"), self.tr("Note")])
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.study = StudyFormEditor()
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # twelve tabs: arrows, not a wider window
        self.tabs.tabBar().setExpanding(False)
        for widget, title in ((general, self.tr("Association")), (rules, self.tr("Rules")),
                              (self.channels, self.tr("Channels")),
                              (self.categories, self.tr("Categories")),
                              (self.committees, self.tr("Committees")),
                              (self.complaints, self.tr("Complaint types")),
                              (self.referrals, self.tr("Referral to")),
                              (self.study, self.tr("Social study")),
                              (hol, self.tr("Holidays")), (texts, self.tr("Texts")),
                              (self.aid, self.tr("Aid given")),
                              (self.versions, self.tr("Versions"))):
            self.tabs.addTab(_scrolling(widget), title)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.version_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)


class ProfileController(QObject):
    saved = Signal(int)

    def __init__(self, ctx: UiContext, view: ProfileView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ProfileView()
        self.data: dict = {}
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        v = self.view
        v.save_button.clicked.connect(self.save)
        v.logo_button.clicked.connect(self.choose_logo)
        v.logo_clear.clicked.connect(lambda: self._set_logo(None))
        v.holiday_add.clicked.connect(self.add_official_holidays)
        editable = ctx.actor.role == "admin"
        v.save_button.setEnabled(editable)
        if not editable:
            self._banner(self.tr("Only an administrator can change the profile."), "error")

    def load(self) -> None:
        """The profile in force (read again: another desk may have saved one) and its history."""
        self.ops.query(lambda db: (profile_service.current(db), profile_service.history(db),
                                   profile_service.staff_names(db)),
                       self._loaded, latest="profile")

    def _loaded(self, loaded: tuple) -> None:
        profile, history, names = loaded
        self.ctx.set_profile(profile)
        self.data = profile.to_dict()
        self.fill(self.data)
        self._show_versions(history, names)

    # --- profile dict <-> widgets ----------------------------------------------------------
    def fill(self, d: dict) -> None:
        v = self.view
        for k, w in v.general.items():
            w.setText(d.get(k) or "")
        self._set_logo(d.get("logo_png_b64"))
        rule = d["response_rule"]
        v.rule_kind.setCurrentIndex(max(0, v.rule_kind.findData(rule["kind"])))
        v.rule_days.setValue(rule["days"])
        v.rule_text.setText(rule["text_ar"])
        for i, box in enumerate(v.weekend):
            box.setChecked(i in d["weekend"])
        v.review_months.setValue(d["review_period_months"])
        v.age_calendar.setCurrentIndex(max(0, v.age_calendar.findData(d["age_calendar"])))
        v.backup_age.setValue(d.get("backup_max_age_hours", 26))
        v.backup_copy.setText(d.get("backup_copy_folder", ""))
        m = {**MEETING_DEFAULTS.to_dict(), **(d.get("meetings") or {})}
        set_combo_code(v.quorum_rule, m["quorum"])
        v.quorum_count.setValue(m["quorum_count"])
        set_combo_code(v.approval_rule, m["approval"])
        for k, w in v.texts.items():
            w.setPlainText(d["texts"][k])
        v.consent_version.setText(d["texts"]["consent_version"])
        v.channels.set_rows(d["channels"])
        v.categories.set_rows(d["categories"])
        v.committees.set_rows(d["committees"])
        v.complaints.set_rows(d["complaint_categories"])
        v.referrals.set_rows(d["referral_targets"])
        v.holidays.set_rows(d["holidays"])
        v.study.fill(d.get("study"))
        v.aid.fill(d.get("aid"))

    def collect(self) -> dict:
        v, d = self.view, dict(self.data)
        for k, w in v.general.items():
            d[k] = w.text().strip()
        d["logo_png_b64"] = self._logo
        d["response_rule"] = {**d["response_rule"], "kind": v.rule_kind.currentData(),
                              "days": v.rule_days.value(), "text_ar": v.rule_text.text().strip()}
        d["weekend"] = [i for i, box in enumerate(v.weekend) if box.isChecked()]
        d["review_period_months"] = v.review_months.value()
        d["age_calendar"] = v.age_calendar.currentData()
        d["backup_max_age_hours"] = v.backup_age.value()
        d["backup_copy_folder"] = v.backup_copy.text().strip()
        m = {"quorum": combo_code(v.quorum_rule), "quorum_count": v.quorum_count.value(),
             "approval": combo_code(v.approval_rule)}
        if d.get("meetings") or m != {k: MEETING_DEFAULTS.to_dict()[k] for k in m}:
            d["meetings"] = {**(d.get("meetings") or {}), **m}  # the defaults stay unwritten
        d["texts"] = {**d["texts"], **{k: w.toPlainText().strip() for k, w in v.texts.items()},
                      "consent_version": v.consent_version.text().strip()}
        d["channels"] = v.channels.rows()
        d["categories"] = v.categories.rows()
        d["committees"] = v.committees.rows()
        d["complaint_categories"] = v.complaints.rows()
        d["referral_targets"] = v.referrals.rows()
        d["holidays"] = sorted(v.holidays.rows(), key=lambda h: str(h["date"]))
        d.pop("study", None)
        if (study := v.study.collect()) is not None:
            d["study"] = study
        d["aid"] = v.aid.collect()
        return d

    # --- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        data, actor, note = self.collect(), self.ctx.actor, self.view.note.text().strip()
        return self.ops.action(
            lambda db: profile_service.save(db, actor, data, note), self._saved,
            changes={ops.PROFILE}, busy=self.view.save_button,
            expect={ValidationFailed: lambda exc: self._banner(
                "\n".join(self.describe(e) for e in exc.errors[:12]), "error")})

    def _saved(self, number: int) -> None:
        self.view.note.clear()
        self.load()
        self._banner(self.tr("Saved as version %1. It applies from now on; earlier versions "
                             "are kept.").replace("%1", str(number)), "ok")
        self.saved.emit(number)

    def describe(self, e: FieldError) -> str:
        """``channels[2].code`` → «قنوات التواصل — الصف 3 — الرمز: …»."""
        labels, sections = PL.labels(), PL.sections()
        parts = []
        m = re.match(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", e.field or "")
        if m:
            section, index, leaf = m.groups()
            parts.append(sections.get(section, labels.get(section, section)))
            if index is not None:
                parts.append(self.tr("row %1").replace("%1", str(int(index) + 1)))
            if leaf:
                parts.append(labels.get(leaf, leaf))
        text = PL.profile_error(e.code) or field_message(e)
        return (" — ".join(parts) + ": " if parts else "") + text

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Logo"), "", "PNG (*.png)")
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        try:
            raw = path.read_bytes()
        except OSError:
            self._banner(self.tr("The file cannot be read."), "error")
            return False
        if not raw.startswith(b"\x89PNG\r\n\x1a\n") or len(raw) > LOGO_LIMIT:
            self._banner(self.tr("The logo must be a PNG image of at most 1 MB."), "error")
            return False
        self._set_logo(base64.b64encode(raw).decode())
        return True

    def _set_logo(self, b64: str | None) -> None:
        self._logo = b64
        pix = QPixmap()
        if b64:
            pix.loadFromData(base64.b64decode(b64))
            self.view.logo.setPixmap(pix.scaled(self.view.logo.size(),
                                                Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.view.logo.setText(self.tr("No logo"))

    def add_official_holidays(self) -> None:
        rows = self.view.holidays.rows()
        have = {str(r["date"]) for r in rows}
        for day, name in cal.default_holidays([self.view.holiday_year.value()]):
            if day.isoformat() not in have:
                rows.append({"date": day.isoformat(), "name_ar": name})
                have.add(day.isoformat())
        self.view.holidays.set_rows(sorted(rows, key=lambda r: str(r["date"])))

    def _show_versions(self, history: list, names: dict[str, str]) -> None:
        t = self.view.versions
        t.setRowCount(0)
        for info in history:
            r = t.rowCount()
            t.insertRow(r)
            for c, text in enumerate((str(info.version),
                                      cal.format_dual(info.created_at.date(), self.ctx.lang),
                                      names.get(info.created_by or "", ""), info.note)):
                t.setItem(r, c, QTableWidgetItem(text))
        if history:
            self.view.version_label.setText(
                self.tr("Version in force: %1").replace("%1", str(history[0].version)))

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)


def _scrolling(page: QWidget) -> QWidget:
    """A tab's page in a scrolling area: the widest page must not widen the whole window
    (a tab widget is as wide as its widest page, shown or not)."""
    if isinstance(page, QAbstractScrollArea):
        return page
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
