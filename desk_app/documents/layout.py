"""The page frame shared by every document: A4, letterhead, footer, flowing body.

``DocumentWriter`` keeps a y cursor down the page and starts a new page (with the letterhead
again) whenever a block would run into the footer. Pages are held back until ``finish()`` so the
footer can say "صفحة 1 من 2" and carry the verification code and QR on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO

import segno
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desk_app.documents.arabic_text import (
    Cell,
    draw_centered,
    draw_line,
    draw_paragraph,
    draw_table,
    plain,
    wrap,
)
from desk_app.documents.fonts import BOLD, REGULAR, register_fonts
from desk_app.documents.model import OrgHeader, Verification

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 32 * mm
FOOTER_HEIGHT = 26 * mm
BODY_SIZE = 11.5
BODY_LEADING = 19.0
CREATOR = "Beneficiary Desk (desk_app)"

FooterPainter = Callable[[Canvas, int, int], None]


class _DeferredCanvas(Canvas):
    """A canvas that keeps finished pages until ``save`` so footers can know the page total."""

    def __init__(self, buffer: BytesIO, footer: FooterPainter) -> None:
        # invariant=1: fixed creation date and document id → identical bytes for identical data.
        super().__init__(buffer, pagesize=A4, invariant=1, pageCompression=1)
        self._held_pages: list[dict[str, object]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code as filled rectangles (crisp at any zoom, no bitmap), lower-left at x, y."""
    qr = segno.make(payload, error="m", micro=False)
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=0)]
    module = size / len(rows)
    canvas.saveState()
    canvas.setFillGray(0)
    for r, row in enumerate(rows):
        top = y + size - (r + 1) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # A hair of overlap hides the seams some viewers show between adjacent rectangles.
            canvas.rect(x + start * module, top, (c - start) * module + 0.05, module + 0.05,
                        stroke=0, fill=1)
    canvas.restoreState()


def _image(png: bytes) -> ImageReader:
    return ImageReader(BytesIO(png))


def _draw_image_fit(canvas: Canvas, png: bytes, x: float, y: float, w: float, h: float) -> None:
    """Draw a PNG centred in the box (x, y, w, h), keeping its aspect ratio."""
    image = _image(png)
    iw, ih = image.getSize()
    scale = min(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    canvas.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, mask="auto")


@dataclass(frozen=True)
class SignatureBox:
    """One signature block: a caption, the signer's name, and either an image or a blank box."""

    caption: str  # e.g. "المستفيد"
    name: str
    blank_label: str  # printed under an empty box, e.g. "توقيع المستفيد"
    signature_png: bytes | None = None


class DocumentWriter:
    """Flows blocks down A4 pages between the letterhead and the footer."""

    def __init__(self, org: OrgHeader, verification: Verification, title: str) -> None:
        register_fonts()
        self.org = org
        self.verification = verification
        self._buffer = BytesIO()
        self.canvas = _DeferredCanvas(self._buffer, self._draw_footer)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(org.name_en or org.name_ar)
        self.canvas.setSubject(f"{title} — {verification.code}")
        self.canvas.setCreator(CREATOR)
        self.canvas.setProducer(CREATOR)
        self.x_right = PAGE_WIDTH - MARGIN
        self.width = PAGE_WIDTH - 2 * MARGIN
        self.y_bottom = MARGIN + FOOTER_HEIGHT + 2 * mm
        self.y = self._start_page()

    # -- pages ---------------------------------------------------------------------------
    def _start_page(self) -> float:
        self._draw_letterhead()
        return PAGE_HEIGHT - MARGIN - HEADER_HEIGHT

    def new_page(self) -> float:
        """Finish the page and start the next one; return the new top of the body."""
        self.canvas.showPage()
        self.y = self._start_page()
        return self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` still fits above the footer."""
        if self.y - height < self.y_bottom:
            self.new_page()

    def finish(self) -> bytes:
        """Close the document and return the PDF bytes."""
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()

    def _draw_letterhead(self) -> None:
        c, org = self.canvas, self.org
        top = PAGE_HEIGHT - MARGIN
        logo_size = 22 * mm
        if org.logo_png:
            _draw_image_fit(c, org.logo_png, (PAGE_WIDTH - logo_size) / 2, top - logo_size,
                            logo_size, logo_size)
        side = (self.width - logo_size) / 2 - 4 * mm
        y = draw_paragraph(c, org.name_ar, self.x_right, top + 2, side, BOLD, 14, 20)
        details = [org.address, f"ترخيص رقم: {org.licence_no}" if org.licence_no else ""]
        for line in filter(None, details):
            y = draw_paragraph(c, line, self.x_right, y, side, REGULAR, 9, 13)
        left = MARGIN
        c.setFont(BOLD, 11)
        if org.name_en:
            c.drawString(left, top - 12, plain(org.name_en)[:60])
        c.setFont(REGULAR, 9)
        contact_y = top - 26
        for line in filter(None, [org.phone and f"Tel: {org.phone}", org.email]):
            c.drawString(left, contact_y, plain(line))
            contact_y -= 12
        rule_y = top - HEADER_HEIGHT + 5 * mm
        c.setLineWidth(1.2)
        c.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)

    def _draw_footer(self, c: Canvas, number: int, total: int) -> None:
        qr_size = 20 * mm
        rule_y = MARGIN + FOOTER_HEIGHT - 3 * mm
        c.setLineWidth(0.6)
        c.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        draw_qr(c, self.verification.qr_payload, MARGIN, MARGIN, qr_size)
        text_right = self.x_right
        text_width = self.width - qr_size - 6 * mm
        y = rule_y - 3
        y = draw_paragraph(c, f"رمز التحقق: {self.verification.code}", text_right, y,
                           text_width, BOLD, 9, 13)
        draw_paragraph(c, "للتحقق من صحة هذا المستند وسلامته من التعديل امسح الرمز أو راجع "
                       "الجمعية برمز التحقق.", text_right, y, text_width, REGULAR, 8, 12)
        draw_centered(c, f"صفحة {number} من {total}", PAGE_WIDTH / 2, MARGIN + 2, REGULAR, 9)

    # -- blocks --------------------------------------------------------------------------
    def spacer(self, height: float) -> None:
        self.y -= height

    def title(self, text: str, size: float = 17) -> None:
        """A centred bold title."""
        self.ensure(size * 2.2)
        lines = wrap(text, BOLD, size, self.width)
        for line in lines:
            draw_centered(self.canvas, line, PAGE_WIDTH / 2, self.y - size, BOLD, size)
            self.y -= size * 1.6
        self.y -= 4

    def heading(self, text: str) -> None:
        """A section heading on a light grey band; kept with at least two lines after it."""
        height = 20.0
        self.ensure(height + 2 * BODY_LEADING + 6)
        if self.y < PAGE_HEIGHT - MARGIN - HEADER_HEIGHT:
            self.y -= 6  # air above a heading, except at the top of a page
        c = self.canvas
        c.setFillGray(0.88)
        c.rect(MARGIN, self.y - height, self.width, height, stroke=0, fill=1)
        c.setFillGray(0)
        draw_line(c, text, self.x_right - 6, self.y - height + 6, BOLD, 12)
        self.y -= height + 4

    def paragraph(self, text: str, *, size: float = BODY_SIZE, leading: float = BODY_LEADING,
                  bold: bool = False, justify: bool = True) -> None:
        self.y = draw_paragraph(
            self.canvas, text, self.x_right, self.y, self.width, BOLD if bold else REGULAR,
            size, leading, justify=justify, y_bottom=self.y_bottom, new_page=self.new_page,
        )

    def bullets(self, items: Sequence[str], *, bullet: str = "•") -> None:
        indent = 14.0
        for item in items:
            lines = wrap(item, REGULAR, BODY_SIZE, self.width - indent)
            self.ensure(BODY_LEADING)
            draw_line(self.canvas, bullet, self.x_right,
                      self.y - BODY_LEADING + 5.5, REGULAR, BODY_SIZE)
            self.y = draw_paragraph(
                self.canvas, "\n".join(lines), self.x_right - indent, self.y,
                self.width - indent, REGULAR, BODY_SIZE, BODY_LEADING,
                y_bottom=self.y_bottom, new_page=self.new_page,
            )

    def table(self, rows: Sequence[Sequence[str | Cell]], fractions: Sequence[float],
              *, shade_columns: Sequence[int] = ()) -> None:
        """A right-to-left table; ``fractions`` of the body width, first = right-most."""
        widths = [self.width * f for f in fractions]
        self.y = draw_table(
            self.canvas, rows, self.x_right, self.y, widths, REGULAR, 10.5, 16,
            shade_columns=shade_columns, y_bottom=self.y_bottom, new_page=self.new_page,
        )
        self.y -= 6

    def key_values(self, pairs: Sequence[tuple[str, str]], *, per_row: int = 2) -> None:
        """Label/value pairs, ``per_row`` pairs side by side, labels shaded and bold."""
        rows: list[list[str | Cell]] = []
        for start in range(0, len(pairs), per_row):
            row: list[str | Cell] = []
            for label, value in pairs[start : start + per_row]:
                row += [Cell(label, BOLD), value]
            while len(row) < 2 * per_row:
                row += [Cell("", BOLD), ""]
            rows.append(row)
        label_share = 0.17
        value_share = 1 / per_row - label_share
        self.table(rows, [label_share, value_share] * per_row,
                   shade_columns=range(0, 2 * per_row, 2))

    SIGNATURE_BLOCK_HEIGHT = 26 * mm + 3 * BODY_LEADING

    def signatures(self, boxes: Sequence[SignatureBox]) -> None:
        """Signature blocks side by side, first at the right; never split across pages.

        A lone signatory signs at the left, half width, as Arabic letters are usually signed.
        """
        box_height = 26 * mm
        gap = 8 * mm
        block_height = self.SIGNATURE_BLOCK_HEIGHT
        self.ensure(block_height)
        c = self.canvas
        w = (self.width - gap * (max(len(boxes), 2) - 1)) / max(len(boxes), 2)
        right = self.x_right if len(boxes) > 1 else MARGIN + w
        for box in boxes:
            y = draw_paragraph(c, box.caption, right, self.y, w, BOLD, 11.5, BODY_LEADING)
            y = draw_paragraph(c, f"الاسم: {box.name}", right, y, w, REGULAR, 11, BODY_LEADING)
            bottom = y - box_height - 2
            c.setLineWidth(0.6)
            c.rect(right - w, bottom, w, box_height, stroke=1, fill=0)
            if box.signature_png:
                _draw_image_fit(c, box.signature_png, right - w + 4, bottom + 4, w - 8,
                                box_height - 8)
            else:
                c.setDash(2, 2)
                c.line(right - w + 10, bottom + 16, right - 10, bottom + 16)
                c.setDash()
                draw_centered(c, box.blank_label, right - w / 2, bottom + 5, REGULAR, 9)
            right -= w + gap
        self.y -= block_height


def warm_up() -> None:
    """Do ahead, while the desk is idle, what the first document of a session otherwise pays
    for: the fonts registered with reportlab, the table of drawable letters, Arabic shaping,
    a QR code, and one small page written out whole (font subsets, PDF objects, the footer):
    0.3 s of CPU, after which the first real document costs what every later one does.
    Here, not in fonts.py: fonts is what shaping and layout are built on, not the other way."""
    regular, _bold = register_fonts()
    wrap("إقرار المستفيد بصحة البيانات والموافقة على الشروط", regular, 12, 400)
    png = BytesIO()
    Image.new("RGB", (8, 8), "white").save(png, "PNG")  # a logo: PIL's image readers
    doc = DocumentWriter(OrgHeader("جمعية", logo_png=png.getvalue()),
                         Verification("warm-up", "warm-up"), "إقرار")
    doc.title("إقرار المستفيد")
    doc.key_values([("الاسم", "محمد"), ("رقم الطلب", "RYD-2026-000001")])
    doc.paragraph("أقر بصحة البيانات 123")
    doc.signatures([SignatureBox("المستفيد", "محمد", "توقيع المستفيد", png.getvalue())])
    doc.finish()
