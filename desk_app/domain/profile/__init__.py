"""The organisation profile (R-ORG): everything an association configures.

Pure Python (no Qt, no SQLAlchemy). A profile is a tree of frozen dataclasses; it is read from
and written to plain JSON-serialisable dicts with :meth:`OrgProfile.from_dict` (which validates
and raises :class:`~desk_app.domain.validation.ValidationFailed` carrying every problem found)
and :meth:`OrgProfile.to_dict` (canonical form; ``from_dict(p.to_dict()) == p`` and
``from_dict(d).to_dict() == d`` for any canonical ``d``).

The package is split by job: :mod:`.vocabularies` (code lists), :mod:`.model` (the
dataclasses), :mod:`.reader` (JSON → profile, structure and types), :mod:`.rules` (semantic
validation, one validator per section), :mod:`.org` (``OrgProfile``) and :mod:`.defaults`
(default texts, :func:`blank_profile`). Presets for the five seed associations ship as
``desk_app/presets/<key>.json`` and are read by :mod:`desk_app.services.presets` (file I/O
stays out of the domain).

Error fields are paths such as ``"channels[2].code"`` or ``"services[0].criteria[1].min_age"``;
``""`` is the profile as a whole. Error codes:

``required``            missing or empty value
``invalid_type``        wrong JSON type (``params["expected"]``)
``unknown_field``       a key this format does not know (typo guard)
``not_applicable``      a criterion parameter its kind does not take
``invalid_code``        a code/key that is not ``[a-z0-9_]+``
``duplicate_code``      a code used twice in one list (``params["value"]``)
``duplicate_value``     a value repeated (weekend days, holiday dates)
``unknown_value``       a value outside its vocabulary (``params["value"]``, ``params["allowed"]``)
``unknown_committee``   a service names a committee the profile does not have
``unknown_category``    a ``category_in`` criterion names a category the profile does not have
``out_of_range``        a number outside ``params["min"]``..``params["max"]``
``min_greater_than_max``an age range upside down
``all_days_weekend``    all seven days are weekend days
``invalid_date``        not an ISO ``YYYY-MM-DD`` date
``invalid_email``       an e-mail without ``@``
``invalid_png``         ``logo_png_b64`` is not base64 of a PNG file
``unsupported_version`` ``format_version`` newer than this code understands
``invalid_gender_form`` a text with a brace outside a ``{masculine|feminine}`` pair
"""

from desk_app.domain.profile.defaults import (
    COMPLAINT_CATEGORIES,
    CONSENT_AR,
    CONSENT_VERSION,
    DECLARATION_AR,
    DOC_NATIONAL_ADDRESS,
    DOC_NATIONAL_ID,
    DOC_PROOF_OF_NEED,
    blank_profile,
    receipt_note_ar,
)
from desk_app.domain.profile.model import (
    Category,
    Channel,
    Committee,
    ComplaintCategory,
    Criterion,
    Holiday,
    PresetInfo,
    ProfileData,
    ReferralTarget,
    RequiredDocument,
    ResponseRule,
    Service,
    Texts,
)
from desk_app.domain.profile.org import OrgProfile
from desk_app.domain.profile.vocabularies import (
    AGE_CALENDARS,
    CHANNEL_CATALOGUE,
    COMMITTEE_KINDS,
    CRITERION_KINDS,
    CRITERION_PARAMS,
    EMPLOYMENT_STATUSES,
    EMPLOYMENT_STATUSES_EN,
    FORMAT_VERSION,
    GENDERS,
    GENDERS_EN,
    MAX_AGE_YEARS,
    QUALIFICATIONS,
    QUALIFICATIONS_EN,
    REFERRAL_KINDS,
    RESPONSE_PROMISES,
    RESPONSE_RULE_KINDS,
)

__all__ = [
    "AGE_CALENDARS", "CHANNEL_CATALOGUE", "COMMITTEE_KINDS", "COMPLAINT_CATEGORIES", "CONSENT_AR",
    "CONSENT_VERSION", "CRITERION_KINDS", "CRITERION_PARAMS", "DECLARATION_AR",
    "DOC_NATIONAL_ADDRESS", "DOC_NATIONAL_ID", "DOC_PROOF_OF_NEED", "EMPLOYMENT_STATUSES",
    "EMPLOYMENT_STATUSES_EN", "FORMAT_VERSION", "GENDERS", "GENDERS_EN", "MAX_AGE_YEARS",
    "QUALIFICATIONS", "QUALIFICATIONS_EN", "REFERRAL_KINDS", "RESPONSE_PROMISES", "RESPONSE_RULE_KINDS", "Category",
    "Channel", "Committee", "ComplaintCategory", "Criterion", "Holiday", "OrgProfile",
    "PresetInfo", "ProfileData", "ReferralTarget", "RequiredDocument", "ResponseRule",
    "Service", "Texts", "blank_profile", "receipt_note_ar",
]
