"""Side-bar entries that wrap instead of being cut short. With the style sheet's padding on each
entry, Qt wraps an entry's text at the whole viewport's width and adds the padding afterwards: an
entry a little wider than the viewport (an English title with its shortcut, «Beneficiary registry
(Alt+1)») stayed on one line and was painted elided. This delegate measures the text at the width
it is really painted in, and asks for the height of the lines it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING_X, PADDING_Y = 12, 5  # the style sheet's padding of a side-bar entry (ui/style.py)


class WrappingNavDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        # Each entry measured once per text, width and font: the list asks for every entry's
        # size at each layout (a click on the side bar, a section folded), 2-8 ms of the GUI
        # thread per side-bar step for the same answers (bench/NOTES.md, session 6).
        self._sizes: dict[tuple[str, int, str], QSize] = {}
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange,
                            QEvent.Type.LanguageChange):
            self._sizes.clear()  # the padding or the letters changed: measure again
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        width = self.view.viewport().width()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        key = (opt.text, width, opt.font.key())
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = self._measure(option, index, opt, width)
        return QSize(size)

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex,
                 opt: QStyleOptionViewItem, width: int) -> QSize:
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(opt.font)
        box = QRect(0, 0, max(1, width - 2 * PADDING_X - 4), 10_000)
        lines = metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, opt.text).height()
        line = metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, "X").height()
        # what the style puts around one line (its padding, with or without the style sheet)
        opt.text = "X"
        one = self.view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt,
                                                  QSize(), self.view).height()
        return QSize(min(size.width(), width), max(lines, line) + one - line)
