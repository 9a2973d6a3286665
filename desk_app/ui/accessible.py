"""Names for screen readers, given once per screen instead of widget by widget (issue 18).

A screen reader announces «edit» for a field without an accessible name. Most fields already
have a visible label beside them; Qt ties the two (``setBuddy``) only when the label was added
for that very widget, and ours are usually wrapped (a :class:`FieldBox` with its message line,
a date with its calendar choice). :func:`name_widgets` walks a screen and:

* ties each label to the input it stands beside (form rows, and a label followed by its input
  in a row or grid) and names the input after it;
* names what is still nameless after what the person sees: a placeholder, the enclosing group
  box or tab, a card's own texts.

It only fills what is missing: a name given by a screen itself always wins.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _clean(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":：").strip()


def _target(widget: QWidget | None) -> QWidget | None:
    """The input a label beside ``widget`` speaks for (``widget`` itself or the first input
    inside a wrapper such as a FieldBox or a date with its calendar choice)."""
    if widget is None:
        return None
    if isinstance(widget, (*INPUTS, QAbstractButton)):
        return widget
    inner = [w for w in widget.findChildren(QWidget) if isinstance(w, INPUTS)]
    return inner[0] if inner else None


def _tie(label: QLabel, widget: QWidget | None) -> None:
    target = _target(widget)
    if target is None or not _clean(label.text()):
        return
    if label.buddy() is not None and label.buddy() not in (widget, target):
        return  # tied by the screen to something else on purpose
    label.setBuddy(target)
    if not target.accessibleName():
        target.setAccessibleName(_clean(label.text()))


def _pairs(layout: QLayout) -> None:
    """Labels and the widgets they stand beside, in every (nested) layout."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                _tie(label.widget(), field.widget())
    elif isinstance(layout, (QBoxLayout, QGridLayout)):
        items = [layout.itemAt(i) for i in range(layout.count())]
        for here, after in zip(items, items[1:], strict=False):
            if isinstance(here.widget(), QLabel) and after.widget() is not None:
                _tie(here.widget(), after.widget())
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            _pairs(child)


def _context(widget: QWidget) -> str:
    """What surrounds ``widget`` on screen: its group box title or its tab's text."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and _clean(parent.title()):
            return _clean(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0 and _clean(tabs.tabText(index)):
                return _clean(tabs.tabText(index))
        child, parent = parent, parent.parentWidget()
    return ""


def _fallback(widget: QWidget, title: str) -> str:
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _clean(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.count():
        return _context(widget) or _clean(widget.itemText(0))  # a filter's «all …» item
    if isinstance(widget, QAbstractButton):
        texts = [_clean(lbl.text()) for lbl in widget.findChildren(QLabel) if lbl.text()]
        return " — ".join(t for t in texts if t) or _clean(widget.toolTip())
    return _context(widget) or _clean(widget.toolTip()) or \
        (title if isinstance(widget, QAbstractItemView) else "")


def _title(root: QWidget) -> str:
    """The screen's own title (the list on a screen is named after it)."""
    for name in ("title", "screenTitle"):
        label = root.findChild(QLabel, name)
        if label is not None and _clean(label.text()):
            return _clean(label.text())
    return ""


def name_widgets(root: QWidget) -> None:
    """Tie labels and name the nameless interactive widgets under ``root``."""
    for layout in [root.layout(), *(w.layout() for w in root.findChildren(QWidget))]:
        if layout is not None:
            _pairs(layout)
    title = _title(root)
    for w in root.findChildren(QWidget):
        if not isinstance(w, (*INPUTS, QAbstractButton)) or w.accessibleName():
            continue
        if isinstance(w, QAbstractButton) and _clean(w.text()):
            continue
        name = _fallback(w, title)
        if name:
            w.setAccessibleName(name)
