"""The navigation shell: the list of screens and the screen in view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from desk_app.ui import accessible, navigation, unsaved
from desk_app.ui.context import UiContext

GO = unsaved.Outcome.GO


class Shell(QWidget):
    """Navigation list + the screen in view. Screens are built on first visit."""

    screen_loaded = Signal(str)
    kiosk_requested = Signal(object)  # the main window takes over

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.specs = {s.name: s for s in navigation.screens()}
        self.controllers: dict[str, object] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.stack = QStackedWidget()
        for spec in sorted(self.specs.values(), key=lambda x: x.shortcut or "~"):
            if spec.in_nav and (not spec.roles or ctx.actor.role in spec.roles) and (
                    not spec.action or ctx.may(spec.action)):
                label = spec.title() + (f"  ({spec.shortcut})" if spec.shortcut else "")
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, spec.name)
                self.nav.addItem(item)
                if spec.shortcut:
                    QShortcut(QKeySequence(spec.shortcut), self,
                              activated=lambda n=spec.name: self.show_screen(n))
        self.nav.itemActivated.connect(lambda it: self.show_screen(it.data(Qt.ItemDataRole.UserRole)))
        self.nav.itemClicked.connect(lambda it: self.show_screen(it.data(Qt.ItemDataRole.UserRole)))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)

    def controller(self, name: str):  # noqa: ANN201
        if name not in self.controllers:
            ctl = self.specs[name].factory(self.ctx)
            self.controllers[name] = ctl
            self.stack.addWidget(ctl.view)
            if hasattr(ctl, "navigate"):
                ctl.navigate.connect(self.show_screen)
            if hasattr(ctl, "loaded"):
                ctl.loaded.connect(lambda n=name: self.screen_loaded.emit(n))
                ctl.loaded.connect(lambda c=ctl: accessible.name_widgets(c.view))  # filled in
            ctl.load()
            if not hasattr(ctl, "loaded"):
                self.screen_loaded.emit(name)
            return ctl
        return self.controllers[name]

    def show_screen(self, name: str, arg: object = None):  # noqa: ANN201
        leaving = unsaved.screen_in_view(self)
        if leaving is not None and leaving is not self.controllers.get(name) and unsaved.leave(
                leaving, self.ctx.dialogs, lambda: self.show_screen(name, arg)) is not GO:
            self._highlight(leaving)  # kept (or being saved): the list shows where we are
            return None
        if self.specs[name].takes_over:
            self.kiosk_requested.emit(arg)
            return None
        fresh = name not in self.controllers
        ctl = self.controller(name)
        self.stack.setCurrentWidget(ctl.view)
        accessible.name_widgets(ctl.view)  # what the screen built since is named too
        self._highlight(ctl)
        if hasattr(ctl, "enter") and (arg is not None or not fresh):
            ctl.enter(arg)
        return ctl

    def _highlight(self, ctl: object) -> None:
        """Select the side-bar entry of ``ctl``'s screen; none when it is not in the list."""
        name = next((n for n, c in self.controllers.items() if c is ctl), None)
        self.nav.setCurrentRow(-1)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(i)
