"""Side-bar entries that wrap instead of being cut short. With the style sheet's padding on each
entry, Qt wraps an entry's text at the whole viewport's width and adds the padding afterwards: an
entry a little wider than the viewport (an English title with its shortcut, «Beneficiary registry
(Alt+1)») stayed on one line and was painted elided. This delegate measures the text at the width
it is really painted in, and asks for the height of the lines it needs. It also puts the padding
around each entry (no style sheet since issue 23): the entry's band (a heading's, the selected
one's) fills its whole row, its text sits inside the padding."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.ui.desk_style import DeskStyle

PADDING_X, PADDING_Y = 12, 5  # around a side-bar entry's text, in the desk's style

#: Entry sizes by (text, width, font, style), shared by every side bar of the process: each
#: sign-in builds a new shell, whose side bar measured all its entries again (~38 entries,
#: 10-25 ms of the GUI thread inside the sign-in step at load 7, bench/NOTES.md session 6).
_SIZES: dict[tuple[str, int, str, str], QSize] = {}


class WrappingNavDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view
        # Each entry measured once per text, width and font: the list asks for every entry's
        # size at each layout (a click on the side bar, a section folded), 2-8 ms of the GUI
        # thread per side-bar step for the same answers (bench/NOTES.md, session 6).
        self._sizes = _SIZES
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange,
                            QEvent.Type.LanguageChange):
            self._sizes.clear()  # the padding or the letters changed: measure again
        return False

    def _pad(self) -> tuple[int, int]:
        """The padding, in the desk's own style (none in a test without it)."""
        return (PADDING_X, PADDING_Y) if isinstance(self.view.style(), DeskStyle) else (0, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        width = self.view.viewport().width()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        key = (opt.text, width, opt.font.key(), type(self.view.style()).__name__)
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
        # what the style puts around one line, and the padding
        opt.text = "X"
        one = self.view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt,
                                                  QSize(), self.view).height() + 2 * self._pad()[1]
        return QSize(min(size.width(), width), max(lines, line) + one - line)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        band = index.data(Qt.ItemDataRole.BackgroundRole)
        if option.state & QStyle.StateFlag.State_Selected:
            band = option.palette.brush(QPalette.ColorRole.Highlight)
        if band is not None:
            painter.fillRect(option.rect, band)
        pad_x, pad_y = self._pad()
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        super().paint(painter, inner, index)
