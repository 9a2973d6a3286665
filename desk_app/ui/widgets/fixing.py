"""Messages go away once the field is fixed (issue 18).

«هذا الحقل مطلوب.» under a field, and «بعض الحقول تحتاج إلى تصحيح…» on the message line, used to
stay after the person had corrected everything, until the next save. :func:`watch` re-checks a
field whose message is showing as soon as it is edited: the message goes when the value is
right (a half-typed value keeps the old message rather than a new one at every key), and the
message line's summary goes with the last field message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.ui.widgets.fields import FieldBox

#: Property set on the message line while it only summarises the field messages.
ABOUT_FIELDS = "aboutFields"


def _signals(widget: QWidget) -> list[SignalInstance]:
    parts = [getattr(widget, name) for name in ("edit", "calendar") if hasattr(widget, name)]
    found = []
    for w in parts or [widget]:
        for name in ("textChanged", "currentIndexChanged", "toggled", "valueChanged"):
            signal = getattr(w, name, None)
            if isinstance(signal, SignalInstance):
                found.append(signal)
                break
    return found


def watch(boxes: Mapping[str, FieldBox], banner: QLabel | None,
          message_for: Callable[[str], str] | None = None) -> None:
    """Clear a field's message once ``message_for(name)`` finds nothing wrong with it (without
    ``message_for``, as soon as the field is edited: it is checked again on saving)."""
    def edited(name: str) -> None:
        box = boxes[name]
        if box.error.isHidden():
            return
        if message_for is not None and message_for(name):
            return  # still wrong: keep the message the person is reading
        box.set_error("")
        if banner is not None and banner.property(ABOUT_FIELDS) and \
                all(b.error.isHidden() for b in boxes.values()):
            banner.hide()
            banner.setProperty(ABOUT_FIELDS, False)

    for name, box in boxes.items():
        for signal in _signals(box.widget):
            signal.connect(lambda *_a, n=name: edited(n))
