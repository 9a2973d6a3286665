"""When the event loop ends, the jobs still running on the desk's pool end before the process
does: Python shutting down under a worker that runs Python (the sign-in page's warm-up, a
query) crashed a quick start-and-quit of the sign-in page at 1M."""

import threading
import time

from PySide6.QtCore import QRunnable, QThreadPool

from desk_app import app as app_module


def test_the_jobs_still_running_end_before_the_process(qapp):
    ended = []

    class Job(QRunnable):
        def run(self) -> None:
            time.sleep(0.3)  # still running when the loop ends
            ended.append(True)

    QThreadPool.globalInstance().start(Job())
    started = threading.Event()
    QThreadPool.globalInstance().start(lambda: started.set())
    started.wait(5)
    assert app_module._finished(3) == 3 and ended == [True]  # noqa: SLF001
