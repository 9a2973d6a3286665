"""Who is due for the end-of-programme survey: direct beneficiaries whose programme has ended.

Reads the service requests' ``programme_end`` (set when a programme request is marked served)
and leaves out whoever was already asked, or declined, in the campaign for that request.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desk_app.storage.requests_tables import ServiceRequest
from desk_app.storage.surveys_tables import SurveyInvitation
from desk_app.storage.tables import Beneficiary


def due(session: Session, campaign_id: str, ended_from: date, ended_to: date,
        limit: int = 500) -> list[tuple]:
    """``(request id, number, service, programme_end, beneficiary)`` rows, oldest end first."""
    asked = select(SurveyInvitation.id).where(and_(
        SurveyInvitation.campaign_id == campaign_id,
        SurveyInvitation.beneficiary_id == ServiceRequest.beneficiary_id,
        SurveyInvitation.subject_ref == ServiceRequest.id))
    q = (select(ServiceRequest.id, ServiceRequest.number, ServiceRequest.service_code,
                ServiceRequest.programme_end, Beneficiary)
         .join(Beneficiary, Beneficiary.id == ServiceRequest.beneficiary_id)
         .where(ServiceRequest.programme_end.is_not(None),
                ServiceRequest.programme_end.between(ended_from, ended_to),
                Beneficiary.beneficiary_type == "direct", ~asked.exists())
         .order_by(ServiceRequest.programme_end, ServiceRequest.number).limit(limit))
    return [tuple(r) for r in session.execute(q)]
