"""The complaints board's search (issue 21): by number, by name with the registry's spelling
variants, by ID and by mobile in any form — for registered complainants and for people who
gave only a name and a number."""

from __future__ import annotations

from desk_app.domain import complaints as crules
from desk_app.domain.beneficiary import BeneficiaryForm
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import complaint_views, complaints, registry
from desk_app.services import profile as profile_service
from desk_app.services.complaint_views import Filters


def test_search_by_number_name_id_and_mobile(db, admin):
    p = profile_service.current(db)
    person = registry.register(db, admin, BeneficiaryForm(
        first_name="عبدالله", father_name="أحمد", grandfather_name="سالم", family_name="الشهري",
        id_number=make_saudi_id(1, "77889900"), gender="male", birth_date="01/01/1975",
        mobile="0551234567"), branch_code="HQ")

    def file(key, **kw):
        return complaints.submit(db, admin, crules.ComplaintForm(
            channel_code="fax", category_code="delay", description="تأخر", submission_key=key,
            **kw), p, branch_code="HQ").number
    registered = file("a", beneficiary_id=person.id)
    named = file("b", complainant_name="أسامة الحربي", complainant_contact="0569876543")
    file("c", anonymous=True)

    def found(text):
        return {r.number for r in complaint_views.rows(db, p, Filters(text=text))}
    assert found(registered) == {registered}
    assert found(registered[-4:]) == {registered}          # the end of the number
    assert found("عبد الله الشهري") == {registered}       # spelt with a space
    assert found("اسامه") == {named}                      # without hamza, haa for taa marbuta
    assert found(person.id_number) == {registered}
    for mobile in ("0551234567", "+966551234567", "551234567", "٠٥٥١٢٣٤٥٦٧"):
        assert found(mobile) == {registered}, mobile
    assert found("00966569876543") == {named}
    assert found("فاطمة") == set()
    assert len(found("")) == 3
