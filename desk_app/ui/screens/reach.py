"""Indirect beneficiaries (seed 003 §2-2): the reach of the association's content, counted per
item, channel and period — typed in, or imported from a platform's export — never registered as
people. The figures of a period are listed with their total per channel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.services import reach
from desk_app.ui.context import UiContext
from desk_app.ui.messages import joined
from desk_app.ui.screens.partners import fill, table
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label, fill_combo, show_banner

REACH = "reach"  # the change notice of this screen


class ReachView(QWidget):
    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reach")
        self.title = QLabel(self.tr("Indirect beneficiaries: reach of our content"))
        self.title.setObjectName("screenTitle")
        self.hint = QLabel(self.tr("People who benefit from the website and social-media "
                                   "content are counted here, not registered as beneficiaries."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.banner = banner_label()
        self.channel = QComboBox()
        self.period_start, self.period_end = DualDateEdit(lang=lang), DualDateEdit(lang=lang)
        self.item = QLineEdit()
        self.reached = QSpinBox()
        self.reached.setRange(0, 2_000_000_000)
        self.reached.setGroupSeparatorShown(True)
        self.save = QPushButton(self.tr("Record the figure"))
        self.save.setObjectName("primary")
        self.import_button = QPushButton(self.tr("Import a platform's export (CSV, XLSX)…"))
        self.show_button = QPushButton(self.tr("Show this period's figures"))
        self.boxes = {"channel_code": FieldBox(self.channel),
                      "period_start": FieldBox(self.period_start),
                      "period_end": FieldBox(self.period_end),
                      "content_item": FieldBox(self.item), "reached": FieldBox(self.reached)}
        entry = QGroupBox(self.tr("Channel and period"))
        form = QFormLayout(entry)
        form.addRow(self.tr("Channel"), self.boxes["channel_code"])
        form.addRow(self.tr("From"), self.boxes["period_start"])
        form.addRow(self.tr("To"), self.boxes["period_end"])
        form.addRow(self.tr("Content item"), self.boxes["content_item"])
        form.addRow(self.tr("People reached"), self.boxes["reached"])
        buttons = QHBoxLayout()
        for b in (self.save, self.import_button, self.show_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.figures = table([self.tr("Channel"), self.tr("Content item"), self.tr("Period"),
                              self.tr("Reach"), self.tr("Source")])
        self.figures.horizontalHeader().setStretchLastSection(False)
        self.figures.horizontalHeader().setSectionResizeMode(
            1, self.figures.horizontalHeader().ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.banner)
        lay.addWidget(entry)
        lay.addWidget(self.figures, 1)
        lay.addWidget(self.totals)


class ReachController(QObject):
    navigate = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: ReachView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ReachView(ctx.lang)
        self.ops = ctx.screen_ops(self.view, self.view.banner, self.view.boxes)
        self.ops.on_change({REACH}, self.refresh)
        v = self.view
        fill_combo(v.channel, [(c.code, ctx.name_of(c)) for c in ctx.profile.channels])
        today = ctx.clock().date()
        v.period_start.set_value(today.replace(day=1).strftime("%d/%m/%Y"))
        v.period_end.set_value(today.strftime("%d/%m/%Y"))
        v.save.clicked.connect(self.record)
        v.import_button.clicked.connect(lambda: self.import_file())
        v.show_button.clicked.connect(self.refresh)
        for w in (v.save, v.import_button):
            w.setEnabled(ctx.may("reach.record"))

    def load(self) -> None:
        self.refresh()

    def enter(self, arg: object = None) -> None:
        self.refresh()

    def _period(self) -> tuple[date | None, date | None]:
        return self.view.period_start.value(), self.view.period_end.value()

    def refresh(self) -> None:
        start, end = self._period()
        if start is None or end is None or end < start:
            self.loaded.emit()
            return
        actor = self.ctx.actor
        self.ops.query(lambda db: reach.listing(db, actor, start, end), self._show,
                       latest="list")

    def _show(self, lines: list[reach.ReachLine]) -> None:
        names = {c.code: self.ctx.name_of(c) for c in self.ctx.profile.channels}
        fill(self.view.figures, [("", [
            names.get(x.channel_code, x.channel_code), x.content_item,
            self._period_text(x.period_start, x.period_end), f"{x.reached:,}",
            self.tr("typed in") if x.source == "typed" else x.source]) for x in lines])
        totals: dict[str, int] = {}
        for x in lines:
            totals[x.channel_code] = totals.get(x.channel_code, 0) + x.reached
        text = joined(f"{names.get(c, c)}: {n:,}" for c, n in sorted(totals.items()))
        self.view.totals.setText(self.tr("Reach in the period by channel: %1").replace(
            "%1", text or "—"))
        self.loaded.emit()

    def _period_text(self, start: date, end: date) -> str:
        # each date isolated (FSI…PDI) so that digits and «م» keep their order in either layout
        lang = self.ctx.lang
        return self.tr("%1 to %2").replace(
            "%1", "\u2068" + cal.format_gregorian(start, lang) + "\u2069").replace(
            "%2", "\u2068" + cal.format_gregorian(end, lang) + "\u2069")

    def record(self) -> None:
        v, actor, profile = self.view, self.ctx.actor, self.ctx.profile
        channel, (start, end) = v.channel.currentData() or "", self._period()
        item, n = v.item.text(), v.reached.value()
        self.ops.action(lambda db: reach.record(
            db, actor, profile, channel_code=channel, content_item=item, period_start=start,
            period_end=end, reached=n), self._saved, changes={REACH}, busy=v.save)

    def import_file(self, path: str | None = None) -> None:
        v, actor, profile = self.view, self.ctx.actor, self.ctx.profile
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                v, self.tr("A platform's export"), "", self.tr("Exports (*.csv *.xlsx)"))
        if not path:
            return
        channel, (start, end) = v.channel.currentData() or "", self._period()
        self.ops.action(lambda db: reach.import_file(
            db, actor, profile, Path(path), channel_code=channel, period_start=start,
            period_end=end), self._saved, changes={REACH}, busy=v.import_button)

    def _saved(self, count: int) -> None:
        self.view.item.clear()
        self.view.reached.setValue(0)
        show_banner(self.view.banner, self.tr("Figures recorded: %1").replace("%1", str(count)),
                    "ok")
        self.refresh()
