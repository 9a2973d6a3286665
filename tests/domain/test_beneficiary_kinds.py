"""Direct / indirect has one source (issue 24): a category that states the type decides it, the
type field follows; a category only organisations belong to (the one Tuwaiq's partner services
admit) is refused for a person."""

from __future__ import annotations

from datetime import date

from desk_app.domain.beneficiary import BeneficiaryForm, Vocabulary, type_of, validate
from desk_app.domain.identifiers import make_saudi_id
from desk_app.services.presets import load_preset

TODAY = date(2026, 11, 22)


def _form(category: str, kind: str = "direct") -> BeneficiaryForm:
    return BeneficiaryForm(first_name="سارة", father_name="سعد", grandfather_name="ناصر",
                           family_name="العتيبي", id_number=make_saudi_id(1, "12121212"),
                           gender="female", birth_date="01/02/1990", mobile="0551112233",
                           category_code=category, beneficiary_type=kind)


def _vocab(key: str) -> Vocabulary:
    p = load_preset(key)
    return Vocabulary(categories=tuple(c.code for c in p.categories),
                      organisation_categories=p.organisation_categories)


def test_the_category_decides_the_type_where_it_states_one():
    assert type_of("indirect", "direct") == "indirect"
    assert type_of("direct", "indirect") == "direct"
    assert type_of("family", "indirect") == "indirect"
    data, errors = validate(_form("indirect", "direct"), TODAY, _vocab("tuwaiq_cadres"))
    assert not errors and data.beneficiary_type == "indirect"


def test_a_partner_association_is_not_registered_as_a_person():
    tuwaiq = _vocab("tuwaiq_cadres")
    assert tuwaiq.organisation_categories == ("partner_association",)
    data, errors = validate(_form("partner_association"), TODAY, tuwaiq)
    assert data is None and [(e.field, e.code) for e in errors] == [
        ("category_code", "organisation_category")]
    for key in ("althikr_alhakeem", "alsiraj", "iou_academy", "hadiyat_alhaj"):
        assert load_preset(key).organisation_categories == ()  # no partner services there
