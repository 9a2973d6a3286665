"""The printed documents: content, reading order, page numbering, verification, determinism."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess

import pytest
import segno
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.documents.complaint_ack import ANONYMOUS, render_complaint_ack
from desk_app.documents.decision_letter import render_decision_letter
from desk_app.documents.declaration import render_declaration
from desk_app.documents.layout import MARGIN, PAGE_HEIGHT
from desk_app.documents.model import Decision, ReferralTarget
from desk_app.documents.receipt import COMPLETE_TEXT, render_receipt
from desk_app.documents.referral import render_referral
from desk_app.domain.gendered import resolve
from tests.documents import samples
from tests.documents.pdftext import (
    assert_words_in_order,
    normalise,
    pdftotext,
    requires_pdftotext,
    squash,
    text_of,
)

RENDERERS = {
    "declaration": lambda **kw: render_declaration(samples.declaration(**kw)),
    "receipt": lambda **kw: render_receipt(samples.receipt(**kw)),
    "referral": lambda **kw: render_referral(samples.referral(**kw)),
    "decision": lambda **kw: render_decision_letter(samples.decision(**kw)),
    "complaint": lambda **kw: render_complaint_ack(samples.complaint_ack(**kw)),
}
DECLARATION_TEXT = resolve(samples.DECLARATION_TEXT, "")  # the sample person: gender unknown
LONG_DECLARATION = "\n".join([samples.DECLARATION_TEXT] * 6)


def pages(pdf: bytes) -> list[str]:
    """Normalised text of each page."""
    return [normalise(page) for page in pdftotext(pdf).split("\f") if page.strip()]


@pytest.mark.parametrize("name", RENDERERS)
def test_same_data_renders_to_identical_bytes(name):
    first, second = RENDERERS[name](), RENDERERS[name]()
    assert first.startswith(b"%PDF-")
    assert first == second


def test_different_data_renders_differently():
    other = dataclasses.replace(samples.BENEFICIARY, id_number="1098765432")
    assert render_declaration(samples.declaration()) != render_declaration(
        samples.declaration(beneficiary=other))


@requires_pdftotext
@pytest.mark.parametrize("name", RENDERERS)
def test_every_page_carries_header_verification_code_and_page_number(name):
    texts = pages(RENDERERS[name]())
    for number, text in enumerate(texts, start=1):
        flat = squash(text)
        assert samples.ORG.name_ar in flat
        assert samples.VERIFY.code in flat
        assert re.search(rf"صفحة {number} من {len(texts)}\b", flat), flat[-200:]


@requires_pdftotext
def test_declaration_names_the_beneficiary_and_their_id_on_one_row():
    pdf = render_declaration(samples.declaration())
    text = text_of(pdf)
    assert_words_in_order(text, samples.BENEFICIARY.full_name)
    assert_words_in_order(text, DECLARATION_TEXT)
    layout_lines = text_of(pdf, layout=True).splitlines()
    name_row = [ln for ln in layout_lines if "الاسم" in ln and "رقم الهوية الوطنية" in ln]
    assert len(name_row) == 1
    assert "1012345678" in name_row[0]
    assert_words_in_order(name_row[0], samples.BENEFICIARY.full_name)
    flat = squash(text)
    assert_words_in_order(text, f"حرر في {samples.ISSUED}")
    assert samples.REQUEST.number in flat and samples.REQUEST.service_name in flat


@requires_pdftotext
def test_declaration_uses_the_organisation_text_when_given():
    own = "أقر بصحة البيانات وأتحمل مسؤوليتها وأوافق على معالجتها لغرض الخدمة (نص الجمعية)."
    text = text_of(render_declaration(samples.declaration(declaration_text=own)))
    assert_words_in_order(text, own)
    assert "(نص الجمعية)" in squash(text)
    assert "مسؤولية مباشرة" not in squash(text)


@requires_pdftotext
def test_wet_signature_box_or_embedded_signature():
    blank = render_declaration(samples.declaration())
    assert "توقيع المستفيد" in squash(text_of(blank))
    signed = render_declaration(
        samples.declaration(signature_png=samples.tiny_png(200, 60, stroke=True)))
    assert "توقيع المستفيد" not in squash(text_of(signed))
    assert len(PdfReader(io.BytesIO(signed)).pages[0].images) == 2  # logo + signature
    assert len(PdfReader(io.BytesIO(blank)).pages[0].images) == 1  # logo only


@requires_pdftotext
def test_long_declaration_breaks_onto_more_pages_with_numbering():
    pdf = render_declaration(samples.declaration(declaration_text=LONG_DECLARATION))
    texts = pages(pdf)
    assert len(texts) >= 2
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(texts)
    assert "صفحة 1 من" in squash(texts[0])
    # The text flows on in order across the page break, and the signatures come last.
    assert_words_in_order("\n".join(texts), DECLARATION_TEXT)
    assert "توقيع المستفيد" in squash(texts[-1])


@requires_pdftotext
def test_receipt_lists_missing_documents_due_date_channel_and_committee():
    flat = squash(text_of(render_receipt(samples.receipt())))
    for document in samples.REQUEST.missing_documents:
        assert squash(document) in flat
    assert_words_in_order(flat, f"الموعد النهائي للرد {samples.DUE}")
    assert_words_in_order(flat, "سيحال طلبكم إلى اللجنة المختصة")
    assert "اللجنة المختصة" in flat
    assert "0551234567" in flat
    assert COMPLETE_TEXT not in flat


@requires_pdftotext
def test_receipt_of_a_complete_request_says_so():
    request = dataclasses.replace(samples.REQUEST, missing_documents=[])
    flat = squash(text_of(render_receipt(samples.receipt(request=request))))
    assert squash(COMPLETE_TEXT).replace("،", "") in flat.replace("،", "")


@requires_pdftotext
@pytest.mark.parametrize("target", list(ReferralTarget))
def test_referral_names_recipient_and_reason(target):
    data = samples.referral(target=target)
    text = text_of(render_referral(data))
    assert_words_in_order(text, data.recipient_name)
    assert_words_in_order(text, data.reason)
    assert "(ترميم مسكن)" in squash(text)


@requires_pdftotext
@pytest.mark.parametrize(
    ("decision", "word"),
    [(Decision.ACCEPTED, "مقبول"), (Decision.REJECTED, "مرفوض"), (Decision.REFERRED, "محال")],
)
def test_decision_letter_states_decision_and_reasons(decision, word):
    data = samples.decision(decision=decision, referred_to="الباحث الاجتماعي")
    text = text_of(render_decision_letter(data))
    assert_words_in_order(text, f"القرار {word}")
    for reason in data.reasons:
        assert_words_in_order(text, reason)
    assert "(6500 ريال)" in squash(text)


@requires_pdftotext
def test_complaint_acknowledgment_named_and_anonymous():
    named = squash(text_of(render_complaint_ack(samples.complaint_ack())))
    assert "CMP-2024-0019" in named and "خلال 5 أيام عمل" in named
    assert "الموقع الإلكتروني" in named and samples.BENEFICIARY.id_number in named
    anonymous = squash(text_of(render_complaint_ack(samples.complaint_ack(complainant=None))))
    assert squash(ANONYMOUS).replace(":", "") in anonymous.replace(":", "")
    assert samples.BENEFICIARY.id_number not in anonymous


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_footer_qr_code_matches_the_payload_module_for_module(tmp_path):
    """Rasterise the footer QR and compare every module with segno's matrix for the payload."""
    image_module = pytest.importorskip("PIL.Image")
    pdf = render_receipt(samples.receipt())
    (tmp_path / "doc.pdf").write_bytes(pdf)
    dpi = 300
    px = dpi / 72
    qr_size = 20 * mm
    x0, y0 = MARGIN * px, (PAGE_HEIGHT - MARGIN - qr_size) * px
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1",
                    "-x", str(int(x0)), "-y", str(int(y0)), "-W", str(int(qr_size * px) + 2),
                    "-H", str(int(qr_size * px) + 2), str(tmp_path / "doc.pdf"),
                    str(tmp_path / "qr")], check=True)
    picture = image_module.open(next(tmp_path.glob("qr*.png"))).convert("L")
    expected = [list(row) for row in
                segno.make(samples.VERIFY.qr_payload, error="m").matrix_iter(border=0)]
    module = qr_size * px / len(expected)
    off_x, off_y = x0 - int(x0), y0 - int(y0)
    seen = [
        [picture.getpixel((int(off_x + (c + 0.5) * module), int(off_y + (r + 0.5) * module))) < 128
         for c in range(len(expected))]
        for r in range(len(expected))
    ]
    assert seen == [[bool(v) for v in row] for row in expected]
