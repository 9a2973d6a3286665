"""The PDFs hold real text: extracted as typed, in reading order, searchable (issue 17).

Checked on the raw output of two extractors — poppler's pdftotext and pypdf — with no NFKC and
no reordering by the test: only the bidi marks pdftotext wraps runs in are removed.
"""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader

from desk_app.documents.declaration import render_declaration
from desk_app.domain.gendered import resolve
from desk_app.services.presets import load_preset
from tests.documents import samples
from tests.documents.pdftext import pdftotext, requires_pdftotext

MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
ARABIC_WORD = re.compile("[\u0621-\u065f\u0670]+")
# Lam-alef ligatures (لا، لأ، لإ) are one glyph for two letters: the hardest case for extraction.
LAM_ALEF = "وأقر بأن تقدمي لا يلغي إلا ما لأجله قدمت الإقرار والاستفادة منه."


def _declaration(text: str, gender: str = "male") -> bytes:
    person = dataclasses.replace(samples.BENEFICIARY, gender=gender)
    return render_declaration(samples.declaration(declaration_text=text, beneficiary=person))


def _in_order(extracted: str, expected: str) -> bool:
    got, want = ARABIC_WORD.findall(extracted), ARABIC_WORD.findall(expected)
    return any(got[i:i + len(want)] == want for i in range(len(got) - len(want) + 1))


def _paragraph() -> str:
    return resolve(load_preset("althikr_alhakeem").texts.declaration_ar, "female") + " " + LAM_ALEF


@requires_pdftotext
def test_pdftotext_gives_the_declaration_as_typed_and_searchable():
    paragraph = _paragraph()
    raw = MARKS.sub("", pdftotext(_declaration(paragraph, "female")))
    assert "أقر" in raw  # what a viewer's search for «أقر» finds
    assert not PRESENTATION_FORMS.search(raw)
    assert _in_order(raw, paragraph)


def test_pypdf_gives_the_declaration_as_typed_in_reading_order():
    paragraph = _paragraph()
    pdf = _declaration(paragraph, "female")
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "أقر" in raw
    assert not PRESENTATION_FORMS.search(raw)
    assert _in_order(raw, paragraph)


def test_a_visually_ordered_string_would_fail_these_checks():
    # The checks can fail: the words reversed (what the PDFs used to hold) are not in order.
    paragraph = _paragraph()
    assert not _in_order(" ".join(reversed(paragraph.split())), paragraph)
