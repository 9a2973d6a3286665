"""Every table module, imported once so the metadata (Alembic, mappers) sees all tables.

A feature that adds tables puts them in its own ``storage/<subject>_tables.py`` (importing
``Base`` from :mod:`desk_app.storage.tables`) and adds one import line here.
"""

import desk_app.storage.access_tables  # noqa: F401
import desk_app.storage.aid_tables  # noqa: F401
import desk_app.storage.casework_study_tables  # noqa: F401
import desk_app.storage.complaints_tables  # noqa: F401
import desk_app.storage.documents_tables  # noqa: F401
import desk_app.storage.duplicates_tables  # noqa: F401
import desk_app.storage.governance_tables  # noqa: F401
import desk_app.storage.meetings_tables  # noqa: F401
import desk_app.storage.messaging_tables  # noqa: F401
import desk_app.storage.online_tables  # noqa: F401
import desk_app.storage.partners_tables  # noqa: F401
import desk_app.storage.report_counts_tables  # noqa: F401
import desk_app.storage.requests_tables  # noqa: F401
import desk_app.storage.surveys_tables  # noqa: F401
import desk_app.storage.sync_tables  # noqa: F401
from desk_app.storage import tables  # noqa: F401
from desk_app.storage.tables import Base

metadata = Base.metadata
