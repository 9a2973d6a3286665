"""The start-up baselines: a bare PySide6 window that shows and quits.

``python bench/floor_window.py``        — the toolkit's floor (QtWidgets only)
``python bench/floor_window.py --orm``  — the stack's floor: also imports SQLAlchemy's ORM

Timed like ``desk-app gui --smoke`` (from the first line of the program, same window size, same
offscreen platform) and prints the same JSON: ``{"first_paint_s", "ready_s"}``.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

if "--orm" in sys.argv:
    import sqlalchemy.orm  # noqa: E402, F401

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    at = None

    def eventFilter(self, obj, event):  # noqa: N802, ANN001, ANN201
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter() - T0
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1366, 768)
    painter = FirstPaint()
    window.installEventFilter(painter)
    window.show()

    def finish() -> None:
        app.processEvents()
        print(json.dumps({"first_paint_s": round(painter.at or 0.0, 4),
                          "ready_s": round(time.perf_counter() - T0, 4)}))
        app.quit()

    QTimer.singleShot(0, finish)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
