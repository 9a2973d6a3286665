"""Small form helpers: a field with its own error line, and combo boxes that hold codes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

#: Rows a table's self-sizing columns are measured on (``setResizeContentsPrecision``): what a
#: screen shows at once and some. Qt's default measures 1,000 rows, asking Python for every
#: cell on every load, which at a full waiting list took most of a second.
SIZED_ROWS = 60


class FieldBox(QWidget):
    """An input widget with an error message line right under it (hidden when empty)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = widget
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        lay.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        # Only when the field turns invalid or valid, not each time a form clears its forty
        # fields' errors (a repaint of the field).
        if bool(self.widget.property("invalid")) != bool(text):
            self.widget.setProperty("invalid", bool(text))
            restyle(self.widget)


def restyle(widget: QWidget) -> None:
    """Dress ``widget`` again after a dynamic property (``invalid``, ``kind``) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def mark(label: QLabel, kind: str | None) -> None:
    """A named label in the colours of ``kind`` (``ui/desk_style.LOOKS``), or plain (None)."""
    if label.property("kind") != kind:
        label.setProperty("kind", kind)
        restyle(label)


def banner_label() -> QLabel:
    """The (hidden until needed) message line at the top of a screen."""
    label = QLabel()
    label.setObjectName("banner")
    label.setWordWrap(True)
    label.hide()
    return label


def show_banner(label: QLabel, text: str, kind: str) -> None:
    """The message line at the top of a screen; ``kind`` is "ok" or "error" (its colours)."""
    label.setText(text)
    label.setProperty("kind", kind)
    restyle(label)
    label.show()


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], blank: str | None = None) -> None:
    """Items are (code, label); an optional blank first item means "not chosen"."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in items:
        combo.addItem(label, code)


def combo_code(combo: QComboBox) -> str:
    """The chosen code; in an editable combo, text typed that is not in the list is the code."""
    idx = combo.currentIndex()
    if combo.isEditable():
        text = combo.currentText().strip()
        if idx >= 0 and combo.itemText(idx) == text:
            return combo.itemData(idx) or ""
        found = combo.findText(text)
        return (combo.itemData(found) or "") if found >= 0 else text.upper()
    return (combo.itemData(idx) or "") if idx >= 0 else ""


def set_combo_code(combo: QComboBox, code: str) -> None:
    idx = combo.findData(code)
    if idx >= 0:
        combo.setCurrentIndex(idx)
    elif combo.isEditable():
        combo.setEditText(code)
    else:
        combo.setCurrentIndex(0)
