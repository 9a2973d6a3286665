"""Read generated PDFs back as logical text with poppler's ``pdftotext``.

What pdftotext does with our visually ordered right-to-left lines (checked by hand first): it
puts each line back into LOGICAL order itself and wraps it in bidi embedding marks (RLE … PDF,
with LRE … PDF around left-to-right runs). It does not undo bracket mirroring: a correctly
printed "(الهوية)" comes back as ")الهوية(" inside the right-to-left embedding. ``normalise``
therefore swaps brackets back only inside right-to-left embeddings, drops the marks, and applies
NFKC (which also turns the presentation forms used for joined letters back into plain letters).
A layout with non-mirrored brackets then reads back as ")الهوية(" and fails the checks.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<"}
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u0652\u0670]+|[A-Za-z0-9]+")

requires_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                        reason="poppler-utils (pdftotext) not installed")


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    """Raw pdftotext output (pages separated by form feeds)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def normalise(raw: str) -> str:
    """Un-mirror brackets inside right-to-left embeddings, drop bidi marks, NFKC."""
    out: list[str] = []
    stack: list[str] = []
    for ch in raw:
        if ch in (LRE, LRO):
            stack.append("L")
        elif ch in (RLE, RLO):
            stack.append("R")
        elif ch == PDF:
            if stack:
                stack.pop()
        elif ch == "\n":
            stack.clear()
            out.append(ch)
        else:
            out.append(_MIRROR.get(ch, ch) if stack and stack[-1] == "R" else ch)
    text = _MARKS.sub("", "".join(out))
    return unicodedata.normalize("NFKC", text)


def text_of(pdf: bytes, *, layout: bool = False) -> str:
    return normalise(pdftotext(pdf, layout=layout))


def words(text: str) -> list[str]:
    """Arabic words (with harakat) and Latin/digit words, in order; punctuation ignored."""
    return _WORD.findall(unicodedata.normalize("NFKC", text))


_SCRIPT_SEAM = re.compile(
    r"(?<=[\u0621-\u0652])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u0621-\u0652])"
)


def squash(text: str) -> str:
    """Collapse whitespace to single spaces, for substring checks across line breaks.

    pdftotext moves the space between an Arabic word and a following number or Latin run to
    the other side of the run ("المبلغ ‪ 1500‬ريال"), so a space is put back at every seam
    between Arabic letters and Latin letters/digits, and removed just inside brackets.
    """
    flat = " ".join(_SCRIPT_SEAM.sub(" ", text).split())
    return re.sub(r"([(\[]) | ([)\]])", r"\1\2", flat)


def assert_words_in_order(pdf_text: str, expected_text: str) -> None:
    """The words of ``expected_text`` appear in the PDF text contiguously and in that order."""
    got, want = words(pdf_text), words(expected_text)
    assert want, "nothing to look for"
    n = len(want)
    if any(got[i : i + n] == want for i in range(len(got) - n + 1)):
        return
    raise AssertionError(f"words out of order:\nwant {want}\ngot  {got}")
