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
    missing = [name for name in _FILES if name not in registered]
    for name in missing:
        path = FONTS_DIR / _FILES[name]
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    if missing:
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)
    return REGULAR, BOLD
