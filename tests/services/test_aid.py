"""Aid given against an approved request (issue 20): the delivery serves the request, a repeat
to the same household (any member, by ID) is shown before saving and kept with its reason, the
household's totals, and the handover receipt printed, read back and its signed copy scanned."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.aid import AidForm, AidItem
from desk_app.domain.beneficiary import HouseholdForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.domain.validation import ValidationFailed
from desk_app.services import aid, aid_documents, documents
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from desk_app.services.aid import RepeatAid
from desk_app.services.errors import ConflictError
from tests.documents.pdftext import assert_words_in_order, squash, text_of
from tests.services.test_registry import form, register
from tests.services.test_requests import open_request

TODAY = date(2026, 11, 22)  # the clock fixture's Sunday
SON, WIFE = make_saudi_id(1, "71000001"), make_saudi_id(1, "71000002")
IBAN = "SA0380000000608010167519"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def approved(db, actor, profile, person):
    """A request of ``person`` decided «accepted» by the committee."""
    r = open_request(db, actor, profile, person)
    for code in ("national_id", "national_address"):
        svc.verify_document(db, actor, r.id, code, seen=True, matches=True, profile=profile)
    svc.send_to_committee(db, actor, r.id, profile=profile)
    return svc.decide(db, actor, r.id, decision="accepted", reason="", committee_code="competent",
                      decided_on=date(2026, 11, 20), profile=profile)


def cash(amount="1500", method="iban", iban=IBAN, day=TODAY, **kw) -> AidForm:
    return AidForm("cash", delivered_on=day, amount=amount, payment_method=method, iban=iban,
                   **kw)


@pytest.fixture
def profile(desk_db):
    return profile_service.current(desk_db)


@pytest.fixture
def family(desk_db, desk_admin):
    """The head's file lists his son and wife; the son also holds a file of his own; a
    neighbour's household is another family."""
    head = register(desk_db, desk_admin, form(household=[
        HouseholdForm("سعد أحمد الشهري", "ابن", "01/01/2004", SON),
        HouseholdForm("نورة علي الشهري", "زوجة", "01/01/1980", WIFE)]))
    son = register(desk_db, desk_admin, form("سعد", "أحمد", "عبدالله", "الشهري", "71000001",
                                             birth="01/01/2004", mobile="0551230001"))
    wife = register(desk_db, desk_admin, form("نورة", "علي", "حسن", "الشهري", "71000002",
                                              gender="female", birth="01/01/1980",
                                              mobile="0551230002"))
    other = register(desk_db, desk_admin, form("خالد", "سعيد", "محمد", "الغامدي", "33333333",
                                               mobile="0559998877"))
    return {"head": head.id, "son": son.id, "wife": wife.id, "other": other.id}


def test_the_repeat_warning_fires_for_a_second_member_of_the_household_and_not_another(
        desk_db, desk_admin, profile, family):
    """Cash to the son's own file; then the wife's own file (a second member of the head's
    household) is warned before saving and saved only with a reason; the neighbour is not."""
    first = aid.record(desk_db, desk_admin, approved(desk_db, desk_admin, profile,
                                                      family["son"]).id, cash(), profile=profile)
    wife_request = approved(desk_db, desk_admin, profile, family["wife"]).id
    shown = aid.check_repeats(desk_db, desk_admin, wife_request, "cash", profile=profile)
    assert [(x.number, x.delivered_on) for x in shown] == [(first.number, TODAY)]
    with pytest.raises(RepeatAid) as refused:
        aid.record(desk_db, desk_admin, wife_request, cash("700"), profile=profile)
    assert refused.value.errors[0].code == "aid_repeat"
    assert [x.number for x in refused.value.repeats] == [first.number]
    assert aid.for_request(desk_db, desk_admin, wife_request) == []  # nothing saved
    # another kind of aid is not a repeat of cash
    assert aid.check_repeats(desk_db, desk_admin, wife_request, "in_kind",
                             profile=profile) == []
    kept = aid.record(desk_db, desk_admin, wife_request, cash("700"), profile=profile,
                      repeat_reason="حالة طارئة: إيجار متأخر")
    assert (kept.note, kept.repeat_of) == ("حالة طارئة: إيجار متأخر", (first.number,))
    other_request = approved(desk_db, desk_admin, profile, family["other"]).id
    assert aid.check_repeats(desk_db, desk_admin, other_request, "cash", profile=profile) == []
    aid.record(desk_db, desk_admin, other_request, cash("300"), profile=profile)  # no reason
    # the head's file (which lists both) sees both deliveries as repeats
    head_request = approved(desk_db, desk_admin, profile, family["head"]).id
    assert {x.number for x in aid.check_repeats(desk_db, desk_admin, head_request, "cash",
                                                profile=profile)} == {first.number, kept.number}


def test_a_repeat_outside_the_period_is_not_flagged(desk_db, desk_admin, profile, family):
    short = profile.with_changes(aid=profile.aid.__class__(repeat_period_days=7))
    profile_service.save(desk_db, desk_admin, short, "seven days")
    profile = profile_service.current(desk_db)
    aid.record(desk_db, desk_admin, approved(desk_db, desk_admin, profile, family["son"]).id,
               cash(day=date(2026, 11, 21)), profile=profile)
    wife_request = approved(desk_db, desk_admin, profile, family["wife"]).id
    assert aid.check_repeats(desk_db, desk_admin, wife_request, "cash", profile=profile,
                             on=date(2026, 11, 27))  # 6 days later: within the 7
    assert not aid.check_repeats(desk_db, desk_admin, wife_request, "cash", profile=profile,
                                 on=date(2026, 11, 28))  # a week later: a new period


def test_delivery_serves_the_request_and_refuses_bad_input(desk_db, desk_admin, profile,
                                                          family):
    r = open_request(desk_db, desk_admin, profile, family["other"])
    with pytest.raises(ValidationFailed) as not_yet:  # no approving decision yet
        aid.record(desk_db, desk_admin, r.id, cash(), profile=profile)
    assert not_yet.value.errors[0].code == "no_approval"
    r = approved(desk_db, desk_admin, profile, family["other"])
    with pytest.raises(ValidationFailed) as bad:
        aid.record(desk_db, desk_admin, r.id, cash("-5", iban="SA0000000000000000000000"),
                   profile=profile)
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("amount", "negative_amount"), ("iban", "invalid_iban")}
    with pytest.raises(ValidationFailed) as bad:
        aid.record(desk_db, desk_admin, r.id, AidForm("in_kind", delivered_on=date(2026, 11, 19),
                                                      items=(AidItem("سلة", "نصف"),)),
                   profile=profile)
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("delivered_on", "before_decision"), ("items", "invalid_count")}
    assert svc_status(desk_db, r.id) == "accepted"
    basket = aid.record(desk_db, desk_admin, r.id, AidForm(
        "in_kind", delivered_on=TODAY, items=(AidItem("سلة غذائية", "٢", "سلة"),
                                              AidItem("بطانية", "3"))), profile=profile)
    assert basket.items == (("سلة غذائية", 2, "سلة"), ("بطانية", 3, ""))
    assert svc_status(desk_db, r.id) == "served"
    cheque = aid.record(desk_db, desk_admin, r.id, cash("250.5", "cheque", cheque_number="778"),
                        profile=profile)  # a second delivery against the same approval
    assert (cheque.amount_halalas, cheque.cheque_number, cheque.iban) == (25050, "778", "")
    assert [a.kind for a in aid.for_request(desk_db, desk_admin, r.id)] == ["in_kind", "cash"]


def svc_status(db, request_id):
    from desk_app.services import request_views

    return request_views.get(db, request_id).status


def test_household_totals_count_every_file_of_the_household(desk_db, desk_admin, profile,
                                                           family):
    aid.record(desk_db, desk_admin, approved(desk_db, desk_admin, profile, family["son"]).id,
               cash("1500"), profile=profile)
    wife = approved(desk_db, desk_admin, profile, family["wife"]).id
    aid.record(desk_db, desk_admin, wife, AidForm("in_kind", delivered_on=TODAY, items=(
        AidItem("سلة غذائية", "2"),)), profile=profile)
    aid.record(desk_db, desk_admin, wife, cash("500", "cash"), profile=profile,
               repeat_reason="دفعة ثانية أقرتها اللجنة")
    aid.record(desk_db, desk_admin, approved(desk_db, desk_admin, profile, family["other"]).id,
               cash("9000"), profile=profile)
    totals = aid.household_totals(desk_db, desk_admin, family["head"])
    assert (totals.deliveries, totals.cash_halalas, totals.cash_count, totals.in_kind_count,
            totals.items) == (3, 200000, 2, 1, (("سلة غذائية", 2),))
    assert len(totals.files) == 3  # head, son, wife; not the neighbour
    assert aid.household_totals(desk_db, desk_admin, family["other"]).cash_halalas == 900000


def test_receipt_is_archived_reads_back_in_order_and_takes_its_signed_copy(
        desk_db, desk_admin, profile, family, tmp_path):
    r = approved(desk_db, desk_admin, profile, family["head"])
    given = aid.record(desk_db, desk_admin, r.id, cash(), profile=profile)
    issued = aid_documents.issue_aid_receipt(desk_db, desk_admin, given.id)
    assert (issued.kind, issued.number) == ("aid_receipt", given.number)
    assert documents.verify(desk_db, desk_admin, issued.code).genuine
    text = text_of(issued.pdf)
    flat = squash(text)
    for words in ("إيصال تسليم مساعدة", "نوع المساعدة مساعدة نقدية",
                  "أقرّ أنا أحمد عبدالله مصطفى الشهري، حامل رقم الهوية الوطنية",
                  "بأنني استلمت من جمعية الذكر الحكيم",
                  "بتاريخ 12/06/1448 هـ الموافق 22/11/2026 م",
                  "توقيع المستلم", "توقيع الموظف"):
        assert_words_in_order(text, words)
    assert "1,500 ريال" in flat and "SA03 8000 0000 6080 1016 7519" in flat
    assert_words_in_order(text, f"رمز التحقق {issued.code}")
    scan = tmp_path / "signed.png"
    scan.write_bytes(PNG)
    assert aid.attach_signed_copy(desk_db, desk_admin, given.id, scan).signed_copy == \
        "signed.png"
    assert aid.signed_copy(desk_db, desk_admin, given.id)[2] == PNG
    assert aid.get(desk_db, given.id).receipt_document_id == issued.id
    (tmp_path / "note.txt").write_text("not a scan")
    with pytest.raises(ValidationFailed):
        aid.attach_signed_copy(desk_db, desk_admin, given.id, tmp_path / "note.txt")


def test_a_second_desk_recording_on_a_changed_request_is_told_and_nothing_is_saved(
        desk_db, desk_admin, profile, family):
    """Two desks hand out aid on the same request: the one that saw an older version of it is
    refused (who changed what) instead of recording a second delivery unseen."""
    r = approved(desk_db, desk_admin, profile, family["other"])
    aid.record(desk_db, desk_admin, r.id, cash(), profile=profile, expected_version=r.version)
    with pytest.raises(ConflictError):
        aid.record(desk_db, desk_admin, r.id, cash("200", "cash"), profile=profile,
                   expected_version=r.version, repeat_reason="دفعة ثانية")
    assert len(aid.for_request(desk_db, desk_admin, r.id)) == 1
