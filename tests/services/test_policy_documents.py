"""Each association's printed declaration and receipt say what its own policy says (issue 17).

For every preset: the seed policy's sentence is quoted here, the preset quotes it beside the text
written from it, and the PDF issued from a real request (read back with pdftotext) carries the
obligation — and no word that neither the profile, the record nor the document's own labels hold.
The receipt promises what the response rule allows: a date only for a deadline.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.calendar import format_dual
from desk_app.domain.gendered import resolve
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.requests import IntakeForm
from desk_app.services import document_builders as builders
from desk_app.services import installation, registry
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.storage.db import Database
from tests.documents.pdftext import assert_words_in_order, normalise, pdftotext, words

ARABIC = re.compile("[\u0621-\u064a]")
DOCUMENTS = Path(__file__).resolve().parents[2] / "desk_app" / "documents"


def _plain(text: str) -> str:
    """A seed sentence as extracted from its PDF: no tatweel, single spaces."""
    return " ".join(text.replace("\u0640", "").split())


# preset → (the seed's own sentence, the words of it the printed text must carry)
DECLARATION = {
    "althikr_alhakeem": (
        "التأكيد على صحة البيانات والمعلومات وأخذ توقيع المستفيد على صحتها، وأنه مسؤول مسؤولية "
        "مباشرة عنها.", "بصحة البيانات والمعلومات", "مسؤولية مباشرة عنها"),
    "alsiraj": (
        "التأكد على صحة البيانات المقدمة من طال ب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة "
        "عن صحة المعلومات.", "بصحة البيانات", "مسؤولية مباشرة عن صحة المعلومات"),
    "iou_academy": (
        "التأكد على صحة البيانات المقدمة من طال ب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة "
        "عن صحة المعلومات.", "بصحة البيانات", "مسؤولية مباشرة عن صحة المعلومات"),
    "tuwaiq_cadres": (
        "يعتبر التقديم عبر الرابط الإلكتروني أو زيارة الجمعية لأي برنامج هو رغبة من المستفيد في "
        "الاستفادة وموافقة على تعليماته.", "الاستفادة منه", "وموافقة على تعليماته"),
    "hadiyat_alhaj": (
        "التأكد على صحة البيانات المقدمة من طالب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة "
        "عن صحة المعلومات", "بصحة البيانات", "مسؤولية مباشرة عن صحة المعلومات"),
}
RECEIPT = {
    "althikr_alhakeem": (
        "التوضيح للمستفيد بأن الطلب يعرض على اللجنة المختصة للدراسة وسيتم موافاته بالجديد على "
        "الوسيلة المتفق عليها للتواصل معه.", "على اللجنة المختصة للدراسة"),
    "alsiraj": (
        "التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه "
        "خلال مدة لا تقل عن أسبوعين.", "بشأن قبوله أو رفضه"),
    "iou_academy": (
        "التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه "
        "خلال مدة لا تقل عن أسبوعين.", "بشأن قبوله أو رفضه"),
    "tuwaiq_cadres": (
        "التوضيح للمستفيد بأن طلبه سيرفع للجنة المختصة لدراسة طلبه والرد عليه بشأن قبوله أو "
        "رفضه.", "بشأن قبوله أو رفضه"),
    "hadiyat_alhaj": (
        "التوضيح للمستفيد بأن طلبه سيرفع للجهة المختصة البحث لدراسة طلبه والرد عليه بشأن قبوله "
        "أو رفضه خلال المدة للازمة.", "بشأن قبوله أو رفضه"),
}
# preset → (what the receipt may promise, the period as printed or None)
RESPONSE = {
    "althikr_alhakeem": ("deadline", "لا تتجاوز 15 يوم عمل من تاريخ اكتمال الطلب"),
    "alsiraj": ("minimum", "خلال مدة لا تقل عن أسبوعين"),
    "iou_academy": ("minimum", "خلال مدة لا تقل عن أسبوعين"),
    "tuwaiq_cadres": ("none", None),
    "hadiyat_alhaj": ("none", "خلال المدة اللازمة"),
}
# Wording the built-in text used to add, found in none of the five policies.
NOT_IN_ANY_POLICY = ("إيقاف الخدمة", "دون أدنى مسؤولية", "أتعهد بإبلاغ", "وأتحمل كامل المسؤولية")


def _labels() -> set[str]:
    """Every word the declaration and receipt modules (and the page frame) write themselves."""
    found: set[str] = set()
    for name in ("declaration.py", "receipt.py", "layout.py"):
        tree = ast.parse((DOCUMENTS / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found |= set(words(node.value))
    return found | {"المستفيدة"}  # the feminine form of «المستفيد» (gendered.pick)


@pytest.fixture(params=sorted(DECLARATION))
def preset(request):
    return request.param


@pytest.fixture
def preset_db(tmp_path, clock, preset):
    db = Database.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", clock=clock)
    db.admin = installation.initialise(
        db, preset_key=preset, branch_code="RYD", admin_username="admin",
        admin_password="admin-pass-2026", admin_full_name="مدير النظام")
    yield db
    db.dispose()


def _complete_request(db: Database, gender: str):
    """A request with its checklist complete and sent to the committee (so a due date runs)."""
    profile = profile_service.current(db)
    first = "نورة" if gender == "female" else "فهد"
    form = BeneficiaryForm(first_name=first, father_name="سعد", grandfather_name="ناصر",
                           family_name="العتيبي", id_number=make_saudi_id(1, "44556677"),
                           gender=gender, birth_date="01/01/1995", mobile="0551112233",
                           contact_channel_code=profile.channels[0].code)
    person = registry.register(db, db.admin, form, branch_code="RYD").id
    service = profile.active_services[0]
    request = svc.create(db, db.admin, IntakeForm(person, service.code, profile.channels[0].code,
                                                  "طلب التسجيل في البرنامج", True, True),
                         branch_code="RYD", profile=profile)
    for row in request.checklist:
        svc.verify_document(db, db.admin, request.id, row.document_code, seen=True,
                            matches=True, profile=profile)
    return profile, svc.send_to_committee(db, db.admin, request.id, profile=profile)


def _allowed(profile, request, gender: str, db: Database) -> set[str]:
    sources = [resolve(t, gender) for t in (profile.texts.declaration_ar,
                                            profile.texts.consent_ar,
                                            profile.texts.receipt_note_ar,
                                            profile.response_rule.text_ar)]
    person = registry.get(db, request.beneficiary_id)
    sources += [profile.name_ar, profile.address, profile.city, person.first_name,
                person.father_name, person.grandfather_name, person.family_name,
                "سعودي السعودية المملكة العربية", request.description,
                profile.service(request.service_code).name_ar,
                profile.channel(request.channel_code).name_ar,
                profile.channel(profile.channels[0].code).name_ar, "مدير النظام",
                format_dual(db.clock().date()), format_dual(request.received_at.date()),
                *builders.ID_LABELS.values()]
    if request.due_on:
        sources.append(format_dual(request.due_on))
    return _labels() | {w for s in sources for w in words(s)}


def _text(issued) -> str:
    return normalise(pdftotext(issued.pdf))


def test_each_preset_quotes_its_seed_beside_the_texts(preset):
    from desk_app.services.presets import load_preset

    texts = load_preset(preset).texts
    assert _plain(DECLARATION[preset][0]).replace("طال ب", "طالب") in _plain(
        texts.declaration_source).replace("طال ب", "طالب")
    assert _plain(RECEIPT[preset][0]).replace("للازمة", "اللازمة")[:60] in _plain(
        texts.receipt_note_source).replace("للازمة", "اللازمة")
    for phrase in DECLARATION[preset][1:]:
        assert phrase in resolve(texts.declaration_ar, "male")


@pytest.mark.parametrize("gender", ["male", "female"])
def test_printed_declaration_and_receipt_say_the_policy_and_nothing_else(preset_db, preset,
                                                                         gender):
    profile, request = _complete_request(preset_db, gender)
    declaration = _text(builders.issue_declaration(preset_db, preset_db.admin, request.id))
    receipt = _text(builders.issue_receipt(preset_db, preset_db.admin, request.id))
    for phrase in DECLARATION[preset][1:]:
        assert_words_in_order(declaration, phrase)
    assert_words_in_order(receipt, RECEIPT[preset][1])
    allowed = _allowed(profile, request, gender, preset_db)
    for text in (declaration, receipt):
        assert not any(bad in text for bad in NOT_IN_ANY_POLICY)
        arabic = {w for w in words(text) if ARABIC.search(w)}  # Latin/digits: codes and numbers
        assert arabic - allowed == set()

    promise, period = RESPONSE[preset]
    assert profile.response_rule.promise == promise
    if period:
        assert_words_in_order(receipt, period)
    else:
        assert "مدة الرد" not in receipt
    if promise == "deadline":
        assert_words_in_order(receipt, f"الموعد النهائي للرد {format_dual(request.due_on)}")
    else:
        assert request.due_on is not None  # tracked inside the app…
        assert "الموعد النهائي" not in receipt  # …but never printed as a promise
        assert request.due_on.strftime("%d/%m/%Y") not in receipt


def test_the_five_seeds_differ_in_what_they_make_the_beneficiary_sign():
    from desk_app.services.presets import load_preset

    texts = {k: unicodedata.normalize("NFC", load_preset(k).texts.declaration_ar)
             for k in DECLARATION}
    assert "مسؤول" not in texts["tuwaiq_cadres"]  # seed 003 has no signing clause
    assert "تعليماته" in texts["tuwaiq_cadres"]
    assert "خصوصية" in load_preset("tuwaiq_cadres").texts.consent_ar  # 4-5
    assert "خصوصية" in load_preset("althikr_alhakeem").texts.consent_ar  # 6
