"""A long shift in one process: no Qt call may cost the interpreter a reference it needs.

PySide6 6.12.0 on Python 3.11 dropped a reference to None, True or False on every void or
bool-returning Qt call, and the desk aborted mid-shift ("none_dealloc", "bool_dealloc"). The
project needs Python >= 3.12, where those objects are immortal. The soak runs in a child
process so that a fatal error shows as a dead child with its message, not as a dead test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SOAK = textwrap.dedent("""
    import os, sys, tempfile
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from datetime import datetime
    from PySide6.QtCore import QCoreApplication, QDate, Qt
    from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QLabel, QLineEdit,
                                   QPushButton, QSpinBox, QTableWidget, QTableWidgetItem)
    from PySide6.QtGui import QColor, QFont

    app = QApplication([])
    from desk_app import i18n
    from desk_app.config import Settings
    from desk_app.services import demo, installation
    from desk_app.storage.db import Database
    from desk_app.ui import navigation
    from desk_app.ui.dialogs import RecordingDialogs
    from desk_app.ui.main_window import MainWindow

    def settle(ms=30):
        # let background queries of the screen come back and their widgets fill
        QCoreApplication.processEvents()
        app.thread().msleep(1)
        for _ in range(ms):
            QCoreApplication.processEvents()

    i18n.install(app, "ar")
    folder = tempfile.mkdtemp()
    db = Database.open(f"sqlite:///{folder}/soak.sqlite3", clock=lambda: datetime(2026, 11, 22, 9, 30))
    demo.generate(db, beneficiaries=300, seed=7, preset_key="althikr_alhakeem",
                  branch_code="RYD", progress=None)
    from desk_app.services import staff
    actor = staff.authenticate(db, "admin", "admin-pass-2026")
    settings = Settings(db_url=db.url, language="ar", page_size=50)
    w = MainWindow(db, settings, RecordingDialogs(), clock=db.clock)
    w.resize(1366, 768)
    w.show()
    w.start()
    while w.login is None:  # the start-up check runs through the ops runner
        settle()
    names = [s.name for s in navigation.screens() if not s.takes_over]

    calls = 0
    for cycle in range(20):              # open every screen, sign out (closes them all): 20 times
        shell = w.enter_shell(actor)
        for name in names:
            shell.show_screen(name)
            settle()
        w.sign_out()
        while not w.ops.idle():
            settle()
    print("screens", len(names), "x 20 cycles", flush=True)

    label, edit, box = QLabel(), QLineEdit(), QCheckBox("x")
    combo, spin, button = QComboBox(), QSpinBox(), QPushButton("y")
    table = QTableWidget(3, 3)
    combo.addItems(["أ", "ب", "ج"])
    spin.setRange(0, 1000)
    while calls < 50_000:
        i = calls
        label.setText(str(i)); label.setVisible(i % 2 == 0)       # void, bool argument
        edit.setText("نص %d" % i); edit.setReadOnly(bool(i % 3))
        box.setChecked(i % 2 == 1); ok = box.isChecked()         # returns a bool
        combo.setCurrentIndex(i % 3); combo.currentText()
        spin.setValue(i % 1000); spin.value()
        button.setEnabled(not ok); button.isEnabled(); button.hasFocus()
        table.setItem(i % 3, i % 3, QTableWidgetItem(str(i))); table.item(0, 0)
        label.setFont(QFont()); label.setAlignment(Qt.AlignmentFlag.AlignRight)
        label.isHidden(); edit.isModified(); QDate(2026, 11, 22).isValid(); QColor("red").isValid()
        calls += 25
    print("calls", calls, flush=True)
    w.close()
    db.dispose()
    print("survived", flush=True)
""")


def test_a_long_shift_of_qt_calls_and_screens_runs_clean():
    assert sys.version_info >= (3, 12), "Python 3.11 + PySide6 6.12 aborts on long sessions"
    run = subprocess.run([sys.executable, "-c", SOAK], capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Fatal Python error" not in run.stderr
    assert "survived" in run.stdout and "calls 50000" in run.stdout, run.stdout
    assert "x 20 cycles" in run.stdout
