"""Issued documents: code printed on every page, archive, byte-identical reprint, verification."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from sqlalchemy import select, update

from desk_app.documents.declaration import render_declaration
from desk_app.documents.receipt import render_receipt
from desk_app.domain import verification as codes
from desk_app.domain.calendar import format_dual
from desk_app.services import documents
from desk_app.services import installation as installation_service
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.tables import AuditEvent
from tests.documents import samples
from tests.documents.pdftext import (
    assert_words_in_order,
    normalise,
    pdftotext,
    requires_pdftotext,
    text_of,
    words,
)


def issue_declaration(db, actor, **changes):
    data = samples.declaration(**changes)

    def build(verification):
        return render_declaration(dataclasses.replace(data, verification=verification))

    return documents.issue(db, actor, "declaration", build, number=data.request.number,
                           title="إقرار المستفيد", subject_name=data.beneficiary.full_name,
                           beneficiary_id="b-1", request_id="r-1")


def test_issue_archives_bytes_hash_code_and_who(db, admin):
    issued = issue_declaration(db, admin)
    assert re.fullmatch(r"[0-9A-Z]{5}-[0-9A-Z]{5}", issued.code)
    assert issued.pdf.startswith(b"%PDF")
    assert issued.sha256 == documents.sha256_hex(issued.pdf)
    assert issued.serial == f"HQ-D-{issued.issued_at.year}-000001"
    assert issued.issued_by_name == "مدير النظام"
    assert issued.pages == 1 and issued.size == len(issued.pdf)
    stored = documents.get(db, issued.id, with_pdf=True)
    assert stored.pdf == issued.pdf
    with db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.issue")).all()
    assert len(events) == 1 and events[0].target_id == issued.id
    assert "bytes>" in str(events[0].changes)  # the PDF itself is not copied into the audit


def test_serials_count_up(db, admin):
    first, second = issue_declaration(db, admin), issue_declaration(db, admin)
    assert first.serial.endswith("000001") and second.serial.endswith("000002")
    assert first.code != second.code


@requires_pdftotext
def test_code_is_printed_on_every_page(db, admin):
    long_text = "\n".join(["نص طويل للإقرار يتكرر حتى يمتد المستند إلى أكثر من صفحة واحدة."] * 60)
    issued = issue_declaration(db, admin, declaration_text=long_text)
    assert issued.pages >= 2
    pages = pdftotext(issued.pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == issued.pages
    for page in pages:
        assert issued.code in normalise(page)


def test_code_resolves_to_its_document(db, admin):
    issued = issue_declaration(db, admin)
    issue_declaration(db, admin)
    for typed in (issued.code, issued.code.lower().replace("-", " "),
                  codes.qr_payload(issued.code)):
        result = documents.verify(db, admin, typed)
        assert result.status == "genuine", typed
        assert result.document.id == issued.id
        assert result.document.subject_name == samples.BENEFICIARY.full_name
        assert result.document.issued_by_name == "مدير النظام"
        assert result.document.issued_at == issued.issued_at


def test_unknown_and_malformed_codes_are_refused(db, admin):
    issued = issue_declaration(db, admin)
    other = "00000-00000" if issued.code != "00000-00000" else "11111-11111"
    assert documents.verify(db, admin, other).status == "unknown"
    assert not documents.verify(db, admin, other).genuine
    assert documents.verify(db, admin, "hello").status == "malformed"
    # A code made with another installation's secret is unknown here.
    forged = codes.make_code(bytes(32), issued.id, "0" * 64)
    assert documents.verify(db, admin, forged).status == "unknown"


def test_code_depends_on_the_installation_secret(db, admin):
    issued = issue_declaration(db, admin)
    secret = installation_service.get(db).secret
    with db.read() as s:
        row = s.get(ArchivedDocument, issued.id)
        assert codes.code_matches(secret, row.id, row.content_digest, row.code)
        assert not codes.code_matches(bytes(32), row.id, row.content_digest, row.code)


def test_archive_row_changed_without_the_secret_is_tampered(db, admin):
    issued = issue_declaration(db, admin)
    with db.write_engine.begin() as conn:
        conn.execute(update(ArchivedDocument).where(ArchivedDocument.id == issued.id)
                     .values(content_digest="f" * 64))
    assert documents.verify(db, admin, issued.code).status == "tampered"


def test_reprint_is_marked_a_copy_counted_and_audited(db, admin):
    issued = issue_declaration(db, admin)
    again = documents.reprint(db, admin, issued.id)
    original, copy = text_of(issued.pdf), text_of(again)
    mark = f"نسخة — أعيدت طباعتها في: {format_dual(db.clock().date())}"
    assert "نسخة" not in original
    assert_words_in_order(copy, mark)
    # the archived pages, every word of them, plus the mark and nothing else
    assert Counter(words(copy)) == Counter(words(original)) + Counter(words(mark))
    assert documents.count_pages(again) == issued.pages
    assert documents.get(db, issued.id, with_pdf=True).pdf == issued.pdf  # the archive keeps it
    documents.reprint(db, admin, issued.id)
    stored = documents.get(db, issued.id)
    assert stored.reprint_count == 2 and stored.last_reprinted_at is not None
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.target_id == issued.id))
        assert sorted(actions) == ["document.issue", "document.reprint", "document.reprint"]
    with pytest.raises(KeyError):
        documents.reprint(db, admin, "no-such-id")


def test_genuine_pdf_verifies(db, admin):
    issued = issue_declaration(db, admin)
    result = documents.verify_pdf(db, admin, issued.pdf)
    assert result.status == "genuine" and result.document.id == issued.id
    assert documents.code_in_pdf(issued.pdf) == issued.code


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9, -2])
def test_any_changed_byte_is_refused_as_altered(db, admin, where):
    issued = issue_declaration(db, admin)
    pdf = bytearray(issued.pdf)
    i = int(len(pdf) * where) if where > 0 else len(pdf) + where
    pdf[i] = (pdf[i] + 1) % 256
    result = documents.verify_pdf(db, admin, bytes(pdf))
    # "unknown" when the changed byte falls inside the code written in the file's metadata
    assert result.status in ("altered", "not_ours", "unknown") and not result.genuine
    assert not result.genuine


def test_edited_text_with_the_same_code_is_altered(db, admin):
    issued = issue_declaration(db, admin)
    # Someone re-renders the declaration with another ID number but copies the genuine code.
    forged = render_declaration(samples.declaration(
        beneficiary=dataclasses.replace(samples.BENEFICIARY, id_number="1000000008"),
        verification=samples.Verification(issued.code, codes.qr_payload(issued.code))))
    result = documents.verify_pdf(db, admin, forged)
    assert result.status == "altered"
    assert result.document.id == issued.id  # shows what was really issued


def test_pdf_from_elsewhere(db, admin):
    issue_declaration(db, admin)
    foreign = render_receipt(samples.receipt())  # sample code, never issued here
    assert documents.verify_pdf(db, admin, foreign).status in ("unknown", "not_ours")
    assert documents.verify_pdf(db, admin, b"not a pdf at all").status == "not_ours"


def test_search_by_code_number_serial_and_name(db, admin):
    first = issue_declaration(db, admin)
    issue_declaration(db, admin)
    assert [d.id for d in documents.search(db, first.code.lower())] == [first.id]
    assert [d.id for d in documents.search(db, first.serial)] == [first.id]
    assert len(documents.search(db, samples.REQUEST.number)) == 2
    assert len(documents.search(db, samples.BENEFICIARY.full_name.split()[0])) == 2
    assert len(documents.search(db, "", request_id="r-1")) == 2
    assert documents.search(db, "لا أحد") == []
    assert documents.count(db) == 2


def test_unknown_kind_refused(db, admin):
    with pytest.raises(ValueError):
        documents.issue(db, admin, "poem", lambda v: b"%PDF")
