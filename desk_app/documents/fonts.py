"""Locate and register the Amiri fonts bundled in ``resources/fonts`` (idempotent)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REPO_ROOT = Path(__file__).resolve().parents[2]
FONTS_DIR = REPO_ROOT / "resources" / "fonts"

REGULAR = "Amiri"
BOLD = "Amiri-Bold"

_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}


def register_fonts() -> tuple[str, str]:
    """Register Amiri regular and bold with reportlab once; return their names.

    Safe to call from every renderer: a font already known to reportlab is left alone, so the
    glyph subsets (and therefore the PDF bytes) stay the same whichever document came first.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = FONTS_DIR / filename
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    if "Amiri" not in pdfmetrics.getRegisteredFontNames() or BOLD not in registered:
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
    return REGULAR, BOLD
