"""Issued documents (R-DEC-4): issue with a verification code, archive, reprint, verify.

Every printed document is issued here first: the code is decided, the PDF rendered with it on
every page, and the exact bytes archived with their SHA-256 and who/when — all before anything is
sent to a printer, so a printer failure never loses a document. Reprints return the archived
bytes unchanged; verification looks a code (typed or scanned) or a PDF file up in the archive.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from desk_app.documents.copy_mark import mark_copy
from desk_app.documents.model import Verification
from desk_app.domain import verification as codes
from desk_app.domain.calendar import format_dual
from desk_app.domain.entities import Actor
from desk_app.services import document_kinds, installation
from desk_app.services.permissions import require
from desk_app.storage.db import Database
from desk_app.storage.documents_tables import ArchivedDocument
from desk_app.storage.repositories import counters
from desk_app.storage.tables import new_id

PdfBuilder = Callable[[Verification], bytes]


@dataclass(frozen=True)
class IssuedDocument:
    """An archived document as the screens show it; ``pdf`` is set when the bytes were asked for."""

    id: str
    serial: str
    kind: str
    number: str
    title: str
    subject_name: str
    beneficiary_id: str | None
    request_id: str | None
    complaint_id: str | None
    code: str
    sha256: str
    pages: int
    size: int
    issued_at: datetime
    issued_by_name: str
    reprint_count: int
    last_reprinted_at: datetime | None
    pdf: bytes | None = None


@dataclass(frozen=True)
class VerifyResult:
    """The answer to "is this document genuine?".

    ``status``: ``genuine`` (issued here and, for a file, unaltered); ``unknown`` (no document
    with this code was issued here); ``malformed`` (the text cannot be a code); ``altered`` (the
    file carries a known code but its bytes differ from the archived PDF); ``not_ours`` (a file
    with no code of ours in it); ``tampered`` (the archive row does not match its own code or
    bytes: someone changed the database without the secret).
    """

    status: str
    code: str | None = None
    document: IssuedDocument | None = None

    @property
    def genuine(self) -> bool:
        return self.status == "genuine"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pages(pdf: bytes) -> int:
    """Pages of a PDF we rendered (reportlab keeps page dictionaries uncompressed)."""
    return max(1, len(_PAGE.findall(pdf)))


def _info(row: ArchivedDocument, with_pdf: bool = False) -> IssuedDocument:
    return IssuedDocument(
        row.id, row.serial, row.kind, row.number, row.title, row.subject_name, row.beneficiary_id,
        row.request_id, row.complaint_id, row.code, row.sha256, row.pages, row.size,
        row.issued_at, row.issued_by_name, row.reprint_count, row.last_reprinted_at,
        row.pdf if with_pdf else None,
    )


def _identity(doc_id: str, kind: str, number: str, subject: dict[str, str | None],
              issued_at: datetime, actor: Actor) -> str:
    return codes.content_digest({
        "id": doc_id, "kind": kind, "number": number, **subject,
        "issued_at": issued_at.isoformat(timespec="seconds"), "issued_by": actor.id or "",
    })


def issue(
    db: Database, actor: Actor, kind: str, pdf_builder: PdfBuilder, *, number: str = "",
    title: str = "", subject_name: str = "", beneficiary_id: str | None = None,
    request_id: str | None = None, complaint_id: str | None = None,
) -> IssuedDocument:
    """Issue one document: decide its code, render it with the code, archive the bytes.

    ``pdf_builder`` receives the :class:`Verification` to print on every page. Rendering
    happens before the write transaction, so the database is locked only to store the result.
    """
    if kind not in document_kinds.CODES:
        raise ValueError(f"unknown document kind: {kind}")
    doc_id = new_id()
    require(db, actor, "document.print", beneficiary_id=beneficiary_id or "",
            target=("document", doc_id))
    inst = installation.get(db)
    issued_at = db.clock().replace(microsecond=0)
    subject = {"beneficiary_id": beneficiary_id, "request_id": request_id,
               "complaint_id": complaint_id}
    digest = _identity(doc_id, kind, number, subject, issued_at, actor)
    code = codes.make_code(inst.secret, doc_id, digest)
    pdf = pdf_builder(Verification(code, codes.qr_payload(code)))
    with db.action(actor, "document.issue", "document", doc_id) as s:
        n = counters.next_value(s, f"document:{inst.branch_code}:{issued_at.year}")
        row = ArchivedDocument(
            id=doc_id, serial=f"{inst.branch_code}-D-{issued_at.year}-{n:06d}", kind=kind,
            number=number, title=title, subject_name=subject_name, code=code,
            content_digest=digest, sha256=sha256_hex(pdf), pdf=pdf, pages=count_pages(pdf),
            size=len(pdf), issued_at=issued_at, issued_by=actor.id,
            issued_by_name=actor.full_name or actor.username, reprint_count=0, **subject,
        )
        s.add(row)
        s.flush()
        return _info(row, with_pdf=True)


def reprint(db: Database, actor: Actor, doc_id: str) -> bytes:
    """The archived pages marked «نسخة» with today's date (the archive keeps the original
    bytes); the reprint is counted and audited."""
    _require_for(db, actor, "document.reprint", doc_id)
    with db.action(actor, "document.reprint", "document", doc_id) as s:
        row = s.get(ArchivedDocument, doc_id)
        if row is None:
            raise KeyError(doc_id)
        row.reprint_count += 1
        row.last_reprinted_at = db.clock().replace(microsecond=0)
        archived, day = row.pdf, row.last_reprinted_at.date()
    return mark_copy(archived, format_dual(day))


def _require_for(db: Database, actor: Actor, action: str, doc_id: str) -> None:
    with db.read() as s:
        row = s.get(ArchivedDocument, doc_id)
        if row is None:
            raise KeyError(doc_id)
        owner = row.beneficiary_id or ""
    require(db, actor, action, beneficiary_id=owner, target=("document", doc_id))


def preview(db: Database, actor: Actor, doc_id: str) -> IssuedDocument:
    """An archived document with its PDF, to look at (not counted as a reprint; the look
    is checked like a reprint and written to the access log)."""
    _require_for(db, actor, "document.reprint", doc_id)
    return get(db, doc_id, with_pdf=True)


def get(db: Database, doc_id: str, *, with_pdf: bool = False) -> IssuedDocument:
    """One archived document (for preview: viewing is not a reprint, so nothing is counted)."""
    with db.read() as s:
        row = s.get(ArchivedDocument, doc_id)
        if row is None:
            raise KeyError(doc_id)
        return _info(row, with_pdf)


def search(db: Database, query: str = "", *, kind: str | None = None,
           beneficiary_id: str | None = None, request_id: str | None = None,
           limit: int = 100, offset: int = 0) -> list[IssuedDocument]:
    """Newest first; ``query`` matches a code, serial, document number or the person's name."""
    stmt = select(ArchivedDocument).order_by(ArchivedDocument.issued_at.desc(),
                                             ArchivedDocument.serial.desc())
    text = " ".join((query or "").split())
    if text:
        code = codes.normalize_code(text)
        like = f"%{text}%"
        conditions = [ArchivedDocument.serial.ilike(like), ArchivedDocument.number.ilike(like),
                      ArchivedDocument.subject_name.like(like)]
        if code:
            conditions.append(ArchivedDocument.code == code)
        stmt = stmt.where(or_(*conditions))
    if kind:
        stmt = stmt.where(ArchivedDocument.kind == kind)
    if beneficiary_id:
        stmt = stmt.where(ArchivedDocument.beneficiary_id == beneficiary_id)
    if request_id:
        stmt = stmt.where(ArchivedDocument.request_id == request_id)
    with db.read() as s:
        return [_info(r) for r in s.scalars(stmt.limit(limit).offset(offset))]


def count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ArchivedDocument)) or 0


def _checked(db: Database, row: ArchivedDocument) -> VerifyResult:
    """Genuine only if the row's code is the one the secret gives and its bytes are intact."""
    secret = installation.get(db).secret
    info = _info(row)
    if not codes.code_matches(secret, row.id, row.content_digest, row.code) or \
            sha256_hex(row.pdf) != row.sha256:
        return VerifyResult("tampered", row.code, info)
    return VerifyResult("genuine", row.code, info)


def verify(db: Database, actor: Actor, code_or_qr_text: str) -> VerifyResult:
    """Look a typed or scanned code up: what was issued, to whom, when and by whom."""
    require(db, actor, "document.verify")
    code = codes.normalize_code(code_or_qr_text)
    if code is None:
        return VerifyResult("malformed")
    with db.read() as s:
        row = s.scalar(select(ArchivedDocument).where(ArchivedDocument.code == code))
        if row is None:
            return VerifyResult("unknown", code)
        return _checked(db, row)


_SUBJECT = re.compile(rb"/Subject\s*\(((?:\\.|[^\\)])*)\)", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_literal(raw: bytes) -> str:
    """Decode a PDF literal string (escapes, octal, UTF-16BE with BOM or PDFDocEncoding)."""
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i:i + 1]
        if ch != b"\\":
            out += ch
            i += 1
            continue
        octal = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
        if octal:
            out.append(int(octal.group(), 8) & 0xFF)
            i += 1 + len(octal.group())
        else:
            nxt = raw[i + 1:i + 2]
            out += _ESCAPES.get(nxt, nxt)
            i += 2
    data = bytes(out)
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace")
    return data.decode("latin-1")


def code_in_pdf(pdf: bytes) -> str | None:
    """The verification code a PDF of ours carries (its Subject: "<title> — <code>")."""
    for match in _SUBJECT.finditer(pdf):
        subject = _pdf_literal(match.group(1))
        code = codes.normalize_code(subject.rsplit("—", 1)[-1])
        if code:
            return code
    return None


def verify_pdf(db: Database, actor: Actor, pdf: bytes) -> VerifyResult:
    """Is this file exactly a document issued here? Any changed byte makes it ``altered``."""
    require(db, actor, "document.verify")
    if not pdf.startswith(b"%PDF"):
        return VerifyResult("not_ours")
    digest = sha256_hex(pdf)
    code = code_in_pdf(pdf)
    with db.read() as s:
        row = s.scalar(select(ArchivedDocument).where(ArchivedDocument.sha256 == digest))
        if row is not None:
            return _checked(db, row)
        if code is None:
            return VerifyResult("not_ours")
        row = s.scalar(select(ArchivedDocument).where(ArchivedDocument.code == code))
        if row is None:
            return VerifyResult("unknown", code)
        return VerifyResult("altered", code, _info(row))
