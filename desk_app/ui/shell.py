"""The navigation shell: the list of screens and the screen in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from desk_app.ui import accessible, navigation, unsaved
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.nav_delegate import WrappingNavDelegate
from desk_app.ui.window_filters import OnEveryWindow

GO = unsaved.Outcome.GO
HEADING = Qt.ItemDataRole.UserRole + 1  # on a section heading: its group
SECTION = Qt.ItemDataRole.UserRole + 2  # on a screen's entry: its section


def _nav_order(spec: navigation.ScreenSpec) -> tuple[int, int]:
    """Section first; inside it Alt+1…Alt+9 then Alt+0 (the tenth key), then the rest."""
    digit = spec.shortcut[-1:] if spec.shortcut.startswith("Alt+") else ""
    return navigation.GROUPS.index(spec.group), (int(digit) or 10) if digit.isdigit() else 99

#: Screens built ahead, while the desk is idle after signing in, in this order: the next steps
#: of the desk's work (a file, a request) and its lists, so that their first visit only fetches
#: and shows data (building a form of forty fields takes a few hundred milliseconds).
PREBUILT = ("beneficiary", "request", "waiting", "complaints")
WARM_DOCUMENTS = "(documents)"  # the first step ahead: what the first document needs
# Between two screens, while anything runs, and after each key press or click: the desk comes
# first. A screen is built on the GUI thread in one go (80–130 ms of CPU on an idle machine,
# several times that under load); started between a key press and the screen it asked for, it
# delayed that screen by as much (a 1 s build inside "Enter on a result" at 1M, issue 23).
PREBUILD_PAUSE_MS = 250
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


class Shell(QWidget):
    """Navigation list + the screen in view. Screens are built on first visit."""

    screen_loaded = Signal(str)
    kiosk_requested = Signal(object)  # the main window takes over

    def __init__(self, ctx: UiContext, views: object = None):
        super().__init__()
        self.ctx = ctx
        self.views = views  # the window's ViewReserve: screens' widgets built before sign-in
        self.specs = {s.name: s for s in navigation.screens()}
        self.controllers: dict[str, object] = {}
        self._unloaded: set[str] = set()  # built ahead, data not loaded yet
        self._ahead: list[str] = []
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(PREBUILD_PAUSE_MS)
        self._ahead_timer.timeout.connect(self._build_next)
        self._input_watch: OnEveryWindow | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setItemDelegate(WrappingNavDelegate(self.nav))
        # Laid out again when the viewport narrows (its scroll bar appears), at its new width.
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)
        self.stack = QStackedWidget()
        self._fill_nav(ctx)
        self._fitted = False
        self.nav.itemActivated.connect(self._nav_chosen)
        self.nav.itemClicked.connect(self._nav_chosen)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)

    def _fill_nav(self, ctx: UiContext) -> None:
        """The side bar in sections (desk, casework, follow-up, administration), each screen under
        its section's heading; a heading folds its section away (click or Enter)."""
        allowed = [s for s in self.specs.values() if s.in_nav and (
            not s.roles or ctx.actor.role in s.roles) and (not s.action or ctx.may(s.action))]
        allowed.sort(key=_nav_order)  # stable: within a section, the order of navigation.py
        group = None
        for spec in allowed:
            if spec.group != group:
                group = spec.group
                heading = QListWidgetItem(navigation.group_title(group))
                heading.setData(HEADING, group)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # reachable by keyboard, not selected
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setForeground(QColor("#d8eef1"))  # light on a darker band: a heading
                heading.setBackground(QColor("#163a43"))  # with or without the style sheet
                self.nav.addItem(heading)
            label = spec.title() + (f"  ({spec.shortcut})" if spec.shortcut else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setData(SECTION, group)
            self.nav.addItem(item)
            if spec.shortcut:
                QShortcut(QKeySequence(spec.shortcut), self,
                          activated=lambda n=spec.name: self.show_screen(n))

    def set_badge(self, name: str, count: int) -> None:
        """A count beside a screen's entry in the side bar (online forms waiting); 0: none."""
        spec = self.specs[name]
        label = spec.title() + (f"  ({spec.shortcut})" if spec.shortcut else "")
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.item(i).setText(label + (f"  ({count})" if count > 0 else ""))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_nav)

    def fit_nav(self) -> None:
        """Fold sections, administration first, until the side bar fits without scrolling; the
        section of the screen in view stays open. Done once: what the person unfolds stays."""
        current = self.nav.currentItem()
        keep = current.data(SECTION) if current is not None else None
        for group in reversed(navigation.GROUPS):
            if self._nav_height() <= self.nav.viewport().height():
                return
            if group != keep and any(self.nav.item(i).data(HEADING) == group
                                     for i in range(self.nav.count())):
                if not self._heading(group).text().endswith("…"):
                    self._nav_chosen(self._heading(group))

    def _nav_height(self) -> int:
        shown = [self.nav.item(i) for i in range(self.nav.count()) if not self.nav.item(i).isHidden()]
        return sum(self.nav.sizeHintForRow(self.nav.row(it)) for it in shown)

    def nav_names(self) -> list[str]:
        """The screens listed in the side bar, in order (headings left out)."""
        items = (self.nav.item(i) for i in range(self.nav.count()))
        return [n for it in items if (n := it.data(Qt.ItemDataRole.UserRole))]

    def _heading(self, group: str) -> QListWidgetItem:
        return next(self.nav.item(i) for i in range(self.nav.count())
                    if self.nav.item(i).data(HEADING) == group)

    def _nav_chosen(self, item: QListWidgetItem) -> None:
        group = item.data(HEADING)
        if group is None:
            self.show_screen(item.data(Qt.ItemDataRole.UserRole))
            return
        entries = [self.nav.item(i) for i in range(self.nav.count())
                   if self.nav.item(i).data(SECTION) == group]
        fold = not all(it.isHidden() for it in entries)
        for it in entries:
            it.setHidden(fold)
        item.setText(navigation.group_title(group) + ("  …" if fold else ""))

    def _allowed(self, name: str) -> bool:
        spec = self.specs[name]
        return (not spec.roles or self.ctx.actor.role in spec.roles) and (
            not spec.action or self.ctx.may(spec.action))

    def _build(self, name: str, place: bool = True):  # noqa: ANN202
        view = self.views.take(name) if self.views is not None else None
        factory = self.specs[name].factory
        ctl = factory(self.ctx) if view is None else factory(self.ctx, view=view)
        self.controllers[name] = ctl
        if place:
            self._place(ctl.view)
        if hasattr(ctl, "navigate"):
            ctl.navigate.connect(self.show_screen)
        if hasattr(ctl, "loaded"):
            ctl.loaded.connect(lambda n=name: self.screen_loaded.emit(n))
            ctl.loaded.connect(lambda c=ctl: accessible.name_widgets(c.view))  # filled in
        return ctl

    def dispose(self) -> None:
        """At sign-out: let go of every screen. Their signals hold lambdas that hold this shell,
        and Python's collector cannot see through Qt's connections, so without this every
        signed-in session (its screens, their models and data) stayed in memory for good."""
        for ctl in self.controllers.values():
            for signal in ("loaded", "navigate"):
                if hasattr(ctl, signal):
                    try:
                        getattr(ctl, signal).disconnect()
                    except (RuntimeError, TypeError):
                        pass  # nothing connected, or already gone with its C++ object
        self.controllers.clear()
        self._ahead = []
        self._stop_watching_input()

    def _stop_watching_input(self) -> None:
        if self._input_watch is not None:
            self._input_watch.stop()
            self._input_watch = None

    def _place(self, view: QWidget) -> None:
        """Into the stack, once (2–4 ms for a form since the desk has no style sheet; 20–50 ms
        with one); the field a screen gave the focus meanwhile keeps it."""
        if self.stack.indexOf(view) < 0:
            focus = view.focusWidget()
            self.stack.addWidget(view)
            if focus is not None:
                focus.setFocus()

    def controller(self, name: str, place: bool = True):  # noqa: ANN201
        """The screen's controller, built (and its first data asked for) on first use;
        ``place=False``: not yet put in the stack (``show_screen`` does that after ``enter``)."""
        if name not in self.controllers or name in self._unloaded:
            ctl = self.controllers.get(name) or self._build(name, place)
            self._unloaded.discard(name)
            ctl.load()
            if not hasattr(ctl, "loaded"):
                self.screen_loaded.emit(name)
            return ctl
        return self.controllers[name]

    def build_ahead(self, names: tuple[str, ...] = PREBUILT) -> None:
        """Build these screens (without their data) one at a time while the desk is idle: no
        job running and no key pressed nor click made for :data:`PREBUILD_PAUSE_MS`."""
        # The fonts and PDF machinery first (on a thread of their own, once per process): last
        # in line, the desk's first declaration met them cold when it came within seconds of
        # signing in (0.7 s instead of 0.1 s; bench/NOTES.md, issue 23).
        self._ahead = [WARM_DOCUMENTS] + [
            n for n in names if n in self.specs and n not in self.controllers
            and not self.specs[n].takes_over and self._allowed(n)]
        if self._input_watch is None:
            self._input_watch = OnEveryWindow(self)  # the windows' input (ui/window_filters.py)
        self._ahead_timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A key press or click on a window: what it asks for comes before the next screen
        built ahead, which waits for a pause again."""
        if self._ahead and event.type() in _INPUT:
            self._ahead_timer.start()
        return False

    def _build_next(self) -> None:
        if not self._ahead:
            self._stop_watching_input()
            return
        if not self.ctx.ops.quiet():  # a search or a save is running: after it
            self._ahead_timer.start()
            return
        name = self._ahead.pop(0)
        if name == WARM_DOCUMENTS:
            from desk_app.services import document_kinds

            document_kinds.warm_up_in_background()  # a thread of its own, off the GUI thread
        elif name not in self.controllers:
            self._build(name)
            self._unloaded.add(name)
        if self._ahead:
            self._ahead_timer.start()
        else:
            self._stop_watching_input()

    def show_screen(self, name: str, arg: object = None):  # noqa: ANN201
        leaving = unsaved.screen_in_view(self)
        if leaving is not None and leaving is not self.controllers.get(name) and unsaved.leave(
                leaving, self.ctx.dialogs, lambda: self.show_screen(name, arg)) is not GO:
            self._highlight(leaving)  # kept (or being saved): the list shows where we are
            return None
        if self.specs[name].takes_over:
            self.kiosk_requested.emit(arg)
            return None
        fresh = name not in self.controllers or name in self._unloaded
        ctl = self.controller(name, place=False)
        # Its data asked for first: the worker reads them while this thread places and shows
        # the screen (a file's read waited for the 50–80 ms below, issue 23).
        if hasattr(ctl, "enter") and (arg is not None or not fresh):
            ctl.enter(arg)
        self._place(ctl.view)
        self.stack.setCurrentWidget(ctl.view)
        if fresh or arg is not None or not hasattr(ctl, "loaded"):
            # What the screen built since is named too; a screen entered again from the side
            # bar was named when its data last came (``loaded``): walking its widgets again on
            # every switch cost ~1 ms of the 50 (issue 23).
            accessible.name_widgets(ctl.view)
        self._highlight(ctl)
        return ctl

    def _highlight(self, ctl: object) -> None:
        """Select the side-bar entry of ``ctl``'s screen; none when it is not in the list."""
        name = next((n for n, c in self.controllers.items() if c is ctl), None)
        self.nav.setCurrentRow(-1)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                if self.nav.item(i).isHidden():  # its section was folded: unfold it
                    self._nav_chosen(self._heading(self.nav.item(i).data(SECTION)))
                self.nav.setCurrentRow(i)
