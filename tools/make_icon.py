"""Draw the application icon (resources/icons/desk-app.png and .ico) with Qt and Pillow.

Run once when the design changes: ``.venv/bin/python tools/make_icon.py``. The icon is a teal
rounded square (the app's colours) with a white «م» (مكتب، مستفيد) set in Noto Sans Arabic Bold.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 - after the Qt platform is chosen
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"


def draw(size: int = 256) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    margin = size * 0.04
    path.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin),
                        size * 0.18, size * 0.18)
    p.fillPath(path, QColor("#1f6f7a"))
    p.fillRect(QRectF(size * 0.2, size * 0.8, size * 0.6, size * 0.05), QColor("#f2c14e"))
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(
        str(ROOT / "resources" / "fonts" / "NotoSansArabic-Bold.ttf")))[0]
    font = QFont(family)
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, -size * 0.13, size, size), Qt.AlignmentFlag.AlignCenter, "م")
    p.end()
    return img


def main() -> int:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    png = OUT / "desk-app.png"
    draw(256).save(str(png))
    Image.open(png).save(OUT / "desk-app.ico",
                         sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    print(png, OUT / "desk-app.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
