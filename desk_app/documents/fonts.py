"""Locate and register the Amiri fonts bundled in ``resources/fonts`` (idempotent).

The PDFs draw Arabic as presentation forms in visual order (reportlab does no shaping), so
without help a reader extracting the text gets ``ﺃﻗﺮ`` and no search for «أقر» matches. The
fonts are therefore registered as :class:`LogicalTTFont`, whose ``ToUnicode`` map gives each
presentation form its plain letter (U+FE83 → أ). Text extractors (poppler's pdftotext, pypdf,
viewers' search and copy) already put right-to-left glyphs back in reading order; with plain
letters they return the words as typed.

A lam-alef ligature is one glyph for two letters, and extractors disagree on the order they
give a glyph's several letters in a right-to-left run (poppler reverses them, pypdf does not).
So every ligature glyph is followed by :data:`LAM_CARRIER`, a zero-width glyph: the ligature maps
to its alef, the carrier to the lam, and each glyph stands for one letter.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

REPO_ROOT = Path(__file__).resolve().parents[2]
FONTS_DIR = REPO_ROOT / "resources" / "fonts"

REGULAR = "Amiri"
BOLD = "Amiri-Bold"

_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

LAM_CARRIER = "\ufeff"
"""Zero-width glyph drawn right of each lam-alef ligature; extracts as the lam. The data never
contain it (``arabic_text.printable`` drops U+FEFF)."""
LAM_ALEF_LIGATURES = frozenset(chr(c) for c in range(0xFEF5, 0xFEFD))


def extracted_as(code_point: int) -> str:
    """The text a glyph drawn for ``code_point`` extracts as."""
    ch = chr(code_point)
    if ch == LAM_CARRIER:
        return "\u0644"
    if ch in LAM_ALEF_LIGATURES:
        return unicodedata.normalize("NFKC", ch)[1]  # the alef (the lam is the carrier)
    if 0xFB50 <= code_point <= 0xFEFF:
        plain = unicodedata.normalize("NFKC", ch)
        if len(plain) == 1:  # a presentation form of one letter
            return plain
    return ch


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one subset, with plain letters for presentation forms."""
    rows = [f"<{i:02X}> <{extracted_as(v).encode('utf-16-be').hex().upper()}>"
            for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *rows,
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class LogicalTTFont(TTFont):
    """A TrueType font whose embedded subsets extract as plain letters (see the module doc)."""

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802 - reportlab's name
        subsets = self.state[doc].subsets  # reportlab drops the state once the objects exist
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base = name.decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + base].content = _to_unicode_cmap(base, subset)


def register_fonts() -> tuple[str, str]:
    """Register Amiri regular and bold with reportlab once; return their names.

    Safe to call from every renderer: a font already known to reportlab is left alone, so the
    glyph subsets (and therefore the PDF bytes) stay the same whichever document came first.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    missing = [name for name in _FILES if name not in registered]
    for name in missing:
        path = FONTS_DIR / _FILES[name]
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(LogicalTTFont(name, str(path)))
    if missing:
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
    return REGULAR, BOLD

