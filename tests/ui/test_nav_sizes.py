"""The side bar measures each entry once per text, width and font (issue 23): a click on the
side bar lays the list out again, and measuring all its wrapped entries each time was 2-8 ms of
the GUI thread per side-bar step. A new text (a badge), a new style or font: measured again."""

from desk_app.ui.widgets.nav_delegate import WrappingNavDelegate
from tests.ui.windows import signed_in_window


def test_entries_are_measured_once_until_their_text_or_style_changes(qtbot, qapp, desk_db,
                                                                   monkeypatch):
    window = signed_in_window(qtbot, qapp, desk_db, "ar", ask_policy=False, idle_minutes=0)
    nav = window.shell.nav
    measured: list[str] = []
    measure = WrappingNavDelegate._measure

    def counted(self, option, index, opt, width):  # noqa: ANN001, ANN202
        measured.append(opt.text)
        return measure(self, option, index, opt, width)

    monkeypatch.setattr(WrappingNavDelegate, "_measure", counted)
    heights = [nav.sizeHintForRow(i) for i in range(nav.count())]
    nav.doItemsLayout()
    assert measured == [] and [nav.sizeHintForRow(i) for i in range(nav.count())] == heights
    window.shell.set_badge("waiting", 3)
    nav.doItemsLayout()
    assert len(measured) == 1 and measured[0].endswith("(3)")
    nav.setStyleSheet("QListWidget::item { padding: 20px; }")
    try:
        nav.doItemsLayout()
        assert len(measured) > 1
        assert all(nav.sizeHintForRow(i) >= h for i, h in enumerate(heights)
                   if not nav.item(i).isHidden())
    finally:
        nav.setStyleSheet("")
