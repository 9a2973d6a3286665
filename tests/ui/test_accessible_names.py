"""Every interactive widget has a name a screen reader can say (issue 18): walking every
screen, each input, list, table and text-less button needs an accessible name, a visible label
tied to it (``setBuddy``), or its own visible text. Announcing «edit» for the ID field leaves a
blind beneficiary or clerk guessing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desk_app.ui import navigation
from tests.ui.test_registry_flow import sign_in
from tests.ui.waiting import settle

INTERACTIVE = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
               QAbstractItemView, QAbstractButton)


def _inner(widget: QWidget) -> bool:
    """Parts of a composite Qt widget (a combo's line edit, a spin box's, a table's corner
    button, a scroll bar's arrows): named through the widget they belong to."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)) or \
        type(widget).__name__ in ("QAbstractButton",)


def unnamed(root: QWidget) -> list[str]:
    buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or _inner(w) or not w.isVisibleTo(root):
            continue
        if w.accessibleName() or id(w) in buddies:
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        found.append(f"{type(w).__name__} {w.objectName()!r}")
    return found


def test_every_interactive_widget_is_named(qtbot, window):
    sign_in(qtbot, window)
    report = {}
    for spec in navigation.screens():
        if spec.takes_over:
            continue
        window.shell.show_screen(spec.name)
        settle(qtbot, window)
        missing = unnamed(window.shell.stack.currentWidget())
        if missing:
            report[spec.name] = missing
    total = sum(len(v) for v in report.values())
    assert not report, f"{total} unnamed: " + "\n".join(
        f"{n}: {', '.join(v)}" for n, v in report.items())


def test_the_form_fields_are_named_after_their_labels(qtbot, window):
    sign_in(qtbot, window)
    form = window.shell.show_screen("beneficiary")
    inputs = form.view.inputs
    assert inputs["id_number"].accessibleName() == "رقم الهوية"
    assert inputs["first_name"].accessibleName() == "الاسم الأول"
    assert inputs["birth_date"].edit.accessibleName() == "تاريخ الميلاد"
    labels = {lbl.buddy(): lbl.text() for lbl in form.view.findChildren(QLabel) if lbl.buddy()}
    assert labels[inputs["mobile"]] == "رقم الجوال"  # Alt+letter and screen readers agree
