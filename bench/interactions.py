"""Benchmark 7: every step at the desk, from the key press to the painted screen (issue 23).

``python -m bench.interactions --db FILE [--runs 30] [--json OUT]`` opens the real main window
(offscreen, Arabic, 1366×768) on ``FILE`` (a scratch copy: the steps write) and drives it as a
receptionist does, with real key presses and clicks, ``--runs`` rounds of:

sign in → a search keystroke → Enter on the first result (the file) → Ctrl+N, type a new person,
Ctrl+S (save) → Ctrl+R (the request form) → Ctrl+Return (save the request with its checklist) →
Space on the first document's "seen" box (tick) → the declaration button (issued, to preview) →
the complaints board and the waiting list opened from the side bar (first visit of the shell) →
side-bar switches between screens already open (registry, waiting list, complaints board).

The floor, timed the same way in every round: a key press that shows a static page of the same
size in the same window (what Qt alone needs to paint the screen). Prints one JSON object.
``--think S``: S seconds with no input before each step, as a person reads the screen before the
next key (default 0: every key at once, which never lets the screens built ahead be built).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.desk_driver import Driver, StaticPage, click, click_at, key, type_char
from desk_app.ui.shell import SECTION

USER, PASSWORD = "admin", "admin-pass-2026"  # the demo's administrator (services/demo.py)
STEPS = ("sign_in", "search_key", "open_file", "save_beneficiary", "new_request",
         "save_request", "tick_document", "declaration", "open_complaints", "open_waiting",
         "switch_screen")
ARRIVAL_S = 1.5  # from a sign-out to the next person's Enter on the password (typed at once)
DEFAULT_QUERIES = ("محمد", "عبدالله", "الزهراني", "فاطمه", "نورة", "احمد", "سعد", "خالد")


class Scenario:
    def __init__(self, db_path: Path, queries: list[str], seed: int = 1, think: float = 0.0):
        from desk_app import i18n, memory
        from desk_app.config import Settings
        from desk_app.storage.db import Database
        from desk_app.ui import style, wheel_guard
        from desk_app.ui.dialogs import RecordingDialogs
        from desk_app.ui.main_window import MainWindow

        self.think = think
        memory.limit_arenas()  # as the application starts (app.run_gui), before any thread
        style.serial_fills()
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        i18n.install(self.app, "ar")
        style.apply(self.app)
        wheel_guard.install(self.app)
        self.db = Database.open(f"sqlite:///{db_path}")
        settings = Settings(self.db.url, "ar", page_size=50)
        self.window = MainWindow(self.db, settings, RecordingDialogs(), clock=self.db.clock)
        self.window.resize(1366, 768)
        self.drive = Driver(self.app)
        self.drive.paints.watch(self.window)
        self.static = StaticPage()
        self.window.pages.addWidget(self.static)
        QShortcut(QKeySequence("F12"), self.window,
                  activated=lambda: self.window.pages.setCurrentWidget(self.static))
        self.window.show()
        self.check_size()
        self.window.activateWindow()  # shortcuts go to the active window
        QTest.qWaitForWindowActive(self.window, 5000)
        started = []
        self.window.started.connect(lambda: started.append(True))
        self.window.start()
        self.drive.wait_until(lambda: bool(started), what="the sign-in page")
        self.drive.wait_until(self.window.isActiveWindow, what="the window to be active")
        self.drive.settle()
        # new people must be new on every run over the same file: seeded by the clock
        self.queries, self.rng = queries, random.Random(f"bench-desk:{seed}:{time.time_ns()}")
        self.loaded: list[str] = []
        self.times: dict[str, list[float]] = {s: [] for s in ("floor", *STEPS)}
        self.paints: dict[str, list[int]] = {s: [] for s in ("floor", *STEPS)}

    # --- helpers ----------------------------------------------------------------------------
    def check_size(self) -> None:
        """The window is the desk's 1366×768: a page that grew it made every step paint more
        (the floor's page did: 1366×925 until session 5)."""
        size = (self.window.width(), self.window.height())
        if size != (1366, 768):
            raise RuntimeError(f"the window grew to {size[0]}×{size[1]}")

    @property
    def shell(self):  # noqa: ANN201
        return self.window.shell

    def idle(self) -> bool:
        """No job of the desk's screens left (the automatic backup at a sign-out, which runs in
        the background for minutes on a 1M database, is not one the person waits for)."""
        watch = self.window.backup_watch
        background = 1 if watch is not None and watch._running else 0  # noqa: SLF001
        return len(self.window.ops._waiting) <= background  # noqa: SLF001

    def record(self, step: str, trigger, ready) -> None:  # noqa: ANN001
        if self.think:  # the person reads the screen before the next key (build-ahead's time)
            self.drive.pause(self.think)
        took, painted = self.drive.time(trigger, ready, what=step)
        self.times[step].append(took)
        self.paints[step].append(painted)

    def shown(self, name: str) -> bool:
        ctl = self.shell.controllers.get(name)
        return ctl is not None and self.shell.stack.currentWidget() is ctl.view

    def nav_click(self, name: str) -> None:
        """Click the side-bar entry of ``name`` (as a person does with the mouse)."""
        nav = self.shell.nav
        for i in range(nav.count()):
            item = nav.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                if item.isHidden():  # its section is folded: unfold it first, as a person does
                    self.shell._nav_chosen(self.shell._heading(item.data(SECTION)))  # noqa: SLF001
                    self.drive.settle()
                nav.scrollToItem(item)
                click_at(nav.viewport(), nav.visualItemRect(item).center())
                return
        raise LookupError(f"{name} is not in the side bar")

    # --- the steps --------------------------------------------------------------------------
    def floor(self) -> None:
        back = self.window.pages.currentWidget()
        self.record("floor", lambda: key(self.window, Qt.Key.Key_F12),
                    lambda: self.window.pages.currentWidget() is self.static)
        self.window.pages.setCurrentWidget(back)
        self.drive.settle()

    def sign_in(self) -> None:
        w = self.window
        if w.shell is not None:
            w.sign_out_now()  # untimed: the sign-out itself is not the step
            self.drive.settle()
        # The next person comes to the desk and types their name and password: seconds at a
        # real desk, which the desk uses to build the next session's screens (ui/view_reserve).
        self.drive.pause(ARRIVAL_S)
        login = w.login.view
        QTest.keyClicks(login.username, USER)
        key(login.username, Qt.Key.Key_Return)
        QTest.keyClicks(login.password, PASSWORD)

        def ready() -> bool:
            reg = w.shell.controllers.get("registry") if w.shell else None
            return reg is not None and reg.last_page is not None and self.idle()

        self.record("sign_in", lambda: key(login.password, Qt.Key.Key_Return),
                    lambda: ready() or (w.policy_ack is not None and self.idle()))
        if w.policy_ack is not None:  # the policy to acknowledge first (once): not this step
            self.times["sign_in"].pop()
            self.paints["sign_in"].pop()
            w.policy_ack.view.read.setChecked(True)
            click(w.policy_ack.view.ack_button)
            self.drive.wait_until(ready, what="the desk after the policy")
        self.loaded = []
        w.shell.screen_loaded.connect(self.loaded.append)

    def search_key(self, text: str) -> None:
        reg = self.shell.controllers["registry"]
        search = reg.view.search
        search.setFocus()
        search.setText(text[:-1])
        self.drive.wait_until(lambda: reg.last_page is not None and self.idle()
                              and reg.last_page.query == text[:-1] and not reg.searching(),
                              what="the search before the keystroke")
        self.record("search_key", lambda: type_char(search, text[-1]),
                    lambda: reg.last_page.query == text and self.idle())

    def open_file(self) -> str:
        reg = self.shell.controllers["registry"]
        if not reg.model.rowCount():
            raise RuntimeError(f"no result for {reg.last_page.query!r} to open")
        table = reg.view.table
        table.setFocus()
        table.setCurrentIndex(reg.model.index(0, 0))
        wanted = reg.model.rows[0].id

        def ready() -> bool:
            form = self.shell.controllers.get("beneficiary")
            return (form is not None and self.shown("beneficiary")
                    and form.beneficiary_id == wanted and self.idle())

        self.record("open_file", lambda: key(table, Qt.Key.Key_Return), ready)
        return wanted

    def save_beneficiary(self, n: int) -> str:
        from desk_app.domain.identifiers import make_saudi_id

        form = self.shell.controllers["beneficiary"]
        key(form.view, Qt.Key.Key_Escape)  # back to the registry (nothing typed)
        reg = self.shell.controllers["registry"]
        key(reg.view.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        self.drive.wait_until(lambda: self.shown("beneficiary") and form.beneficiary_id is None
                              and self.idle(), what="the empty form")
        inputs = form.view.inputs
        letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
        family = "ال" + "".join(self.rng.choice(letters) for _ in range(7))
        for name, value in (("first_name", "سلمى"), ("father_name", "ناصر"),
                            ("grandfather_name", "فهد"), ("family_name", family)):
            inputs[name].setText(value)
        inputs["id_number"].setText(make_saudi_id(1, f"{self.rng.randrange(10**8):08d}"))
        inputs["gender"].setCurrentIndex(inputs["gender"].findData("female"))
        inputs["birth_date"].edit.setText(f"{self.rng.randint(1, 28):02d}/03/1990")
        inputs["mobile"].setText(f"058{self.rng.randrange(10**7):07d}")
        saved: list[str] = []
        form.saved.connect(saved.append)
        self.record("save_beneficiary",
                    lambda: key(form.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
                    lambda: bool(saved) and self.idle() and form.beneficiary_id == saved[0])
        form.saved.disconnect(saved.append)
        if not saved:
            raise RuntimeError(f"not saved: {form.view.banner.text()}")
        return saved[0]

    def new_request(self, beneficiary_id: str) -> None:
        form = self.shell.controllers["beneficiary"]

        def ready() -> bool:
            ctl = self.shell.controllers.get("request")
            return (ctl is not None and self.shown("request") and ctl.detail is None
                    and ctl.beneficiary_id == beneficiary_id and self.idle())

        self.record("new_request",
                    lambda: key(form.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
                    ready)

    def save_request(self) -> None:
        ctl = self.shell.controllers["request"]
        i = ctl.view.intake
        profile = self.shell.ctx.profile
        service = max(profile.services, key=lambda s: len(s.documents))
        i.service.setCurrentIndex(i.service.findData(service.code))
        i.channel.setCurrentIndex(i.channel.findData(profile.channels[0].code))
        # how the person will be told the outcome (required when the file names no channel)
        i.agreed_channel.setCurrentIndex(i.agreed_channel.findData(profile.channels[0].code))
        i.description.setPlainText("طلب مساعدة شهرية")
        i.consent_terms.setChecked(True)
        i.consent_data.setChecked(True)
        self.drive.wait_until(self.idle, what="eligibility")
        self.record("save_request",
                    lambda: key(ctl.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
                    lambda: ctl.detail is not None and self.idle())
        if ctl.detail is None:
            raise RuntimeError(f"request not saved: {ctl.view.banner.text()}")

    def tick_document(self) -> None:
        from desk_app.ui.widgets.checklist import SEEN

        ctl = self.shell.controllers["request"]
        table = ctl.view.checklist.table
        ctl.view.tabs.setCurrentIndex(0)
        table.setFocus()
        table.setCurrentCell(0, SEEN)
        code = ctl.detail.checklist[0].document_code

        def ready() -> bool:
            row = next(r for r in ctl.detail.checklist if r.document_code == code)
            return row.seen and self.idle()

        self.record("tick_document", lambda: key(table, Qt.Key.Key_Space), ready)

    def declaration(self) -> None:
        docs = self.shell.controllers["request"].documents
        dialog = docs.dialog
        self.drive.paints.watch(dialog)
        button = docs.button("declaration")
        self.record("declaration", lambda: click(button),
                    lambda: dialog.isVisible() and dialog.preview.page_count() > 0
                    and self.idle())
        dialog.accept()  # Close, as the person does
        dialog.preview.clear()
        self.window.activateWindow()
        self.drive.wait_until(self.window.isActiveWindow, what="the window after the preview")
        self.drive.settle()

    def open_screen(self, step: str, name: str) -> None:
        self.loaded.clear()
        self.record(step, lambda: self.nav_click(name),
                    lambda: self.shown(name) and name in self.loaded and self.idle())

    def switch(self, name: str) -> None:
        self.record("switch_screen", lambda: self.nav_click(name),
                    lambda: self.shown(name) and self.idle())

    # --- a round ----------------------------------------------------------------------------
    def round(self, r: int) -> None:
        self.floor()
        self.sign_in()
        self.search_key(self.queries[r % len(self.queries)])
        self.open_file()
        new_id = self.save_beneficiary(r)
        self.new_request(new_id)
        self.save_request()
        self.tick_document()
        self.declaration()
        self.floor()
        self.open_screen("open_complaints", "complaints")
        self.open_screen("open_waiting", "waiting")
        for name in ("registry", "complaints", "waiting"):
            self.switch(name)
        self.floor()
        self.check_size()

    def close(self) -> None:
        self.window.close()
        self.db.dispose()


def run(db_path: Path, runs: int, warmup: int = 1, queries: list[str] | None = None,
        say=print, think: float = 0.0) -> dict:  # noqa: ANN001
    s = Scenario(db_path, list(queries or DEFAULT_QUERIES), think=think)
    started = time.perf_counter()
    try:
        for r in range(warmup + runs):
            if r == warmup:  # the first round pays for imports and caches: not counted
                s.times = {k: [] for k in s.times}
                s.paints = {k: [] for k in s.paints}
            s.round(r)
            say(f"  desk round {r + 1}/{warmup + runs}")
    finally:
        s.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"times": s.times, "paints": s.paints, "rss_mib": rss,
            "seconds": time.perf_counter() - started}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.interactions", description=__doc__)
    p.add_argument("--db", required=True, help="a scratch copy of a demo database (written to)")
    p.add_argument("--runs", type=int, default=30)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--json", help="write the result here too")
    p.add_argument("--think", type=float, default=0.0,
                   help="seconds of no input before each step, as a person reads the screen "
                        "(default 0: every key at once, the worst case; the screens built "
                        "ahead wait for 0.25 s of quiet)")
    args = p.parse_args(argv)
    result = run(Path(args.db), args.runs, args.warmup,
                 say=lambda m: print(m, file=sys.stderr, flush=True), think=args.think)
    result["think_s"] = args.think
    text = json.dumps(result)
    if args.json:
        Path(args.json).write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
