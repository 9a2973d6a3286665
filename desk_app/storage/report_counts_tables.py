"""Figures the dashboard and the reports read per day instead of counting rows (issue 22).

A year of a large office is 300k requests and a million people: counting their rows takes
seconds, summing a few thousand of these rows milliseconds. The rows are kept by database
triggers (migration ``0030_report_counts``), in the same transaction as any write to the rows
they count, whichever path made it: a desk's save, an import, the demo, a branch sync, a
retention run, ``migrate-to``. They are derived: they never travel between branches (each
site's triggers count the rows it receives) and ``migrate-to`` does not copy them.

``report_day_counts`` (``figure``, ``day``, ``branch_code``, ``service_code``, ``detail``) → n:

- ``received``: requests by the day they were received;
- ``decided``: requests by the day of their committee decision, ``detail`` = the request's
  ``completed_on|due_on|c`` (``c`` calendar days, ``w`` working days; empty when the request
  has no completion or due date): the working days a decision took are counted when read, with
  the holidays of the profile as it is then;
- ``served``: requests by the day they were recorded as served;
- ``new_people``: people by the day they were registered (merged files left out);
- ``reviewed``: people by the day their data were last reviewed (merged files left out).

``registry_counts`` (branch, category, type, city) → n: the registry as it stands.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.storage.tables import Base

DERIVED_TABLES = ("report_day_counts", "registry_counts")


class ReportDayCount(Base):
    __tablename__ = "report_day_counts"
    figure: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    detail: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class RegistryCount(Base):
    __tablename__ = "registry_counts"
    branch_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    category_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    beneficiary_type: Mapped[str] = mapped_column(String(10), primary_key=True)
    city: Mapped[str] = mapped_column(String(120), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
