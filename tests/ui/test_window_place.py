"""The window reopens on the screen and at a usable size (issue 18)."""

from PySide6.QtCore import QRect

from desk_app.ui.window_place import fit

SCREEN = QRect(0, 0, 1366, 728)  # a 1366×768 monitor less the task bar


def test_a_window_left_off_the_screen_comes_back_inside():
    got = fit(QRect(900, 500, 1200, 700), SCREEN)
    assert SCREEN.contains(got) and got.size().toTuple() == (1200, 700)


def test_a_window_larger_than_the_screen_is_shrunk_to_it():
    assert fit(QRect(-50, -20, 1578, 800), SCREEN) == SCREEN


def test_a_small_window_in_a_corner_reopens_at_the_default_size_centred():
    got = fit(QRect(1100, 500, 700, 300), QRect(0, 0, 1920, 1040))
    assert got.size().toTuple() == (1366, 768)
    assert got.center() == QRect(0, 0, 1920, 1040).center()


def test_nothing_remembered_opens_at_the_default_size_on_the_screen():
    assert SCREEN.contains(fit(None, SCREEN))
    assert fit(None, SCREEN).size().toTuple() == (1366, 728)
