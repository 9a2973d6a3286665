"""Benchmark 4: the declaration PDF (``desk_app.documents.declaration.render_declaration``).

The document data are the shared sample (``tests/documents/samples.py``): a full declaration
with logo, two missing documents, QR footer and signatures. Every document of a batch of 500
is timed on its own, so one run gives both the per-document distribution and the batch total.
The first document of the process (font registration, reportlab start-up) is reported apart.
"""

from __future__ import annotations

import time

from desk_app.documents.declaration import render_declaration
from tests.documents.samples import declaration


def run(batch: int, batches: int) -> tuple[float, list[float], list[float]]:
    """(first document's seconds, per-document seconds, per-batch seconds)."""
    data = declaration()
    t0 = time.perf_counter()
    render_declaration(data)
    first = time.perf_counter() - t0
    per_doc: list[float] = []
    totals: list[float] = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(batch):
            t = time.perf_counter()
            pdf = render_declaration(data)
            per_doc.append(time.perf_counter() - t)
            assert pdf.startswith(b"%PDF")
        totals.append(time.perf_counter() - start)
    return first, per_doc, totals
