"""The desk benchmark's driver runs no event loop of its own (``processEvents``): what the
application schedules with ``deleteLater`` must still be deleted, as the real loop does, or every
signed-out shell stays alive (and refreshing) in the benchmark."""

import shiboken6
from PySide6.QtWidgets import QWidget

from bench.desk_driver import Driver


def test_what_is_deleted_later_is_gone_after_a_wait_and_a_settle(qapp):
    drive = Driver(qapp)
    first, second = QWidget(), QWidget()
    first.deleteLater()
    drive.settle()
    second.deleteLater()
    drive.wait_until(lambda: not shiboken6.isValid(second), timeout=2, what="the deletion")
    assert not shiboken6.isValid(first)
