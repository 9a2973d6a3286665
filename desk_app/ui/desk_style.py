"""The desk's look without a style sheet (issue 23): a proxy over the platform's style that gives
named widgets their fonts, colours and boxes when Qt polishes them, and draws the few shapes a
palette cannot (a message's box, the primary button, an invalid field's red frame, group boxes).

Why not a style sheet: with one on the application Qt's ``QStyleSheetStyle`` matches every rule
against every widget when it is built, again whenever it is moved under another parent (a screen
built ahead going into the session's stack) and on every size and paint query. It was ~¾ of the
time to build the request screen (118 of ~150 ms of CPU) and all of the 30 ms of moving it into
the session (bench/NOTES.md, session 6). Here each widget costs one dictionary lookup.

Widgets are named with ``setObjectName`` as before (``screenTitle``, ``banner``, ``primary``…);
a label whose look follows a dynamic property (``kind``) is polished again after it changes
(``widgets.fields.restyle``), as it was with the style sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOptionGroupBox,
    QWidget,
)

INVALID = "#b00020"


@dataclass(frozen=True)
class Look:
    """A named widget's look: font size (pt), bold, text colour, and a box (background, border
    colour, corner radius, padding vertical/horizontal in px)."""

    size: float | None = None
    bold: bool | None = None
    colour: str | None = None
    background: str | None = None
    border: str | None = None
    radius: int = 0
    pad: tuple[int, int] = (0, 0)


TEAL, DARK_TEAL = "#1f6f7a", "#1f4e5a"
_ERROR = dict(background="#fdecea", colour="#8a1c13", border="#f5c2c0")
_OK = dict(background="#e7f5ea", colour="#1d5e2b", border="#b9e0c2")

#: (object name, its "kind" property or None): its look. A kind not listed takes the name's.
LOOKS: dict[tuple[str, str | None], Look] = {
    ("screenTitle", None): Look(15, True, DARK_TEAL, pad=(4, 0)),
    ("loginTitle", None): Look(17, True, DARK_TEAL),
    ("headline", None): Look(14, True, DARK_TEAL),
    ("fieldError", None): Look(9.5, colour=INVALID),
    ("hint", None): Look(colour="#555555"),
    ("status", None): Look(colour="#333333"),
    ("banner", None): Look(radius=4, pad=(6, 10)),
    ("banner", "error"): Look(radius=4, pad=(6, 10), **_ERROR),
    ("banner", "ok"): Look(radius=4, pad=(6, 10), **_OK),
    ("duplicates", None): Look(background="#fff8e1", border="#f0d58c", radius=4),
    ("card", None): Look(background="#ffffff", border="#d6dde0", radius=8, pad=(16, 16)),
    ("reviewNote", None): Look(background="#fff8e1", colour="#6b4e00", border="#f0d58c",
                               radius=4, pad=(6, 10)),
    # the request and study screens
    ("statusBadge", None): Look(bold=True, colour=DARK_TEAL, background="#e3eef0", radius=4,
                                pad=(3, 10)),
    ("missing", "missing"): Look(colour="#8a1c13", background="#fdecea", pad=(4, 4)),
    ("missing", "ok"): Look(colour="#1d5e2b"),
    ("verdict", "ok"): Look(bold=True, colour="#1d5e2b"),
    ("verdict", "error"): Look(bold=True, colour="#8a1c13"),
    ("due", None): Look(bold=True, colour=DARK_TEAL),
    ("aidWarning", None): Look(colour="#7a4b00", background="#fff4e0", pad=(6, 6)),
    ("totals", None): Look(bold=True, colour=DARK_TEAL),
    ("totals", "short"): Look(bold=True, colour="#8a1c13"),
    # figures (dashboard, complaints board)
    ("figureValue", None): Look(15, True, DARK_TEAL),
    ("figureName", None): Look(9, colour="#37474f"),
    ("cardValue", None): Look(17, True, DARK_TEAL),
    # warnings that come and go (kind "alert")
    ("backupWarning", None): Look(bold=True, colour="#8a1c13"),
    ("lastBackup", "alert"): Look(bold=True, colour="#8a1c13"),
    ("syncStatus", "alert"): Look(bold=True, colour="#8a1c13"),
    ("quorum", "alert"): Look(colour="#a30000"),
}
_NAMES = frozenset(name for name, _kind in LOOKS)
_BOXED = frozenset(name for (name, _k), look in LOOKS.items() if look.background or look.border)

#: Buttons: padding (vertical, horizontal), border width, minimum text width.
BUTTONS = {"": (5, 12, 1, 0), "primary": (6, 16, 0, 0), "answerOption": (5, 12, 1, 34),
           "figureCard": (4, 4, 1, 0)}
#: Group boxes: the frame starts this far down; the title sits on it, this far from the edge.
GROUP_TOP, GROUP_TITLE_INSET, GROUP_TITLE_PAD = 18, 10, 4
GROUP_BORDER = "#cfd8dc"


#: The platform's own style, one per name, for the lists and tables: owned by the application
#: (a widget does not own the style it is given).
_PLAIN: dict[str, QStyle] = {}


def _plain(name: str) -> QStyle | None:
    style = _PLAIN.get(name)
    if style is None or not shiboken6.isValid(style):
        style = QStyleFactory.create(name)
        if style is None:
            return None
        style.setParent(QApplication.instance())
        _PLAIN[name] = style
    return style


def look_of(widget: QWidget) -> Look | None:
    name = widget.objectName()
    if name not in _NAMES:
        return None
    kind = widget.property("kind")
    return LOOKS.get((name, kind or None)) or LOOKS.get((name, None))


def _dress(widget: QWidget, look: Look | None) -> None:
    """Font, text colour and padding of a named label or frame (reset when its kind has none)."""
    font = QFont()
    if look is not None and look.size:
        font.setPointSizeF(look.size)
    if look is not None and look.bold is not None:
        font.setBold(look.bold)
    widget.setFont(font)  # only what is set here overrides the inherited font
    palette = QPalette()
    if look is not None and look.colour:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(look.colour))
    widget.setPalette(palette)
    pad_v, pad_h = look.pad if look is not None else (0, 0)
    edge = 1 if look is not None and look.border else 0
    widget.setContentsMargins(pad_h + edge, pad_v + edge, pad_h + edge, pad_v + edge)
    widget.update()


def _nav(widget: QListWidget) -> None:
    palette = widget.palette()
    for role, colour in ((QPalette.ColorRole.Base, DARK_TEAL), (QPalette.ColorRole.Text, "white"),
                         (QPalette.ColorRole.Highlight, "#2f7f8c"),
                         (QPalette.ColorRole.HighlightedText, "white")):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    widget.setPalette(palette)
    font = QFont()
    font.setPointSizeF(11)
    widget.setFont(font)
    widget.setFrameShape(QFrame.Shape.NoFrame)


def _primary(widget: QPushButton) -> None:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("white"))
    widget.setPalette(palette)
    font = QFont()
    font.setBold(True)
    widget.setFont(font)


def _box(painter: QPainter, rect: QRect, look: Look) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, look.radius > 0)
    painter.setPen(QPen(QColor(look.border), 1) if look.border else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.background) if look.background else Qt.BrushStyle.NoBrush)
    r = rect.adjusted(0, 0, -1, -1) if look.border else rect
    painter.drawRoundedRect(r.toRectF().adjusted(0.5, 0.5, -0.5, -0.5) if look.border
                            else r.toRectF(), look.radius, look.radius)
    painter.restore()


class DeskStyle(QProxyStyle):
    """The platform's style, with the desk's named widgets dressed (see :data:`LOOKS`)."""

    def polish(self, target):  # noqa: ANN001, ANN201 - Qt overloads (widget, palette, app)
        result = super().polish(target)
        if isinstance(target, QWidget):
            name = target.objectName()
            if name in _NAMES:
                _dress(target, look_of(target))
            elif name == "primary" and isinstance(target, QPushButton):
                _primary(target)
            elif name == "nav" and isinstance(target, QListWidget):
                _nav(target)
            elif isinstance(target, (QLineEdit, QComboBox)) and target.property("invalid"):
                target.update()
            elif isinstance(target, QAbstractItemView):
                # A table's cells are painted by its style, two or three calls each: through
                # this Python class a 450-cell table repainted in 1.3–1.5× the time. Nothing
                # here dresses a cell, so lists and tables take the platform's style directly.
                plain = _plain(self.baseStyle().name())
                if plain is not None:
                    target.setStyle(plain)
        return result

    def unpolish(self, target):  # noqa: ANN001, ANN201
        if isinstance(target, QWidget) and target.objectName() in _NAMES:
            target.update()
        return super().unpolish(target)

    # --- sizes -------------------------------------------------------------------------------
    def sizeFromContents(self, kind, option, size, widget=None):  # noqa: ANN001, ANN201, N802
        if kind == QStyle.ContentsType.CT_PushButton and isinstance(widget, QPushButton):
            pad = BUTTONS.get(widget.objectName())
            if pad is not None or not widget.objectName().startswith("kiosk"):
                pad_v, pad_h, edge, least = pad or BUTTONS[""]
                return QSize(max(size.width(), least) + 2 * (pad_h + edge),
                             size.height() + 2 * (pad_v + edge))
        return super().sizeFromContents(kind, option, size, widget)

    def subControlRect(self, control, option, sub, widget=None):  # noqa: ANN001, ANN201, N802
        if control == QStyle.ComplexControl.CC_GroupBox and isinstance(
                option, QStyleOptionGroupBox) and not (
                option.subControls & QStyle.SubControl.SC_GroupBoxCheckBox):
            return _group_rect(option, sub, widget) or super().subControlRect(control, option, sub,
                                                                      widget)
        return super().subControlRect(control, option, sub, widget)

    # --- painting ----------------------------------------------------------------------------
    def drawControl(self, element, option, painter, widget=None):  # noqa: ANN001, N802
        if element == QStyle.ControlElement.CE_ShapedFrame and widget is not None and (
                widget.objectName() in _BOXED):
            look = look_of(widget)
            if look is not None and (look.background or look.border):
                _box(painter, widget.rect(), look)  # the frame's rect leaves out the padding
            return
        if element == QStyle.ControlElement.CE_PushButtonBevel and isinstance(
                widget, QPushButton) and _button_bevel(painter, option, widget):
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: ANN001, N802
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and isinstance(
                widget, QLineEdit) and widget.property("invalid"):
            _red_frame(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: ANN001, N802
        if control == QStyle.ComplexControl.CC_GroupBox and not (
                option.subControls & QStyle.SubControl.SC_GroupBoxCheckBox):
            _group_box(self, option, painter, widget)
            return
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ComboBox and isinstance(
                widget, QComboBox) and widget.property("invalid"):
            _red_frame(painter, option.rect)


def _red_frame(painter: QPainter, rect: QRect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor(INVALID), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


def _button_bevel(painter: QPainter, option, button: QPushButton) -> bool:  # noqa: ANN001
    """The primary button, a checked answer and a figure card: drawn here; False: the
    platform's own bevel."""
    name = button.objectName()
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    checked = button.isChecked()
    if name == "primary":
        look = Look(background=TEAL if enabled else "#9bb9bd", radius=4)
    elif name == "answerOption" and checked:
        look = Look(background=TEAL, border=TEAL, radius=3)
    elif name == "figureCard":
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        look = Look(background="#ffffff", border=TEAL if hover or checked else "#d6dde0",
                    radius=6)
    else:
        return False
    _box(painter, option.rect, look)
    if name == "figureCard" and checked:
        _box(painter, option.rect.adjusted(1, 1, -1, -1), Look(border=TEAL, radius=5))
    if option.state & QStyle.StateFlag.State_HasFocus and name != "figureCard":
        _box(painter, option.rect.adjusted(2, 2, -2, -2), Look(border="#ffffff", radius=3))
    return True


def _title_font(widget: QWidget | None, option: QStyleOptionGroupBox) -> QFont:
    font = QFont(widget.font()) if widget is not None else QFont()
    font.setBold(True)
    return font


def _group_rect(option: QStyleOptionGroupBox, sub, widget: QWidget | None  # noqa: ANN001
                ) -> QRect | None:
    r = option.rect
    if sub == QStyle.SubControl.SC_GroupBoxFrame:
        return r.adjusted(0, GROUP_TOP, 0, 0)
    if sub == QStyle.SubControl.SC_GroupBoxContents:
        return r.adjusted(1, GROUP_TOP + 9, -1, -1)
    if sub == QStyle.SubControl.SC_GroupBoxLabel:
        metrics = QFontMetrics(_title_font(widget, option))
        width = metrics.horizontalAdvance(option.text) + 2 * GROUP_TITLE_PAD
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        x = r.right() - GROUP_TITLE_INSET - width + 1 if rtl else r.left() + GROUP_TITLE_INSET
        return QRect(x, r.top(), width, metrics.height())
    return None


def _group_box(style: QStyle, option: QStyleOptionGroupBox, painter: QPainter,
               widget: QWidget | None) -> None:
    """A thin rounded frame whose top line the bold title interrupts, at the leading edge."""
    frame = _group_rect(option, QStyle.SubControl.SC_GroupBoxFrame, widget)
    title = _group_rect(option, QStyle.SubControl.SC_GroupBoxLabel, widget)
    painter.save()
    if option.text:
        painter.setClipRegion(QRegion(option.rect).subtracted(QRegion(title)))
    _box(painter, frame, Look(border=GROUP_BORDER, radius=4))
    painter.setClipping(False)
    if option.text:
        painter.setFont(_title_font(widget, option))
        painter.setPen(QColor(DARK_TEAL))
        painter.drawText(title, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic)
                         if style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, widget)
                         else int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextHideMnemonic),
                         option.text)
    painter.restore()
